import type { ReadResult } from '../domain/ticket';
import { firstEmail } from '../dom/email';
import { all, first, firstWhere, type SelectorList } from '../dom/select';
import { fieldText, inlineText, messageText } from '../dom/text';
import { assembleTicket, noTicketOpen, notRendered, type RawItem } from './assemble';
import { defineHelpdesk } from './types';

/**
 * Help Scout mailbox (not Beacon): the current React theme (styled-components, matched by prefix or
 * by `data-cy`/`data-testid`), with fallbacks for the classic theme. HELPDESK-DOM.md: confidence
 * medium (classic) / low-medium (current). Evidenced: subject, thread list and items
 * (`li > div[id^="thread-"]`), body `div[class*="is-wide-layout"]`, author
 * `span[data-nocollapse="true"]`, the composer's `[data-cy="ConvoEditor"]` and reply bar, classic
 * `article.thread.customer`. GUESSED, and designed for drift:
 * - thread kind from `is-customer` / `is-note` / `is-draft` / `is-lineitem` classes, then the
 *   item's aria-label, then the sender's e-mail or name equal to the customer's;
 * - a collapsed thread keeps only a preview (`[data-cy="ThreadPreview"]`): that is its text;
 * - times from `time[datetime]`; the sidebar profile's name and mailto link;
 * - thread order is a user preference (often newest first): items are put oldest first by their
 *   times; without times, newest first is assumed.
 * Drafts (shown as threads and in the editor) and line items ("changed the status…") are never messages.
 */
export const SELECTORS = {
  thread: ['[data-testid="ThreadContainer"]', 'ol[aria-label="Thread Items"]', '#mailbox', '#wrap'],
  /** Current theme, then classic `article.thread#thread-<id>`. */
  item: ['li > div[id^="thread-"]', 'div[id^="thread-"]', 'article.thread[id^="thread-"]', 'article.thread'],
  draft: ['.is-draft', '[class*="ThreadDraft"]'],
  lineItem: ['.is-lineitem', '[class*="LineItem"]', '.lineitem'],
  note: ['.is-note', '.note'],
  customer: ['.is-customer', '.customer'],
  body: ['div[class*="is-wide-layout"]:not([data-testid])', 'section.messageBody', '[data-cy="ThreadBody"]'],
  /** Collapsed threads render only a one-paragraph preview. */
  preview: ['[data-cy="ThreadPreview"]', '[class*="ThreadPreview"]', '[class*="Preview"]'],
  author: ['span[data-nocollapse="true"]', '[data-cy="ThreadAuthor"]', 'section.threadHeader .from', 'section.meta strong'],
  senderEmail: ['[data-cy="ThreadFrom"]', 'a[href^="mailto:"]', '[title*="@"]'],
  time: ['time[datetime]'],
  subject: ['[aria-label="Conversation Subject"]', '[data-cy="EditableTextarea"]', '#subjectLine'],
  customerName: ['[data-cy="CustomerName"]', '.c-profile__name', '[data-cy="CustomerProfile"] h2'],
  customerEmail: ['[data-cy="CustomerEmail"]', '[data-cy="CustomerProfile"] a[href^="mailto:"]', '.c-profile a[href^="mailto:"]'],
  /** Reply editor (library not identified), then the classic theme's Redactor. Never the note editor. */
  composer: [
    '[data-cy="ConvoEditor"] [role="textbox"][aria-label="Reply Editor"][contenteditable="true"]',
    '[role="textbox"][aria-label="Reply Editor"][contenteditable="true"]',
    '[data-cy="ConvoEditor"] [contenteditable="true"]',
    '.editor-container[contenteditable="true"]',
    'div.redactor_redactor.redactor_editor[contenteditable="true"]',
  ],
  /** The reply bar's Reply button (current theme), then the classic theme's. */
  reply: ['[data-testid="reply-bar"] button[aria-label="Reply"]', '[data-testid="reply-button"]', '#navReply'],
} as const;

/** The kind as a thread item's aria-label says it ("Customer reply from…", "Note from…", "Draft by…"). Guessed. */
const LABELS = {
  draft: /^\s*draft\b/i,
  note: /^\s*(?:private\s+)?note\b/i,
  customer: /^\s*customer\b/i,
} as const;

const TICKET_URL = /\/conversations?\/\d+\/(\d+)(?:\/|$)/;

function numberOf(url: URL): string | undefined {
  return TICKET_URL.exec(url.pathname)?.[1];
}

