/**
 * Structural reading of a conversation, for message markup that is unknown or has drifted
 * (HubSpot's and eDesk's adapters, whose message selectors are guesses): message blocks are found
 * by shape, as repeated children of one container that each show a sender's e-mail address and a
 * body, and each block is read for its sender, text, time and a role or note marker.
 *
 * Pure: works on any Document (browser or jsdom), no globals.
 */
import { EMAIL_SOURCE, findEmail } from '../dom/email';
import { all, first, hiddenByMarkup, insideAny, type SelectorList } from '../dom/select';
import { inlineText, messageText } from '../dom/text';
import type { RawItem } from './assemble';

const EMAIL_ALL = new RegExp(EMAIL_SOURCE, 'gu');
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const TEXT_BLOCKS = 'p, div, blockquote, pre, li, td, section, article';
/** Never message text: times, controls, avatars, read receipts and delivery statuses. */
const NOT_TEXT =
  'time, button, [role="button"], svg, img, [aria-hidden="true"], [class*="avatar" i], [class*="receipt" i], [data-test-id*="receipt" i], [class*="status" i]';
const NOTE_TOKENS = new Set(['note', 'notes', 'internal', 'comment', 'whisper']);
const AGENT_TOKENS = new Set(['outbound', 'outgoing', 'sent', 'agent', 'staff', 'operator', 'seller', 'teammate']);
const CUSTOMER_TOKENS = new Set(['inbound', 'incoming', 'received', 'customer', 'buyer', 'visitor', 'requester', 'enduser']);
const NOTE_LABEL =
  /^(internal note|private note|note|comment|interne notiz|notiz|kommentar|note interne|commentaire|nota interna|nota|comentario|notă internă|notă|comentariu)$/i;

/** Where a block's parts are, as an adapter's SELECTORS name them (its SELECTORS can be passed as they are). */
export interface BlockFields {
  senderName: SelectorList;
  senderEmail: SelectorList;
  body: SelectorList;
  time: SelectorList;
  /** Never part of a message: headers, the reply box, sidebars, lists. */
  outsideMessages: SelectorList;
}

/** One message-like block as read from the page, before roles are settled. */
export interface Block {
  role: RawItem['kind'] | null;
  name: string;
  email: string | null;
  text: string;
  at: string | null;
}

/** The address an element shows itself (own text or an address attribute), not its children's. */
export function ownEmail(el: Element): string | null {
  for (const attr of ['email', 'data-email', 'href', 'title']) {
    const found = findEmail(el.getAttribute(attr) ?? '');
    if (found) return found.toLowerCase();
  }
  for (const node of el.childNodes) {
    const found = node.nodeType === 3 ? findEmail(node.nodeValue ?? '') : null;
    if (found) return found.toLowerCase();
  }
  return null;
}

function emailMarks(root: Element, skip: SelectorList): Element[] {
  return [...root.querySelectorAll('*')].filter((el) => ownEmail(el) !== null && !insideAny(el, skip) && !hiddenByMarkup(el));
}

/** True when `el` holds text beyond the addresses in it: a body, not a "From:"/"To:" line. */
function hasTextBesidesAddresses(el: Element): boolean {
  const marks = [el, ...el.querySelectorAll('*')].filter((m) => ownEmail(m) !== null);
  return [...el.querySelectorAll(TEXT_BLOCKS)].some((t) => !marks.some((m) => t.contains(m)) && inlineText(t) !== '');
}

/** A header line such as "to support@…": an address and nothing of a body. */
function isAddressLine(el: Element): boolean {
  const hasAddress = ownEmail(el) !== null || [...el.querySelectorAll('*')].some((m) => ownEmail(m) !== null);
  return hasAddress && !hasTextBesidesAddresses(el);
}

function depth(el: Element): number {
  let d = 0;
  for (let p = el.parentElement; p; p = p.parentElement) d += 1;
  return d;
}

/**
 * Message blocks found by shape: the children of one container that each show an e-mail address
 * and some text apart from it, plus their siblings marked as notes (notes often show no address).
 * The container with the most such children wins (ties: the outermost); a lone message is taken
 * from the outermost container, minus single-child wrappers.
 */
function repeatedBlocks(root: Element, skip: SelectorList): Element[] {
  const marks = emailMarks(root, skip);
  const isBlock = (child: Element) => marks.some((m) => child.contains(m)) && hasTextBesidesAddresses(child);
  let best: { box: Element; count: number; depth: number } | null = null;
  const seen = new Set<Element>();
  for (const mark of marks) {
    for (let box = mark.parentElement; box && root.contains(box); box = box.parentElement) {
      if (seen.has(box)) continue;
      seen.add(box);
      const count = [...box.children].filter(isBlock).length;
      const d = depth(box);
      if (count > 0 && (!best || count > best.count || (count === best.count && d < best.depth))) best = { box, count, depth: d };
    }
  }
  if (!best) return [];
  const blocks = [...best.box.children].filter(
    (c) => !insideAny(c, skip) && (isBlock(c) || blockRole(c, null, null) === 'note'),
  );
  const lone = blocks.length === 1 ? blocks[0] : undefined;
  if (!lone) return blocks;
  let inner: Element = lone;
  while (inner.children.length === 1 && inner.firstElementChild) inner = inner.firstElementChild;
  return [inner];
}

/** Words of a marker attribute: "message--outbound" → message, outbound; "isOutbound" → is, outbound. */
function tokens(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
}

