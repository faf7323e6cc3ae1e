/**
 * The generic reader: for a page no adapter knows (self-hosted helpdesks such as osTicket,
 * FreeScout, Zammad, UVdesk; webmails such as Roundcube, Outlook web, Proton; shop admin pages
 * with a customer message timeline). It finds the conversation from structure and text alone:
 *
 * 1. One pass over the visible tree (no layout: `hidden`, `aria-hidden`, inline `display:none`,
 *    scripts, nav menus, composers and screen-reader-only text are skipped), at most
 *    `MAX_ELEMENTS` elements, collecting text lengths and link density per element.
 * 2. Date anchors: `<time datetime>` and short texts that are mostly a date ("12 Nov 2026, 10:14",
 *    "12.11.2026 10:14", "vor 3 Tagen" with an absolute `title`), not dates inside sentences or
 *    quoted history. Link-dense lists of other tickets or mails (sidebars) are dropped with theirs.
 * 3. The conversation is the element whose children carry the most message blocks of a similar
 *    shape; a block is a message when, beside its date, its header shows a sender (a name, an
 *    e-mail address or a "From:" line) and it has body text that is not mostly links. Sibling
 *    groups of the same shape (day buckets) are merged. With a single message, the block is the
 *    nearest ancestor of a date whose class names say message/entry/article/comment/mail.
 * 4. Each block: internal notes by class (note, internal, private) or label ("Internal note",
 *    "Note interne", "Interne Notiz", "Nota interna", "Notă internă"…), history lines dropped,
 *    quoted history and signatures cut (`cleanMessageText`), customer or agent by badges and
 *    classes (staff, agent, outgoing, response / customer, incoming) then by the requester.
 *
 * Pure function of (Document, URL): no extension APIs, nothing at import time.
 */
import type { Author, ReadResult } from '../domain/ticket';
import { combineDayAndTime, dateHeader, type DateMatch, oldestFirst, parseDate } from '../dom/dates';
import { findEmail } from '../dom/email';
import { messageText } from '../dom/text';
import { type DraftItem, finishTicket, type Participant } from './draft-ticket';
import {
  attribution,
  cleanMessageText,
  cleanName,
  cleanSubject,
  isNoiseText,
  isNoteLabel,
  looksLikeName,
  looksLikeSender,
  markerRole,
  ticketIdFromLabel,
  ticketIdFromUrl,
} from './text-rules';

/** Work bounds: elements visited, date anchors kept, parents weighed as conversations. */
const MAX_ELEMENTS = 15_000;
const MAX_ANCHORS = 400;
const MAX_CANDIDATES = 12;
/** Blocks weighed per candidate parent; the chosen one is then read in full. */
const MAX_SCORED = 40;
const MAX_SEED_SCAN = 300;
/** A header is short: children of a message longer than this are body. */
const SHORT = 160;

const SKIP_TAGS = new Set([
  'script', 'style', 'template', 'noscript', 'svg', 'math', 'head', 'button', 'select', 'option', 'textarea', 'input',
  'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'img', 'picture', 'nav', 'dialog', 'map',
]);
const SKIP_ROLES = new Set(['navigation', 'menu', 'menubar', 'tablist', 'toolbar', 'search', 'tooltip']);
const HIDDEN_CLASSES = new Set(['hidden', 'd-none', 'hide', 'is-hidden', 'sr-only', 'visually-hidden', 'visuallyhidden', 'screen-reader-text', 'u-hidden', 'invisible', 'voice']);
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
const ROLE_ATTRS = ['data-author-type', 'data-sender-type', 'data-role', 'data-type', 'data-direction', 'data-kind', 'data-author-role', 'data-message-type', 'data-article-type'];

