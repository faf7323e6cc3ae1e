import type { ReadResult } from '../domain/ticket';
import { all, first, firstVisible, insideAny, type SelectorList } from '../dom/select';
import { inlineText } from '../dom/text';
import { assembleTicket, noTicketOpen, notRendered } from './assemble';
import { ownEmail, readBlocks, resolveRoles } from './structure';
import { defineHelpdesk } from './types';

/**
 * HubSpot Help Desk (`/help-desk/…/ticket/<id>`) and the older Conversations inbox
 * (`/live-messages/…/inbox/<threadId>`).
 *
 * Known from public code (HELPDESK-DOM.md, confidence LOW): the app root, the ticket name link,
 * the contact chicklet, the inbox list row whose `aria-label` ends "with subject <subject>".
 * GUESSED, because no public code shows it: the thread, the ticket view's id attribute, the
 * contact card's e-mail and the composer (ProseMirror-like, with Email/Comment modes). The guess
 * follows HubSpot's habits (`data-test-id`, `data-selenium-test`, UIComponents `private-*`
 * classes) and the Conversations API's vocabulary (message types MESSAGE / COMMENT /
 * THREAD_STATUS_CHANGE / ASSIGNMENT, directions INCOMING / OUTGOING).
 * When none of the guessed message selectors match, the thread is read by structure: repeated
 * blocks that each show a sender's e-mail address and a body (see structure.ts),
 * comments told apart by a "Comment" label or a comment/note/internal marker in their attributes.
 */
export const SELECTORS = {
  /** The open ticket's view; the help desk can keep a stale one hidden while the next loads. */
  ticketView: (id: string): SelectorList => [
    `[data-test-id="ticket-view"][data-ticket-id="${id}"]`,
    `[data-ticket-id="${id}"]`,
    `[data-thread-id="${id}"]`,
    `[data-object-id="${id}"]`,
  ],
  /** Without an id on the view: the help desk's main panel, then the old inbox's thread pane. */
  ticketViewFallback: [
    '[data-application-name="svh-help-desk"] [data-layer-for="Panel"]',
    '[class*="InboxThreadOverview"]',
    '[data-application-name="svh-help-desk"] main',
    'main',
  ],
  /** Help desk ticket name; the old inbox's header shows the contact, not the subject. */
  subject: ['[data-test-id="ticket-header-name-link"] span', '[data-test-id="ticket-header-name"]', '[data-test-id="thread-subject"]'],
  /** Old inbox: the selected row's label ends "… with subject <subject>". */
  selectedRowLabel: [
    '[data-test-id="thread-list-member-row"][data-selected="true"] [data-test-id="member-header"] [data-content="true"]',
  ],
  contactName: ['[data-selenium-test="contact-chicklet-title-link"]', '[data-test-id="contact-chicklet-title-link"]'],
  contactEmail: [
    '[data-selenium-test="contact-chicklet-email"]',
    '[data-test-id="contact-chicklet-email"]',
    '[data-selenium-test="contact-chicklet-title-link"] ~ * a[href^="mailto:"]',
  ],
  /** The thread's log; every other part of the view (sidebar, composer) is outside it. */
  thread: ['[data-test-id="thread-history"]', '[data-test-id="conversation-thread"]', '[role="log"]'],
  message: ['[data-test-id="thread-history-item"]', '[data-test-id^="thread-message"]', '[data-test-id="email-message"]'],
  /** Status changes, assignments, "ticket created" lines: never messages. */
  systemEvent: [
    '[data-message-type="THREAD_STATUS_CHANGE"]',
    '[data-message-type="ASSIGNMENT"]',
    '[data-message-type="SYSTEM"]',
    '[data-test-id="thread-history-status-change"]',
  ],
  senderName: ['[data-test-id="message-sender-name"]', '[data-test-id="sender-name"]'],
  senderEmail: ['[data-test-id="message-sender-email"]', '[data-test-id="sender-email"]'],
  body: ['[data-test-id="message-body"]', '[data-test-id="email-body"]', '.private-html-content'],
  time: ['time[datetime]', '[data-timestamp]'],
  /** Not part of any message: headers, the reply box, sidebars, lists. */
  outsideMessages: [
    '[data-test-id^="ticket-header"]',
    '[class*="DetailHeaderWrapper"]',
    '[role="banner"]',
    '[data-test-id="composer"]',
    '[contenteditable="true"]',
    'aside',
    'nav',
    '[role="navigation"]',
    '[role="complementary"]',
  ],
  /** The email reply editor (ProseMirror-like); a composer in Comment mode is not a reply box. */
  composer: [
    '[data-test-id="composer"]:not([data-composer-channel="COMMENT"]) .ProseMirror[contenteditable="true"]',
    '[data-test-id="composer"]:not([data-composer-channel="COMMENT"]) [contenteditable="true"][role="textbox"]',
    '[data-test-id*="composer" i] [contenteditable="true"]',
    '.ProseMirror[contenteditable="true"]',
  ],
  commentComposer: ['[data-composer-channel="COMMENT"]', '[data-test-id="comment-composer"]'],
} as const;

