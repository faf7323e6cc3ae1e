/**
 * Reading a conversation from plain text (the panel's "use my selection" and "paste text"
 * modes): e-mail headers, quote attributions and sender/date lines start messages, "> " quoted
 * history becomes the earlier messages it quotes. The text rules are in text-rules.ts (shared
 * with the generic page reader), dates in lib/dom/dates.ts.
 *
 * Pure: no DOM, no extension APIs, nothing runs at import time beyond building constants.
 */
import { dateHeader, parseDate } from '../dom/dates';
import { findEmail } from '../dom/email';
import { QUOTE_SEPARATOR } from '../dom/text';
import type { Author, ReadResult } from '../domain/ticket';
import { type DraftItem, finishTicket, staffAddress } from './draft-ticket';
import {
  ATTRIBUTION_START,
  attribution,
  cleanMessageText,
  cleanName,
  cleanSubject,
  comparable,
  EMAIL_WRAPPED,
  headerBlock,
  isNoiseText,
  isNoteLabel,
  looksLikeName,
  looksLikeSender,
  markerRole,
  NOTE_LABEL_START,
  ticketIdFromLabel,
  ticketIdFromUrl,
} from './text-rules';


interface Segment {
  name: string;
  email: string | null;
  at: string | null;
  note: boolean;
  role: Author | null;
  subject: string | null;
  /** How the segment began: `text` has no header at all. */
  origin: 'text' | 'headers' | 'attribution' | 'dateline' | 'after-quote';
  lines: string[];
}

const newSegment = (origin: Segment['origin'], sender?: Partial<Segment>): Segment => ({
  name: '', email: null, at: null, note: false, role: null, subject: null, ...sender, origin, lines: [],
});
const hasHeader = (s: Segment): boolean => s.origin !== 'text' && s.origin !== 'after-quote';
const bodyEmpty = (s: Segment): boolean => s.lines.every((l) => !l.trim());

/** A sender line of a copied helpdesk conversation: "Marie Dupont · 12 Nov 2026, 10:14", "Alex (Staff)", "marie@x.fr". */
function senderLine(line: string): Partial<Segment> | null {
  let t = line.trim();
  if (!t || t.length > 140) return null;
  let note = false;
  const label = NOTE_LABEL_START.exec(t);
  if (label) {
    note = true;
    t = t.slice(label[0].length);
  }
  const date = t ? dateHeader(t) : null;
  const email = findEmail(t);
  if (!date && !email && !note) return null;
  const rest = date ? date.rest : t;
  let name = '';
  let role: Author | null = null;
  for (const part of rest.replace(EMAIL_WRAPPED, ' · ').split(/\s*[·•|–—(),]\s*|\s+-\s+|[[\]]/u)) {
    const p = part.trim();
    if (!p) continue;
    const r = markerRole(p);
    if (r) role = r;
    else if (isNoteLabel(p)) note = true;
    else if (!name && (date || email ? looksLikeSender(cleanName(p)) : looksLikeName(cleanName(p)))) name = cleanName(p);
    else if (!/^(?:via\s+\S+|on|le|am|el|pe|în|at|à|um)$/iu.test(p) && !email) return null;
  }
  if (!date && !note && rest.replace(EMAIL_WRAPPED, ' ').trim() && !name) return null;
  return { name, email, at: date?.iso ?? null, note, role };
}

function quoteDepthStripped(line: string): string {
  return line.replace(/^\s*>\s?/, '');
}

function parseLines(lines: readonly string[], depth: number): Segment[] {
  const segments: Segment[] = [];
  let cur = newSegment('text');
  const close = (): void => {
    if (hasHeader(cur) || !bodyEmpty(cur)) segments.push(cur);
  };
  let i = 0;
  while (i < lines.length) {
    const line = (lines[i] ?? '').trim();
    const prevBlank = i === 0 || !(lines[i - 1] ?? '').trim();
    const collecting = hasHeader(cur) && bodyEmpty(cur);

    if (line.startsWith('>')) {
      const run: string[] = [];
      while (i < lines.length) {
        const l = (lines[i] ?? '').trim();
        const continues = l.startsWith('>') || (!l && (lines[i + 1] ?? '').trim().startsWith('>'));
        if (!continues) break;
        run.push(quoteDepthStripped(lines[i] ?? ''));
        i++;
      }
      const inner = depth < 6 ? parseLines(run, depth + 1) : [];
      const [head, ...rest] = inner;
      if (collecting && head && !hasHeader(head)) {
        // The quoted text is the message the attribution line above introduced.
        cur.lines.push(...head.lines);
        close();
        segments.push(...rest);
      } else {
        close();
        segments.push(...inner.filter(hasHeader));
      }
      cur = newSegment('after-quote');
      continue;
    }

    if (QUOTE_SEPARATOR.test(line)) {
      close();
      cur = newSegment('headers');
      i++;
      continue;
    }

    const header = headerBlock(lines, i);
    if (header) {
      if (!(cur.origin === 'headers' && collecting && !cur.name && !cur.email)) close();
      cur = newSegment('headers', { name: header.name, email: header.email, at: header.at, subject: header.subject });
      i += header.size;
      continue;
    }

    const single = attribution(line);
    const next = (lines[i + 1] ?? '').trim();
    const double =
      !single && !/:\s*$/.test(line) && /:\s*$/.test(next) && (ATTRIBUTION_START.test(line) || parseDate(line))
        ? attribution(`${line} ${next}`)
        : null;
    const attr = single ?? double;
    if (attr) {
      close();
      cur = newSegment('attribution', attr);
      i += double ? 2 : 1;
      continue;
    }

    const sender = senderLine(line);
    const lastIdx = cur.lines.length - 1;
    const last = (cur.lines[lastIdx] ?? '').trim();
    const nameAbove = last !== '' && !(cur.lines[lastIdx - 1] ?? '').trim() && (looksLikeName(cleanName(last)) || markerRole(last) !== null);
    if (sender && collecting && cur.origin === 'dateline' && (!cur.at || !sender.at) && (!cur.name || !sender.name)) {
      // A second header line of the same message ("Internal note" / "Alex Rivera" / "12 Nov 2026").
      cur.name ||= sender.name ?? '';
      cur.email ??= sender.email ?? null;
      cur.at ??= sender.at ?? null;
      cur.note ||= Boolean(sender.note);
      cur.role ??= sender.role ?? null;
      i++;
      continue;
    }
    if (sender && (prevBlank || collecting || nameAbove)) {
      let { name = '', role = null } = sender;
      if (!name && nameAbove) {
        // "Marie Dupont" alone on the line before "12 Nov 2026, 10:14": the sender's name.
        const parts = last.split(/\s*[()[\]·•|]\s*/u).filter(Boolean);
        role ??= parts.map(markerRole).find((r) => r !== null) ?? null;
        name = parts.map(cleanName).find(looksLikeName) ?? '';
        cur.lines.splice(lastIdx, 1);
      }
      close();
      cur = newSegment('dateline', { ...sender, name, role });
      i++;
      continue;
    }

    if (collecting && markerRole(line)) {
      cur.role = markerRole(line);
      i++;
      continue;
    }
    if (collecting && cur.note && !cur.name && line.length <= 40 && looksLikeName(line)) {
      cur.name = line;
      i++;
      continue;
    }
    if (line.length <= 40 && NOTE_LABEL_START.test(line) && !line.replace(NOTE_LABEL_START, '').trim()) {
      close();
      cur = newSegment('dateline', { note: true });
      i++;
      continue;
    }
    if (line.length <= 160 && isNoiseText(line) && (prevBlank || !next)) {
      i++;
      continue;
    }
    cur.lines.push(line);
    i++;
  }
  close();
  return segments;
}

