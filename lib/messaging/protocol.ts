import type { ReadResult } from '../domain/ticket';

/**
 * Every message between the extension's contexts, declared once. Only plain domain types cross.
 *
 * - content script -> background: `ticketRead` whenever the open ticket (or the reason there is
 *   none) changes; the background keeps it per tab.
 * - side panel -> content script (tabs.sendMessage): `readTicket` to read again now, and
 *   `insertReply` to put the agent's text into the helpdesk's reply box.
 */
export type InsertMode = 'caret' | 'replace';

export type InsertResult = { ok: true; mode: InsertMode } | { ok: false; message: string };

export interface Protocol {
  ticketRead: { request: { result: ReadResult }; response: { stored: boolean } };
  readTicket: { request: Record<string, never>; response: ReadResult };
  insertReply: { request: { text: string; mode: InsertMode }; response: InsertResult };
}

export type MessageType = keyof Protocol;

export interface Envelope<K extends MessageType = MessageType> {
  deskpilot: 1;
  type: K;
  payload: Protocol[K]['request'];
}

const TYPES: readonly MessageType[] = ['ticketRead', 'readTicket', 'insertReply'];

export function envelope<K extends MessageType>(type: K, payload: Protocol[K]['request']): Envelope<K> {
  return { deskpilot: 1, type, payload };
}

/** Narrows anything received from another context; payloads are checked by their handler's types. */
export function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v.deskpilot === 1 && typeof v.type === 'string' && (TYPES as readonly string[]).includes(v.type) && typeof v.payload === 'object' && v.payload !== null;
}
