import type { ReadResult } from '../domain/ticket';
import { findEmail, isEmail } from '../dom/email';
import { all, first, firstVisible, firstWhere, hiddenByMarkup, insideAny, type SelectorList } from '../dom/select';
import { inlineText, messageText } from '../dom/text';
import { assembleTicket, noTicketOpen, notRendered, type RawItem } from './assemble';
import { defineHelpdesk } from './types';

/**
 * Gmail thread view (2018+ UI, same class names since). A "ticket" is the open thread; the
 * "agent" is the mailbox owner (the account in `document.title`), the customer the other party.
 *
 * Gmail shows no machine-readable message time: `span.g3[title]` holds a date formatted in the
 * user's language and time zone ("Tue, Nov 18, 2026, 9:14 AM"), so `at` stays null.
 * Guessed (not confirmed by public code): collapsed messages are `[role=listitem]` rows without
 * `div.adn`, whose only text is the snippet (`.iA.g6`).
 */
export const SELECTORS = {
  /** Thread subject; Gmail may keep more than one, the visible one is the open thread. */
  subject: ['h2.hP', 'h2[data-thread-perm-id]', 'h2[data-legacy-thread-id]'],
  /** One row per message, expanded (`.h7`) or collapsed (`.kv`, `.kQ`). */
  messageRow: ['[role="list"] > [role="listitem"]', 'div.adn.ads[data-message-id]', 'div.adn'],
  /** The expanded message inside a row. */
  expanded: ['div.adn.ads', 'div.adn'],
  sender: ['h3.iw span.gD[email]', 'span.gD[email]', 'span.zF[email]', 'span.yP[email]', '[email][name]'],
  recipient: ['span.hb span.g2[email]', 'span.g2[email]'],
  body: ['.ii.gt div.a3s', 'div.a3s', '.ii.gt'],
  /** Collapsed message: Gmail renders only a one-line snippet. */
  snippet: ['.iA.g6', 'span.y2'],
  /** What Gmail adds inside a body besides the message (quotes and signatures go by `messageText`): trimmed-content toggle, repeated text. */
  bodyNoise: ['.ajR', '.ajU', '.yj6qo', 'div.im'],
  /** The reply/compose box (draft inside it is not a message). */
  replyBox: ['div.M9', '.ip.adB', 'form.bAs'],
  /** Account button: "Google Account: Name (email)". */
  account: ['a[aria-label^="Google Account:"]', 'a[href*="accounts.google.com/SignOutOptions"][aria-label]'],
  composer: [
    'div.M9 div.Am.Al.editable[contenteditable="true"][role="textbox"]',
    'div.Am.Al.editable[contenteditable="true"]',
    'div[g_editable="true"][contenteditable="true"]',
    '[role="textbox"][contenteditable="true"][aria-label="Message Body"]',
  ],
  /** Reply button of a message header, then the thread's Reply link below the last message. */
  composerOpener: [
    '[role="button"][data-tooltip="Reply"]',
    '[role="button"][data-tooltip^="Reply"]:not([data-tooltip^="Reply all"])',
    '.ams.bkH',
  ],
} as const;

/** `/mail/u/<n>/#<label|inbox|search/...>/<thread token>`; tested on `pathname + hash` (or `href`). */
const TICKET_URL = /\/mail\/u\/\d+\/?#(?:[^/?#]+\/)+([A-Za-z0-9_-]{16,})(?:\?.*)?$/;

/** Drafts saved in the thread carry ids `#msg-a:r…`; sent and received mail `#msg-f:…`. */
const DRAFT_ID = /^#?msg-a:/;

function threadToken(url: URL): string | undefined {
  return TICKET_URL.exec(url.pathname + url.hash)?.[1];
}

/** The open thread's subject heading: the visible one when Gmail keeps several. */
function activeSubject(document: Document): HTMLElement | null {
  return firstVisible<HTMLElement>(document, SELECTORS.subject);
}

/**
 * The smallest ancestor of the subject that also holds the thread's messages; when no message
 * markup is found at all, the main area (the conversation is then reported unreadable).
 */
function threadRoot(subject: Element): Element {
  for (let el = subject.parentElement; el; el = el.parentElement) {
    if (first(el, SELECTORS.messageRow)) return el;
  }
  return subject.closest('[role="main"]') ?? subject.ownerDocument.body;
}

function openThread(document: Document): Element | null {
  const subject = activeSubject(document);
  return subject ? threadRoot(subject) : null;
}

function inReplyBox(el: Element): boolean {
  return insideAny(el, [...SELECTORS.replyBox, '[contenteditable="true"]']);
}

