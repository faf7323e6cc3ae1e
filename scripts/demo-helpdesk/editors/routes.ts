/**
 * Routes of the editor lab, on any host of the demo helpdesk server (see ../server.ts):
 *
 * - `GET /__editors/<name>.html[?draft=<text>]`: a page with a composer running that editor, holding
 *   the draft "Old draft text" (or `draft`, blank lines between paragraphs; `?draft=` for none), a
 *   paragraph `#outside` to click away from it, and `window.deskpilotInsert` (insert.ts).
 * - `GET /__editors/<name>.js`: the editor's entry (`<name>.ts` here) bundled with esbuild (iife),
 *   on first request, then kept in memory. `/__editors/insert.js`: lib/dom/composer.ts for pages.
 * - `GET /__editors/<name>.css`: the editor's own stylesheet.
 * - `GET /__fixtures/<helpdesk>/<case>.html?mount=<name>&target=<css selector>`: the saved page with
 *   that editor mounted on its own composer element (see fixtureWithEditor).
 *
 * Editors: ckeditor (CKEditor 5), prosemirror, froala, draft (Draft.js on React 18),
 * contenteditable (no library), textarea. Redactor (old Help Scout, very old Freshdesk) is not on
 * npm and is not here.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const REPO_ROOT = resolve(HERE, '..', '..', '..');
const NODE_MODULES = resolve(REPO_ROOT, 'node_modules');

export const EDITOR_NAMES = ['ckeditor', 'prosemirror', 'froala', 'draft', 'contenteditable', 'textarea'] as const;
export type EditorName = (typeof EDITOR_NAMES)[number];

const STYLESHEETS: Record<EditorName, readonly string[]> = {
  ckeditor: ['ckeditor5/dist/ckeditor5.css'],
  prosemirror: ['prosemirror-view/style/prosemirror.css'],
  froala: ['froala-editor/css/froala_editor.min.css', 'froala-editor/css/froala_style.min.css'],
  draft: ['draft-js/dist/Draft.css'],
  contenteditable: [],
  textarea: [],
};

/** Draft.js 0.11 needs React <= 18 (findDOMNode); the extension itself stays on React 19. */
const REACT_18 = {
  react: 'deskpilot-react18/node_modules/react',
  'react-dom': 'deskpilot-react18/node_modules/react-dom',
};

const LAB_CSS = `
body { font: 15px/1.5 system-ui, sans-serif; margin: 24px; color: #222; }
#outside { color: #666; }
.editor-lab-composer { border: 1px solid #bbb; border-radius: 4px; padding: 8px; min-height: 120px; }
.editor-lab-composer textarea, textarea.editor-lab-composer { width: 100%; min-height: 120px; font: inherit; box-sizing: border-box; }
.ProseMirror { outline: none; min-height: 100px; }
.ProseMirror p, .ck-content p { margin: 0 0 8px; }
`;

export interface LabAsset {
  status: number;
  type: string;
  body: string;
}

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';
const HTML = 'text/html; charset=utf-8';

function isEditorName(name: string): name is EditorName {
  return (EDITOR_NAMES as readonly string[]).includes(name);
}

const bundles = new Map<string, Promise<string>>();

/** The entry `<name>.ts` bundled for the browser, built once per server process. */
export function bundle(name: EditorName | 'insert'): Promise<string> {
  let built = bundles.get(name);
  if (!built) {
    built = (async () => {
      const { build } = await import('esbuild');
      const result = await build({
        entryPoints: [resolve(HERE, `${name}.ts`)],
        bundle: true,
        format: 'iife',
        platform: 'browser',
        target: 'chrome120',
        write: false,
        logLevel: 'silent',
        legalComments: 'none',
        define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
        alias: name === 'draft' ? REACT_18 : {},
      });
      const file = result.outputFiles[0];
      if (!file) throw new Error(`esbuild produced nothing for ${name}`);
      return file.text;
    })();
    bundles.set(name, built);
    // A failed build is not kept: the next request tries again.
    built.catch(() => bundles.delete(name));
  }
  return built;
}

async function stylesheet(name: EditorName): Promise<string> {
  const parts = await Promise.all(STYLESHEETS[name].map((file) => readFile(resolve(NODE_MODULES, file), 'utf8')));
  return [...parts, LAB_CSS].join('\n');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function draftHtml(draft: string): string {
  return draft
    .split(/\n{2,}/)
    .filter((para) => para !== '')
    .map((para) => `<p>${para.split('\n').map(escapeHtml).join('<br>')}</p>`)
    .join('');
}

/** The tags that load an editor onto `target` (and Deskpilot's insertion code) in a page. */
function editorTags(name: EditorName, target: string): string {
  return [
    `<link rel="stylesheet" href="/__editors/${name}.css">`,
    `<script src="/__editors/insert.js"></script>`,
    `<script src="/__editors/${name}.js" data-target="${escapeHtml(target)}"></script>`,
  ].join('\n');
}

function editorPage(name: EditorName, draft: string): string {
  const composer =
    name === 'textarea'
      ? `<textarea id="composer" class="editor-lab-composer" aria-label="Reply">${escapeHtml(draft)}</textarea>`
      : `<div id="composer" class="editor-lab-composer" aria-label="Reply">${draftHtml(draft)}</div>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Editor lab: ${name}</title>
<link rel="icon" href="data:,">
</head>
<body>
<h1>Editor lab: ${name}</h1>
<p id="outside">Text outside the composer: click here to move the caret out of it.</p>
${composer}
${editorTags(name, '#composer')}
</body>
</html>
`;
}

/** Answers `/__editors/...`; null when there is no such asset. */
export async function editorLabAsset(path: string, query: URLSearchParams): Promise<LabAsset | null> {
  const match = /^\/__editors\/([a-z0-9-]+)\.(html|js|css)$/.exec(path);
  if (!match) return null;
  const [, name = '', ext = ''] = match;
  if (name === 'insert' && ext === 'js') return { status: 200, type: JS, body: await bundle('insert') };
  if (!isEditorName(name)) return null;
  if (ext === 'css') return { status: 200, type: CSS, body: await stylesheet(name) };
  if (ext === 'js') {
    try {
      return { status: 200, type: JS, body: await bundle(name) };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { status: 500, type: JS, body: `window.editorLabError = ${JSON.stringify(`bundle failed: ${message}`)};` };
    }
  }
  return { status: 200, type: HTML, body: editorPage(name, query.get('draft') ?? 'Old draft text') };
}

/**
 * A saved fixture page with `?mount=<name>&target=<css selector>`: the page with the editor
 * mounted on the element `target` matches (its content becomes the editor's initial content),
 * the tags injected before `</body>`. Null when the query asks for no editor; 404 for an unknown one.
 */
export async function fixtureWithEditor(file: string, query: URLSearchParams): Promise<LabAsset | null> {
  const name = query.get('mount');
  if (name === null) return null;
  if (!isEditorName(name)) return { status: 404, type: 'text/plain; charset=utf-8', body: `No editor named ${name}` };
  let html: string;
  try {
    html = await readFile(file, 'utf8');
  } catch {
    return { status: 404, type: 'text/plain; charset=utf-8', body: 'Not found' };
  }
  const tags = editorTags(name, query.get('target') || '[contenteditable="true"]');
  const end = html.search(/<\/body>(?![\s\S]*<\/body>)/i);
  const body = end === -1 ? `${html}\n${tags}\n` : `${html.slice(0, end)}${tags}\n${html.slice(end)}`;
  return { status: 200, type: HTML, body };
}
