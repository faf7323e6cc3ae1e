import type { ReadResult } from '../domain/ticket';
import { all, first, firstVisible, hiddenByMarkup, type SelectorList } from '../dom/select';
import { inlineText, messageText } from '../dom/text';
import { assembleTicket, type RawItem } from './assemble';
import { defineHelpdesk } from './types';

/**
 * eDesk (e-commerce helpdesk: shop e-mail, Amazon/eBay buyer messages, order panel).
 *
 * NOTHING about eDesk's DOM is public (HELPDESK-DOM.md: "nothing found"). Everything below is a
 * guess designed for drift:
 * - URL: the ticket id is read from `/tickets/<id>` or `/mailbox/…/ticket/<id>`, in the path or
 *   in a hash route.
 * - The open ticket's view is the largest visible element carrying that id (`data-ticket-id`,
 *   `data-id`: its list row carries it too), then a "ticket view/detail" container, then `main`.
 * - Messages: Angular-style elements (`ed-message`, `ed-note`) and BEM classes
 *   (`message--inbound|outbound|note`) first, then anything named "ticket-message"; when none
 *   match, structure: repeated blocks that each show a sender's e-mail address and a body.
 * - Role: a direction/note marker in the block's attributes ("inbound", "outbound", "note",
 *   "internal"…) or a "Note" label; without one, the sender's address compared with the
 *   customer's (Amazon buyers write from relay addresses, which still compare equal).
 * - Order order: kept as on the page unless the page's own times run newest first.
 * - The order panel (marketplace orders such as Amazon "123-4567890-1234567"), the customer
 *   panel and the ticket list are never read as conversation.
 * - Composer: a textarea in the reply box (then a contenteditable); the reply box also has Note
 *   and Share tabs (eDesk's help centre names them), in which it is not a reply box: the Reply
 *   tab is then the `composerOpener`.
 */
export const SELECTORS = {
  /** The open ticket's view, by the id in the URL (list rows carry it too: the largest match wins). */
  ticketView: (id: string): SelectorList => [`[data-ticket-id="${id}"]`, `[data-testid*="ticket" i][data-id="${id}"]`, `[data-id="${id}"]`],
  ticketViewFallback: ['[class*="ticket-view" i]', '[class*="ticket-detail" i]', '[class*="TicketDetail"]', 'main'],
  subject: ['[class*="ticket-subject" i]', '[data-testid*="subject" i]', 'header h1', 'h1', '[role="heading"]'],
  thread: ['[class*="ticket-thread" i]', '[data-testid*="thread" i]', '[role="feed"]', '[role="log"]'],
  /** Messages and notes, in page order; system events ("assigned to…") are neither. */
  message: [
    'ed-message, ed-note',
    '[data-testid="ticket-message"], [data-testid="ticket-note"]',
    '[class*="ticket-message" i], [class*="ticket-note" i]',
    '[class*="message--inbound"], [class*="message--outbound"], [class*="message--note"]',
  ],
  senderName: ['[class*="sender-name" i]', '[class*="message__sender" i]', '[data-testid*="sender-name" i]'],
  senderEmail: ['[class*="sender-email" i]', '[class*="message__email" i]', '[data-testid*="sender-email" i]'],
  body: ['[class*="message__body" i]', '[class*="message-body" i]', '[data-testid*="message-body" i]'],
  time: ['time[datetime]', '[data-timestamp]'],
  /** The customer panel (sidebar), by name then address. */
  customerName: ['[class*="customer-name" i]', '[data-testid*="customer-name" i]'],
  customerEmail: ['[class*="customer-email" i]', '[data-testid*="customer-email" i]', '[class*="customer-panel" i] a[href^="mailto:"]'],
  /** Never part of the conversation. */
  outsideMessages: [
    'aside',
    'nav',
    '[role="banner"]',
    '[class*="ticket-header" i]',
    '[role="navigation"]',
    '[role="complementary"]',
    '[class*="ticket-list" i]',
    '[class*="order-panel" i]',
    '[class*="linked-order" i]',
    '[class*="order-card" i]',
    '[class*="reply-box" i]',
    'textarea',
    '[contenteditable="true"]',
  ],
  replyBox: ['ed-reply-box', '[class*="reply-box" i]', '[data-testid*="reply" i]', 'form[class*="reply" i]'],
  composer: ['textarea', '[contenteditable="true"][role="textbox"]', '[contenteditable="true"]'],
  /** The reply box's mode tabs: only the Reply tab writes to the customer. */
  activeTab: ['[role="tab"][aria-selected="true"]', '[class*="tab"][class*="active"]'],
  tab: ['[role="tab"]', '[class*="tab" i] button'],
} as const;