/** Class-name words (also id and role-like data attributes) that say what a block is. */
const NOTE_WORDS = new Set(['note', 'internal', 'private', 'whisper']);
const AGENT_WORDS = new Set(['agent', 'staff', 'outgoing', 'outbound', 'response', 'operator', 'admin', 'employee', 'own', 'self', 'mine']);
const CUSTOMER_WORDS = new Set(['customer', 'client', 'requester', 'incoming', 'inbound', 'visitor', 'enduser']);
const MESSAGE_WORDS = new Set(['message', 'msg', 'entry', 'article', 'comment', 'reply', 'response', 'thread', 'note', 'mail', 'email', 'event', 'conversation', 'bubble', 'chat', 'correspondence']);
const BODY_WORDS = new Set(['body', 'content', 'text', 'bubble', 'richtext', 'prose', 'markdown', 'html', 'plaintext']);
const FOOTER_WORDS = new Set(['footer', 'actions', 'action', 'toolbar', 'meta', 'attachments', 'attachment', 'reactions', 'buttons', 'tools', 'controls']);
const NAME_WORDS = new Set(['author', 'sender', 'from', 'name', 'username', 'poster', 'creator', 'actor', 'who', 'person', 'fullname', 'displayname']);
const BODY_TAGS = new Set(['p', 'pre', 'blockquote', 'ul', 'ol', 'li']);
const HEADER_WORDS = new Set(['header', 'head', 'meta', 'avatar', 'author', 'name', 'info', 'top', 'details', 'from', 'sender', 'badge', 'label', 'initials', 'photo', 'icon', 'byline', 'timestamp', 'date', 'time', 'subject', 'title']);
/** Blocks that are the app's own events, not people's messages. */
const SYSTEM_WORDS = new Set(['system', 'activity', 'log', 'history', 'audit', 'action', 'status', 'automation']);
const HEADER_KEY = /^(?:to|à|a|an|para|către|catre|cc|cci|bcc|date|datum|fecha|data|de|from|von|objet|subject|betreff|asunto|subiect|sent|envoyé|gesendet|enviado|trimis)\s*:?$/iu;
const LIST_HINT = /sidebar|side-bar|sidepanel|side-panel|ticket-?list|tickets|queue|inbox|mailbox|message-?list|mail-?list|folder|conversation-?list|thread-?list|related|recent|other|previous|user-tickets/i;
const GENERIC_HEADINGS = new Set([
  'conversation', 'conversations', 'messages', 'message', 'thread', 'timeline', 'activity', 'history', 'ticket thread',
  'historial', 'cronología', 'verlauf', 'historique', 'istoric', 'cronologie', 'actividad', 'activité', 'aktivität',
  'customer', 'cliente', 'client', 'kunde', 'details', 'ticket details', 'ticket information', 'user information',
  'order', 'pedido', 'commande', 'bestellung', 'comanda', 'notes', 'tags', 'inbox', 'tickets',
]);
/** A one-word badge in a message header ("Note", "Privat") that says internal. */
const NOTE_BADGE = /^[([]?(?:note|notiz|nota|notă|private|privat|privée?|privada|internal|interne?|intern[aă]?)[)\]]?$/iu;
const REQUESTER_LABEL = /^(?:requester|requestor|customer|client|contact|user|end[- ]user|kunde|kundin|anfragender|demandeur|demandeuse|cliente|clientă|solicitante|solicitant|utilisateur|usuario|utilizator|benutzer)\s*:?$/iu;
const FROM_LABEL = /^(?:from|de|von|de la|van|da|expéditeur|absender|remitente|expeditor)\s*:?\s*(.*)$/iu;
const SUBJECT_LABEL = /^(?:subject|objet|betreff|asunto|subiect|oggetto|onderwerp)(?:\s*:\s*(.*)|\s*)$/iu;

interface ElInfo {
  el: Element;
  parent: number;
  /** Index of the last descendant (elements are in document order). */
  end: number;
  /** Range of this element's text nodes in `Page.texts`. */
  t0: number;
  t1: number;
  /** Visible text length, link text length, number of links, "#1234"-like references. */
  text: number;
  link: number;
  links: number;
  refs: number;
  inLink: boolean;
  inQuote: boolean;
  skip: boolean;
  anchors: number;
}

interface TextInfo {
  node: Text;
  el: number;
  text: string;
}

interface Page {
  els: ElInfo[];
  texts: TextInfo[];
  index: Map<Element, number>;
  /** Per-read caches (never across reads: the page changes between them). */
  words: Map<Element, string[]>;
  headerLike: Map<string, boolean>;
}

interface Anchor {
  /** Element and text node of the date (or sender, for sender anchors). */
  el: number;
  txt: number;
  /** `rest` is what the date line says besides the date (often the sender's name). */
  date: (DateMatch & { rest?: string }) | null;
  iso: string | null;
}

interface Block {
  idx: number;
  anchor: Anchor;
  /** Lowest common ancestor of the header anchor and the body: the body is its copy without the header parts. */
  split: number;
  /** Header parts inside `split`, as childNodes index paths from it. */
  headerPaths: number[][];
  /** The body starts in a paragraph or an element named as a body. */
  bodyish: boolean;
  /** Text nodes (indices into Page.texts) of the header region. */
  headerTexts: number[];
  bodyLen: number;
  bodyLink: number;
  name: string;
  email: string | null;
  role: Author | null;
  note: boolean;
  msgLike: boolean;
  messageClass: boolean;
  /** Named as the app's own event (system, activity, log, history). */
  system: boolean;
}

/* ------------------------------------------------------------------------------------------ */
/* The visible tree                                                                             */

function skipped(el: Element): boolean {
  const tag = el.localName;
  if (SKIP_TAGS.has(tag)) return !(tag === 'dialog' && el.hasAttribute('open'));
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.has(role)) return true;
  const editable = el.getAttribute('contenteditable');
  // Composers and drafts are not the conversation; an editable ticket title is still the subject.
  if (editable !== null && editable !== 'false' && !/^h[1-3]$/.test(tag) && !/title|subject/i.test(el.getAttribute('class') ?? '')) return true;
  const cls = el.getAttribute('class');
  return cls ? cls.split(/\s+/).some((c) => HIDDEN_CLASSES.has(c)) : false;
}

/** Words of an element's class names, id and role-like data attributes ("thread-type-note" → thread, type, note). */
function classWords(el: Element): string[] {
  const raw = [el.getAttribute('class') ?? '', el.id, ...ROLE_ATTRS.map((a) => el.getAttribute(a) ?? '')].join(' ');
  const out = raw.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  if (/end-?user/i.test(raw)) out.push('enduser');
  if (el.getAttribute('data-internal') === 'true' || el.getAttribute('data-private') === 'true') out.push('internal');
  return out;
}

const hasWord = (ws: readonly string[], set: ReadonlySet<string>): boolean => ws.some((w) => set.has(w));

