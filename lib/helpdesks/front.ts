import type { ReadResult } from '../domain/ticket';
import { findEmail } from '../dom/email';
import { all, first, firstWhere, hiddenByMarkup, inDocumentOrder, outermost, type SelectorList } from '../dom/select';
import { inlineText, messageText } from '../dom/text';
import { assembleTicket, noTicketOpen, notRendered, type RawItem } from './assemble';
import { defineHelpdesk } from './types';

/**
 * Front (React + styled-components). Class names are `component__StyledThing-sc-<hash> <hash2>`:
 * every selector matches the stable prefix with `[class*=…]`, never the hash.
 *
 * Known from public code (Feb 2026): the viewer (`data-testid="viewer-<n>"`), subject, message
 * article, sender details / handle / account, date, body and the collapsed blurb.
 * Guessed, no public evidence:
 * - Comments (internal discussion): a bubble whose class prefix is `commentViewerBase__StyledCommentDiv`
 *   (by analogy with `messageViewerBase__StyledMessageDiv`), author in `commentHeader__StyledAuthor…`,
 *   body in `commentHtml__…` / `commentContent__…`. When none of these match, any outermost element
 *   with "comment" in its class that is not a message and not a composer is read as a comment.
 * - Roles: Front shows no role marker we know of. The customer is the sender of the first message
 *   not sent through an inbox account (`[data-account-name]`, present on teammates' replies);
 *   a message is the customer's when its handle (e-mail) is the customer's, or, without a handle
 *   (collapsed messages), when its sender name is the customer's.
 * - Times: the date line is text only ("Nov 18, 3:30 PM"), so `at` is null unless a `<time datetime>`
 *   appears in it.
 * - Composer: a ProseMirror-like contenteditable inside a reply composer; the comment composer at
 *   the bottom of the conversation (also a contenteditable) is never the reply box.
 */
export const SELECTORS = {
  /** One viewer per open conversation; a previous one can stay mounted, hidden, during navigation. */
  viewer: ['[class*="viewer__StyledViewerDiv"]', '[data-testid^="viewer-"]'],
  viewerById: (id: string): SelectorList => [`[data-testid="viewer-${id}"]`],
  subject: [
    '[data-searchable-subject="true"] span',
    '[data-searchable-subject="true"]',
    '[class*="conversationSubjectWrapper__StyledSubjectContainerDiv"] > div > span',
    '[class*="conversationHeader__StyledSubject"]',
  ],
  message: ['[class*="messageViewerBase__StyledMessageDiv"]', '[role="article"]'],
  senderDetails: ['[class*="messageViewerRecipient__StyledDetailsWrapperDiv"]'],
  /** The inbox account a teammate sent through. */
  account: ['[data-account-name]'],
  handle: ['[class*="messageViewerRecipient__StyledHandleSpan"]'],
  date: ['[class*="messageViewerDate__StyledDateDiv"] time[datetime]', '[class*="messageViewerDate__StyledDateDiv"] [datetime]'],
  body: [
    '[class*="messageHtml__StyledHtmlDiv"]',
    '[class*="messageViewerEmailBody__StyledEmailDiv"]',
    /** Collapsed messages only show a one-line blurb. */
    '[class*="messageViewerCollapsed__StyledBlurbDiv"]',
  ],
  /** Guessed, see above. */
  comment: ['[class*="commentViewerBase__StyledCommentDiv"]', '[class*="commentBase__StyledCommentDiv"]', '[data-testid="comment"]'],
  commentFallback: ['[class*="comment" i]'],
  commentAuthor: ['[class*="commentHeader__StyledAuthor"]', '[class*="author" i]'],
  commentBody: ['[class*="commentHtml__"]', '[class*="commentContent__"]', '[class*="commentBody__"]', '[class*="html" i]', '[class*="content" i]'],
  /** Guessed: the reply composer's editor, newest guess first, plainest last. */
  composer: [
    '[class*="replyComposer__"] [contenteditable="true"]',
    '[class*="composerEditor__"] [contenteditable="true"]',
    '[data-testid="composer-editor"] [contenteditable="true"]',
    '[class*="composer" i] .ProseMirror[contenteditable="true"]',
    '.ProseMirror[contenteditable="true"]',
    '[class*="composer" i] [contenteditable="true"]',
  ],
  /** Guessed: the Reply button of a message's action bar. */
  replyButton: ['[data-testid="replyButton"]', 'button[aria-label="Reply" i]', 'button[aria-label^="Reply" i]'],
} as const;

/**
 * A `cnv_` id anywhere in the path, else the trailing number after a folder (`…/open/<n>`,
 * `…/inbox/all/<n>`); a number right after `teammates`, `views`, `inbox`… is an inbox or a view.
 */
const TICKET_URL =
  /\/(cnv_[a-z0-9]+)(?:\/|$)|^\/inboxes\/(?:[^/]+\/)*(?!(?:teammates|teams|views|shared|inboxes|inbox|channels|tags)\/)[^/]+\/(\d+)\/?$/i;

