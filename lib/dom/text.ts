/**
 * Visible text of a message body, as the customer wrote it: paragraphs and line breaks kept,
 * markup, signatures and quoted history dropped. Pure: works on any Document (browser or jsdom).
 */

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN',
  'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'SVG', 'IMG', 'INPUT', 'SELECT', 'TEXTAREA']);

/** Elements that hold what is not the message itself, in the markup of common mail clients. */
export const NOISE_SELECTORS = [
  '.signature',
  '[class*="signature" i]',
  '.gmail_quote',
  '.gmail_signature',
  '.freshdesk_quote',
  '.x_freshdesk_quote',
  '.yahoo_quoted',
  '.moz-cite-prefix',
  'blockquote',
  '[data-zes-id]',
  '[aria-hidden="true"]',
  // Zoho Desk and Zoho Mail: quoted history and signature
  '.zmail_extra',
  '.zmail_extra_hr',
  '[id^="Zm-_Id_-Sgn"]',
  '.zd_quoted',
  '[data-id="quotedContent"]',
];

/**
 * "-----Original Message-----" and its translations, forwarded-message lines, Outlook's rule of
 * underscores: quoted history follows.
 */
export const QUOTE_SEPARATOR =
  /^(?:-{2,}\s*(?:original message|forwarded message|message d['’]origine|message transféré|ursprüngliche nachricht|weitergeleitete nachricht|mensaje original|mensaje reenviado|mesaj original|mesaj redirecționat|messaggio originale)\s*-{2,}|_{10,})$/iu;

/** Lines that open quoted history, in the languages our customers write. */
const QUOTE_HEADERS: readonly RegExp[] = [
  /^On .{4,200} wrote:?$/i,
  /^Le .{4,200} a écrit\s?:?$/i,
  /^Am .{4,200} schrieb .{0,200}:?$/i,
  /^El .{4,200} escribió:?$/i,
  /^(?:În|Pe) .{4,200} a scris:?$/i,
  /^Il giorno .{4,200} ha scritto:?$/i,
  /^Op .{4,200} schreef .{0,200}:?$/i,
  // Zoho Desk: "---- On Mon, 03 Nov 2026 … <a@b.c> wrote ----"
  /^-{2,}\s*(On|Le|Am|El|În|Pe|Il)\s.*\b(wrote|a écrit|schrieb|escribió|a scris|ha scritto)\s*-{2,}$/i,
  QUOTE_SEPARATOR,
  /^(From|De|Von|Van|Da):\s.*(@|<).*$/,
];

/** How a quote header line opens, for headers that a mail client wrapped onto two lines. */
const QUOTE_HEADER_START = /^(?:On|Le|Am|El|În|Pe|Il giorno|Op)\s/i;

/** "Sent from my iPhone" and the like, in the languages our customers write: the message ends above. */
export const MOBILE_SIGNATURE = new RegExp(
  `^(?:${[
    'sent from my \\S.{0,40}', 'sent from (?:mail|outlook) for .{1,30}', 'sent from yahoo mail.{0,40}', 'sent with proton ?mail.{0,60}',
    'get outlook for (?:ios|android)', 'envoyé de(?:puis)? mon \\S.{0,40}', 'envoyé avec la messagerie sécurisée proton ?mail.{0,40}',
    'obtenir outlook pour (?:ios|android)', 'von meinem \\S.{0,40} gesendet', 'gesendet von meinem \\S.{0,40}', 'enviado desde mi \\S.{0,40}',
    'trimis de pe \\S.{0,40}', 'trimis din \\S.{0,40}', 'inviato da(?:l mio)? \\S.{0,40}', 'verzonden (?:vanaf|met) mijn \\S.{0,40}',
  ].join('|')})$`,
  'iu',
);

const SIGNATURE_DELIMITER = /^--\s?$/;

function collect(node: Node, out: string[]): void {
  if (node.nodeType === 3) {
    out.push((node.nodeValue ?? '').replace(/\s+/g, ' '));
    return;
  }
  if (node.nodeType !== 1) return;
  const el = node as Element;
  const tag = el.tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag)) return;
  if (tag === 'BR') {
    out.push('\n');
    return;
  }
  const block = BLOCK_TAGS.has(tag);
  if (block) out.push('\n');
  for (const child of el.childNodes) collect(child, out);
  if (block) out.push('\n');
}

/** Text with block structure as newlines; runs of blank lines folded to one line break. */
export function blockText(element: Element): string {
  const parts: string[] = [];
  collect(element, parts);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

const isQuoteHeader = (line: string): boolean => QUOTE_HEADERS.some((re) => re.test(line));

/**
 * True when quoted history or a signature starts at line `i`: a signature delimiter ("-- "), a
 * mobile signature, a separator or a quote header ("On … wrote:", "Le … a écrit :", "Pe … a
 * scris:"…), also when a mail client wrapped the header onto two lines ("On Tue, 12 Nov 2026 at
 * 10:14, Marie Dupont <marie@example.fr>" / "wrote:"). A wrapped header must carry a date or an
 * address, so that two lines of a customer's own sentence are not taken for one.
 */
function quoteStartsAt(lines: readonly string[], i: number): boolean {
  const raw = lines[i] ?? '';
  if (SIGNATURE_DELIMITER.test(raw)) return true;
  const line = raw.replace(/\s+/g, ' ').trim();
  if (isQuoteHeader(line) || MOBILE_SIGNATURE.test(line)) return true;
  const next = (lines[i + 1] ?? '').replace(/\s+/g, ' ').trim();
  if (!QUOTE_HEADER_START.test(line) || /:$/.test(line) || !/:$/.test(next) || next.length > 160) return false;
  const joined = `${line} ${next}`;
  return /\d|@/.test(joined) && isQuoteHeader(joined);
}

/** Cuts text where quoted history or a signature starts (see `quoteStartsAt`). */
export function withoutQuotedHistory(text: string): string {
  const lines = text.split('\n');
  const cut = lines.findIndex((_, i) => quoteStartsAt(lines, i));
  const kept = cut === -1 ? lines : lines.slice(0, cut);
  return kept.join('\n').trim();
}

/** A copy of the element without the descendants that match any of the selectors. */
export function withoutElements(element: Element, selectors: readonly string[]): Element {
  const copy = element.cloneNode(true) as Element;
  for (const selector of selectors) {
    for (const el of copy.querySelectorAll(selector)) el.remove();
  }
  return copy;
}

/**
 * The message as written: noise elements (and the helpdesk's own `extraNoise`, such as a bubble's
 * header or a "show trimmed content" toggle) removed on a copy, then text-level cuts.
 */
export function messageText(body: Element, extraNoise: readonly string[] = []): string {
  return withoutQuotedHistory(blockText(withoutElements(body, [...NOISE_SELECTORS, ...extraNoise])));
}

/** Single-line text of a label-like element. */
export function inlineText(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Single-line text of a field: an input's or textarea's value (an editable subject), else its text. */
export function fieldText(element: Element | null | undefined): string {
  if (!element) return '';
  if (element.tagName === 'INPUT' || element.tagName === 'TEXTAREA') {
    const value = (element as HTMLInputElement | HTMLTextAreaElement).value || element.getAttribute('value') || element.textContent || '';
    return value.replace(/\s+/g, ' ').trim();
  }
  return inlineText(element);
}