function wordsOf(page: Page, el: Element): string[] {
  let ws = page.words.get(el);
  if (!ws) {
    ws = classWords(el);
    page.words.set(el, ws);
  }
  return ws;
}

/** One pass, iterative (deep pages do not overflow the stack), bounded by MAX_ELEMENTS. */
function walk(root: Element): Page {
  const els: ElInfo[] = [];
  const texts: TextInfo[] = [];
  const index = new Map<Element, number>();
  const stack: { idx: number; next: ChildNode | null }[] = [];
  const open = (el: Element, parent: number): void => {
    const p = els[parent];
    const tag = el.localName;
    const info: ElInfo = {
      el, parent, end: els.length, t0: texts.length, t1: texts.length, text: 0, link: 0, links: tag === 'a' ? 1 : 0, refs: 0,
      inLink: (p?.inLink ?? false) || tag === 'a',
      inQuote: (p?.inQuote ?? false) || tag === 'blockquote' || /(?:^|[\s_-])(?:quote|gmail_quote|moz-cite)/i.test(el.getAttribute('class') ?? ''),
      skip: false, anchors: 0,
    };
    index.set(el, els.length);
    els.push(info);
    stack.push({ idx: els.length - 1, next: el.firstChild });
  };
  open(root, -1);
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (!top) break;
    const node = top.next;
    if (!node) {
      stack.pop();
      const info = els[top.idx];
      const parent = info ? els[info.parent] : undefined;
      if (info) {
        info.end = els.length - 1;
        info.t1 = texts.length;
      }
      if (info && parent) {
        parent.text += info.text;
        parent.link += info.link;
        parent.links += info.links;
        parent.refs += info.refs;
      }
      continue;
    }
    top.next = node.nextSibling;
    if (node.nodeType === 3) {
      const text = (node.nodeValue ?? '').replace(/\s+/g, ' ').trim();
      const info = els[top.idx];
      if (text && info) {
        texts.push({ node: node as Text, el: top.idx, text });
        info.text += text.length;
        if (info.inLink) info.link += text.length;
        if (text.length <= 200 && /#\s?\d{3,}|\bticket\s+\d{3,}/i.test(text)) info.refs += 1;
      }
    } else if (node.nodeType === 1 && els.length < MAX_ELEMENTS && !skipped(node as Element)) {
      open(node as Element, top.idx);
    }
  }
  return { els, texts, index, words: new Map(), headerLike: new Map() };
}

const inside = (page: Page, ancestor: number, idx: number): boolean => idx >= ancestor && idx <= (page.els[ancestor]?.end ?? -1);

function attrDate(el: Element): string | null {
  for (let e: Element | null = el, depth = 0; e && depth < 3; e = e.parentElement, depth++) {
    for (const attr of ['datetime', 'data-datetime', 'data-date', 'data-time', 'title']) {
      const v = e.getAttribute(attr);
      const d = v ? parseDate(v) : null;
      if (d?.iso && d.kind === 'datetime') return d.iso;
    }
  }
  return null;
}

/** Dates that head a message, in document order; ticket lists (link-dense, many dates or #refs) are marked skipped. */
function findAnchors(page: Page): Anchor[] {
  const { els, texts } = page;
  const found: Anchor[] = [];
  for (let t = 0; t < texts.length && found.length < MAX_ANCHORS * 2; t++) {
    const ti = texts[t];
    const info = ti ? els[ti.el] : undefined;
    if (!ti || !info || info.inQuote || ti.text.length > 120) continue;
    const date = attribution(ti.text) ? null : dateHeader(ti.text);
    const isTime = info.el.localName === 'time' || info.el.closest('time') !== null;
    if (!date && !isTime) continue;
    const attr = attrDate(info.el);
    if (!date && !attr) continue;
    if (found[found.length - 1]?.el === ti.el) continue;
    found.push({ el: ti.el, txt: t, date, iso: attr ?? date?.iso ?? null });
  }
  for (const a of found) {
    for (let p = a.el; p >= 0; p = els[p]?.parent ?? -1) {
      const e = els[p];
      if (e) e.anchors += 1;
    }
  }
  // Lists of other tickets or mails: link-dense, hinted by name or many links, with several dates or
  // ticket refs. The innermost such list is dropped, so a sidebar keeps its customer card.
  const qualifies = (e: ElInfo): boolean => {
    if (e.links < 3 || e.text === 0 || (e.anchors < 3 && e.refs < 3)) return false;
    const hinted = e.el.localName === 'aside' || e.el.getAttribute('role') === 'complementary' || LIST_HINT.test(`${e.el.getAttribute('class') ?? ''} ${e.el.id}`);
    const density = e.link / e.text;
    return (hinted && density >= 0.35) || (e.links >= 5 && density >= 0.6);
  };
  const qualInside = new Array<boolean>(els.length).fill(false);
  const listRoot = new Array<boolean>(els.length).fill(false);
  for (let i = els.length - 1; i >= 0; i--) {
    const e = els[i];
    if (!e) continue;
    const q = qualifies(e);
    listRoot[i] = q && !qualInside[i];
    if (e.parent >= 0) qualInside[e.parent] = (qualInside[e.parent] ?? false) || q || (qualInside[i] ?? false);
  }
  for (let i = 0; i < els.length; i++) {
    const e = els[i];
    if (e) e.skip = (listRoot[i] ?? false) || (els[e.parent]?.skip ?? false);
  }
  return found.filter((a) => !els[a.el]?.skip).slice(0, MAX_ANCHORS);
}