/** Role from markers on the block and the elements leading to its sender, or a note label. */
function blockRole(block: Element, mark: Element | null, body: Element | null): Block['role'] {
  const path: Element[] = [block];
  for (let el = mark; el && el !== block && block.contains(el); el = el.parentElement) path.push(el);
  const words = new Set<string>();
  for (const el of path) {
    for (const attr of el.attributes) {
      if (['style', 'href', 'src'].includes(attr.name)) continue;
      for (const word of tokens(`${attr.name.startsWith('data-') ? attr.name.slice(5) : ''} ${attr.value}`)) words.add(word);
    }
  }
  const labelled = [...block.querySelectorAll('span, div, strong, b, small, label')].some(
    (el) => !(body && body.contains(el)) && el.children.length === 0 && NOTE_LABEL.test(inlineText(el)),
  );
  if (labelled || [...NOTE_TOKENS].some((w) => words.has(w))) return 'note';
  const agent = [...AGENT_TOKENS].some((w) => words.has(w));
  const customer = [...CUSTOMER_TOKENS].some((w) => words.has(w));
  if (agent !== customer) return agent ? 'agent' : 'customer';
  return null;
}

/**
 * Text of `box` without the child holding the sender and without other address lines ("to …"),
 * one level at a time from the block down to the sender; the longest text wins.
 */
function structuralBody(block: Element, mark: Element): string {
  let best = '';
  for (let box: Element = block; box !== mark; ) {
    const header = [...box.children].find((c) => c.contains(mark));
    if (!header) break;
    const copy = box.cloneNode(true) as Element;
    copy.children[[...box.children].indexOf(header)]?.remove();
    for (const el of copy.querySelectorAll(NOT_TEXT)) el.remove();
    for (const line of [...copy.children]) if (isAddressLine(line)) line.remove();
    const text = messageText(copy);
    if (text.length > best.length) best = text;
    box = header;
  }
  return best;
}

function senderName(block: Element, mark: Element): string {
  const clean = (text: string) => text.replace(EMAIL_ALL, '').replace(/[<>()[\]"|·•,]/g, ' ').replace(/\s+/g, ' ').trim();
  const own = clean(inlineText(mark));
  if (own) return own;
  for (let el: Element | null = mark; el && el !== block; el = el.parentElement) {
    for (let prev = el.previousElementSibling; prev; prev = prev.previousElementSibling) {
      if (prev.matches(NOT_TEXT)) continue;
      const text = clean(inlineText(prev));
      if (text) return text;
    }
  }
  return '';
}

/** The first machine-readable (ISO 8601) time the block carries, as written. */
function timeOf(block: Element, fields: BlockFields): string | null {
  const candidates = [...all(block, fields.time), ...block.querySelectorAll('[datetime], [data-timestamp], [title]')];
  for (const el of candidates) {
    for (const attr of ['datetime', 'data-timestamp', 'title']) {
      const value = el.getAttribute(attr);
      if (value && ISO_TIME.test(value)) return value;
    }
  }
  return null;
}

/** The first short text that is not a label or a time: a sender name, when no address shows. */
function firstName(block: Element, body: Element | null): Element | null {
  return (
    [...block.querySelectorAll('span, strong, b, a, div')].find(
      (el) =>
        el.children.length === 0 &&
        !(body && body.contains(el)) &&
        !el.closest(NOT_TEXT) &&
        inlineText(el) !== '' &&
        !NOTE_LABEL.test(inlineText(el)),
    ) ?? null
  );
}

function readBlock(block: Element, fields: BlockFields): Block {
  const mark =
    first(block, fields.senderEmail) ?? [...block.querySelectorAll('*')].find((el) => ownEmail(el) !== null && !insideAny(el, fields.outsideMessages)) ?? null;
  const body = first(block, fields.body);
  const nameEl = first(block, fields.senderName) ?? (mark ? null : firstName(block, body));
  const anchor = mark ?? nameEl;
  return {
    role: blockRole(block, anchor, body),
    name: inlineText(nameEl) || (mark ? senderName(block, mark) : ''),
    email: mark ? (ownEmail(mark) ?? findEmail(inlineText(mark))?.toLowerCase() ?? null) : null,
    text: body ? messageText(body) : anchor ? structuralBody(block, anchor) : '',
    at: timeOf(block, fields),
  };
}

/**
 * Roles the markup did not say: the customer is whoever writes from the customer's address
 * (or, without one, the first sender); everyone else is an agent.
 */
export function resolveRoles(blocks: Block[], customerEmail: string | null): RawItem[] {
  const customer = customerEmail?.toLowerCase() ?? blocks.find((b) => b.role === 'customer')?.email ?? blocks.find((b) => b.role !== 'note')?.email ?? null;
  return blocks.map((b) => ({
    kind: b.role ?? (b.email !== null && b.email === customer ? 'customer' : 'agent'),
    name: b.name,
    text: b.text,
    at: b.at,
  }));
}

/**
 * The conversation's message blocks: the elements the adapter's selectors marked as messages,
 * else the blocks found by shape; hidden ones dropped, each read for sender, text, time and role.
 */
export function readBlocks(thread: Element, marked: readonly Element[], fields: BlockFields): Block[] {
  return (marked.length > 0 ? [...marked] : repeatedBlocks(thread, fields.outsideMessages))
    .filter((el) => !hiddenByMarkup(el))
    .map((el) => readBlock(el, fields));
}