/** The mailbox owner's address: from the tab title ("<subject> - <email> - <Org> Mail"), else the account button. */
function ownerEmail(document: Document): string | null {
  const fromTitle = document.title
    .split(' - ')
    .map((part) => part.trim())
    .filter(isEmail)
    .pop();
  if (fromTitle) return fromTitle.toLowerCase();
  const label = first(document, SELECTORS.account)?.getAttribute('aria-label') ?? '';
  return findEmail(label)?.toLowerCase() ?? null;
}

interface GmailMessage {
  email: string;
  name: string;
  text: string;
}

/** First match of the first selector that matches outside the reply box (its recipient chips carry `[email]` too). */
function firstOutsideReplyBox(root: Element, selectors: SelectorList): Element | null {
  return firstWhere(root, selectors, (el) => !inReplyBox(el));
}

function readRow(row: Element): GmailMessage | null {
  if (inReplyBox(row)) return null;
  const idEl = row.matches('[data-message-id]') ? row : row.querySelector('[data-message-id]');
  if (DRAFT_ID.test(idEl?.getAttribute('data-message-id') ?? '')) return null;
  const expanded = row.matches(SELECTORS.expanded.join(',')) ? row : first(row, SELECTORS.expanded);
  const sender = firstOutsideReplyBox(expanded ?? row, SELECTORS.sender);
  if (!sender) return null;
  const email = (sender.getAttribute('email') ?? '').toLowerCase();
  const name = sender.getAttribute('name') || inlineText(sender);
  const body = expanded ? first(expanded, SELECTORS.body) : null;
  const snippet = body ? null : first(row, SELECTORS.snippet);
  const text = body ? messageText(body, SELECTORS.bodyNoise) : inlineText(snippet);
  return { email, name, text };
}

export const gmail = defineHelpdesk({
  id: 'gmail',
  label: 'Gmail',
  matches: ['*://mail.google.com/*'],
  ticketUrl: TICKET_URL,
  composerHint: 'Click Reply under the last message of the thread, then press Insert again.',

  extract(document, url): ReadResult {
    const token = threadToken(url);
    if (!token) return noTicketOpen('This Gmail page is not an open email thread. Open a conversation to get a suggestion.');
    const subjectEl = activeSubject(document);
    if (!subjectEl) return notRendered('The email thread');
    const root = threadRoot(subjectEl);
    const ticketId =
      subjectEl.getAttribute('data-legacy-thread-id') ||
      subjectEl.getAttribute('data-thread-perm-id') ||
      root.querySelector('[data-thread-perm-id]')?.getAttribute('data-thread-perm-id') ||
      token;

    const owner = ownerEmail(document);
    const messages = all(root, SELECTORS.messageRow)
      .filter((row) => !hiddenByMarkup(row))
      .map(readRow)
      .filter((m): m is GmailMessage => m !== null);
    // Without a known owner, whoever wrote first is the customer.
    const isAgent = (m: GmailMessage) => (owner ? m.email === owner : m.email !== messages[0]?.email);
    const customerMessage = messages.find((m) => !isAgent(m));
    // A thread the owner started and nobody answered yet: the customer is who it was sent to.
    const recipient = customerMessage
      ? null
      : all(root, SELECTORS.recipient).find((r) => r.getAttribute('email')?.toLowerCase() !== owner);

    const items: RawItem[] = messages.map((m) => ({
      kind: isAgent(m) ? 'agent' : 'customer',
      name: m.name,
      text: m.text,
      at: null,
    }));
    return assembleTicket({
      helpdesk: 'gmail',
      ticketId,
      url,
      label: 'This email thread',
      subject: inlineText(subjectEl),
      customer: {
        name: customerMessage?.name ?? recipient?.getAttribute('name') ?? '',
        email: customerMessage?.email || recipient?.getAttribute('email') || null,
      },
      items,
    });
  },

  findComposer(document) {
    const root = openThread(document);
    // Only the open thread's reply box: a separate "New message" window is not a reply.
    return root ? first<HTMLElement>(root, SELECTORS.composer) : null;
  },

  composerOpener(document) {
    const root = openThread(document);
    if (!root) return null;
    for (const selector of SELECTORS.composerOpener) {
      // The last message's button: Gmail replies to the message whose button is clicked.
      const buttons = [...root.querySelectorAll<HTMLElement>(selector)].filter((b) => !hiddenByMarkup(b));
      const last = buttons.at(-1);
      if (last) return last;
    }
    return null;
  },
});