/* ------------------------------------------------------------------------------------------ */
/* Message blocks                                                                               */

/** Inside a paragraph or an element named as a body, and not inside a header part (avatar, badge, meta) below it. */
function bodyish(page: Page, idx: number, block: number): boolean {
  for (let x = idx; x > block && x >= 0; x = page.els[x]?.parent ?? -1) {
    const e = page.els[x];
    if (!e) return false;
    const ws = wordsOf(page, e.el);
    if (hasWord(ws, HEADER_WORDS)) return false;
    if (BODY_TAGS.has(e.el.localName) || hasWord(ws, BODY_WORDS)) return true;
  }
  return false;
}

function headerLike(page: Page, text: string): boolean {
  let known = page.headerLike.get(text);
  if (known === undefined) {
    known = headerLikeText(text);
    page.headerLike.set(text, known);
  }
  return known;
}

function headerLikeText(text: string): boolean {
  if (text.length <= 200 && /^(?:to|à|an|para|către|cc|date|datum|fecha|objet|subject|betreff|asunto|subiect|sent|envoyé|gesendet|enviado|trimis)\s*:\s*\S/iu.test(text)) return true;
  if (text.length > 40) return false;
  return (
    /:$/.test(text) || markerRole(text) !== null || isNoteLabel(text) || dateHeader(text) !== null ||
    (findEmail(text) !== null && text.length <= 60) || looksLikeName(text) || (!/,\s*$/.test(text) && looksLikeName(cleanName(text))) ||
    HEADER_KEY.test(text) || /^(?:via|to|à|an|para|către|by|par|por|von)\s/iu.test(text) || /^(?:posted|replied|wrote|commented)$/iu.test(text)
  );
}

function emailNear(el: Element, stop: Element): string | null {
  for (let e: Element | null = el; e && e !== stop.parentElement; e = e.parentElement) {
    const href = e.getAttribute('href');
    if (href?.startsWith('mailto:')) {
      const address = findEmail(href.slice(7).replace(/%40/gi, '@'));
      if (address) return address;
    }
    for (const attr of ['title', 'data-email', 'data-address']) {
      const v = e.getAttribute(attr);
      const email = v ? findEmail(v) : null;
      if (email) return email;
    }
    if (e === stop) break;
  }
  return null;
}

