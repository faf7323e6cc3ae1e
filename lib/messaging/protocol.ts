import type { HelpdeskId, ReadResult } from '../domain/ticket';
import type { LiveLookup, LiveQuery } from '../orders/live';
import type { Order } from '../orders/model';

/**
 * Every message between the extension's contexts, declared once. Only plain domain types cross.
 *
 * - content script -> background: `ticketRead` whenever the open ticket (or the reason there is
 *   none) changes; the background keeps it per tab.
 * - side panel -> content script (tabs.sendMessage): `readTicket` to read again now (with the
 *   generic reader when asked), `readSelection` for the text the agent selected, and
 *   `insertReply` to put the agent's text into the helpdesk's reply box.
 * - side panel -> background: `injectReader` to run the reader in a tab no adapter matched, and
 *   `lookupOrders` for the ticket's orders from the shop's API (the background holds the keys).
 */
export type InsertMode = 'caret' | 'replace';

export type InsertResult = { ok: true; mode: InsertMode } | { ok: false; message: string };

export type ActionResult = { ok: true } | { ok: false; message: string };

export interface Protocol {
  ticketRead: { request: { result: ReadResult; helpdesk: HelpdeskId; pageOrders: Order[] }; response: { stored: boolean } };
  readTicket: { request: { reader?: 'generic' }; response: ReadResult };
  readSelection: { request: Record<string, never>; response: { text: string; url: string; title: string } };
  insertReply: { request: { text: string; mode: InsertMode }; response: InsertResult };
  injectReader: { request: { tabId: number }; response: ActionResult };
  lookupOrders: { request: LiveQuery; response: LiveLookup };
}

export type MessageType = keyof Protocol;

export interface Envelope<K extends MessageType = MessageType> {
  deskpilot: 1;
  type: K;
  payload: Protocol[K]['request'];
}

const TYPES: readonly MessageType[] = ['ticketRead', 'readTicket', 'readSelection', 'insertReply', 'injectReader', 'lookupOrders'];

export function envelope<K extends MessageType>(type: K, payload: Protocol[K]['request']): Envelope<K> {
  return { deskpilot: 1, type, payload };
}

/** Narrows anything received from another context; payloads are checked by their handler's types. */
export function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v.deskpilot === 1 && typeof v.type === 'string' && (TYPES as readonly string[]).includes(v.type) && typeof v.payload === 'object' && v.payload !== null;
}
