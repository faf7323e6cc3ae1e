/**
 * The editor lab: each `<name>.ts` beside this file mounts one real editor library on an element
 * of a page and exposes `window.editorLab`, which reads FROM THE EDITOR'S MODEL (not its DOM), so a
 * test can tell whether text inserted by Deskpilot reached the editor or only its DOM.
 * Served and bundled by ./routes.ts; driven by tests/e2e/composers.test.ts.
 */
import type { InsertMode, InsertResult } from '../../../lib/messaging/protocol';

export interface EditorLab {
  name: string;
  /** The model's text: blocks joined with '\n', line breaks inside a block as '\n'. */
  getText(): string;
  /** The model's blocks (paragraphs), each with its own line breaks as '\n'. */
  getBlocks(): string[];
  /** The editor's own serialisation, where it has one. */
  getHtml?(): string;
}

export type EditorLabMount = (target: HTMLElement) => Promise<Omit<EditorLab, 'name'>>;

declare global {
  interface Window {
    editorLab?: EditorLab;
    /** Set instead of editorLab when the editor failed to start. */
    editorLabError?: string;
    /** lib/dom/composer.ts's insertIntoComposer on the element `selector` matches (see insert.ts). */
    deskpilotInsert?: (selector: string, text: string, mode: InsertMode) => Promise<InsertResult>;
  }
}

/**
 * Mounts the editor on the element named by the `data-target` selector of the `<script>` that
 * loaded this bundle (default `#composer`), taking the element's content as the initial content.
 * Call it synchronously from the entry: `document.currentScript` is only set while it runs.
 */
export function startLab(name: string, mount: EditorLabMount): void {
  const selector = document.currentScript?.getAttribute('data-target') || '#composer';
  const run = async () => {
    const target = document.querySelector<HTMLElement>(selector);
    if (!target) throw new Error(`No element matches ${selector}`);
    const lab = await mount(target);
    window.editorLab = { name, ...lab };
  };
  const start = () =>
    run().catch((error: unknown) => {
      window.editorLabError = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      console.error(`[editor lab] ${name} failed to start`, error);
    });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => void start(), { once: true });
  else void start();
}

const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'UL', 'OL', 'SECTION', 'ARTICLE']);

function isBlock(node: Node): node is HTMLElement {
  return node.nodeType === Node.ELEMENT_NODE && BLOCK_TAGS.has((node as HTMLElement).tagName);
}

function inlineText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return (node as Text).data;
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  if ((node as HTMLElement).tagName === 'BR') return '\n';
  return Array.from(node.childNodes).map(inlineText).join('');
}

/**
 * Blocks of an editor whose model is its (cleaned) DOM: a plain contenteditable, or Froala, whose
 * `html.get()` is its model. A trailing <br> in a block is the browser's placeholder, not a line.
 */
export function domBlocks(root: Node): string[] {
  const blocks: string[] = [];
  let inline: string | null = null;
  const flush = () => {
    if (inline !== null) blocks.push(inline.replace(/\n$/, ''));
    inline = null;
  };
  for (const node of Array.from(root.childNodes)) {
    if (isBlock(node)) {
      flush();
      if (Array.from(node.childNodes).some(isBlock)) blocks.push(...domBlocks(node));
      else blocks.push(inlineText(node).replace(/\n$/, ''));
    } else if (node.nodeType === Node.ELEMENT_NODE && (node as HTMLElement).tagName === 'BR') {
      // A <br> directly in the root ends a line of loose inline content.
      blocks.push(inline ?? '');
      inline = null;
    } else {
      const text = inlineText(node);
      if (inline === null && text.trim() === '') continue;
      inline = (inline ?? '') + text;
    }
  }
  flush();
  return blocks;
}

/** Blocks of an editor's HTML serialisation, without the elements `drop` matches. */
export function htmlBlocks(html: string, drop?: string): string[] {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  if (drop) body.querySelectorAll(drop).forEach((element) => element.remove());
  return domBlocks(body);
}