function analyzeBlock(page: Page, idx: number, anchor: Anchor): Block {
  const { els, texts } = page;
  const b = els[idx];
  if (!b) throw new Error('block index out of range');
  const anchorEl = anchor.el;

  // The body seed: the first text inside a paragraph-like or body-classed element, else the longest plain text.
  let seed = -1;
  let best = -1;
  const scanEnd = Math.min(b.t1, b.t0 + MAX_SEED_SCAN);
  for (let t = b.t0; t < scanEnd; t++) {
    const ti = texts[t];
    if (!ti || els[ti.el]?.inLink || inside(page, anchorEl, ti.el)) continue;
    const inBody = bodyish(page, ti.el, idx);
    // In a paragraph, a short reply ("Thanks.") is body; elsewhere name-like texts are header.
    if (inBody ? dateHeader(ti.text) || markerRole(ti.text) || (isNoteLabel(ti.text) && ti.text.length <= 40) || HEADER_KEY.test(ti.text) : headerLike(page, ti.text)) continue;
    if (inBody) {
      seed = t;
      break;
    }
    if (best === -1 || ti.text.length > (texts[best]?.text.length ?? 0)) best = t;
  }
  if (seed === -1) seed = best;
  const seedEl = seed >= 0 ? (texts[seed]?.el ?? idx) : -1;

  // Split: lowest common ancestor of the anchor and the seed, within the block.
  let split = idx;
  if (seedEl >= 0) {
    const seedChain = new Set<number>();
    for (let x = seedEl; x >= idx; x = els[x]?.parent ?? -1) seedChain.add(x);
    for (let x = anchorEl; x >= idx; x = els[x]?.parent ?? -1) {
      if (seedChain.has(x)) {
        split = x;
        break;
      }
    }
  }
  const s = els[split] ?? b;
  const headerPaths: number[][] = [];
  const headerTexts: number[] = [];
  let headerLen = 0;
  let headerLink = 0;
  const seedNode = seed >= 0 ? texts[seed]?.node : undefined;
  // The chain from the split down to the seed's element; at each level, the parts before the body
  // that look like a header (name, date, badge, avatar) and the footers after it are header.
  const chain: number[] = [];
  if (seedEl >= 0) for (let x = seedEl; x >= split && x >= 0; x = els[x]?.parent ?? -1) chain.unshift(x);
  else chain.push(split);
  const ownText = (level: number, node: ChildNode): number => {
    const e = els[level];
    if (!e) return -1;
    for (let i = e.t0; i < e.t1; i++) if (texts[i]?.node === node) return i;
    return -1;
  };
  const chainPath: number[] = [];
  chain.forEach((level, depth) => {
    const e = els[level];
    if (!e) return;
    const next = chain[depth + 1];
    let passed = false;
    e.el.childNodes.forEach((child, pos) => {
      const path = [...chainPath, pos];
      if (child === seedNode || (next !== undefined && child === els[next]?.el)) {
        passed = true;
        return;
      }
      if (child.nodeType === 3) {
        const t = ownText(level, child);
        const text = texts[t]?.text ?? '';
        if (!text) return;
        if (t === anchor.txt || seed < 0 || (!passed && headerLike(page, text))) {
          headerPaths.push(path);
          headerTexts.push(t);
          headerLen += text.length;
        }
        return;
      }
      const ci = child.nodeType === 1 ? page.index.get(child as Element) : undefined;
      const c = ci === undefined ? undefined : els[ci];
      if (ci === undefined || !c) return;
      const ws = wordsOf(page, c.el);
      const short = c.text <= SHORT;
      const ownTexts = texts.slice(c.t0, Math.min(c.t1, c.t0 + 8)).map((x) => x.text);
      const looksHeader = c.text === 0 || hasWord(ws, HEADER_WORDS) || (c.text <= 40 && ownTexts.every((x) => headerLike(page, x))) || (c.text <= 60 && ownTexts.length > 0 && ownTexts.every((x) => headerLike(page, x) || x.length <= 3));
      const header =
        inside(page, ci, anchorEl) ||
        seed < 0 ||
        (short && !passed && !BODY_TAGS.has(c.el.localName) && !hasWord(ws, BODY_WORDS) && looksHeader) ||
        (short && passed && (hasWord(ws, FOOTER_WORDS) || hasWord(ws, NAME_WORDS)));
      if (!header) return;
      headerPaths.push(path);
      headerLen += c.text;
      headerLink += c.link;
      for (let t = c.t0; t < c.t1; t++) headerTexts.push(t);
    });
    const nextEl = next === undefined ? undefined : els[next]?.el;
    if (nextEl) chainPath.push([...e.el.childNodes].indexOf(nextEl));
  });
  // Short parts of the block outside the split (avatar, badges, a separate name line) tell sender and role too.
  for (let x = split; x > idx; x = els[x]?.parent ?? -1) {
    const p = els[els[x]?.parent ?? -1];
    if (!p) break;
    for (const child of p.el.children) {
      const ci = page.index.get(child);
      const c = ci === undefined ? undefined : els[ci];
      if (!c || ci === x || c.text > SHORT) continue;
      for (let t = c.t0; t < c.t1; t++) headerTexts.push(t);
    }
  }
  headerTexts.sort((x, y) => x - y);

  // Sender, role and note from the header region.
  let name = '';
  let email: string | null = null;
  let role: Author | null = null;
  let note = false;
  // A "From:" / "De" / "Von" label: the texts after it, up to the next header key, are the sender and win.
  let fromNext = 0;
  let locked = false;
  for (const t of headerTexts) {
    const ti = texts[t];
    const el = ti ? els[ti.el]?.el : undefined;
    if (!ti || !el) continue;
    const text = ti.text;
    const from = text.length <= 80 ? FROM_LABEL.exec(text) : null;
    const fromValue = from?.[1] ?? '';
    if (from && (fromValue === '' || findEmail(fromValue) || looksLikeSender(cleanName(fromValue)))) {
      if (fromValue) {
        email = findEmail(fromValue) ?? emailNear(el, s.el);
        name = looksLikeSender(cleanName(fromValue)) ? cleanName(fromValue) : '';
        locked = true;
        fromNext = 0;
      } else {
        fromNext = 3;
        name = '';
        email = null;
      }
      continue;
    }
    if (HEADER_KEY.test(text)) {
      if (fromNext > 0 && (name || email)) locked = true;
      fromNext = 0;
      continue;
    }
    const mr = markerRole(text) ?? markerRole(/\(([^()]+)\)/.exec(text)?.[1] ?? '');
    if (mr) role = mr;
    if (isNoteLabel(text) || NOTE_BADGE.test(text)) note = true;
    const candidate = cleanName(t === anchor.txt ? (anchor.date?.rest ?? '') : text);
    if (fromNext > 0) {
      email ??= findEmail(text) ?? emailNear(el, s.el);
      if (!name && looksLikeSender(candidate)) name = candidate;
      fromNext -= 1;
      if (fromNext === 0 && (name || email)) locked = true;
      continue;
    }
    if (locked) continue;
    email ??= findEmail(text) ?? emailNear(el, s.el);
    const nameClass = hasWord(wordsOf(page, el), NAME_WORDS) || (el.parentElement ? hasWord(wordsOf(page, el.parentElement), NAME_WORDS) : false);
    const nameOk = nameClass ? looksLikeSender(candidate) : looksLikeName(candidate);
    if (nameOk && (!name || nameClass)) name = candidate;
  }
  // Roles and notes by class names: the block, the header parts and the path down to the split.
  const roleWords: string[] = [...wordsOf(page, b.el)];
  for (let x = split; x > idx; x = els[x]?.parent ?? -1) roleWords.push(...wordsOf(page, els[x]?.el ?? b.el));
  for (const t of headerTexts) {
    for (let x = texts[t]?.el ?? -1; x > split; x = els[x]?.parent ?? -1) roleWords.push(...wordsOf(page, els[x]?.el ?? b.el));
  }
  if (hasWord(roleWords, NOTE_WORDS)) note = true;
  if (!role && hasWord(roleWords, AGENT_WORDS)) role = 'agent';
  if (!role && hasWord(roleWords, CUSTOMER_WORDS)) role = 'customer';

  const bodyLen = seed < 0 ? 0 : Math.max(0, s.text - headerLen);
  const bodyLink = Math.max(0, s.link - headerLink);
  const msgLike = (name !== '' || email !== null || note) && bodyLen >= 2 && bodyLink / Math.max(1, bodyLen) < 0.6;
  return {
    idx, anchor, split, headerPaths, bodyish: seed >= 0 && bodyish(page, texts[seed]?.el ?? idx, idx), headerTexts, bodyLen, bodyLink,
    name, email, role, note, msgLike,
    messageClass: hasWord(wordsOf(page, b.el), MESSAGE_WORDS),
    system: hasWord(wordsOf(page, b.el), SYSTEM_WORDS),
  };
}

