import { browser } from 'wxt/browser';
import { originPattern, removeSite, saveSite, type SiteAssignment } from './sites';

/**
 * Asks for the host permission of one site, then saves its assignment. Must be called from a
 * user gesture (a click in an extension page): the browser shows its own prompt.
 */
export async function addSite(site: SiteAssignment): Promise<{ ok: true } | { ok: false; message: string }> {
  let granted: boolean;
  try {
    granted = await browser.permissions.request({ origins: [originPattern(site.host)] });
  } catch (error) {
    return { ok: false, message: `The browser refused to ask for ${site.host}: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (!granted) return { ok: false, message: `Deskpilot was not allowed to read ${site.host}. Nothing was saved.` };
  await saveSite(site);
  return { ok: true };
}

/** Forgets a site and gives its permission back. */
export async function forgetSite(host: string): Promise<void> {
  await removeSite(host);
  await browser.permissions.remove({ origins: [originPattern(host)] }).catch(() => false);
}
