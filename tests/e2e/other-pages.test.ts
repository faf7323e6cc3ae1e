import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeTabId } from '../../scripts/browser/launch';
import { FIXTURES_DIR } from '../lib/helpdesks/fixtures';
import { startHarness, type Harness } from './harness';

/**
 * Pages no adapter knows. Runs on the e2e build, which holds host permissions up front: here
 * they stand for the agent's click on Deskpilot (activeTab) or their "Allow" on a site.
 */
const CUSTOM = 'https://support.example.com/agent/tickets/48230?deskpilot-fixture=zendesk/en-where-is-my-order';
const THREAD = `From: Marie Dupont <marie.dupont@example.fr>
Date: Tue, 17 Nov 2026 09:12
Subject: Commande 1049 abîmée

Bonjour,
J'ai reçu ma commande n° 1049 mais la veste est déchirée. Pouvez-vous m'en envoyer une autre ?
Merci,
Marie`;

let h: Harness;
beforeAll(async () => {
  h = await startHarness('e2e');
});
afterAll(async () => {
  await h?.close();
});

async function openTab(url: string) {
  const page = await h.browser.context.newPage();
  await page.goto(url);
  await page.bringToFront();
  const tabId = await activeTabId(h.browser.worker);
  return { page, tabId, panel: await h.panelFor(tabId) };
}

const GENERIC = join(FIXTURES_DIR, 'generic');
const genericPages = readdirSync(GENERIC)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => JSON.parse(readFileSync(join(GENERIC, f), 'utf8')) as { url: string; subject?: string; orderNumbers?: string[]; messages?: unknown[] })
  .filter((e) => e.subject !== undefined);

describe.each(genericPages)('generic reader on $url', (expected) => {
  it('shows the ticket it found, how it was read, and the orders', async () => {
    const { page, panel } = await openTab(expected.url);
    await expect.poll(() => panel.innerText('main'), { timeout: 10_000 }).toContain('Read by the generic reader');
    const main = await panel.innerText('main');
    expect(await panel.getByRole('heading', { level: 1 }).textContent()).toBe(expected.subject || '(no subject)');
    for (const order of expected.orderNumbers ?? []) expect(main).toContain(`#${order}`);
    expect(main).toMatch(new RegExp(`Conversation \\(${expected.messages?.length ?? 0}\\)`, 'i'));
    for (const p of [panel, page]) await p.close();
  });
});

describe('pages without an adapter', () => {
  it('reads a helpdesk on an unknown domain with the generic reader, then with its adapter once assigned', async () => {
    const { page, panel } = await openTab(CUSTOM);
    await expect.poll(() => panel.innerText('main'), { timeout: 10_000 }).toContain('Read by the generic reader');
    expect(await panel.innerText('main')).toContain('#1058');

    const options = await h.extensionPage('options.html#sites');
    await options.getByLabel('Site', { exact: true }).fill('https://support.example.com/agent');
    await options.getByLabel('Read it as').selectOption('zendesk');
    await options.getByRole('button', { name: 'Add site' }).click();
    await expect.poll(() => options.getByRole('list', { name: 'Your sites' }).innerText()).toContain('support.example.com read as Zendesk');
    await expect
      .poll(() => h.browser.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? [])))
      .toContain('*://support.example.com/*');

    await page.reload();
    await expect.poll(() => panel.innerText('main'), { timeout: 10_000 }).toMatch(/Zendesk\s*·\s*Ticket #48230/);
    expect(await panel.innerText('main')).not.toContain('generic reader');
    for (const p of [options, panel, page]) await p.close();
  });

  it('reads the agent’s selection and pasted text', async () => {
    const { page, panel } = await openTab('https://www.example.com/');
    await expect.poll(() => panel.getByText('No ticket found on this page').count(), { timeout: 10_000 }).toBe(1);

    await page.evaluate((thread) => {
      const pre = document.createElement('pre');
      pre.textContent = thread;
      document.body.append(pre);
      const range = document.createRange();
      range.selectNodeContents(pre);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
    }, THREAD);
    await panel.getByRole('button', { name: 'Use my selection' }).click();
    await expect.poll(() => panel.innerText('main')).toContain('Read from your selection');
    expect(await panel.innerText('main')).toContain('#1049');
    expect(await panel.innerText('main')).toContain('Marie Dupont');

    await panel.getByRole('button', { name: 'Back to the page’s own reading' }).click();
    await panel.getByRole('button', { name: 'Paste text' }).click();
    await panel.getByLabel(/Paste the conversation/).fill(THREAD.replace('1049', '1052'));
    await panel.getByRole('button', { name: 'Read pasted text' }).click();
    await expect.poll(() => panel.innerText('main')).toContain('Read from pasted text');
    expect(await panel.innerText('main')).toContain('#1052');
    for (const p of [panel, page]) await p.close();
  });
});
