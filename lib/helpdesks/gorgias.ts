import type { ReadResult } from '../domain/ticket';
import { firstEmail } from '../dom/email';
import { all, closestOf, first, matchesOrHas, outermost } from '../dom/select';
import { fieldText, inlineText, messageText } from '../dom/text';
import { assembleTicket, noTicketOpen, notRendered, type RawItem } from './assemble';
import { defineHelpdesk } from './types';

/**
 * Gorgias helpdesk (React, CSS modules: `Component--part--<hash>`, matched by prefix, never by hash).
 * HELPDESK-DOM.md has low-medium confidence and only these facts: the thread
 * `[aria-label="Ticket thread"]`, message bubbles `[class*="MessageBubble--messageBubble"]`,
 * the customer link in `[aria-label="Breadcrumbs"]`, the customer note `textarea#note-field` and
 * the Shopify widget. Everything else is GUESSED and designed for drift:
 * - role: a bubble modifier class (`--internalNote`, `--fromAgent`, `--fromCustomer`), else the
 *   sender's link to this ticket's customer (`/app/customer/<id>`), else the sender's name or
 *   email equal to the customer's; anyone else is an agent;
 * - body: a `MessageBody` part, else the bubble without its header;
 * - subject: an input or title in the ticket header, else the document title;
 * - time: a `time[datetime]` in the bubble;
 * - composer: Draft.js (suspected, unconfirmed) in the reply area.
 * The Shopify widget in the sidebar lists the customer's OTHER orders too: it is never read.
 */
export const SELECTORS = {
  thread: ['[aria-label="Ticket thread"]', '[class*="TicketThread--"]', '[class*="TicketBody--thread"]'],
  /** The ticket's own column (header, thread, reply area), apart from the view's ticket list. */
  ticket: ['[class*="TicketDetailContainer--"]', '[class*="TicketDetail--"]', 'main'],
  breadcrumbCustomer: ['[aria-label="Breadcrumbs"] a[href*="/customer/"]'],
  subject: [
    'input[aria-label="Ticket subject"]',
    '[class*="TicketSubject--"] input',
    '[class*="TicketSubject--"]',
    '[class*="TicketHeader--subject"]',
    '[class*="TicketTitle--"]',
  ],
  bubble: ['[class*="MessageBubble--messageBubble"]', '[class*="TicketMessage--message"]'],
  note: ['[class*="MessageBubble--internalNote"]', '[class*="MessageBubble--isInternalNote"]', '[class*="InternalNote--"]'],
  agent: ['[class*="MessageBubble--fromAgent"]', '[class*="MessageBubble--isAgent"]', '[class*="MessageBubble--agent"]'],
  customer: ['[class*="MessageBubble--fromCustomer"]', '[class*="MessageBubble--isCustomer"]', '[class*="MessageBubble--customer"]'],
  header: ['[class*="MessageHeader--"]', 'header'],
  sender: ['[class*="MessageHeader--author"]', '[class*="MessageHeader--sender"]', 'a[href*="/app/customer/"]', 'header strong'],
  senderEmail: ['[class*="MessageHeader--email"]', '[class*="MessageHeader--from"] a[href^="mailto:"]'],
  body: ['[class*="MessageBody--body"]', '[class*="MessageBody--"]', '[class*="TicketMessageBody"]'],
  time: ['time[datetime]'],
  /** Parts of a bubble that are not its text, for the no-body fallback. */
  bubbleNoise: ['[class*="MessageHeader--"]', 'header', 'time', '[class*="Attachment--"]', '[class*="MessageActions--"]'],
  /** Customer sidebar ("infobar"), its name and e-mail channel. Not the customer note textarea. */
  customerName: ['[class*="Infobar--"] [class*="CustomerName--"]', '[class*="Infobar--"] a[href*="/app/customer/"]'],
  customerEmail: [
    '[class*="Infobar--"] a[href^="mailto:"]',
    '[class*="Infobar--"] [class*="CustomerChannel--address"]',
    '[class*="Infobar--"] [class*="CustomerChannel"]',
  ],
  /** Draft.js (suspected) in the reply area, then any rich text box of the ticket column. */
  composer: [
    '[class*="TicketReply"] .public-DraftEditor-content[contenteditable="true"]',
    '[class*="ReplyArea"] .public-DraftEditor-content[contenteditable="true"]',
    '.public-DraftEditor-content[contenteditable="true"]',
    '[class*="TicketReply"] [contenteditable="true"][role="textbox"]',
  ],
} as const;

