import type { InsertMode, InsertResult } from '../messaging/protocol';

/**
 * Puts text into a helpdesk's reply box through the editor's own input path, so that the
 * editor's model (CKEditor 5, ProseMirror, Draft.js, Froala...) knows about it and keeps it on
 * the next keystroke. Never sets innerHTML: the editor would overwrite it.
 *
 * - textarea / input: the native value setter plus an `input` event (React and Ember listen).
 * - contenteditable: a synthetic `paste` with text/plain and text/html; rich editors handle it
 *   through their clipboard pipeline and cancel the event. When nothing handled it (a plain
 *   contenteditable), `execCommand('insertText')`, line by line.
 *   Checked in Chromium against the real libraries (tests/e2e/composers.test.ts): CKEditor 5,
 *   ProseMirror, Froala and Draft.js 0.11 all take the paste into their model, paragraphs
 *   included; a plain contenteditable takes execCommand. CKEditor 5 ignores
 *   execCommand('insertText') (Chromium fires no `beforeinput` for it), so the paste must come first.
 */

const SETTLE_MS = 60;

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Paragraphs for rich editors: blank lines separate paragraphs, single newlines are line breaks. */
export function textToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((para) => `<p>${para.split('\n').map(escapeHtml).join('<br>')}</p>`)
    .join('');
}

function normalized(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function insertIntoField(field: HTMLTextAreaElement | HTMLInputElement, text: string, mode: InsertMode): void {
  const proto = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  const current = field.value;
  let next: string;
  let caret: number;
  if (mode === 'replace') {
    next = text;
    caret = text.length;
  } else {
    const start = field.selectionStart ?? current.length;
    const end = field.selectionEnd ?? current.length;
    next = current.slice(0, start) + text + current.slice(end);
    caret = start + text.length;
  }
  field.focus();
  if (setter) setter.call(field, next);
  else field.value = next;
  field.setSelectionRange(caret, caret);
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: text }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

function selectionInside(editable: HTMLElement): boolean {
  const selection = editable.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return false;
  return editable.contains(selection.getRangeAt(0).commonAncestorContainer);
}

function placeSelection(editable: HTMLElement, mode: InsertMode, caretInside: boolean): void {
  const doc = editable.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) return;
  if (mode === 'caret' && caretInside) return;
  const range = doc.createRange();
  range.selectNodeContents(editable);
  // Caret mode with no caret in the editor: append at the end.
  if (mode === 'caret') range.collapse(false);
  selection.removeAllRanges();
  selection.addRange(range);
}

function pasteEvent(editable: HTMLElement, text: string): boolean {
  const view = editable.ownerDocument.defaultView;
  if (!view || typeof view.DataTransfer !== 'function' || typeof view.ClipboardEvent !== 'function') return false;
  const data = new view.DataTransfer();
  data.setData('text/plain', text);
  data.setData('text/html', textToHtml(text));
  const event = new view.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  editable.dispatchEvent(event);
  return event.defaultPrevented;
}

function execInsert(editable: HTMLElement, text: string, mode: InsertMode): void {
  const doc = editable.ownerDocument;
  if (typeof doc.execCommand !== 'function') return;
  if (mode === 'replace') doc.execCommand('delete');
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  lines.forEach((line, i) => {
    if (i > 0) doc.execCommand('insertParagraph');
    if (line) doc.execCommand('insertText', false, line);
  });
}

export async function insertIntoComposer(composer: HTMLElement, text: string, mode: InsertMode): Promise<InsertResult> {
  if (!text.trim()) return { ok: false, message: 'There is no text to insert.' };
  if (composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement) {
    insertIntoField(composer, text, mode);
  } else if (composer.isContentEditable || composer.getAttribute('contenteditable') === 'true') {
    // Where the caret is must be read before focus(): focusing an editable whose caret is
    // elsewhere puts the caret at its start (Chromium), and caret mode would then insert before
    // the draft instead of after it (seen with CKEditor 5, ProseMirror, Draft.js, Froala and a
    // plain contenteditable in tests/e2e/composers.test.ts).
    const caretInside = selectionInside(composer);
    composer.focus();
    placeSelection(composer, mode, caretInside);
    // Editors sync their own selection from `selectionchange`, which fires asynchronously.
    await wait(SETTLE_MS);
    if (!pasteEvent(composer, text)) execInsert(composer, text, mode);
    await wait(SETTLE_MS);
  } else {
    return { ok: false, message: 'The reply box is not editable.' };
  }
  const now = composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement ? composer.value : composer.innerText || composer.textContent || '';
  const firstLine = normalized(text.split('\n').find((l) => l.trim()) ?? '');
  if (!normalized(now).includes(firstLine)) {
    return { ok: false, message: 'The reply box did not accept the text. Copy it and paste it by hand.' };
  }
  return { ok: true, mode };
}
