import type { Message, Note, ReadResult, Ticket } from './ticket';

/** Narrowing of values that crossed a boundary (messages, storage, files). */

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isStrOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';

function isMessage(v: unknown): v is Message {
  return isObj(v) && (v.author === 'customer' || v.author === 'agent') && isStr(v.name) && isStr(v.text) && isStrOrNull(v.at);
}

function isNote(v: unknown): v is Note {
  return isObj(v) && isStr(v.name) && isStr(v.text);
}

export function isTicket(v: unknown): v is Ticket {
  return (
    isObj(v) &&
    isStr(v.helpdesk) &&
    isStr(v.ticketId) &&
    isStr(v.url) &&
    isStr(v.subject) &&
    isObj(v.customer) &&
    isStr(v.customer.name) &&
    isStrOrNull(v.customer.email) &&
    Array.isArray(v.messages) &&
    v.messages.every(isMessage) &&
    Array.isArray(v.notes) &&
    v.notes.every(isNote) &&
    Array.isArray(v.orderNumbers) &&
    v.orderNumbers.every(isStr) &&
    isStrOrNull(v.language)
  );
}

export function isReadResult(v: unknown): v is ReadResult {
  if (!isObj(v)) return false;
  if (v.ok === true) return isTicket(v.ticket);
  return v.ok === false && isObj(v.error) && isStr(v.error.code) && isStr(v.error.message);
}
