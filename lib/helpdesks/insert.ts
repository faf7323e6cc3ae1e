import { insertIntoComposer } from '../dom/composer';
import type { InsertMode, InsertResult } from '../messaging/protocol';
import { helpdeskForUrl } from './registry';

const OPEN_TIMEOUT_MS = 3000;
const POLL_MS = 100;

/**
 * Inserts into the open ticket's reply box. A closed box is opened with the helpdesk's own
 * button when the adapter knows it; otherwise the agent is told what to do.
 */
export async function insertReply(document: Document, url: URL, text: string, mode: InsertMode): Promise<InsertResult> {
  const adapter = helpdeskForUrl(url);
  if (!adapter) return { ok: false, message: 'Deskpilot does not know this page’s reply box.' };
  let composer = adapter.findComposer(document, url);
  const opener = composer ? null : (adapter.composerOpener?.(document, url) ?? null);
  if (opener) {
    opener.click();
    const deadline = Date.now() + OPEN_TIMEOUT_MS;
    while (!composer && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      composer = adapter.findComposer(document, url);
    }
  }
  if (!composer) return { ok: false, message: `No reply box is open. ${adapter.composerHint}` };
  return insertIntoComposer(composer, text, mode);
}
