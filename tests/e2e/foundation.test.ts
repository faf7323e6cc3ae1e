import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeTabId, openSidePanel, sidePanelText, tabIdForTicket } from '../../scripts/browser/launch';
import { startHarness, storedCorrections, type Harness } from './harness';

const TICKET = 'https://northwind.zendesk.com/agent/tickets/48213';
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('Deskpilot in Chromium on the demo Zendesk', () => {
  it('1. the toolbar button opens the side panel with the open ticket', async () => {
    const { worker } = h.browser;
    // The button has no popup, so its click reaches the worker, which opens the panel (and so
    // grants activeTab); the click itself is browser UI a test cannot press.
    expect(await worker.evaluate(() => chrome.action.getPopup({}))).toBe('');
    expect(await worker.evaluate(() => chrome.sidePanel.getPanelBehavior())).toMatchObject({ openPanelOnActionClick: false });
    const page = await h.browser.context.newPage();
    await page.goto(TICKET);
    const tabId = await tabIdForTicket(worker, TICKET);
    expect((await worker.evaluate((id) => chrome.sidePanel.getOptions({ tabId: id }), tabId)).path).toBe(`sidepanel.html?tabId=${tabId}`);

    await openSidePanel(h.browser, tabId);
    const reader = await h.extensionPage('options.html');
    await expect
      .poll(async () => (await worker.evaluate(() => chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL' as chrome.runtime.ContextType] }))).length)
      .toBeGreaterThan(0);
    await expect.poll(() => sidePanelText(h.browser, reader, tabId), { timeout: 10_000 }).toContain('Where is my order #1047?');
    const text = (await sidePanelText(h.browser, reader, tabId)) ?? '';
    expect(text).toContain('Ticket #48213');
    expect(text).toMatch(/CONVERSATION \(\d+\)|Conversation \(\d+\)/);
    expect(text).toContain('#1047');
    // Order numbers of other tickets in the list and sidebar are not this ticket's.
    expect(text).not.toContain('#1012');
    expect(text).not.toContain('#1049');
    await reader.close();
    await page.close();
  });

  it('2. follows a ticket switch without reload, and each tab keeps its own ticket', async () => {
    const { worker } = h.browser;
    const page = await h.browser.context.newPage();
    await page.goto(TICKET);
    const tabId = await tabIdForTicket(worker, TICKET);
    const panel = await h.panelFor(tabId);
    await expect.poll(() => panel.getByRole('heading', { level: 1 }).textContent()).toBe('Where is my order #1047?');

    await page.evaluate(() => {
      (window as Window & { __noReload?: boolean }).__noReload = true;
    });
    const started = Date.now();
    await page.locator('a[href="/agent/tickets/48214"]').first().click();
    await expect.poll(() => panel.getByRole('heading', { level: 1 }).textContent(), { interval: 20 }).toContain('commande n° 1049');
    const followMs = Date.now() - started;
    expect(await page.evaluate(() => (window as Window & { __noReload?: boolean }).__noReload)).toBe(true);
    console.log(`panel followed the single-page switch in ${followMs} ms`);
    expect(followMs).toBeLessThan(2000);

    const other = await h.browser.context.newPage();
    const second = 'https://northwind.zendesk.com/agent/tickets/48216';
    await other.goto(second);
    const otherTab = await tabIdForTicket(worker, second);
    expect(otherTab).not.toBe(tabId);
    const otherPanel = await h.panelFor(otherTab);
    await expect.poll(() => otherPanel.getByRole('heading', { level: 1 }).textContent()).toBe('Cancelar pedido #1051');
    expect(await panel.getByRole('heading', { level: 1 }).textContent()).toContain('commande n° 1049');
    for (const p of [panel, otherPanel, other, page]) await p.close();
  });

  it('3. inserts the edited suggestion into CKEditor, which keeps it, and 4. stores the correction', async () => {
    const { worker } = h.browser;
    const page = await h.browser.context.newPage();
    await page.goto(TICKET);
    await page.waitForFunction(() => 'demoEditor' in window);
    const tabId = await tabIdForTicket(worker, TICKET);
    const panel = await h.panelFor(tabId);
    const box = panel.getByRole('textbox', { name: 'Reply text' });
    await expect.poll(() => box.inputValue()).toContain('Hi Emma,');
    // The helpdesk's order box shows #1047 without an e-mail: the agent confirms it is Emma's.
    await panel.getByRole('button', { name: 'Yes, it is the customer’s order' }).click();
    await expect.poll(() => box.inputValue()).toContain('#1047');
    const suggested = await box.inputValue();
    await box.fill(`${suggested}\n\nP.S. I have asked the carrier for an update.`);
    await panel.getByRole('button', { name: 'Insert' }).click();
    // Values the order panel does not show (the tracking link) are gaps: Insert asks first.
    const anyway = panel.getByRole('button', { name: 'Insert anyway' });
    if ((await box.inputValue()).includes('[order.')) await anyway.click();
    await expect.poll(() => panel.getByText('Inserted in the reply box').count()).toBe(1);

    const editorData = () => page.evaluate(() => (window as unknown as { demoEditor: { getData(): string } }).demoEditor.getData());
    expect(await editorData()).toContain('#1047');
    expect(await editorData()).toContain('P.S. I have asked the carrier for an update.');

    // The editor's own model holds the text: typing more keeps it.
    const activePane = page.locator('.ticket-panes-grid-layout[data-is-active="true"]');
    const editable = activePane.locator('[data-test-id="omnicomposer-rich-text-ckeditor"]');
    await editable.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Thanks!');
    await expect.poll(editorData).toContain('Thanks!');
    expect(await editorData()).toContain('P.S. I have asked the carrier for an update.');

    // The helpdesk's own Send posts it.
    await activePane.locator('[data-test-id="submit_button-button"]').click();
    await expect
      .poll(() => page.locator('[data-side-conversations-anchor-id="48213"] article[data-test-id="omni-log-comment-item"]').last().innerText())
      .toContain('P.S. I have asked the carrier for an update.');

    const corrections = await storedCorrections(panel);
    expect(corrections).toHaveLength(1);
    expect(corrections[0]).toMatchObject({ helpdesk: 'zendesk', ticketId: '48213', suggested });
    expect(corrections[0]?.sent).toBe(`${suggested}\n\nP.S. I have asked the carrier for an update.`);

    const options = await h.extensionPage('options.html');
    const list = options.getByRole('list', { name: 'Saved corrections' });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(1);
    expect(await list.innerText()).toContain('P.S. I have asked the carrier for an update.');
    expect(await list.innerText()).toContain('Edited by agent');
    for (const p of [options, panel, page]) await p.close();
  });

  it('5. on any other page the panel says no ticket was found, and why', async () => {
    const page = await h.browser.context.newPage();
    await page.goto('https://www.example.com/');
    await page.bringToFront();
    const tabId = await activeTabId(h.browser.worker);
    const panel = await h.panelFor(tabId);
    await expect.poll(() => panel.getByText('No ticket found on this page').count()).toBe(1);
    expect(await panel.innerText('main')).toContain('reads the open ticket in Zendesk');

    await page.goto('https://northwind.zendesk.com/agent/dashboard');
    await expect.poll(() => panel.innerText('main'), { timeout: 10_000 }).toContain('This Zendesk page is not a ticket');
    for (const p of [panel, page]) await p.close();
  });
});
