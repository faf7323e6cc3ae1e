/** The ticket as Deskpilot reads it from a helpdesk page. Plain data: it crosses contexts as is. */

export type HelpdeskId =
  | 'zendesk'
  | 'freshdesk'
  | 'gorgias'
  | 'helpscout'
  | 'intercom'
  | 'front'
  | 'edesk'
  | 'zohodesk'
  | 'hubspot'
  | 'gmail'
  | 'generic';

/** Fields a reader can fail to find on a page whose conversation it did read. */
export type TicketField = 'subject' | 'customerName' | 'customerEmail' | 'messageTimes';

/**
 * Missing fields the agent must hear about. Message times are left out: several helpdesks
 * (Freshdesk, Gmail, Front) only ever show them as text, and no reply depends on them.
 */
export function notableMissing(missing: readonly TicketField[] | undefined): TicketField[] {
  return (missing ?? []).filter((f) => f !== 'messageTimes');
}

export type Author = 'customer' | 'agent';

export interface Message {
  author: Author;
  name: string;
  /** Visible text without quoted history or signature. */
  text: string;
  /** ISO 8601, or null when the page shows no machine-readable time. */
  at: string | null;
}

export interface Note {
  name: string;
  text: string;
}

export interface Ticket {
  helpdesk: HelpdeskId;
  ticketId: string;
  url: string;
  subject: string;
  customer: { name: string; email: string | null };
  /** The public conversation, oldest first. */
  messages: Message[];
  /** Internal notes, never part of `messages`. */
  notes: Note[];
  /** As written in this ticket, without `#`. */
  orderNumbers: string[];
  /** ISO 639-1 of the customer's last message, or null when it cannot be told. */
  language: string | null;
  /** What the page did not show (markup changed, or the helpdesk hides it); absent when complete. */
  missing?: TicketField[];
  /** The generic reader's confidence, 0 to 1; absent for helpdesk adapters. */
  confidence?: number;
}

/** Why a page gave no ticket. `code` is stable; `message` is what the agent reads. */
export type ReadErrorCode = 'no-ticket-open' | 'ticket-not-rendered' | 'no-conversation';

export interface ReadError {
  code: ReadErrorCode;
  message: string;
}

export type ReadResult = { ok: true; ticket: Ticket } | { ok: false; error: ReadError };

/** A stable key for one ticket in one helpdesk, used for drafts and corrections. */
export function ticketKey(ticket: Pick<Ticket, 'helpdesk' | 'ticketId' | 'url'>): string {
  return `${ticket.helpdesk}:${new URL(ticket.url).host}:${ticket.ticketId}`;
}
