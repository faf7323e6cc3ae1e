import type { ReadResult } from '../domain/ticket';
import { oldestFirst, sortableTime } from '../dom/dates';
import { findEmail } from '../dom/email';
import { all, first, firstOrSelf, firstWhere, hiddenByMarkup, matchesOrHas, type SelectorList } from '../dom/select';
import { inlineText, messageText } from '../dom/text';
import { assembleTicket, noTicketOpen, notRendered, type RawItem } from './assemble';
import { defineHelpdesk } from './types';

/**
 * Zoho Desk agent UI (`zd_v2-<component>-<part>` class names with hashed companions such as
 * `zd_v24af66c9aeb`; selectors use the readable names only).
 *
 * Known from public code: the per-sub-tab detail container `[data-id="subTab_<id>"]` (inactive
 * ones hidden), the subject, the thread's `.zd_v2-threadlistitemcommon-subjectWrapper` >
 * `.zd_v2-conversationlistcommon-contentWrapper[data-id="threadContent"]`, comment mentions
 * (`zd_v2-commentcontent-mention`).
 * Guessed, no public evidence (fallbacks first, then structure):
 * - Items: a thread container `.zd_v2-threadlistitemcommon-container` and a comment container
 *   `.zd_v2-commentlistitem-container`; without them, each content wrapper's enclosing block.
 * - Author: `[data-id="threadAuthorName"]` / `…-authorName`, the sender's address in
 *   `…-fromAddress`; role from a direction marker (`data-direction="in|out"`, an
 *   incoming/outgoing icon class), else the sender's address or name compared with the
 *   ticket's contact.
 * - Comments are private (notes) unless marked public; a public comment is shown to the contact in
 *   the help centre, so it counts as an agent message.
 * - Order: Zoho lists the latest thread first by default. The reader compares the items' full
 *   dates (`data-title` of the time label) and reverses when they run newest first, or when they
 *   cannot be compared.
 * - Times are text only ("Nov 21, 2026 08:47 AM"): `at` is null unless a `<time datetime>` appears.
 * - Composer: a contenteditable rich editor in a plain div (no iframe), opened by Reply; the
 *   comment editor is never the reply box.
 */