const TICKET_URL = /\/app\/(?:ticket\/(\d+)|views\/\d+\/(\d+))(?:\/|$)/;
const CUSTOMER_ID = /\/app\/customer\/(\d+)/;

function ticketIdOf(url: URL): string | undefined {
  const match = TICKET_URL.exec(url.pathname);
  return match?.[1] ?? match?.[2];
}

/** The bubble's text: its body part, else the bubble without header, time and attachments. */
function bubbleText(bubble: Element): string {
  const body = first(bubble, SELECTORS.body);
  return body ? messageText(body) : messageText(bubble, SELECTORS.bubbleNoise);
}

function ticketColumn(document: Document): { thread: Element; column: ParentNode } | null {
  const thread = first(document, SELECTORS.thread);
  return thread ? { thread, column: closestOf(thread, SELECTORS.ticket) ?? document } : null;
}

export const gorgias = defineHelpdesk({
  id: 'gorgias',
  label: 'Gorgias',
  matches: ['*://*.gorgias.com/*'],
  ticketUrl: TICKET_URL,
  composerHint: 'Click in the ticket’s reply box (Email or Chat, not Internal note), then press Insert again.',

  extract(document, url): ReadResult {
    const ticketId = ticketIdOf(url);
    if (!ticketId) return noTicketOpen('This Gorgias page is not a ticket. Open a ticket to get a suggestion.');
    const found = ticketColumn(document);
    if (!found) return notRendered(`Ticket ${ticketId}`);
    const { thread, column } = found;

    const crumb = first(column, SELECTORS.breadcrumbCustomer) ?? first(document, SELECTORS.breadcrumbCustomer);
    const customerId = CUSTOMER_ID.exec(crumb?.getAttribute('href') ?? '')?.[1];
    const customerName = inlineText(crumb) || inlineText(first(document, SELECTORS.customerName));
    const sidebarEmail = firstEmail(document, SELECTORS.customerEmail);
    const title = document.title.replace(/\s*[|–-]\s*Gorgias\s*$/i, '').trim();
    const subject = fieldText(first(column, SELECTORS.subject)) || (title !== 'Gorgias' ? title : '');

    const items: RawItem[] = [];
    const senderEmails: { kind: RawItem['kind']; email: string }[] = [];
    for (const bubble of outermost(all(thread, SELECTORS.bubble))) {
      const name = inlineText(first(bubble, SELECTORS.sender));
      const senderEmail = firstEmail(bubble, SELECTORS.senderEmail);
      const senderLink = bubble.querySelector('a[href*="/app/customer/"]')?.getAttribute('href') ?? '';
      let kind: RawItem['kind'];
      if (matchesOrHas(bubble, SELECTORS.note)) kind = 'note';
      else if (matchesOrHas(bubble, SELECTORS.customer)) kind = 'customer';
      else if (matchesOrHas(bubble, SELECTORS.agent)) kind = 'agent';
      // No role class (markup drift): the sender links to this ticket's customer, or is them by e-mail or name.
      else if (customerId && CUSTOMER_ID.exec(senderLink)?.[1] === customerId) kind = 'customer';
      else if (sidebarEmail && senderEmail?.toLowerCase() === sidebarEmail.toLowerCase()) kind = 'customer';
      else kind = customerName && name === customerName ? 'customer' : 'agent';
      if (senderEmail) senderEmails.push({ kind, email: senderEmail });
      items.push({ kind, name, text: bubbleText(bubble), at: first(bubble, SELECTORS.time)?.getAttribute('datetime') ?? null });
    }
    const customerEmail = sidebarEmail ?? senderEmails.find((s) => s.kind === 'customer')?.email ?? null;

    return assembleTicket({
      helpdesk: 'gorgias',
      ticketId,
      url,
      label: `Ticket ${ticketId}`,
      subject,
      customer: { name: customerName, email: customerEmail },
      items,
    });
  },

  findComposer(document, url) {
    if (!ticketIdOf(url)) return null;
    const found = ticketColumn(document);
    return found ? first<HTMLElement>(found.column, SELECTORS.composer) : null;
  },
});
