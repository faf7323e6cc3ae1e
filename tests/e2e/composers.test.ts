/**
 * insertIntoComposer (lib/dom/composer.ts) against the real editor libraries in Chromium: the text
 * must reach each editor's MODEL (read through window.editorLab, see
 * scripts/demo-helpdesk/editors/), keep its paragraphs, land at the caret (or at the end when the
 * caret is elsewhere), replace the draft in replace mode, and survive the next real keystroke.
 * Redactor (old Help Scout / Freshdesk) is not on npm and is not covered.
 *
 * Needs no built extension: the pages load Deskpilot's insertion code as a page bundle
 * (`window.deskpilotInsert`, scripts/demo-helpdesk/editors/insert.ts).
 */
import { get } from 'node:https';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { InsertMode, InsertResult } from '../../lib/messaging/protocol';
import { CHROMIUM } from '../../scripts/browser/launch';
import type {} from '../../scripts/demo-helpdesk/editors/lab';
import { hostResolverRules, startHelpdeskServer, type HelpdeskServer } from '../../scripts/demo-helpdesk/server';

const REPLY = 'Hi Marie,\n\nYour order #1047 ships today.\n\nKind regards,\nAlex';
const REPLY_LINES = ['Hi Marie,', 'Your order #1047 ships today.', 'Kind regards,', 'Alex'];
const DRAFT = 'Old draft text';

/**
 * Each editor, and the selector Deskpilot's adapters would give insertIntoComposer for it. A
 * textarea keeps its caret when it loses focus (the browser puts it back on focus), and
 * insertIntoComposer uses that remembered caret; rich editors get the text at the end when the
 * document's caret is outside them.
 */
const EDITORS = [
  { name: 'ckeditor', composer: '.ck-editor__editable', remembersCaret: false },
  { name: 'prosemirror', composer: '.ProseMirror', remembersCaret: false },
  { name: 'froala', composer: '.fr-element', remembersCaret: false },
  { name: 'draft', composer: '.public-DraftEditor-content', remembersCaret: false },
  { name: 'contenteditable', composer: '#composer', remembersCaret: false },
  { name: 'textarea', composer: '#composer', remembersCaret: true },
] as const;

let server: HelpdeskServer;
let browser: Browser;
let base: string;

beforeAll(async () => {
  server = await startHelpdeskServer();
  base = 'https://editors.example.com';
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', `--host-resolver-rules=${hostResolverRules(server.port)}`],
  });
  // Bundle every editor once, in parallel, before the first page asks for one.
  const names = [...EDITORS.map((e) => e.name), 'insert'];
  const status = (name: string) =>
    new Promise<number | undefined>((done, fail) =>
      // The local server's certificate is self-signed.
      get({ host: '127.0.0.1', port: server.port, path: `/__editors/${name}.js`, rejectUnauthorized: false }, (res) => {
        res.resume();
        done(res.statusCode);
      }).on('error', fail),
    );
  for (const status200 of await Promise.all(names.map(status))) expect(status200).toBe(200);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** nbsp (what browsers type for a space at the end of a line) is a space for these checks. */
const clean = (text: string) => text.replace(/\u00a0/g, ' ');

/** Non-empty lines of the model text, trailing spaces dropped. */
const lines = (text: string) =>
  clean(text)
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line !== '');

async function openEditor(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => window.editorLab !== undefined || window.editorLabError !== undefined);
  const error = await page.evaluate(() => window.editorLabError ?? null);
  if (error) throw new Error(`The editor did not start: ${error}`);
}

function modelText(page: Page): Promise<string> {
  return page.evaluate(() => window.editorLab?.getText() ?? '').then(clean);
}

function modelBlocks(page: Page): Promise<string[]> {
  return page.evaluate(() => window.editorLab?.getBlocks() ?? []).then((blocks) => blocks.map(clean).filter((b) => b.trim() !== ''));
}

function insert(page: Page, selector: string, text: string, mode: InsertMode): Promise<InsertResult> {
  return page.evaluate(
    ({ selector, text, mode }) => {
      const run = window.deskpilotInsert;
      return run ? run(selector, text, mode) : Promise.resolve<InsertResult>({ ok: false, message: 'insert.js did not load' });
    },
    { selector, text, mode },
  );
}

