import { hiddenByMarkup } from './select';

/**
 * Reply boxes on pages no adapter knows: the editable field the agent last focused, else the
 * single largest visible textarea or contenteditable (a page usually has one reply box).
 */
export type Editable = HTMLTextAreaElement | HTMLElement;

export function isEditable(el: Element | null): el is Editable {
  if (!el) return false;
  if (el.tagName === 'TEXTAREA') return !(el as HTMLTextAreaElement).disabled && !(el as HTMLTextAreaElement).readOnly;
  const attr = el.getAttribute('contenteditable');
  return attr === '' || attr === 'true' || attr === 'plaintext-only';
}

/** The outermost editable ancestor: rich editors nest contenteditable regions. */
export function editableRoot(el: Element): Editable | null {
  let root: Element | null = null;
  for (let cur: Element | null = el; cur; cur = cur.parentElement) if (isEditable(cur)) root = cur;
  return root as Editable | null;
}

export function findEditable(document: Document, lastFocused: Element | null): Editable | null {
  if (lastFocused && lastFocused.isConnected && isEditable(lastFocused) && !hiddenByMarkup(lastFocused)) return lastFocused;
  const candidates = [...document.querySelectorAll('textarea, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]')]
    .map((el) => editableRoot(el))
    .filter((el): el is Editable => el !== null && !hiddenByMarkup(el));
  const unique = [...new Set(candidates)];
  // Largest by what can be known without layout: rows for textareas, text length otherwise.
  const size = (el: Editable) => (el.tagName === 'TEXTAREA' ? Number(el.getAttribute('rows') ?? 2) * 100 : 150 + (el.textContent?.length ?? 0));
  return unique.sort((a, b) => size(b) - size(a))[0] ?? null;
}
