import type { ReadResult } from '../domain/ticket';
import { all, first, type SelectorList } from '../dom/select';
import { fieldText, inlineText, messageText } from '../dom/text';
import { assembleTicket, noTicketOpen, notRendered, type RawItem } from './assemble';
import { defineHelpdesk } from './types';

/** Zendesk Agent Workspace (2021+ "omni" UI), with fallbacks for the older ticket layout. */
export const SELECTORS = {
  /** Zendesk keeps every open ticket tab in the DOM; only the active pane is this ticket. */
  activePane: (id: string): SelectorList => [
    `.ticket-panes-grid-layout[data-is-active="true"] [data-side-conversations-anchor-id="${id}"]`,
    `[data-side-conversations-anchor-id="${id}"]`,
    '.ticket-panes-grid-layout[data-is-active="true"]',
    '.ticket-panes-grid-layout.active',
  ],
  subject: [
    'input[data-test-id="omni-header-subject"]',
    'input[data-test-id="ticket-pane-subject"]',
    '.ticket .editable input[name=subject]',
  ],
  requesterName: [
    '[data-test-id="ticket-system-field-requester-select"]',
    '[data-test-id="ticket-system-field-requester-label"]',
  ],
  /** Recipient tag in the composer (agent workspace), then the customer context panel. */
  requesterEmail: [
    '[data-garden-id="tags.avatar"][alt*="@"]',
    '[data-test-id="customer-context-panel"] a[href^="mailto:"]',
  ],
  headerTabTitle: (id: string): SelectorList => [
    `a[data-test-id="header-tab"][data-entity-id="${id}"] [data-test-id="header-tab-title"]`,
  ],
  logItem: ['article[data-test-id="omni-log-comment-item"]'],
  sender: ['[data-test-id="omni-log-comment-user-link"]', '[data-test-id="omni-log-item-sender"]'],
  role: ['[data-test-id="omni-log-item-message"][type]'],
  internalNoteTag: ['[data-test-id="omni-log-internal-note-tag"]'],
  agentBadge: ['[data-test-id="omni-log-avatar-badge-AgentBadge"]'],
  body: [
    '[data-test-id="omni-log-message-content"] .zd-comment',
    '[data-test-id="omni-log-message-content"]',
    '.zd-comment',
  ],
  time: ['time[data-test-id="timestamp-relative"][datetime]', 'time[data-test-id^="timestamp-"][datetime]', 'time[datetime]'],
  composer: [
    '[data-test-id="omnicomposer-rich-text-ckeditor"][contenteditable="true"]',
    '[data-test-id="omnicomposer-plain-text-ckeditor"][contenteditable="true"]',
    '[data-test-id="ticket-rich-text-editor"] [contenteditable="true"]',
    '.zendesk-editor--rich-text-container [contenteditable="true"][role="textbox"]',
  ],
} as const;

const TICKET_URL = /\/agent\/tickets\/(\d+)/;

function activePane(document: Document, id: string): Element | null {
  return first(document, SELECTORS.activePane(id));
}

export const zendesk = defineHelpdesk({
  id: 'zendesk',
  label: 'Zendesk',
  matches: ['*://*.zendesk.com/*'],
  ticketUrl: TICKET_URL,
  composerHint: 'Open the ticket’s reply box (Public reply), then press Insert again.',

  extract(document, url): ReadResult {
    const ticketId = TICKET_URL.exec(url.pathname)?.[1];
    if (!ticketId) return noTicketOpen('This Zendesk page is not a ticket. Open a ticket to get a suggestion.');
    const pane = activePane(document, ticketId);
    if (!pane) return notRendered(`Ticket #${ticketId}`);

    const subject = fieldText(first(pane, SELECTORS.subject)) || inlineText(first(document, SELECTORS.headerTabTitle(ticketId)));

    const items: RawItem[] = [];
    for (const item of all(pane, SELECTORS.logItem)) {
      const body = first(item, SELECTORS.body);
      if (!body) continue;
      const role = first(item, SELECTORS.role)?.getAttribute('type');
      const isNote = role === 'internal' || first(item, SELECTORS.internalNoteTag) !== null;
      const isAgent = role === 'agent' || (role !== 'end-user' && first(item, SELECTORS.agentBadge) !== null);
      items.push({
        kind: isNote ? 'note' : isAgent ? 'agent' : 'customer',
        name: inlineText(first(item, SELECTORS.sender)),
        text: messageText(body),
        at: first(item, SELECTORS.time)?.getAttribute('datetime') ?? null,
      });
    }
    const emailEl = first(pane, SELECTORS.requesterEmail);
    return assembleTicket({
      helpdesk: 'zendesk',
      ticketId,
      url,
      label: `Ticket #${ticketId}`,
      subject,
      customer: {
        name: inlineText(first(pane, SELECTORS.requesterName)),
        email: emailEl?.getAttribute('alt') || emailEl?.getAttribute('href')?.replace(/^mailto:/, '') || null,
      },
      items,
    });
  },

  findComposer(document, url) {
    const ticketId = TICKET_URL.exec(url.pathname)?.[1];
    const pane = ticketId ? activePane(document, ticketId) : null;
    return first<HTMLElement>(pane ?? document, SELECTORS.composer);
  },
});
