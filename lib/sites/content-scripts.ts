import { browser } from 'wxt/browser';
import { listSites, originPattern } from './sites';

/** The content script file WXT builds from entrypoints/helpdesk.content.ts. */
export const READER_SCRIPT = '/content-scripts/helpdesk.js';
const PREFIX = 'site-reader';

/**
 * Keeps one dynamically registered content script per assigned site whose permission is
 * granted (background only). Sites whose permission was revoked in the browser are skipped.
 */
export async function syncSiteScripts(): Promise<string[]> {
  const scripting = browser.scripting;
  if (!scripting?.registerContentScripts) return [];
  const sites = await listSites();
  const granted: string[] = [];
  for (const site of sites) {
    if (await browser.permissions.contains({ origins: [originPattern(site.host)] }).catch(() => false)) granted.push(originPattern(site.host));
  }
  const existing = await scripting.getRegisteredContentScripts({}).catch(() => []);
  const ours = existing.filter((s) => s.id === PREFIX).map((s) => s.id);
  if (ours.length > 0) await scripting.unregisterContentScripts({ ids: ours });
  if (granted.length > 0) {
    await scripting.registerContentScripts([
      { id: PREFIX, matches: granted, js: [READER_SCRIPT], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  }
  return granted;
}

/** Runs the reader in one tab now (after a click on Deskpilot, or with the site's permission). */
export async function injectReader(tabId: number): Promise<{ ok: true } | { ok: false; message: string }> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [READER_SCRIPT] });
    return { ok: true };
  } catch {
    return {
      ok: false,
      message: 'Deskpilot may not read this page yet. Click the Deskpilot button in the toolbar while on the page, or add the site in Deskpilot’s options under Sites & health.',
    };
  }
}