describe.each(EDITORS)('insertIntoComposer into $name', ({ name, composer, remembersCaret }) => {
  let page: Page;
  let pageErrors: string[] = [];
  const lab = (draft?: string) => `${base}/__editors/${name}.html${draft === undefined ? '' : `?draft=${encodeURIComponent(draft)}`}`;

  beforeAll(async () => {
    page = await browser.newPage({ ignoreHTTPSErrors: true });
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });
  afterAll(async () => {
    await page?.close();
  });
  beforeEach(() => {
    pageErrors = [];
  });
  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  it('caret mode, empty editor: a multi-paragraph reply keeps its paragraphs and survives typing', async () => {
    await openEditor(page, lab(''));
    expect(await modelText(page)).toBe('');
    expect(await insert(page, composer, REPLY, 'caret')).toEqual({ ok: true, mode: 'caret' });
    expect(lines(await modelText(page))).toEqual(REPLY_LINES);
    const blocks = await modelBlocks(page);
    expect(blocks.slice(0, 2)).toEqual(['Hi Marie,', 'Your order #1047 ships today.']);
    // The last paragraph's two lines: one block with a line break, or two blocks (plain contenteditable).
    expect(blocks.slice(2).join('\n')).toBe('Kind regards,\nAlex');

    await page.keyboard.type(' ok');
    expect(lines(await modelText(page))).toEqual([...REPLY_LINES.slice(0, 3), 'Alex ok']);
  });

  it('caret mode, draft and the caret moved out of the editor: the text goes after the draft', async () => {
    await openEditor(page, lab());
    expect(await modelText(page)).toBe(DRAFT);
    // The agent was at the start of the draft, then clicked elsewhere on the page.
    await page.click(composer);
    await page.keyboard.press('Control+Home');
    await page.click('#outside');
    const reply = remembersCaret ? 'Thanks for waiting. ' : 'Thanks for waiting.';
    expect(await insert(page, composer, reply, 'caret')).toEqual({ ok: true, mode: 'caret' });
    const text = await modelText(page);
    await page.keyboard.type(' ok');
    const after = await modelText(page);
    if (remembersCaret) {
      expect(text).toBe(`Thanks for waiting. ${DRAFT}`);
      expect(after).toBe(`Thanks for waiting.  ok${DRAFT}`);
    } else {
      // At the end, as a paste there would: CKEditor, ProseMirror, Draft.js and a plain
      // contenteditable join it to the draft's last paragraph, Froala starts a new one.
      expect(text.startsWith(DRAFT)).toBe(true);
      expect(text.indexOf('Thanks for waiting.')).toBeGreaterThanOrEqual(DRAFT.length);
      expect(after.startsWith(DRAFT)).toBe(true);
      expect(after).toContain('Thanks for waiting. ok');
    }
  });

  it('caret mode, caret inside the draft: the text lands at the caret', async () => {
    await openEditor(page, lab());
    await page.click(composer);
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 'Old '.length; i++) await page.keyboard.press('ArrowRight');
    expect(await insert(page, composer, 'NEW', 'caret')).toEqual({ ok: true, mode: 'caret' });
    expect(await modelText(page)).toBe('Old NEWdraft text');

    await page.keyboard.type(' ok');
    expect(await modelText(page)).toBe('Old NEW okdraft text');
  });

  it('replace mode: the draft is gone, the reply keeps its paragraphs and survives typing', async () => {
    await openEditor(page, lab());
    await page.click(composer);
    expect(await insert(page, composer, REPLY, 'replace')).toEqual({ ok: true, mode: 'replace' });
    const text = await modelText(page);
    expect(text).not.toContain('Old draft');
    expect(lines(text)).toEqual(REPLY_LINES);

    await page.keyboard.type(' ok');
    const after = await modelText(page);
    expect(after).not.toContain('Old draft');
    expect(lines(after)).toEqual([...REPLY_LINES.slice(0, 3), 'Alex ok']);
  });
});

describe('an editor mounted on a saved helpdesk page', () => {
  it('CKEditor on the saved Zendesk composer takes its draft, and replace mode replaces it', async () => {
    const page = await browser.newPage({ ignoreHTTPSErrors: true });
    const composer = '.ticket-panes-grid-layout[data-is-active="true"] [data-test-id="omnicomposer-rich-text-ckeditor"]';
    const url = `https://northwind.zendesk.com/__fixtures/zendesk/fr-damaged-item.html?mount=ckeditor&target=${encodeURIComponent(composer)}`;
    await openEditor(page, url);
    expect(lines(await modelText(page))[0]).toBe('Bonjour Élodie,');
    expect(await insert(page, composer, REPLY, 'replace')).toEqual({ ok: true, mode: 'replace' });
    await page.keyboard.type(' ok');
    expect(lines(await modelText(page))).toEqual([...REPLY_LINES.slice(0, 3), 'Alex ok']);
    await page.close();
  });
});
