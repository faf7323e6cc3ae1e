import type { ReadResult } from '../domain/ticket';
import { emailIn } from '../dom/email';
import { all, closestOf, deepAll, deepFirst, first, matchesOrHas, type SelectorList, shadowRootOf } from '../dom/select';
import { inlineText, messageText, withoutElements } from '../dom/text';
import { assembleTicket, noTicketOpen, notRendered, type RawItem } from './assemble';
import { defineHelpdesk } from './types';

/**
 * Freshdesk agent UI "mint" (Ember, 2020+), with fallbacks for the old `/helpdesk/tickets` UI.
 * Sources: HELPDESK-DOM.md (confidence high; medium for how items nest). Guessed, and marked so
 * below: the sub-parts of the shadow-DOM contact card and a `time[datetime]` on items. Freshdesk
 * shows only a relative time and a human-readable `aria-label`, so a message's `at` is null unless
 * a machine-readable time appears.
 */
export const SELECTORS = {
  /** The open ticket's detail wrapper and page (mint), then its scroll pane. */
  pane: ['.ticket-details-wrapper', '#ticket-details', '.tickets-conversation-pane'],
  /** The ticket's own description carries its id in mint (`data-album="ticket_<id>"`). */
  description: (id: string): SelectorList => [`[data-album="ticket_${id}"]`],
  /** Breadcrumb "#3107" (mint); the old UI's display id. */
  ticketNumber: ['.breadcrumb__item.active', '#ticket-display-id'],
  /** Heading with child buttons (AI summary, copy) to strip: mint, sentiment UI, old UI. */
  subject: ['.ticket-subject-heading', '.sentiment-ticket-heading', 'h2.subject'],
  /** One per description, reply and note (mint); then the wrappers themselves; then ids only. */
  item: [
    '.ticket-details__item',
    '[data-test-id="ticket-description"], [data-test-id="conversation-wrapper"]',
    '[data-album^="ticket_"], [data-album^="note_"], .requestor-wrap',
  ],
  /** Message text: replies and notes, then the description (mint), then the old UI. */
  body: [
    '[data-test-conversation="conversation-text"]',
    '[data-test-id="conversation-content"]',
    '.ticket_note[data-note-id]',
    '#ticket_original_request',
    '.ticket-description .text__content',
    '.text-content-wrapper',
  ],
  /** Private notes, and replies of cc'd third parties (these carry requestor too, still private). */
  note: ['.ticket-details__privatenote'],
  customer: ['.ticket-details__requestor'],
  agent: ['[data-test-is-agent]'],
  sender: ['[data-test-id="user-name"] b', '[data-test-id="user-name"]', '.conversation-header .user', '.user-name'],
  /** Not evidenced for Freshdesk: read if the app ever renders one. */
  time: ['time[datetime]'],
  requesterName: ['[data-test-id="requester-info-contact-name"] .info-details-content', '.widget-requestor-info .requester-name'],
  requesterEmail: ['[data-test-id="requester-info-contact-email"] .info-details-content', '.widget-requestor-info a[href^="mailto:"]'],
  /** Right-hand contact panel: a web component with an open shadow root. */
  contactCard: ['fw-unified-mfe--contact-info'],
  /** Inside the contact card's shadow root (guessed: test ids, then any mailto link). */
  contactName: ['[data-test-id="contact-name"]', '.contact-name', 'h2', 'h3'],
  contactEmail: ['[data-test-id="contact-email"] a[href^="mailto:"]', '[data-test-id="contact-email"]', 'a[href^="mailto:"]'],
  /** Froala: mint's active editor, any Froala box; very old Freshdesk used Redactor. */
  composer: [
    '[data-test-id="active-editor"] .fr-element.fr-view[contenteditable="true"]',
    '.rich-editor .fr-element.fr-view[contenteditable="true"]',
    '.fr-box .fr-element[contenteditable="true"]',
    '.redactor-editor[contenteditable="true"]',
  ],
  /** The reply box exists only after Reply is clicked: top action bar (mint), then any reply action. */
  reply: [
    '#mainactionbar button[data-test-id="ticket-action-reply"]',
    'button[data-test-id="ticket-action-reply"]',
    '.reply-bar-top button[data-test-id*="reply"]',
  ],
  /** Child elements of the subject heading that are not the subject. */
  headingNoise: ['button', '[role="button"]', 'svg', '[aria-hidden="true"]', '.tooltip', '[class*="ai-summary"]'],
} as const;

const TICKET_URL = /\/(?:a|helpdesk)\/tickets\/(\d+)(?:\/|$)/;

