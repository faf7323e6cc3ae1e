import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from '../../scripts/browser/launch';
import { hostResolverRules, startHelpdeskServer, type HelpdeskServer, type HelpdeskServerOptions } from '../../scripts/demo-helpdesk/server';

export interface Harness {
  server: HelpdeskServer;
  browser: ExtensionBrowser;
  /** The side panel page of a tab, opened as an ordinary tab so the test can drive it. */
  panelFor(tabId: number): Promise<Page>;
  extensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * `production`: the extension as users install it. `e2e`: the same code built with
 * `--mode e2e`, which holds host permissions up front (a permission prompt cannot be answered
 * from a test); used where the user would grant a site.
 */
export async function startHarness(build: 'production' | 'e2e' = 'production', serverOptions: HelpdeskServerOptions = {}): Promise<Harness> {
  const extensionDir = build === 'e2e' ? `${EXTENSION_DIR}-e2e` : EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` and \`npm run build:e2e\` first (npm run test:e2e does).`);
  }
  const server = await startHelpdeskServer(serverOptions);
  const browser = await launchWithExtension({ headless: true, hostRules: hostResolverRules(server.port), extensionDir });
  const extensionPage = async (path: string) => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
    return page;
  };
  return {
    server,
    browser,
    extensionPage,
    panelFor: (tabId) => extensionPage(`sidepanel.html?tabId=${tabId}`),
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Corrections as stored in the extension's IndexedDB, read from an extension page. */
export function storedCorrections(page: Page): Promise<{ suggested: string; sent: string; ticketId: string; helpdesk: string }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('deskpilot');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('corrections')) {
            db.close();
            resolve([]);
            return;
          }
          const request = db.transaction('corrections').objectStore('corrections').getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}
