import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

/**
 * Debian's Chromium with the built extension loaded: used by `npm run demo` and the end-to-end
 * tests (see ../shared/E2E-RECIPE.md). Helpdesk host names resolve to the local demo server.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = resolve(import.meta.dirname, '..', '..', '.output', 'chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export async function launchWithExtension(options: { headless: boolean; hostRules: string; extensionDir?: string }): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const profile = await mkdtemp(join(tmpdir(), 'deskpilot-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless,
    viewport: null,
    // The local helpdesk server's https side uses a self-signed certificate.
    ignoreHTTPSErrors: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--window-size=1440,900',
      // The local server's certificate is self-signed; the extension's own worker fetches through
      // it too (a shop's API in the tests), where the page-level setting above does not reach.
      '--ignore-certificate-errors',
      `--host-resolver-rules=${options.hostRules}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** The tab whose content script reported a read of `url` to the background. */
export async function tabIdForTicket(worker: Worker, url: string, timeoutMs = 10_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const id = await worker.evaluate(async (wanted) => {
      const all: Record<string, { result?: { ticket?: { url?: string } } }> = await chrome.storage.session.get(null);
      const key = Object.keys(all).find((k) => k.startsWith('tab-ticket:') && all[k]?.result?.ticket?.url === wanted);
      return key ? Number(key.slice('tab-ticket:'.length)) : null;
    }, url);
    if (id !== null) return id;
    if (Date.now() > deadline) throw new Error(`No tab reported a ticket at ${url}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The active tab of the last focused window. */
export async function activeTabId(worker: Worker): Promise<number> {
  const id = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null);
  if (id === null) throw new Error('No active tab');
  return id;
}

/**
 * Opens the real side panel for a tab, as the toolbar button does. `sidePanel.open` needs a user
 * gesture; a Playwright click in an extension page counts as one, even headless.
 */
export async function openSidePanel(browser: ExtensionBrowser, tabId: number): Promise<void> {
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.evaluate((id) => {
      const button = document.createElement('button');
      button.id = 'deskpilot-open-panel';
      button.textContent = 'Open panel';
      button.style.cssText = 'position:fixed;top:0;left:0;z-index:99999';
      button.addEventListener('click', () => void chrome.sidePanel.open({ tabId: id }));
      document.body.append(button);
    }, tabId);
    await page.click('#deskpilot-open-panel');
    await page.waitForTimeout(300);
  } finally {
    await page.close();
  }
}

/** Text of the real side panel of a tab, read from another extension page via getViews. */
export async function sidePanelText(browser: ExtensionBrowser, reader: Page, tabId: number): Promise<string | null> {
  return reader.evaluate((id) => {
    const view = chrome.extension
      .getViews()
      .find((v) => v.location.pathname === '/sidepanel.html' && new URLSearchParams(v.location.search).get('tabId') === String(id));
    return view ? view.document.body.innerText : null;
  }, tabId);
}
