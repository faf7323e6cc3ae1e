import type { ReadResult } from '../domain/ticket';
import { findEmail } from '../dom/email';
import { all, first, firstOrSelf, insideAny } from '../dom/select';
import { inlineText, messageText } from '../dom/text';
import { assembleTicket, noTicketOpen, notRendered, type RawItem } from './assemble';
import { defineHelpdesk } from './types';

/**
 * Intercom Inbox (Ember app, "inbox-2" UI of 2026, with the `inbox2__` names used before the April
 * 2026 rename and the pre-2022 layout as last fallbacks).
 *
 * Intercom shows one conversation at a time; the conversation list (with previews of other
 * conversations) and the details sidebar (attributes, recent conversations, Shopify orders) sit
 * next to it, so everything is read inside the conversation panel only.
 *
 * Known from public code: the stream, the part groups and their `data-part-group-category`
 * (1 customer, 3 teammate, 4 note, 5 bot, 20 system), the body classes, the title and the
 * ProseMirror composer. Guessed (no public evidence): the author-name and timestamp markup of a
 * part, the user attributes in the sidebar, and how the composer marks its Reply / Note mode.
 * When the category is missing (markup drift) the role falls back to alignment classes,
 * `data-author-type`, then the author's name compared with the customer's.
 */
export const SELECTORS = {
  /** The open conversation: 2026 page, pre-rename page, full panel, then the stream alone. */
  conversation: [
    '.inbox-2__conversation-page',
    '.inbox2__conversation-page',
    '.full-conversation-panel',
    '[data-conversation-stream]',
    '[data-testid="conversation-stream-scroll-container"]',
    '.conversation__stream',
  ],
  stream: [
    '[data-testid="conversation-stream-scroll-container"]',
    '[data-conversation-stream]',
    '.inbox-2__conversation-stream',
    '.inbox2__conversation-stream',
    '.conversation__stream',
  ],
  /** Conversation title: e-mail subject, or the contact's name for chats. */
  title: [
    '[data-inbox-conversation-header-title] span',
    '[data-inbox-conversation-header-title]',
    '[data-conversation-title]',
    '.inbox-2__conversation-title',
    '.conversation__card__title__text',
  ],
  /** One message each: Tailwind part (2026), legacy part attributes, pre-2022 bubble. */
  part: [
    '[class*="group/content-part"]',
    '[data-part-id]',
    '[data-part-entity-id]',
    '.conversation__bubble-container',
  ],
  /** The author's group of consecutive parts; carries the role category. */
  group: ['[data-part-group-id]', '[data-part-group-category]'],
  body: [
    '.inbox-2__user-email-content',
    '.inbox2__user-email-content',
    '.interblocks-html',
    '.inbox-2__break-words',
    '.inbox2__break-words',
    '.inbox-2__renderable-part',
    '.inbox2__renderable-part',
  ],
  /** Guessed: name line of a part group. */
  authorName: [
    '[data-testid="part-author-name"]',
    '.inbox-2__part-author-name',
    '.inbox2__part-author-name',
    '[class*="part-author-name"]',
  ],
  /** Guessed: the group's avatar, whose alt text is the author's name. */
  avatar: ['[data-testid="avatar"] img[alt]', '.inbox-2__avatar img[alt]', '.inbox2__avatar img[alt]', '.avatar img[alt]'],
  /** A note's bubble (pre-2022 `o__note`, kept on the bubble in the fixtures); used only when the category is gone. */
  noteBubble: ['.o__note', '[data-part-type="note"]'],
  /** Guessed: the part's timestamp (a `<time>` in the part's footer). */
  time: ['time[datetime]', '[data-timestamp]'],
  /** E-mail header block of an e-mail part: From / To lines. */
  emailMetadata: ['.channels__inbox__email-metadata-container', '.inbox-2__email-metadata', '[class*="email-metadata"]'],
  /** Details sidebar: newer user-data rows (guessed), then the older attribute layout. */
  customerName: [
    '[data-attribute="name"] [data-attribute-value]',
    'div[data-attribute=Name] span.attribute__value-label',
    '[data-intercom-target="user-name"]',
  ],
  customerEmail: [
    '[data-attribute="email"] [data-attribute-value]',
    'div[data-attribute=Email] span.attribute__value-label',
    '[data-intercom-target="user-email"]',
  ],
  /** Areas outside the conversation that hold other conversations' text. */
  outside: [
    '.inbox-2__inbox-list-sidebar',
    '.inbox2__inbox-list-sidebar',
    '.inbox-2__conversation-details-sidebar',
    '.inbox2__conversation-details-sidebar',
    '[data-intercom-target="inbox-left-nav"]',
  ],
  composerContainer: [
    '[data-conversation-reply-composer]',
    '.inbox-2__composer__container',
    '.inbox2__composer__container',
  ],
  composer: [
    '[data-conversation-reply-composer] .ProseMirror[contenteditable="true"]',
    '.embercom-prosemirror-composer-editor[contenteditable="true"]',
    '.inbox-2__composer__container .ProseMirror[contenteditable="true"]',
    '.inbox2__composer__container .ProseMirror[contenteditable="true"]',
    '.ProseMirror[contenteditable="true"]',
  ],
  /** Composer mode tabs. Note tab from public code; the reply tab and the "selected" marks are guessed. */
  noteTabActive: [
    '[data-intercom-target="note-tab"][aria-selected="true"]',
    '[data-intercom-target="note-tab"].o__selected',
    '[data-intercom-target="note-tab"][data-state="active"]',
  ],
  replyTab: ['[data-intercom-target="reply-tab"]', '[data-intercom-target="composer-reply-tab"]'],
} as const;

