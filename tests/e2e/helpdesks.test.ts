import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { tabIdForTicket } from '../../scripts/browser/launch';
import { helpdeskById } from '../../lib/helpdesks/registry';
import { FIXTURES_DIR, loadPage } from '../lib/helpdesks/fixtures';
import { startHarness, type Harness } from './harness';

/**
 * Every helpdesk's saved pages, served under the helpdesk's real host name: the panel reads the
 * active ticket, and Insert puts the reply into that page's reply box.
 */
interface Expected {
  url: string;
  subject: string;
  ticketId: string;
  messages: unknown[];
  orderNumbers: string[];
}

const cases = readdirSync(FIXTURES_DIR)
  .filter((helpdesk) => helpdesk !== 'generic')
  .flatMap((helpdesk) =>
    readdirSync(join(FIXTURES_DIR, helpdesk))
      .filter((f) => f.endsWith('.expected.json'))
      .map((f) => {
        const name = f.replace('.expected.json', '');
        const expected = JSON.parse(readFileSync(join(FIXTURES_DIR, helpdesk, f), 'utf8')) as Expected;
        // Saved with the reply box closed: a static page cannot open it, so the agent must be told how.
        const html = readFileSync(join(FIXTURES_DIR, helpdesk, `${name}.html`), 'utf8');
        const adapter = helpdeskById(helpdesk);
        const composerOpen = adapter?.findComposer(loadPage(html, expected.url), new URL(expected.url)) != null;
        return { helpdesk, name, expected, composerOpen, hint: adapter?.composerHint ?? '' };
      }),
  );

/** Text of every editable field on the page: where an insert must land. */
const editableText = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('textarea, [contenteditable="true"], [contenteditable=""]')]
      .map((el) => (el instanceof HTMLTextAreaElement ? el.value : el.innerText))
      .join('\n'),
  );

let h: Harness;
beforeAll(async () => {
  h = await startHarness('e2e');
});
afterAll(async () => {
  await h?.close();
});

describe.each(cases)('$helpdesk: $name', ({ expected, composerOpen, hint }) => {
  it(`reads the active ticket and ${composerOpen ? 'inserts a reply into its composer' : 'says how to open the closed composer'}`, async () => {
    const page = await h.browser.context.newPage();
    const url = expected.url;
    await page.goto(url);
    const tabId = await tabIdForTicket(h.browser.worker, url);
    const panel = await h.panelFor(tabId);
    await expect.poll(() => panel.getByRole('heading', { level: 1 }).textContent()).toBe(expected.subject || '(no subject)');
    const main = await panel.innerText('main');
    expect(main).toContain(`Ticket #${expected.ticketId}`);
    for (const order of expected.orderNumbers) expect(main).toContain(`#${order}`);
    expect(main).toMatch(new RegExp(`Conversation \\(${expected.messages.length}\\)`, 'i'));

    const token = `DP-${expected.ticketId}-insert`;
    const box = panel.getByRole('textbox', { name: 'Reply text' });
    await box.fill(`Hello,\n\nThis is ${token}.`);
    await panel.getByRole('button', { name: 'Insert' }).click();
    if (composerOpen) {
      await expect.poll(() => panel.getByText('Inserted in the reply box').count(), { timeout: 8000 }).toBe(1);
      expect(await editableText(page)).toContain(token);
    } else {
      await expect.poll(() => panel.getByText('Not inserted').count(), { timeout: 8000 }).toBe(1);
      expect(await panel.innerText('main')).toContain(hint);
      expect(await editableText(page)).not.toContain(token);
    }
    for (const p of [panel, page]) await p.close();
  });
});

describe('after reading every helpdesk', () => {
  it('the options page shows a health line per helpdesk', async () => {
    const options = await h.extensionPage('options.html#sites');
    const list = options.getByRole('list', { name: 'Helpdesk health' });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(new Set(cases.map((c) => c.helpdesk)).size);
    const text = await list.innerText();
    for (const label of ['Zendesk', 'Freshdesk', 'Gorgias', 'Help Scout', 'Intercom', 'Front', 'Zoho Desk', 'HubSpot', 'Gmail', 'eDesk']) {
      expect(text).toContain(label);
    }
    expect(text).toContain('Reading well');
    await options.close();
  });
});