export const SELECTORS = {
  /** One detail view per open sub-tab: 2023+ UI, 2022 UI, any element with the sub-tab id. */
  container: (id: string): SelectorList => [
    `.zd_v2-ticketdetailview-container[data-id="subTab_${id}"]`,
    `.zd-ticketdetailview-container[data-id="subTab_${id}"]`,
    `[data-id="subTab_${id}"]`,
  ],
  anyContainer: ['.zd_v2-ticketdetailview-container', '.zd-ticketdetailview-container', '.ticket-DVPanel'],
  subject: ['h1[data-id="caseSubjectText"]', '[data-id="caseSubjectText"]', '.zd_v2-dvsubjectsection-subject', '#caseSubjectText'],
  /** Threads and comments together, so that one query keeps their page order. */
  item: [
    '.zd_v2-threadlistitemcommon-container, .zd_v2-commentlistitem-container',
    '[data-id^="threadItem_"], [data-id^="commentItem_"]',
  ],
  /** Drift fallback: the content wrappers alone. */
  content: [
    '[data-id="threadContent"], [data-id="commentContent"]',
    '.zd_v2-conversationlistcommon-contentWrapper',
  ],
  /** Expanded body, then the one-line summary of a collapsed thread. */
  body: [
    '[data-id="threadContent"]',
    '[data-id="commentContent"]',
    '.zd_v2-conversationlistcommon-contentWrapper',
    '[data-id="threadSummary"]',
    '.zd_v2-threadlistitemcommon-summary',
  ],
  comment: ['.zd_v2-commentlistitem-container', '[data-id^="commentItem_"]', '[data-id="commentContent"]'],
  publicComment: ['.zd_v2-commentlistitem-public', '[data-id="publicCommentLabel"]', '[data-visibility="public"]'],
  visibilityLabel: ['[data-id="commentVisibility"]', '.zd_v2-commentlistitem-visibility'],
  authorName: [
    '[data-id="threadAuthorName"]',
    '[data-id="commentAuthorName"]',
    '.zd_v2-threadlistitemcommon-authorName',
    '.zd_v2-commentlistitem-authorName',
    '[class*="authorName"]',
  ],
  fromAddress: ['[data-id="threadFromAddress"]', '.zd_v2-threadlistitemcommon-fromAddress', '[class*="fromAddress"]'],
  outgoing: ['[data-direction="out"]', '[class*="outgoing" i]'],
  incoming: ['[data-direction="in"]', '[class*="incoming" i]'],
  machineTime: ['time[datetime]'],
  /** Time label; its `data-title` holds the full date. */
  timeLabel: ['.zd_v2-threadlistitemcommon-time', '.zd_v2-commentlistitem-time', '[data-id$="Time"]', '[class*="-time"]'],
  contactName: ['[data-id="contactName"]', '.zd_v2-contactinfo-name'],
  contactEmail: ['[data-id="contactEmail"]', '.zd_v2-contactinfo-email', '[data-id="contactInfo"] a[href^="mailto:"]'],
  /** Guessed: the reply editor, newest guess first; the plainest contenteditable last. */
  composer: [
    '[data-id="replyEditor"] [contenteditable="true"]',
    '.zd_v2-replyeditor-container [contenteditable="true"]',
    '.ze_area[contenteditable="true"]',
    '[class*="zd_v2-richeditor"] [contenteditable="true"]',
    '[contenteditable="true"]',
  ],
  commentEditor: ['[data-id="commentEditor"]', '[class*="zd_v2-commenteditor"]'],
  replyButton: ['[data-id="replyButton"]', '[data-id="threadReply"]', 'button[aria-label="Reply"]'],
} as const;

const TICKET_URL = /\/agent\/[^/]+\/[^/]+\/tickets\/details\/(\d+)/;

const PUBLIC_LABEL = /^(public|öffentlich|público|publique|public comment)$/i;

function ticketIdOf(url: URL): string | undefined {
  return TICKET_URL.exec(url.pathname)?.[1];
}

/** The open ticket's detail view; without sub-tab ids on the page, the only visible detail view. */
function activeContainer(document: Document, id: string): Element | null {
  const byId = first(document, SELECTORS.container(id));
  if (byId) return byId;
  if (document.querySelector('[data-id^="subTab_"]')) return null;
  const visible = all(document, SELECTORS.anyContainer).filter((c) => !hiddenByMarkup(c));
  return visible.length === 1 ? (visible[0] ?? null) : null;
}

/** A direction marker outside the message body (an e-mail body may carry any class). */
function marked(item: Element, selectors: SelectorList): boolean {
  if (item.matches(selectors.join(','))) return true;
  return selectors.some((s) => [...item.querySelectorAll(s)].some((el) => el.closest(SELECTORS.body.join(',')) === null));
}

interface Found {
  el: Element;
  comment: boolean;
  name: string;
  from: string | null;
  sortTime: number | null;
}

function describeItem(el: Element): Found {
  const label = first(el, SELECTORS.timeLabel);
  const fromEl = first(el, SELECTORS.fromAddress);
  const fromText = fromEl?.getAttribute('data-title') ?? inlineText(fromEl);
  return {
    el,
    comment: el.matches(SELECTORS.comment.join(',')) || first(el, ['[data-id="commentContent"]']) !== null,
    name: inlineText(first(el, SELECTORS.authorName)),
    from: findEmail(fromText)?.toLowerCase() ?? null,
    sortTime: label ? sortableTime(label.getAttribute('data-title') ?? inlineText(label)) : null,
  };
}