const TICKET_URL = /\/a\/inbox\/[^/]+\/inbox\/(?:[^?#]+\/)?conversation\/(\d+)/;

const CATEGORY: Record<string, RawItem['kind'] | 'skip'> = {
  '1': 'customer',
  '3': 'agent',
  '4': 'note',
  '5': 'agent',
  '20': 'skip',
};

/** Lines of system events, for pages whose parts lost their category (markup drift). */
const SYSTEM_EVENT =
  /\b(assigned this conversation|closed this conversation|reopened this conversation|snoozed this conversation|handed (the |this )?conversation over|handed over|added (a )?tags?|changed the)\b/i;

function conversationPanel(document: Document): Element | null {
  return first(document, SELECTORS.conversation);
}


function partRole(part: Element, stream: Element, name: string, customerName: string): RawItem['kind'] | 'skip' | null {
  const category = part.closest('[data-part-group-category]')?.getAttribute('data-part-group-category');
  if (category) return CATEGORY[category] ?? 'skip';
  // Drift: no category. A note bubble inside the part, then alignment and author-type hints on the
  // part or its nearest ancestors.
  if (first(part, SELECTORS.noteBubble)) return 'note';
  let depth = 0;
  for (let el: Element | null = part; el && el !== stream && depth < 6; el = el.parentElement, depth += 1) {
    const cls = el.getAttribute('class') ?? '';
    if (/\bnote\b|o__note/.test(cls)) return 'note';
    if (/justify-end|flex-row-reverse|o__admin/.test(cls)) return 'agent';
    if (/justify-start|o__user-comment/.test(cls)) return 'customer';
    const authorType = el.getAttribute('data-author-type')?.toLowerCase() ?? '';
    if (/user|customer|lead|contact/.test(authorType)) return 'customer';
    if (/admin|agent|teammate|bot/.test(authorType)) return 'agent';
  }
  if (name && customerName) return name === customerName ? 'customer' : 'agent';
  return null;
}

/** The e-mail in a part's "From" line, for e-mail conversations. */
function fromAddress(part: Element): string | null {
  const meta = first(part, SELECTORS.emailMetadata);
  return meta ? findEmail(meta.textContent ?? '') : null;
}

export const intercom = defineHelpdesk({
  id: 'intercom',
  label: 'Intercom',
  matches: ['*://app.intercom.com/*'],
  ticketUrl: TICKET_URL,
  composerHint: 'Switch Intercom’s composer to Reply (not Note), click into it, then press Insert again.',

  extract(document, url): ReadResult {
    const ticketId = TICKET_URL.exec(url.pathname)?.[1];
    if (!ticketId) return noTicketOpen('This Intercom page is not a conversation. Open a conversation in the Inbox to get a suggestion.');
    const panel = conversationPanel(document);
    const stream = panel ? firstOrSelf(panel, SELECTORS.stream) : null;
    if (!panel || !stream) return notRendered(`Conversation ${ticketId}`);

    const sidebarName = inlineText(first(document, SELECTORS.customerName));
    const sidebarEmail = inlineText(first(document, SELECTORS.customerEmail));
    const title = inlineText(first(panel, SELECTORS.title));

    const items: RawItem[] = [];
    let fromEmail: string | null = null;
    let firstCustomerName = '';
    for (const part of all(stream, SELECTORS.part)) {
      if (insideAny(part, SELECTORS.outside)) continue;
      const group = part.closest(SELECTORS.group.join(',')) ?? part;
      const name =
        inlineText(first(part, SELECTORS.authorName)) ||
        inlineText(first(group, SELECTORS.authorName)) ||
        (first(group, SELECTORS.avatar)?.getAttribute('alt') ?? '').trim();
      const kind = partRole(part, stream, name, sidebarName);
      if (kind === 'skip') continue;
      const body = first(part, SELECTORS.body);
      if (!body) continue;
      const text = messageText(body);
      if (kind === null && SYSTEM_EVENT.test(text)) continue;
      const resolved = kind ?? 'customer';
      if (resolved === 'customer') {
        fromEmail ??= fromAddress(part);
        firstCustomerName ||= name;
      }
      const time = first(part, SELECTORS.time) ?? first(group, SELECTORS.time);
      items.push({
        kind: resolved,
        name,
        text,
        at: time?.getAttribute('datetime') ?? time?.getAttribute('data-timestamp') ?? null,
      });
    }

    const customerName = sidebarName || firstCustomerName;
    return assembleTicket({
      helpdesk: 'intercom',
      ticketId,
      url,
      label: `Conversation ${ticketId}`,
      // Chats have no subject: Intercom then titles the conversation with the contact's name.
      subject: title && title !== customerName ? title : '',
      customer: { name: customerName, email: findEmail(sidebarEmail) ?? fromEmail },
      items,
    });
  },

  findComposer(document) {
    const scope = conversationPanel(document) ?? document;
    const container = first(scope, SELECTORS.composerContainer);
    // In Note mode the same editor writes an internal note: it is not the reply box.
    if (container && first(container, SELECTORS.noteTabActive)) return null;
    return first<HTMLElement>(container ?? scope, SELECTORS.composer);
  },

  composerOpener(document) {
    const scope = conversationPanel(document) ?? document;
    const container = first(scope, SELECTORS.composerContainer);
    if (!container || !first(container, SELECTORS.noteTabActive)) return null;
    return first<HTMLElement>(container, SELECTORS.replyTab);
  },
});
