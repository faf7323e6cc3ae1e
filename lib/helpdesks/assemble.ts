import { findOrderNumbers } from '../domain/order-numbers';
import type { HelpdeskId, Message, Note, ReadResult, Ticket, TicketField } from '../domain/ticket';
import { detectLanguage } from '../intent/language';

/** One item of a conversation as an adapter found it on the page. */
export interface RawItem {
  kind: 'customer' | 'agent' | 'note';
  name: string;
  text: string;
  at: string | null;
}

export interface RawTicket {
  helpdesk: HelpdeskId;
  ticketId: string;
  url: URL;
  subject: string;
  customer: { name: string; email: string | null };
  /** Oldest first. Adapters of newest-first pages reverse before handing over. */
  items: RawItem[];
  /** Label for messages ("Ticket #48213"), used in errors. */
  label: string;
}

/**
 * What every adapter does after reading the page: notes apart from messages, empty items
 * dropped, order numbers from this ticket's subject, messages and notes only, the language of
 * the customer's last message, and the list of fields the page did not show.
 */
export function assembleTicket(raw: RawTicket): ReadResult {
  const messages: Message[] = [];
  const notes: Note[] = [];
  for (const item of raw.items) {
    if (!item.text.trim()) continue;
    if (item.kind === 'note') notes.push({ name: item.name, text: item.text });
    else messages.push({ author: item.kind, name: item.name, text: item.text, at: item.at });
  }
  if (messages.length === 0) {
    return {
      ok: false,
      error: { code: 'no-conversation', message: `${raw.label} is open but its conversation could not be read.` },
    };
  }
  const customerName = raw.customer.name || messages.find((m) => m.author === 'customer')?.name || '';
  const lastCustomer = [...messages].reverse().find((m) => m.author === 'customer');
  const missing: TicketField[] = [];
  if (!raw.subject) missing.push('subject');
  if (!customerName) missing.push('customerName');
  if (!raw.customer.email) missing.push('customerEmail');
  if (messages.some((m) => m.at === null)) missing.push('messageTimes');
  const ticket: Ticket = {
    helpdesk: raw.helpdesk,
    ticketId: raw.ticketId,
    url: raw.url.href,
    subject: raw.subject,
    customer: { name: customerName, email: raw.customer.email },
    messages,
    notes,
    orderNumbers: findOrderNumbers([raw.subject, ...messages.map((m) => m.text), ...notes.map((n) => n.text)]),
    language: lastCustomer ? detectLanguage(lastCustomer.text) : null,
    ...(missing.length > 0 ? { missing } : {}),
  };
  return { ok: true, ticket };
}

/** The page is not a ticket (or conversation) of this helpdesk; `message` says what to open. */
export function noTicketOpen(message: string): ReadResult {
  return { ok: false, error: { code: 'no-ticket-open', message } };
}

/** The URL names a ticket that is not on the page yet. `label` as in RawTicket ("Ticket #48213"). */
export function notRendered(label: string): ReadResult {
  return { ok: false, error: { code: 'ticket-not-rendered', message: `${label} has not finished loading on the page yet.` } };
}