/** Visible body text of a block: header parts removed on a copy, hidden parts dropped, then the text rules. */
function blockBody(page: Page, block: Block): { text: string; note: boolean } {
  const split = page.els[block.split]?.el;
  if (!split) return { text: '', note: false };
  const copy = split.cloneNode(true) as Element;
  const parts = block.headerPaths.map((path) => path.reduce<ChildNode | undefined>((node, pos) => node?.childNodes[pos], copy));
  for (const part of parts) part?.remove();
  for (const el of [...copy.querySelectorAll('*')]) if (skipped(el)) el.remove();
  const lines = cleanMessageText(messageText(copy)).split('\n');
  let note = false;
  // Leading header-like lines inside the body: a note label, the sender's name, a date line, a role badge.
  while (lines.length > 1) {
    const first = (lines[0] ?? '').trim();
    if (isNoteLabel(first) && first.length <= 60) note = true;
    else if (!(markerRole(first) || (block.name && cleanName(first) === block.name) || (dateHeader(first) && first.length <= 40))) break;
    lines.shift();
  }
  return { text: lines.join('\n').trim(), note };
}

/** Same tag, and a class in common or the same first class word ("msg-in" / "msg-out", "Event--note" / "Event--reply"). */
function similar(page: Page, a: Element, b: Element): boolean {
  if (a.localName !== b.localName) return false;
  const x = (a.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
  const y = new Set((b.getAttribute('class') ?? '').split(/\s+/).filter(Boolean));
  if (x.length === 0 && y.size === 0) return true;
  if (x.some((c) => y.has(c))) return true;
  const wa = wordsOf(page, a)[0];
  return wa !== undefined && wa === wordsOf(page, b)[0] && x.length > 0 && y.size > 0;
}

/** Size of the largest group of blocks of similar shape. */
function largestCluster(page: Page, blocks: readonly Block[]): number {
  const clusters: Element[][] = [];
  for (const block of blocks) {
    const el = page.els[block.idx]?.el;
    if (!el) continue;
    const cluster = clusters.find((c) => c[0] && similar(page, c[0], el));
    if (cluster) cluster.push(el);
    else clusters.push([el]);
  }
  return Math.max(0, ...clusters.map((c) => c.length));
}

interface Conversation {
  root: number;
  blocks: Block[];
  structure: number;
}

/** The parent whose anchored children are the most message blocks of one shape, with its same-shape siblings. */
function findConversation(page: Page, anchors: readonly Anchor[]): Conversation | null {
  const { els } = page;
  const firstAnchor = new Map<number, Anchor>();
  const children = new Map<number, Set<number>>();
  for (const a of anchors) {
    let child = a.el;
    if (!firstAnchor.has(child)) firstAnchor.set(child, a);
    for (let p = els[child]?.parent ?? -1; p >= 0; p = els[p]?.parent ?? -1) {
      let set = children.get(p);
      if (!set) {
        set = new Set();
        children.set(p, set);
      }
      set.add(child);
      child = p;
      if (!firstAnchor.has(child)) firstAnchor.set(child, a);
    }
  }
  const cache = new Map<number, Block>();
  const blockOf = (idx: number): Block | null => {
    const cached = cache.get(idx);
    if (cached) return cached;
    const a = firstAnchor.get(idx);
    if (!a) return null;
    const block = analyzeBlock(page, idx, a);
    cache.set(idx, block);
    return block;
  };
  const candidates = [...children.entries()]
    .filter(([, set]) => set.size >= 2)
    .sort((x, y) => y[1].size - x[1].size || y[0] - x[0])
    .slice(0, MAX_CANDIDATES);
  let best: { root: number; score: number; set: Set<number> } | null = null;
  for (const [root, set] of candidates) {
    const sample = [...set].sort((x, y) => x - y).slice(0, MAX_SCORED).map(blockOf).filter((x): x is Block => x !== null);
    const messages = sample.filter((x) => x.msgLike);
    if (largestCluster(page, messages) < 2) continue;
    const r = els[root];
    const listy = r && r.text > 0 && r.link / r.text >= 0.4 ? 0.3 : 1;
    const score = listy * messages.reduce((sum, m) => sum + 0.5 + 0.5 * Math.min(1, m.bodyLen / 80) + (m.messageClass ? 0.25 : 0), 0);
    if (!best || score > best.score + 1e-9 || (Math.abs(score - best.score) < 1e-9 && root > best.root)) best = { root, score, set };
  }
  if (best) {
    // Day buckets and pages: other parents of the same shape, siblings or cousins of the chosen one.
    const root = els[best.root];
    const blocks = [...best.set].map(blockOf).filter((x): x is Block => x !== null);
    if (root) {
      const grand = els[root.parent]?.parent ?? -2;
      for (const [other, set] of children) {
        const o = els[other];
        if (!o || other === best.root || inside(page, other, best.root) || inside(page, best.root, other)) continue;
        if ((o.parent !== root.parent && els[o.parent]?.parent !== grand) || !similar(page, o.el, root.el)) continue;
        for (const c of set) {
          const block = blockOf(c);
          if (block) blocks.push(block);
        }
      }
    }
    blocks.sort((x, y) => x.idx - y.idx);
    return { root: best.root, blocks, structure: 1 };
  }

  // One message (a webmail's message view, a ticket with one entry): the nearest ancestor of a date
  // that holds a sender and a real body, and either shows an e-mail address or is named as a message.
  for (const a of anchors.slice(0, 60)) {
    for (let x = els[a.el]?.parent ?? -1, up = 0; x > 0 && up < 14; x = els[x]?.parent ?? -1, up++) {
      const e = els[x];
      // A single message holds one date (two with a date line in its header); more is a list or the page.
      if (!e || e.anchors > 2 || ['body', 'main', 'html'].includes(e.el.localName)) break;
      const block = analyzeBlock(page, x, a);
      if (!block.msgLike || !(block.bodyish || block.bodyLen >= 80)) continue;
      if (block.email !== null || (block.messageClass && !e.el.querySelector('h1'))) return { root: x, blocks: [block], structure: 0.5 };
      if (e.el.querySelector('h1')) break;
    }
  }
  return null;
}

/* ------------------------------------------------------------------------------------------ */
/* Page-level fields                                                                            */

function textsAfter(page: Page, t: number, scope: number, max: number): TextInfo[] {
  const s = page.els[scope];
  if (!s) return [];
  const out: TextInfo[] = [];
  for (let i = t + 1; i < s.t1 && out.length < max; i++) {
    const ti = page.texts[i];
    if (ti) out.push(ti);
  }
  return out;
}

/** A "Requester" / "Customer" / "Client" / "Kunde" field outside the conversation, checked against its senders. */
function requesterField(page: Page, conversation: Conversation, senders: readonly Participant[]): Participant | null {
  const { els, texts } = page;
  const ranges = [conversation.root, ...conversation.blocks.map((b) => b.idx)].map((i) => [els[i]?.t0 ?? 0, els[i]?.t1 ?? 0] as const);
  const inConversation = (t: number): boolean => ranges.some(([a, z]) => t >= a && t < z);
  for (let t = 0; t < texts.length; t++) {
    const ti = texts[t];
    const info = ti ? els[ti.el] : undefined;
    if (!ti || !info || info.skip || info.inLink || ti.text.length > 30 || !REQUESTER_LABEL.test(ti.text) || inConversation(t)) continue;
    // The label's row, then its table or card when the row has no address.
    let scope = ti.el;
    while (scope > 0 && (els[scope]?.text ?? 0) <= ti.text.length + 2) scope = els[scope]?.parent ?? 0;
    let email: string | null = null;
    let name = '';
    for (let widen = 0; widen < 2 && !email; widen++) {
      if (widen === 1) scope = els[scope]?.parent ?? scope;
      if ((els[scope]?.text ?? 0) > 600) break;
      const names: { name: string; strong: boolean }[] = [];
      for (const next of textsAfter(page, t, scope, 8)) {
        const el = els[next.el]?.el;
        if (!el || inConversation(texts.indexOf(next))) continue;
        email ??= findEmail(next.text) ?? emailNear(el, el);
        const candidate = cleanName(next.text);
        if (!looksLikeName(candidate)) continue;
        const known = senders.some((x) => x.name === candidate);
        names.push({ name: candidate, strong: known || hasWord(wordsOf(page, el), NAME_WORDS) || (el.parentElement !== null && hasWord(wordsOf(page, el.parentElement), NAME_WORDS)) });
      }
      name = names.find((n) => n.strong)?.name ?? names.find((n) => n.name.includes(' '))?.name ?? name;
    }
    const known = senders.some((x) => (email && x.email?.toLowerCase() === email.toLowerCase()) || (name && x.name === name));
    if (email || (name && known)) return { name, email };
  }
  return null;
}

function subjectOf(page: Page, conversation: Conversation, document: Document): string {
  const { els, texts } = page;
  const firstBlock = conversation.blocks[0]?.idx ?? conversation.root;
  // 1. An element named as the subject.
  for (let i = 0; i < els.length; i++) {
    const e = els[i];
    if (!e || e.skip || e.text < 3 || e.text > 250) continue;
    const ws = wordsOf(page, e.el);
    if (!ws.includes('subject') && !(ws.includes('title') && ws.some((w) => ['ticket', 'conversation', 'thread', 'mail', 'case', 'issue'].includes(w)))) continue;
    const visible = texts.slice(e.t0, e.t1).map((x) => x.text).join(' ');
    const label = SUBJECT_LABEL.exec(visible);
    const cleaned = cleanSubject(label ? (label[1] ?? '') : visible);
    if (cleaned) return cleaned;
  }
  // 2. A "Subject:" label, with its value after the colon or in the next text.
  for (let t = 0; t < texts.length; t++) {
    const ti = texts[t];
    if (!ti || ti.text.length > 250 || els[ti.el]?.skip) continue;
    const m = SUBJECT_LABEL.exec(ti.text);
    if (!m) continue;
    const cleaned = cleanSubject(m[1] || texts[t + 1]?.text || '');
    if (cleaned) return cleaned;
  }
  // 3. The nearest heading before the conversation.
  for (let i = Math.min(firstBlock, els.length - 1), seen = 0; i >= 0 && seen < 3000; i--, seen++) {
    const e = els[i];
    if (!e || e.skip || !/^h[1-3]$/.test(e.el.localName)) continue;
    const text = texts.slice(e.t0, e.t1).map((x) => x.text).join(' ');
    if (GENERIC_HEADINGS.has(text.toLowerCase().replace(/[:\s]+$/, '')) || dateHeader(text)?.rest === '') continue;
    const cleaned = cleanSubject(text);
    if (cleaned && cleaned.length >= 3) return cleaned;
  }
  // 4. The document title, cleaned of app names and ticket numbers.
  return cleanSubject(document.title);
}

function ticketLabelOf(page: Page, conversation: Conversation, document: Document): string | null {
  const { els, texts } = page;
  const first = els[conversation.blocks[0]?.idx ?? conversation.root];
  const end = first ? first.t0 : texts.length;
  for (let t = end - 1; t >= 0 && t >= end - 400; t--) {
    const ti = texts[t];
    if (!ti || ti.text.length > 80 || els[ti.el]?.skip) continue;
    const id = ticketIdFromLabel(ti.text);
    if (id) return id;
  }
  return ticketIdFromLabel(document.title);
}

/* ------------------------------------------------------------------------------------------ */

function itemsOf(page: Page, conversation: Conversation, anchors: readonly Anchor[]): DraftItem[] {
  const items: DraftItem[] = [];
  for (const block of conversation.blocks) {
    const body = blockBody(page, block);
    if (!body.text) continue;
    const note = block.note || body.note;
    const header = block.headerTexts.map((t) => page.texts[t]?.text ?? '').join(' ');
    const shortBody = body.text.length <= 160 && body.text.split('\n').length <= 2;
    if (!note && shortBody && (isNoiseText(`${header} ${body.text}`.trim()) || isNoiseText(body.text))) continue;
    if (!note && !block.name && !block.email && (block.system || isNoiseText(body.text) || (body.text.length <= 160 && !body.text.includes('\n')))) continue;
    let at = block.anchor.iso;
    const time = block.anchor.date?.time;
    if (!at && block.anchor.date?.kind === 'time' && time) {
      // A time under a day header ("12 de noviembre de 2026" … "10:14").
      const day = [...anchors].reverse().find((a) => a.txt < block.anchor.txt && a.date?.kind === 'date' && a.iso);
      if (day?.iso) at = combineDayAndTime(day.iso, time);
    }
    items.push({ name: block.name, email: block.email, at, text: body.text, note, role: note ? null : block.role });
  }
  // Newest-first pages (shop timelines, some helpdesks): put oldest first when the dates say so.
  return oldestFirst(items, (item) => item.at, 'keep');
}

/**
 * Reads the open conversation of any page: a Ticket with `helpdesk: 'generic'`, its `confidence`
 * (see `finishTicket` for the formula) and `missing` fields, or `no-conversation` saying what
 * was looked for. The ticket id is a number from the URL, else a "Ticket #1234"-like label near
 * the subject, else a stable hash of subject and first message (`h` + base 36).
 */
export function readGeneric(document: Document, url: URL): ReadResult {
  const root = document.body ?? document.documentElement;
  const lookedFor =
    'No conversation found on this page: Deskpilot looked for repeated message blocks with a sender (a name or e-mail address) and a date, and for e-mail headers (From:, Date:), and found ';
  if (!root) return { ok: false, error: { code: 'no-conversation', message: `${lookedFor}an empty page.` } };
  const page = walk(root);
  const anchors = findAnchors(page);
  const conversation = anchors.length > 0 ? findConversation(page, anchors) : null;
  if (!conversation) {
    const what = anchors.length === 0 ? 'no dates at all.' : `${anchors.length} date${anchors.length === 1 ? '' : 's'} but no message with a sender beside them.`;
    return { ok: false, error: { code: 'no-conversation', message: `${lookedFor}${what}` } };
  }
  const items = itemsOf(page, conversation, anchors);
  const senders = items.map((i) => ({ name: i.name, email: i.email }));
  const urlId = ticketIdFromUrl(url);
  const labelId = urlId ? null : ticketLabelOf(page, conversation, document);
  return finishTicket({
    url,
    subject: subjectOf(page, conversation, document),
    ticketId: urlId ? { id: urlId, source: 'url' } : labelId ? { id: labelId, source: 'label' } : null,
    requester: requesterField(page, conversation, senders),
    items,
    structure: conversation.structure,
    lookedFor: `${lookedFor}message blocks whose text is only history lines or quoted history.`,
  });
}