function ticketIdOf(url: URL): string | undefined {
  const m = TICKET_URL.exec(url.pathname);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** The open conversation's viewer: by number when the URL has one, else the visible viewer. */
function activeViewer(document: Document, ticketId: string): Element | null {
  if (!ticketId.startsWith('cnv_')) {
    const exact = first(document, SELECTORS.viewerById(ticketId));
    if (exact) return exact;
    // Viewers are numbered but none is this conversation: it has not rendered yet.
    if (document.querySelector('[data-testid^="viewer-"]')) return null;
  }
  const viewers = outermost(all(document, SELECTORS.viewer));
  return viewers.find((v) => !hiddenByMarkup(v)) ?? null;
}

function isComposerArea(el: Element): boolean {
  return (
    el.matches('[contenteditable], textarea, input, [class*="composer" i]') ||
    el.closest('[contenteditable], [class*="composer" i]') !== null ||
    el.querySelector('[contenteditable], textarea') !== null
  );
}

function comments(viewer: Element, messages: Element[]): Element[] {
  const inMessage = (el: Element) => messages.some((m) => m.contains(el) || el.contains(m));
  const known = all(viewer, SELECTORS.comment).filter((el) => !isComposerArea(el) && !inMessage(el));
  if (known.length > 0) return outermost(known);
  // Drift: any outermost "comment" element that is neither a message nor a composer, and that
  // holds an author or a body (not a "2 comments" counter).
  const loose = all(viewer, SELECTORS.commentFallback).filter(
    (el) => !isComposerArea(el) && !inMessage(el) && !el.closest('button') && (first(el, SELECTORS.commentAuthor) ?? first(el, SELECTORS.commentBody)) !== null,
  );
  return outermost(loose);
}

function commentItem(el: Element): RawItem {
  const author = first(el, SELECTORS.commentAuthor);
  const body = all(el, SELECTORS.commentBody).find((b) => b !== author && !b.contains(author)) ?? null;
  let text: string;
  if (body) {
    text = messageText(body);
  } else {
    const copy = el.cloneNode(true) as Element;
    copy.querySelector('[class*="header" i]')?.remove();
    text = messageText(copy);
  }
  return { kind: 'note', name: inlineText(author), text, at: null };
}

interface Sent {
  el: Element;
  name: string;
  handle: string | null;
  viaAccount: boolean;
}

function sender(message: Element): Sent {
  const details = first(message, SELECTORS.senderDetails);
  const handle = inlineText(first(message, SELECTORS.handle));
  return {
    el: message,
    name: inlineText(details?.firstElementChild),
    handle: findEmail(handle)?.toLowerCase() ?? null,
    viaAccount: first(message, SELECTORS.account) !== null,
  };
}

export const front = defineHelpdesk({
  id: 'front',
  label: 'Front',
  matches: ['*://app.frontapp.com/*'],
  ticketUrl: TICKET_URL,
  composerHint: 'Click Reply on the last message of the conversation in Front, then press Insert again.',

  extract(document, url): ReadResult {
    const ticketId = ticketIdOf(url);
    if (!ticketId) return noTicketOpen('This Front page is not a conversation. Open a conversation to get a suggestion.');
    const viewer = activeViewer(document, ticketId);
    if (!viewer) return notRendered(`Conversation ${ticketId}`);

    const messages = outermost(all(viewer, SELECTORS.message)).filter((m) => !isComposerArea(m));
    const senders = messages.map(sender);
    // The customer: the first sender who did not write through one of our inbox accounts.
    const mixed = senders.some((s) => s.viaAccount) && senders.some((s) => !s.viaAccount);
    const customerSender = (mixed ? senders.find((s) => !s.viaAccount) : senders[0]) ?? null;
    const customerName = customerSender?.name ?? '';
    const customerEmail =
      customerSender?.handle ?? senders.find((s) => s.name === customerName && !s.viaAccount && s.handle)?.handle ?? null;

    const byElement = new Map<Element, RawItem>();
    for (const s of senders) {
      const body = first(s.el, SELECTORS.body);
      if (!body) continue;
      const isCustomer = s.handle && customerEmail ? s.handle === customerEmail : !s.viaAccount && s.name === customerName;
      const time = first(s.el, SELECTORS.date);
      byElement.set(s.el, {
        kind: isCustomer ? 'customer' : 'agent',
        name: s.name,
        text: messageText(body),
        at: time?.getAttribute('datetime') ?? null,
      });
    }
    for (const c of comments(viewer, messages)) byElement.set(c, commentItem(c));
    const items = inDocumentOrder([...byElement.keys()]).flatMap((el) => byElement.get(el) ?? []);

    return assembleTicket({
      helpdesk: 'front',
      ticketId,
      url,
      label: `Conversation ${ticketId}`,
      subject: inlineText(first(viewer, SELECTORS.subject)),
      customer: { name: customerName, email: customerEmail },
      items,
    });
  },

  findComposer(document, url) {
    const ticketId = ticketIdOf(url);
    const viewer = ticketId ? activeViewer(document, ticketId) : null;
    // The comment composer (internal discussion) is a contenteditable too: never the reply box.
    return viewer ? firstWhere<HTMLElement>(viewer, SELECTORS.composer, (el) => !el.closest('[class*="comment" i]')) : null;
  },

  composerOpener(document, url) {
    const ticketId = ticketIdOf(url);
    const viewer = ticketId ? activeViewer(document, ticketId) : null;
    if (!viewer) return null;
    // Reply to the latest message: the last Reply button of the timeline.
    return all<HTMLElement>(viewer, SELECTORS.replyButton).at(-1) ?? null;
  },
});