/** `/tickets/<id>` or `/mailbox/…/ticket/<id>`; tested on `pathname + hash` (hash routes). */
const TICKET_URL = /\/tickets?\/((?=[\w-]*\d)[\w-]+)(?=[/?#]|$)/;

const REPLY_TAB = /^(reply|respond|answer)$/i;

function ticketIdOf(url: URL): string | undefined {
  return TICKET_URL.exec(url.pathname + url.hash)?.[1];
}

/** The open ticket's view: of the visible elements carrying its id, the largest (not its list row); else a ticket-view container. */
function ticketView(document: Document, id: string): Element | null {
  const carriers = SELECTORS.ticketView(id)
    .flatMap((s) => [...document.querySelectorAll(s)])
    .filter((el) => !hiddenByMarkup(el))
    .map((el) => ({ el, size: el.querySelectorAll('*').length }));
  const largest = carriers.reduce<(typeof carriers)[number] | null>((best, c) => (!best || c.size > best.size ? c : best), null);
  return largest?.el ?? firstVisible(document, SELECTORS.ticketViewFallback);
}

/** Oldest first: reversed when the times the page gives run newest first. */
function oldestFirst(blocks: Block[]): Block[] {
  const times = blocks.map((b) => Date.parse(b.at ?? '')).filter((t) => !Number.isNaN(t));
  const newestFirst = times.length >= 2 && times.every((t, i) => t <= (times[i - 1] ?? t)) && times[0] !== times.at(-1);
  return newestFirst ? [...blocks].reverse() : blocks;
}

/** The reply box and whether it is in Reply mode (not Note or Share). */
function replyBox(document: Document, url: URL): { box: Element; replying: boolean } | null {
  const id = ticketIdOf(url);
  const view = id ? ticketView(document, id) : null;
  const box = firstVisible(view ?? document, SELECTORS.replyBox) ?? (view ? firstVisible(document, SELECTORS.replyBox) : null);
  if (!box) return null;
  const tab = first(box, SELECTORS.activeTab);
  return { box, replying: !tab || REPLY_TAB.test(inlineText(tab)) };
}

export const edesk = defineHelpdesk({
  id: 'edesk',
  label: 'eDesk',
  matches: ['*://*.edesk.com/*'],
  ticketUrl: TICKET_URL,
  composerHint: 'Open the ticket’s reply box on the Reply tab (not Note or Share), then press Insert again.',

  extract(document, url): ReadResult {
    const ticketId = ticketIdOf(url);
    if (!ticketId) {
      return {
        ok: false,
        error: { code: 'no-ticket-open', message: 'This eDesk page is not a ticket. Open a ticket from the mailbox to get a suggestion.' },
      };
    }
    const view = ticketView(document, ticketId);
    if (!view) {
      return {
        ok: false,
        error: { code: 'ticket-not-rendered', message: `Ticket ${ticketId} has not finished loading on the page yet.` },
      };
    }
    const thread = firstVisible(view, SELECTORS.thread) ?? view;
    const fields = { senderName: SELECTORS.senderName, senderEmail: SELECTORS.senderEmail, body: SELECTORS.body, time: SELECTORS.time };
    const marked = all(thread, SELECTORS.message).filter((el) => outside(el, SELECTORS.outsideMessages));
    const blocks = oldestFirst(
      (marked.length > 0 ? marked : repeatedBlocks(thread, SELECTORS.outsideMessages))
        .filter((el) => !hiddenByMarkup(el))
        .map((el) => readBlock(el, fields, SELECTORS.outsideMessages)),
    );
    const customerEmailEl = firstVisible(document, SELECTORS.customerEmail);
    const customerEmail = customerEmailEl ? ownEmail(customerEmailEl) : null;
    const items = resolveRoles(blocks, customerEmail);
    const customerBlock = blocks.find((b, i) => items[i]?.kind === 'customer');
    return assembleTicket({
      helpdesk: 'edesk',
      ticketId,
      url,
      label: `Ticket ${ticketId}`,
      subject: inlineText(firstVisible(view, SELECTORS.subject)),
      customer: { name: inlineText(firstVisible(document, SELECTORS.customerName)), email: customerEmail ?? customerBlock?.email ?? null },
      items,
    });
  },

  findComposer(document, url) {
    const found = replyBox(document, url);
    return found?.replying ? firstVisible<HTMLElement>(found.box, SELECTORS.composer) : null;
  },

  composerOpener(document, url) {
    const found = replyBox(document, url);
    if (!found || found.replying) return null;
    return all<HTMLElement>(found.box, SELECTORS.tab).find((tab) => tab.getAttribute('data-tab') === 'reply' || REPLY_TAB.test(inlineText(tab))) ?? null;
  },
});

// ---------------------------------------------------------------------------------------------
// Structural reading, for message markup that is unknown or has drifted. The same section is in
// hubspot.ts; it belongs in lib/dom (a shared `structure.ts`).

const EMAIL_IN_TEXT = /[\w.%+-]+@[\w-]+(?:\.[\w-]+)+/;
const EMAIL_ALL = new RegExp(EMAIL_IN_TEXT.source, 'g');
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const TEXT_BLOCKS = 'p, div, blockquote, pre, li, td, section, article';
/** Never message text: times, controls, avatars, read receipts and delivery statuses. */
const NOT_TEXT =
  'time, button, [role="button"], svg, img, [aria-hidden="true"], [class*="avatar" i], [class*="receipt" i], [data-test-id*="receipt" i], [class*="status" i]';
const NOTE_TOKENS = new Set(['note', 'notes', 'internal', 'comment', 'whisper']);
const AGENT_TOKENS = new Set(['outbound', 'outgoing', 'sent', 'agent', 'staff', 'operator', 'seller', 'teammate']);
const CUSTOMER_TOKENS = new Set(['inbound', 'incoming', 'received', 'customer', 'buyer', 'visitor', 'requester', 'enduser']);
const NOTE_LABEL =
  /^(internal note|private note|note|comment|interne notiz|notiz|kommentar|note interne|commentaire|nota interna|nota|comentario|notă internă|notă|comentariu)$/i;

interface BlockFields {
  senderName: SelectorList;
  senderEmail: SelectorList;
  body: SelectorList;
  time: SelectorList;
}

/** One message-like block as read from the page, before roles are settled. */
interface Block {
  role: RawItem['kind'] | null;
  name: string;
  email: string | null;
  text: string;
  at: string | null;
}

/** The address an element shows itself (own text or an address attribute), not its children's. */
function ownEmail(el: Element): string | null {
  for (const attr of ['email', 'data-email', 'href', 'title']) {
    const found = EMAIL_IN_TEXT.exec(el.getAttribute(attr) ?? '');
    if (found) return found[0].toLowerCase();
  }
  for (const node of el.childNodes) {
    const found = node.nodeType === 3 ? EMAIL_IN_TEXT.exec(node.nodeValue ?? '') : null;
    if (found) return found[0].toLowerCase();
  }
  return null;
}

function outside(el: Element, skip: SelectorList): boolean {
  return !skip.some((s) => el.closest(s));
}

function emailMarks(root: Element, skip: SelectorList): Element[] {
  return [...root.querySelectorAll('*')].filter((el) => ownEmail(el) !== null && outside(el, skip) && !hiddenByMarkup(el));
}

/** True when `el` holds text beyond the addresses in it: a body, not a "From:"/"To:" line. */
function hasTextBesidesAddresses(el: Element): boolean {
  const marks = [el, ...el.querySelectorAll('*')].filter((m) => ownEmail(m) !== null);
  return [...el.querySelectorAll(TEXT_BLOCKS)].some((t) => !marks.some((m) => t.contains(m)) && inlineText(t) !== '');
}

/** A header line such as "to support@…": an address and nothing of a body. */
function isAddressLine(el: Element): boolean {
  const hasAddress = ownEmail(el) !== null || [...el.querySelectorAll('*')].some((m) => ownEmail(m) !== null);
  return hasAddress && !hasTextBesidesAddresses(el);
}

function depth(el: Element): number {
  let d = 0;
  for (let p = el.parentElement; p; p = p.parentElement) d += 1;
  return d;
}

/**
 * Message blocks found by shape: the children of one container that each show an e-mail address
 * and some text apart from it, plus their siblings marked as notes (notes often show no address).
 * The container with the most such children wins (ties: the outermost); a lone message is taken
 * from the outermost container, minus single-child wrappers.
 */
function repeatedBlocks(root: Element, skip: SelectorList): Element[] {
  const marks = emailMarks(root, skip);
  const isBlock = (child: Element) => marks.some((m) => child.contains(m)) && hasTextBesidesAddresses(child);
  let best: { box: Element; count: number; depth: number } | null = null;
  const seen = new Set<Element>();
  for (const mark of marks) {
    for (let box = mark.parentElement; box && root.contains(box); box = box.parentElement) {
      if (seen.has(box)) continue;
      seen.add(box);
      const count = [...box.children].filter(isBlock).length;
      const d = depth(box);
      if (count > 0 && (!best || count > best.count || (count === best.count && d < best.depth))) best = { box, count, depth: d };
    }
  }
  if (!best) return [];
  const blocks = [...best.box.children].filter(
    (c) => outside(c, skip) && (isBlock(c) || markerRole(c, null, null) === 'note'),
  );
  const lone = blocks.length === 1 ? blocks[0] : undefined;
  if (!lone) return blocks;
  let inner: Element = lone;
  while (inner.children.length === 1 && inner.firstElementChild) inner = inner.firstElementChild;
  return [inner];
}

/** Words of a marker attribute: "message--outbound" → message, outbound; "isOutbound" → is, outbound. */
function tokens(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
}

/** Role from markers on the block and the elements leading to its sender, or a note label. */
function markerRole(block: Element, mark: Element | null, body: Element | null): Block['role'] {
  const path: Element[] = [block];
  for (let el = mark; el && el !== block && block.contains(el); el = el.parentElement) path.push(el);
  const words = new Set<string>();
  for (const el of path) {
    for (const attr of el.attributes) {
      if (['style', 'href', 'src'].includes(attr.name)) continue;
      for (const word of tokens(`${attr.name.startsWith('data-') ? attr.name.slice(5) : ''} ${attr.value}`)) words.add(word);
    }
  }
  const labelled = [...block.querySelectorAll('span, div, strong, b, small, label')].some(
    (el) => !(body && body.contains(el)) && el.children.length === 0 && NOTE_LABEL.test(inlineText(el)),
  );
  if (labelled || [...NOTE_TOKENS].some((w) => words.has(w))) return 'note';
  const agent = [...AGENT_TOKENS].some((w) => words.has(w));
  const customer = [...CUSTOMER_TOKENS].some((w) => words.has(w));
  if (agent !== customer) return agent ? 'agent' : 'customer';
  return null;
}

/**
 * Text of `box` without the child holding the sender and without other address lines ("to …"),
 * one level at a time from the block down to the sender; the longest text wins.
 */
function structuralBody(block: Element, mark: Element): string {
  let best = '';
  for (let box: Element = block; box !== mark; ) {
    const header = [...box.children].find((c) => c.contains(mark));
    if (!header) break;
    const copy = box.cloneNode(true) as Element;
    copy.children[[...box.children].indexOf(header)]?.remove();
    for (const el of copy.querySelectorAll(NOT_TEXT)) el.remove();
    for (const line of [...copy.children]) if (isAddressLine(line)) line.remove();
    const text = messageText(copy);
    if (text.length > best.length) best = text;
    box = header;
  }
  return best;
}

function senderName(block: Element, mark: Element): string {
  const clean = (text: string) => text.replace(EMAIL_ALL, '').replace(/[<>()[\]"|·•,]/g, ' ').replace(/\s+/g, ' ').trim();
  const own = clean(inlineText(mark));
  if (own) return own;
  for (let el: Element | null = mark; el && el !== block; el = el.parentElement) {
    for (let prev = el.previousElementSibling; prev; prev = prev.previousElementSibling) {
      if (prev.matches(NOT_TEXT)) continue;
      const text = clean(inlineText(prev));
      if (text) return text;
    }
  }
  return '';
}

/** The first machine-readable (ISO 8601) time the block carries, as written. */
function timeOf(block: Element, fields: BlockFields): string | null {
  const candidates = [...all(block, fields.time), ...block.querySelectorAll('[datetime], [data-timestamp], [title]')];
  for (const el of candidates) {
    for (const attr of ['datetime', 'data-timestamp', 'title']) {
      const value = el.getAttribute(attr);
      if (value && ISO_TIME.test(value)) return value;
    }
  }
  return null;
}

/** The first short text that is not a label or a time: a sender name, when no address shows. */
function firstName(block: Element, body: Element | null): Element | null {
  return (
    [...block.querySelectorAll('span, strong, b, a, div')].find(
      (el) =>
        el.children.length === 0 &&
        !(body && body.contains(el)) &&
        !el.closest(NOT_TEXT) &&
        inlineText(el) !== '' &&
        !NOTE_LABEL.test(inlineText(el)),
    ) ?? null
  );
}

function readBlock(block: Element, fields: BlockFields, skip: SelectorList): Block {
  const mark =
    first(block, fields.senderEmail) ?? [...block.querySelectorAll('*')].find((el) => ownEmail(el) !== null && outside(el, skip)) ?? null;
  const body = first(block, fields.body);
  const nameEl = first(block, fields.senderName) ?? (mark ? null : firstName(block, body));
  const anchor = mark ?? nameEl;
  return {
    role: markerRole(block, anchor, body),
    name: inlineText(nameEl) || (mark ? senderName(block, mark) : ''),
    email: mark ? (ownEmail(mark) ?? EMAIL_IN_TEXT.exec(inlineText(mark))?.[0].toLowerCase() ?? null) : null,
    text: body ? messageText(body) : anchor ? structuralBody(block, anchor) : '',
    at: timeOf(block, fields),
  };
}

/**
 * Roles the markup did not say: the customer is whoever writes from the customer's address
 * (or, without one, the first sender); everyone else is an agent.
 */
function resolveRoles(blocks: Block[], customerEmail: string | null): RawItem[] {
  const customer = customerEmail?.toLowerCase() ?? blocks.find((b) => b.role === 'customer')?.email ?? blocks.find((b) => b.role !== 'note')?.email ?? null;
  return blocks.map((b) => ({
    kind: b.role ?? (b.email !== null && b.email === customer ? 'customer' : 'agent'),
    name: b.name,
    text: b.text,
    at: b.at,
  }));
}
