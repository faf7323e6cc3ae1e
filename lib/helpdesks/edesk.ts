import type { ReadResult } from '../domain/ticket';
import { oldestFirst } from '../dom/dates';
import { all, first, firstVisible, hiddenByMarkup, insideAny, type SelectorList } from '../dom/select';
import { inlineText } from '../dom/text';
import { assembleTicket, noTicketOpen, notRendered } from './assemble';
import { type Block, ownEmail, readBlocks, resolveRoles } from './structure';
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

/** A block's time in milliseconds, or null when the page gave none it could read. */
function timeOf(block: Block): number | null {
  const t = Date.parse(block.at ?? '');
  return Number.isNaN(t) ? null : t;
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
    if (!ticketId) return noTicketOpen('This eDesk page is not a ticket. Open a ticket from the mailbox to get a suggestion.');
    const view = ticketView(document, ticketId);
    if (!view) return notRendered(`Ticket ${ticketId}`);
    const thread = firstVisible(view, SELECTORS.thread) ?? view;
    const marked = all(thread, SELECTORS.message).filter((el) => !insideAny(el, SELECTORS.outsideMessages));
    // Oldest first: reversed when the times the page gives run newest first.
    const blocks = oldestFirst(readBlocks(thread, marked, SELECTORS), timeOf, 'keep');
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