const PLAIN_LOOKED_FOR = 'No conversation found in the text: it is empty, or only quoted history, signatures or history lines.';

/**
 * Parses pasted or selected text of an e-mail thread or a helpdesk conversation. E-mail headers
 * ("From:", "De :", "Von:"…), quote attributions ("On … wrote:", "Le … a écrit :", "Am … schrieb",
 * "El … escribió:", "… a scris:") and sender/date lines start messages; "> " quoted history that
 * follows an attribution becomes the earlier message it quotes (deduplicated); "Internal note"
 * labels make notes; history lines are dropped; signatures are trimmed. Text with no header at
 * all is one customer message.
 */
export function readPlainText(text: string, url: URL, title?: string): ReadResult {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ').split('\n');
  const segments = parseLines(lines, 0).filter((s) => s.note || hasHeader(s) || !bodyEmpty(s));

  // Oldest first: by date when every segment has one; else mail chains (attributions, header
  // blocks) read newest first, copied helpdesk conversations oldest first, bottom replies last.
  const dated = segments.filter((s) => s.at);
  let ordered: Segment[];
  if (dated.length === segments.length && segments.length > 1) {
    ordered = segments.map((s, i) => ({ s, i })).sort((a, b) => (a.s.at ?? '').localeCompare(b.s.at ?? '') || a.i - b.i).map((x) => x.s);
  } else if (segments.some((s) => s.origin === 'attribution' || s.origin === 'headers')) {
    const bottom = segments.filter((s) => s.origin === 'after-quote');
    ordered = [...segments.filter((s) => s.origin !== 'after-quote').reverse(), ...bottom];
  } else {
    ordered = segments;
  }

  const seen = new Set<string>();
  const items: DraftItem[] = [];
  for (const s of ordered) {
    const body = cleanMessageText(s.lines.join('\n'));
    const key = comparable(body);
    if (!body || seen.has(key)) continue;
    seen.add(key);
    items.push({ name: s.name, email: s.email, at: s.at, text: body, note: s.note, role: s.role });
  }

  // An e-mail chain, or a reply whose newest text has no header: the newest message is what the
  // customer sent (unless it comes from the shop's own domain), and turns alternate back through the
  // quoted messages, the same sender keeping the same side.
  const chronological = items.filter((i) => !i.note);
  const newest = chronological[chronological.length - 1];
  const mailChain = segments.some((s) => s.origin === 'attribution' || s.origin === 'headers');
  if (newest && chronological.length >= 2 && (mailChain || (!newest.name && !newest.email))) {
    const sides = new Map<string, Author>();
    let side: Author = staffAddress(newest.email, url) ? 'agent' : 'customer';
    for (const item of [...chronological].reverse()) {
      const who = comparable(item.email ?? item.name);
      const known = who ? sides.get(who) : undefined;
      if (item !== newest) side = known ?? (side === 'customer' ? 'agent' : 'customer');
      if (who && !known) sides.set(who, side);
      item.hint = side;
    }
  }

  const headed = segments.filter(hasHeader).length;
  const subjectHeader = [...ordered].map((s) => s.subject).find((s): s is string => Boolean(s?.trim()));
  const subject = cleanSubject(subjectHeader ?? title ?? '');
  const urlId = ticketIdFromUrl(url);
  const labelId = ticketIdFromLabel(title ?? '') ?? ticketIdFromLabel(subjectHeader ?? '');
  return finishTicket({
    url,
    subject,
    ticketId: urlId ? { id: urlId, source: 'url' } : labelId ? { id: labelId, source: 'label' } : null,
    requester: null,
    items,
    structure: headed >= 2 ? 1 : headed === 1 ? 0.5 : 0,
    lookedFor: PLAIN_LOOKED_FOR,
  });
}
