import type { StateCreator } from 'zustand/vanilla';
import type { ReadResult } from '../domain/ticket';
import type { ActionResult } from '../messaging/protocol';

/**
 * Reads the agent asked for in the panel, per tab: the page with the generic reader, their
 * selection, or pasted text. They stand in front of the page's own read until dismissed.
 */
export type ManualSource = 'generic' | 'selection' | 'paste';

export interface ManualRead {
  source: ManualSource;
  result: ReadResult;
}

export interface ReadsDeps {
  readGeneric(tabId: number): Promise<ReadResult>;
  readSelection(tabId: number): Promise<{ text: string; url: string; title: string }>;
  readText(text: string, url: string, title?: string): ReadResult;
  injectReader(tabId: number): Promise<ActionResult>;
}

export interface ReadsSlice {
  manual: Record<number, ManualRead>;
  /** Why the last attempt to read a tab failed, shown to the agent. */
  readProblem: Record<number, string>;
  readWithGeneric(tabId: number): Promise<void>;
  readSelection(tabId: number): Promise<void>;
  readPasted(tabId: number, text: string): void;
  backToPage(tabId: number): void;
  /** Runs the reader in a tab no adapter matched (allowed after a click on Deskpilot there). */
  tryReader(tabId: number): Promise<boolean>;
}

const PAGE_UNREACHABLE = 'The page did not answer. Reload it, or paste the conversation instead.';

export const createReadsSlice =
  (deps: ReadsDeps): StateCreator<ReadsSlice, [], [], ReadsSlice> =>
  (set) => {
    const show = (tabId: number, read: ManualRead) =>
      set((s) => ({ manual: { ...s.manual, [tabId]: read }, readProblem: { ...s.readProblem, [tabId]: '' } }));
    const problem = (tabId: number, message: string) => set((s) => ({ readProblem: { ...s.readProblem, [tabId]: message } }));
    return {
      manual: {},
      readProblem: {},

      async readWithGeneric(tabId) {
        try {
          show(tabId, { source: 'generic', result: await deps.readGeneric(tabId) });
        } catch {
          problem(tabId, PAGE_UNREACHABLE);
        }
      },

      async readSelection(tabId) {
        let selection: { text: string; url: string; title: string };
        try {
          selection = await deps.readSelection(tabId);
        } catch {
          problem(tabId, PAGE_UNREACHABLE);
          return;
        }
        if (!selection.text.trim()) {
          problem(tabId, 'Nothing is selected on the page. Select the conversation there, then press “Use my selection”.');
          return;
        }
        show(tabId, { source: 'selection', result: deps.readText(selection.text, selection.url, selection.title) });
      },

      readPasted(tabId, text) {
        if (!text.trim()) {
          problem(tabId, 'Paste the conversation first.');
          return;
        }
        show(tabId, { source: 'paste', result: deps.readText(text, 'about:blank') });
      },

      backToPage(tabId) {
        set((s) => ({ manual: Object.fromEntries(Object.entries(s.manual).filter(([id]) => Number(id) !== tabId)) }));
      },

      async tryReader(tabId) {
        const outcome = await deps.injectReader(tabId).catch((): ActionResult => ({ ok: false, message: PAGE_UNREACHABLE }));
        if (!outcome.ok) problem(tabId, outcome.message);
        return outcome.ok;
      },
    };
  };
