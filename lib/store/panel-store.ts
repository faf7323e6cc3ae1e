import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Correction } from '../domain/correction';
import type { Suggestion } from '../domain/suggestion';
import { ticketKey, type Ticket } from '../domain/ticket';
import type { InsertMode, InsertResult } from '../messaging/protocol';
import { createChoicesSlice, type ChoicesSlice } from './choices-slice';
import { createReadsSlice, type ReadsDeps, type ReadsSlice } from './reads-slice';

/**
 * What the side panel is doing now: the agent's draft per ticket and the state of Insert.
 * The ticket itself lives in storage.session (per tab) and settings in storage.local; this store
 * only holds UI state, built by a factory that receives its side effects.
 */
export interface Draft {
  suggestion: Suggestion;
  text: string;
}

export type InsertStatus =
  | { state: 'idle' }
  | { state: 'inserting' }
  | { state: 'inserted'; mode: InsertMode; saved: boolean }
  | { state: 'failed'; message: string };

export interface PanelDeps extends ReadsDeps {
  insert(tabId: number, text: string, mode: InsertMode): Promise<InsertResult>;
  saveCorrection(correction: Omit<Correction, 'id'>): Promise<unknown>;
  now?: () => number;
}

export interface DraftsSlice {
  drafts: Record<string, Draft>;
  insertStatus: Record<string, InsertStatus>;
  /** Offers a suggestion for a ticket; keeps the agent's edits if there are any. */
  offer(ticket: Ticket, suggestion: Suggestion): void;
  /** The agent picked another suggestion (or intent): its text replaces the draft. */
  replace(ticket: Ticket, suggestion: Suggestion): void;
  edit(key: string, text: string): void;
  /** Back to the suggested text. */
  reset(key: string): void;
  insert(tabId: number, ticket: Ticket, mode: InsertMode): Promise<void>;
}

export type PanelState = DraftsSlice & ReadsSlice & ChoicesSlice;

export type PanelStore = StoreApi<PanelState>;

export function createPanelStore(deps: PanelDeps): PanelStore {
  const now = deps.now ?? Date.now;
  return createStore<PanelState>()((set, get, api) => ({
    ...createReadsSlice(deps)(set, get, api),
    ...createChoicesSlice(set, get, api),
    drafts: {},
    insertStatus: {},

    offer(ticket, suggestion) {
      const key = ticketKey(ticket);
      const existing = get().drafts[key];
      const edited = existing !== undefined && existing.text !== existing.suggestion.text;
      if (edited || (existing && existing.suggestion.text === suggestion.text)) return;
      set((s) => ({ drafts: { ...s.drafts, [key]: { suggestion, text: suggestion.text } } }));
    },

    replace(ticket, suggestion) {
      const key = ticketKey(ticket);
      set((s) => ({
        drafts: { ...s.drafts, [key]: { suggestion, text: suggestion.text } },
        insertStatus: { ...s.insertStatus, [key]: { state: 'idle' } },
      }));
    },

    edit(key, text) {
      const draft = get().drafts[key];
      if (!draft) return;
      set((s) => ({
        drafts: { ...s.drafts, [key]: { ...draft, text } },
        insertStatus: { ...s.insertStatus, [key]: { state: 'idle' } },
      }));
    },

    reset(key) {
      const draft = get().drafts[key];
      if (draft) get().edit(key, draft.suggestion.text);
    },

    async insert(tabId, ticket, mode) {
      const key = ticketKey(ticket);
      const draft = get().drafts[key];
      if (!draft) return;
      const setStatus = (status: InsertStatus) => set((s) => ({ insertStatus: { ...s.insertStatus, [key]: status } }));
      setStatus({ state: 'inserting' });
      let result: InsertResult;
      try {
        result = await deps.insert(tabId, draft.text, mode);
      } catch {
        result = { ok: false, message: 'The helpdesk page did not answer. Reload it and try again.' };
      }
      if (!result.ok) {
        setStatus({ state: 'failed', message: result.message });
        return;
      }
      let saved = true;
      try {
        await deps.saveCorrection({
          ticketKey: key,
          helpdesk: ticket.helpdesk,
          ticketId: ticket.ticketId,
          subject: ticket.subject,
          language: ticket.language,
          templateId: draft.suggestion.templateId,
          suggested: draft.suggestion.text,
          sent: draft.text,
          createdAt: now(),
        });
      } catch {
        saved = false;
      }
      setStatus({ state: 'inserted', mode: result.mode, saved });
    },
  }));
}
