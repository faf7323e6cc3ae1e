/**
 * From the items a generic reader found to a Ticket: customer or agent for each item, the ticket
 * through `assembleTicket`, and a confidence score. Shared by the generic page reader
 * (`generic.ts`) and the plain-text reader (`plain-text.ts`).
 *
 * Pure: no DOM, no extension APIs, nothing runs at import time.
 */
import type { Author, ReadResult } from '../domain/ticket';
import { assembleTicket, type RawItem } from './assemble';
import { comparable, stableHash } from './text-rules';

/** One item of the conversation as a generic reader found it. */
export interface DraftItem {
  name: string;
  email: string | null;
  at: string | null;
  text: string;
  note: boolean;
  /** Role shown by the page itself (badge, class, label); null when only the sender tells. */
  role: Author | null;
  /** A weaker guess (turns of a quoted reply chain), used when `role` is null and before sender matching. */
  hint?: Author;
}

export interface Participant {
  name: string;
  email: string | null;
}

export interface DraftTicket {
  url: URL;
  subject: string;
  /** From the URL or a ticket label; null: a hash of subject and first message is used. */
  ticketId: { id: string; source: 'url' | 'label' } | null;
  /** A "Requester" / "Customer" / "Kunde" field of the page, when there is one. */
  requester: Participant | null;
  /** Oldest first. */
  items: DraftItem[];
  /** How clearly the conversation was delimited: 1 repeated blocks or several headers, 0.5 one, 0 none. */
  structure: number;
  /** What the reader looked for, for the `no-conversation` error. */
  lookedFor: string;
}

/** Free mail and webmail domains: a sender there is not staff because the page is on the same domain. */
const PUBLIC_MAIL = new Set([
  'gmail.com', 'google.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'office.com', 'yahoo.com',
  'aol.com', 'icloud.com', 'me.com', 'proton.me', 'protonmail.com', 'zoho.com', 'gmx.de', 'gmx.net', 'web.de', 't-online.de',
  'orange.fr', 'free.fr', 'laposte.net', 'sfr.fr', 'yandex.ru', 'mail.ru', 'yahoo.fr', 'yahoo.es', 'libero.it',
]);

/** True when a sender's address is on the shop's or helpdesk's own domain (the page's domain). */
export function staffAddress(email: string | null, url: URL): boolean {
  if (!email) return false;
  const domain = siteDomain(url.hostname);
  return !PUBLIC_MAIL.has(domain) && siteDomain(email.split('@')[1] ?? '') === domain;
}

/** Shop or helpdesk domain of a page (last two labels; three for "co.uk"-like hosts). */
function siteDomain(host: string): string {
  const labels = host.toLowerCase().split('.').filter(Boolean);
  const take = labels.length >= 3 && (labels[labels.length - 2] ?? '').length <= 3 && (labels[labels.length - 1] ?? '').length === 2 ? 3 : 2;
  return labels.slice(-take).join('.');
}

function samePerson(a: Participant, b: Participant): boolean {
  if (a.email && b.email) return a.email.toLowerCase() === b.email.toLowerCase();
  if (a.name && b.name) return comparable(a.name) === comparable(b.name);
  if (a.email && b.name) return comparable(a.email.split('@')[0] ?? '') === comparable(b.name).replace(/ /g, '.');
  return false;
}

const round2 = (n: number): number => Math.round(Math.min(1, Math.max(0, n)) * 100) / 100;

/**
 * Customer or agent for each item, the ticket through `assembleTicket`, and the confidence:
 *
 *   0.25 × requester (1 with an e-mail address, 0.6 with a name only)
 * + 0.05 when there is at least one message
 * + 0.30 × min(messages with a sender and a date, 2) / 2
 * + 0.15 when there is a subject
 * + 0.10 × structure (repeated blocks / headers: 1, a single block: 0.5)
 * + 0.10 when the page itself tells roles apart (badges, classes, notes, a requester field, e-mail match), 0.05 when only names differ
 * + 0.05 when the ticket id comes from the URL or a label rather than a hash
 * × 0.4 when more than three different people write with no role shown (reviews, comments: not a support conversation)
 */
export function finishTicket(draft: DraftTicket): ReadResult {
  const items = draft.items.filter((i) => i.text.trim());
  const messages = items.filter((i) => !i.note);
  if (messages.length === 0) {
    return { ok: false, error: { code: 'no-conversation', message: draft.lookedFor } };
  }
  let requester: Participant | null = draft.requester;
  const shown = (m: DraftItem): Author | null => m.role ?? (staffAddress(m.email, draft.url) ? 'agent' : (m.hint ?? null));
  const first = messages.find((m) => shown(m) !== 'agent' && (m.name || m.email)) ?? null;
  if (requester && !requester.name && first && !messages.some((m) => m.email)) requester = { ...requester, name: first.name };
  if (!requester && first) requester = { name: first.name, email: first.email };
  // An e-mail match tells roles apart only beyond the message the requester was taken from.
  let emailMatched = false;
  const roleOf = (item: DraftItem): Author => {
    const role = shown(item);
    if (role) return role;
    if (!item.name && !item.email) return 'customer';
    if (requester && samePerson(requester, item)) {
      if (item.email && (item !== first || draft.requester)) emailMatched = true;
      return 'customer';
    }
    return requester ? 'agent' : 'customer';
  };
  const raw: RawItem[] = items.map((item) => {
    if (item.note) return { kind: 'note', name: item.name, text: item.text, at: item.at };
    const kind = roleOf(item);
    return { kind, name: item.name || (kind === 'customer' ? (requester?.name ?? '') : ''), text: item.text, at: item.at };
  });
  const customerEmail = requester?.email ?? messages.find((m) => roleOf(m) === 'customer' && m.email)?.email ?? null;
  const ticketId = draft.ticketId?.id ?? stableHash(`${draft.subject}\n${messages[0]?.text ?? ''}`);
  const result = assembleTicket({
    helpdesk: 'generic',
    ticketId,
    url: draft.url,
    label: draft.subject ? `“${draft.subject}”` : 'This page',
    subject: draft.subject,
    customer: { name: requester?.name ?? '', email: customerEmail },
    items: raw,
  });
  if (!result.ok) return result;

  const kinds = new Set(raw.map((r) => r.kind));
  const markers = items.some((i) => i.role !== null);
  const strongRoles = markers || kinds.has('note') || draft.requester !== null || emailMatched;
  const weakRoles = kinds.has('customer') && kinds.has('agent');
  const people = new Set(messages.map((m) => comparable(m.name || m.email || '')).filter(Boolean));
  const authoredDated = messages.filter((m) => (m.name || m.email) && m.at).length;
  const requesterScore = requester?.email ? 1 : requester?.name ? 0.6 : 0;
  let confidence =
    0.25 * requesterScore +
    0.05 +
    0.3 * (Math.min(authoredDated, 2) / 2) +
    (draft.subject ? 0.15 : 0) +
    0.1 * draft.structure +
    (strongRoles ? 0.1 : weakRoles ? 0.05 : 0) +
    (draft.ticketId ? 0.05 : 0);
  if (people.size > 3 && !markers) confidence *= 0.4;
  return { ok: true, ticket: { ...result.ticket, confidence: round2(confidence) } };
}