/** A marker on the thread item, or on the list item that holds it. */
function marked(item: Element, selectors: SelectorList): boolean {
  const li = item.parentElement?.tagName === 'LI' ? item.parentElement : null;
  return selectors.some((s) => item.matches(s) || (li?.matches(s) ?? false));
}

type Kind = RawItem['kind'] | 'draft' | 'lineitem' | null;

/** Kind from classes first (all kinds), then from the aria-label; null when neither tells. */
function markedKind(item: Element): Kind {
  if (marked(item, SELECTORS.draft)) return 'draft';
  if (marked(item, SELECTORS.lineItem)) return 'lineitem';
  if (marked(item, SELECTORS.note)) return 'note';
  if (marked(item, SELECTORS.customer)) return 'customer';
  const label = item.getAttribute('aria-label') ?? '';
  if (LABELS.draft.test(label)) return 'draft';
  if (LABELS.note.test(label)) return 'note';
  if (LABELS.customer.test(label)) return 'customer';
  return null;
}

/**
 * Oldest first. With every time known, a stable sort; with the first and last known, their order
 * tells the direction; otherwise Help Scout's common newest-first order is assumed. A different
 * rule from the shared `oldestFirst` (lib/dom/dates), which never sorts and reads the direction
 * from all known times: this one sorts a fully dated thread and trusts the two ends otherwise.
 */
function helpScoutOrder<T extends { at: string | null }>(items: T[]): T[] {
  const times = items.map((item) => (item.at ? Date.parse(item.at) : Number.NaN));
  if (times.every((t) => !Number.isNaN(t))) {
    return items.map((item, i) => ({ item, t: times[i] ?? 0, i })).sort((a, b) => a.t - b.t || a.i - b.i).map((x) => x.item);
  }
  const firstTime = times[0] ?? Number.NaN;
  const lastTime = times[times.length - 1] ?? Number.NaN;
  const newestFirst = Number.isNaN(firstTime) || Number.isNaN(lastTime) || firstTime > lastTime;
  return newestFirst ? [...items].reverse() : items;
}

export const helpscout = defineHelpdesk({
  id: 'helpscout',
  label: 'Help Scout',
  matches: ['*://secure.helpscout.net/*'],
  ticketUrl: TICKET_URL,
  composerHint: 'Click Reply on the conversation to open the reply editor, then press Insert again.',

  extract(document, url): ReadResult {
    const ticketId = numberOf(url);
    if (!ticketId) return noTicketOpen('This Help Scout page is not a conversation. Open a conversation to get a suggestion.');
    const thread = first(document, SELECTORS.thread);
    if (!thread) return notRendered(`Conversation #${ticketId}`);

    const customerName = inlineText(first(document, SELECTORS.customerName));
    const customerEmail = firstEmail(document, SELECTORS.customerEmail);

    const found: RawItem[] = [];
    for (const item of all(thread, SELECTORS.item)) {
      const known = markedKind(item);
      if (known === 'draft' || known === 'lineitem') continue;
      const body = first(item, SELECTORS.body) ?? first(item, SELECTORS.preview);
      if (!body) continue;
      const name = inlineText(first(item, SELECTORS.author));
      let kind: RawItem['kind'];
      if (known) kind = known;
      else {
        // No marker (markup drift): the customer is who shares their e-mail or name; anyone else is an agent.
        const senderEmail = firstEmail(item, SELECTORS.senderEmail, (el) => !body.contains(el));
        const sameEmail = Boolean(customerEmail && senderEmail?.toLowerCase() === customerEmail.toLowerCase());
        kind = sameEmail || (customerName !== '' && name === customerName) ? 'customer' : 'agent';
      }
      found.push({ kind, name, text: messageText(body), at: first(item, SELECTORS.time)?.getAttribute('datetime') ?? null });
    }

    return assembleTicket({
      helpdesk: 'helpscout',
      ticketId,
      url,
      label: `Conversation #${ticketId}`,
      subject: fieldText(first(document, SELECTORS.subject)),
      customer: { name: customerName, email: customerEmail },
      items: helpScoutOrder(found),
    });
  },

  findComposer(document, url) {
    if (!numberOf(url)) return null;
    return firstWhere<HTMLElement>(document, SELECTORS.composer, (el) => !/note/i.test(el.getAttribute('aria-label') ?? ''));
  },

  composerOpener(document, url) {
    return numberOf(url) ? first<HTMLElement>(document, SELECTORS.reply) : null;
  },
});