function isPublic(el: Element): boolean {
  return matchesOrHas(el, SELECTORS.publicComment) || PUBLIC_LABEL.test(inlineText(first(el, SELECTORS.visibilityLabel)));
}

export const zohodesk = defineHelpdesk({
  id: 'zohodesk',
  label: 'Zoho Desk',
  matches: ['*://desk.zoho.com/*', '*://desk.zoho.eu/*', '*://desk.zoho.in/*', '*://desk.zoho.com.au/*'],
  ticketUrl: TICKET_URL,
  composerHint: 'Click Reply on the ticket in Zoho Desk so the reply editor opens, then press Insert again.',

  extract(document, url): ReadResult {
    const ticketId = ticketIdOf(url);
    if (!ticketId) return noTicketOpen('This Zoho Desk page is not a ticket. Open a ticket to get a suggestion.');
    const container = activeContainer(document, ticketId);
    if (!container) return notRendered(`Ticket ${ticketId}`);

    let elements = all(container, SELECTORS.item);
    if (elements.length === 0) {
      // Drift: no known item container. Each content wrapper's enclosing block is one item.
      elements = all(container, SELECTORS.content).map((w) => w.parentElement?.parentElement ?? w);
      elements = elements.filter((el, i) => elements.indexOf(el) === i);
    }
    // Oldest first: reversed when the dates run newest first, or when they cannot tell (Zoho's default).
    const found = oldestFirst(elements.map(describeItem), (f) => f.sortTime, 'reverse');

    const threads = found.filter((f) => !f.comment);
    const firstIncoming = threads.find((f) => marked(f.el, SELECTORS.incoming)) ?? threads[0];
    const contactEmailEl = first(container, SELECTORS.contactEmail);
    const contactEmail =
      findEmail(contactEmailEl?.getAttribute('data-title') ?? contactEmailEl?.getAttribute('href') ?? inlineText(contactEmailEl))?.toLowerCase() ??
      firstIncoming?.from ??
      null;
    const contactName = inlineText(first(container, SELECTORS.contactName)) || firstIncoming?.name || '';

    const items: RawItem[] = [];
    for (const f of found) {
      const body = firstOrSelf(f.el, SELECTORS.body);
      if (!body) continue;
      let kind: RawItem['kind'];
      if (f.comment) kind = isPublic(f.el) ? 'agent' : 'note';
      else if (marked(f.el, SELECTORS.outgoing)) kind = 'agent';
      else if (marked(f.el, SELECTORS.incoming)) kind = 'customer';
      else if (f.from && contactEmail) kind = f.from === contactEmail ? 'customer' : 'agent';
      else kind = !f.name || f.name === contactName ? 'customer' : 'agent';
      items.push({
        kind,
        name: f.name,
        // Zoho's quote markup and its "---- On … wrote ----" header are among messageText's rules.
        text: messageText(body),
        at: first(f.el, SELECTORS.machineTime)?.getAttribute('datetime') ?? null,
      });
    }

    const subjectEl = first(container, SELECTORS.subject);
    return assembleTicket({
      helpdesk: 'zohodesk',
      ticketId,
      url,
      label: `Ticket ${ticketId}`,
      subject: subjectEl?.getAttribute('data-title')?.trim() || inlineText(subjectEl),
      customer: { name: contactName, email: contactEmail },
      items,
    });
  },

  findComposer(document, url) {
    const ticketId = ticketIdOf(url);
    const container = ticketId ? activeContainer(document, ticketId) : null;
    if (!container) return null;
    const commentEditor = SELECTORS.commentEditor.join(',');
    return firstWhere<HTMLElement>(container, SELECTORS.composer, (el) => el.closest(commentEditor) === null);
  },

  composerOpener(document, url) {
    const ticketId = ticketIdOf(url);
    const container = ticketId ? activeContainer(document, ticketId) : null;
    return container ? first<HTMLElement>(container, SELECTORS.replyButton) : null;
  },
});