/** Help desk ticket (group 1) or old inbox thread (group 2). */
const TICKET_URL = /\/(?:help-desk\/\d+\/view\/[^/]+\/ticket\/(\d+)|live-messages\/\d+\/inbox\/(\d+))/;

function ticketIdOf(url: URL): string | undefined {
  const match = TICKET_URL.exec(url.pathname);
  return match?.[1] ?? match?.[2];
}

/** The open ticket's view: by its id; else the main panel. */
function ticketView(document: Document, id: string): Element | null {
  return firstVisible(document, SELECTORS.ticketView(id)) ?? firstVisible(document, SELECTORS.ticketViewFallback);
}

function subjectOf(document: Document, view: Element): string {
  const heading = inlineText(firstVisible(view, SELECTORS.subject));
  if (heading) return heading;
  const label = first(document, SELECTORS.selectedRowLabel)?.getAttribute('aria-label') ?? '';
  return /with subject (.+)$/i.exec(label)?.[1]?.trim() ?? '';
}

export const hubspot = defineHelpdesk({
  id: 'hubspot',
  label: 'HubSpot',
  matches: ['*://app.hubspot.com/*', '*://app-eu1.hubspot.com/*'],
  ticketUrl: TICKET_URL,
  composerHint: 'Choose Email (not Comment) in the ticket’s reply box, click into it, then press Insert again.',

  extract(document, url): ReadResult {
    const ticketId = ticketIdOf(url);
    if (!ticketId) return noTicketOpen('This HubSpot page is not a ticket or conversation. Open one in the help desk to get a suggestion.');
    const view = ticketView(document, ticketId);
    if (!view) return notRendered(`Ticket ${ticketId}`);
    const thread = firstVisible(view, SELECTORS.thread) ?? view;
    const marked = all(thread, SELECTORS.message).filter((el) => !el.matches(SELECTORS.systemEvent.join(',')));
    const blocks = readBlocks(thread, marked, SELECTORS);

    // The contact card sits beside the view (help desk sidebar) or inside it.
    const contactEmailEl = firstVisible(document, SELECTORS.contactEmail);
    const contactEmail = contactEmailEl ? ownEmail(contactEmailEl) : null;
    const contactName = inlineText(firstVisible(document, SELECTORS.contactName));
    const items = resolveRoles(blocks, contactEmail);
    const customerBlock = blocks.find((b, i) => items[i]?.kind === 'customer');
    return assembleTicket({
      helpdesk: 'hubspot',
      ticketId,
      url,
      label: `Ticket ${ticketId}`,
      subject: subjectOf(document, view),
      customer: { name: contactName, email: contactEmail ?? customerBlock?.email ?? null },
      items,
    });
  },

  findComposer(document, url) {
    const ticketId = ticketIdOf(url);
    const view = ticketId ? ticketView(document, ticketId) : null;
    const composer = firstVisible<HTMLElement>(view ?? document, SELECTORS.composer);
    // Never the comment box: text typed there becomes an internal comment, not a reply.
    return composer && !insideAny(composer, SELECTORS.commentComposer) ? composer : null;
  },
});
