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
];

/** Lines that open quoted history, in the languages our customers write. */
const QUOTE_HEADERS: readonly RegExp[] = [
  /^On .{4,200} wrote:?$/i,
  /^Le .{4,200} a écrit\s?:?$/i,
  /^Am .{4,200} schrieb .{0,200}:?$/i,
  /^El .{4,200} escribió:?$/i,
  /^În .{4,200} a scris:?$/i,
  /^Il giorno .{4,200} ha scritto:?$/i,
  /^Op .{4,200} schreef .{0,200}:?$/i,
  /^-{2,}\s*(Original Message|Message d'origine|Ursprüngliche Nachricht|Mensaje original|Mesaj original)\s*-{2,}$/i,
  /^_{10,}$/,
  /^(From|De|Von|Van|Da):\s.*(@|<).*$/,
];

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

/** Cuts text at the first quote header or signature delimiter. */
export function withoutQuotedHistory(text: string): string {
  const lines = text.split('\n');
  const cut = lines.findIndex(
    (line) => SIGNATURE_DELIMITER.test(line) || QUOTE_HEADERS.some((re) => re.test(line.trim())),
  );
  const kept = cut === -1 ? lines : lines.slice(0, cut);
  return kept.join('\n').trim();
}

/** The message as written: noise elements removed on a copy, then text-level cuts. */
export function messageText(body: Element): string {
  const copy = body.cloneNode(true) as Element;
  for (const selector of NOISE_SELECTORS) {
    for (const el of copy.querySelectorAll(selector)) el.remove();
  }
  return withoutQuotedHistory(blockText(copy));
}

/** Single-line text of a label-like element. */
export function inlineText(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