/** `document.title` in mint: "[#3107] <subject> : <helpdesk name>". */
const TITLE = /^\[#(\d+)\]\s*(.+?)\s*:\s*[^:]*$/;

function ticketIdOf(url: URL): string | undefined {
  return TICKET_URL.exec(url.pathname)?.[1];
}

/** First match inside the shadow root of the first host found, open shadow roots included. */
function inShadow(root: ParentNode, hosts: SelectorList, selectors: SelectorList): Element | null {
  for (const hostSelector of hosts) {
    for (const host of deepAll(root, hostSelector)) {
      const shadow = shadowRootOf(host);
      const found = shadow ? deepFirst(shadow, selectors) : null;
      if (found) return found;
    }
  }
  return null;
}

/** The pane of the ticket in the URL: the one holding its description, else the only one. */
function ticketPane(document: Document, id: string): Element | null {
  const description = first(document, SELECTORS.description(id));
  return (description ? closestOf(description, SELECTORS.pane) : null) ?? first(document, SELECTORS.pane);
}

/** Text of a heading without its child buttons and icons. */
function headingText(heading: Element | null): string {
  return heading ? inlineText(withoutElements(heading, SELECTORS.headingNoise)) : '';
}

export const freshdesk = defineHelpdesk({
  id: 'freshdesk',
  label: 'Freshdesk',
  matches: ['*://*.freshdesk.com/*', '*://*.freshworks.com/*', '*://*.myfreshworks.com/*'],
  ticketUrl: TICKET_URL,
  composerHint: 'Click Reply on the ticket to open the reply box, then press Insert again.',

  extract(document, url): ReadResult {
    const ticketId = ticketIdOf(url);
    if (!ticketId) return noTicketOpen('This Freshdesk page is not a ticket. Open a ticket to get a suggestion.');
    const pane = ticketPane(document, ticketId);
    if (!pane) return notRendered(`Ticket #${ticketId}`);
    // Ember swaps the route after the URL: the previous ticket can still be on screen for a moment.
    const shownNumber = /\d+/.exec(inlineText(first(document, SELECTORS.ticketNumber)))?.[0];
    if (shownNumber && shownNumber !== ticketId) return notRendered(`Ticket #${ticketId}`);

    const title = TITLE.exec(document.title);
    const subject = headingText(first(pane, SELECTORS.subject)) || (title?.[1] === ticketId ? (title[2] ?? '') : '');

    const customerName =
      inlineText(first(document, SELECTORS.requesterName)) || inlineText(inShadow(document, SELECTORS.contactCard, SELECTORS.contactName));
    const customerEmail =
      emailIn(first(document, SELECTORS.requesterEmail)) ?? emailIn(inShadow(document, SELECTORS.contactCard, SELECTORS.contactEmail));

    const items: RawItem[] = [];
    for (const item of all(pane, SELECTORS.item)) {
      const body = first(item, SELECTORS.body);
      if (!body) continue;
      const name = inlineText(first(item, SELECTORS.sender));
      let kind: RawItem['kind'];
      if (matchesOrHas(item, SELECTORS.note)) kind = 'note';
      else if (matchesOrHas(item, SELECTORS.customer)) kind = 'customer';
      else if (matchesOrHas(item, SELECTORS.agent)) kind = 'agent';
      // No role marker (markup drift): the requester's name is the customer, anyone else an agent.
      else kind = customerName && name === customerName ? 'customer' : 'agent';
      items.push({ kind, name, text: messageText(body), at: first(item, SELECTORS.time)?.getAttribute('datetime') ?? null });
    }

    return assembleTicket({
      helpdesk: 'freshdesk',
      ticketId,
      url,
      label: `Ticket #${ticketId}`,
      subject,
      customer: { name: customerName, email: customerEmail },
      items,
    });
  },

  findComposer(document, url) {
    const ticketId = ticketIdOf(url);
    if (!ticketId) return null;
    const pane = ticketPane(document, ticketId);
    const inPane = pane ? first<HTMLElement>(pane, SELECTORS.composer) : null;
    if (inPane) return inPane;
    // Outside the pane (nesting not confirmed), accept an editor only when it is the page's only one.
    const everywhere = all<HTMLElement>(document, SELECTORS.composer);
    return everywhere.length === 1 ? (everywhere[0] ?? null) : null;
  },

  composerOpener(document, url) {
    return ticketIdOf(url) ? first<HTMLElement>(document, SELECTORS.reply) : null;
  },
});
