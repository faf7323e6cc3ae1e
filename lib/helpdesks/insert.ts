import { insertIntoComposer } from '../dom/composer';
import { findEditable } from '../dom/editable';
import type { InsertMode, InsertResult } from '../messaging/protocol';
import type { HelpdeskAdapter } from './types';

const OPEN_TIMEOUT_MS = 3000;
const POLL_MS = 100;

export interface InsertTarget {
  /** The page's adapter, or null on a page read by the generic reader. */
  adapter: HelpdeskAdapter | null;
  /** The editable field the agent focused last on the page, if any. */
  lastFocused: Element | null;
}

/**
 * Inserts into the open ticket's reply box. A closed box is opened with the helpdesk's own
 * button when the adapter knows it; otherwise the agent is told what to do. On other pages the
 * reply box is the field the agent last clicked into, or the page's only big editable field.
 */
export async function insertReply(document: Document, url: URL, text: string, mode: InsertMode, target: InsertTarget): Promise<InsertResult> {
  const { adapter } = target;
  if (!adapter) {
    const field = findEditable(document, target.lastFocused);
    if (!field) return { ok: false, message: 'No reply box found on this page. Click into the reply box, then press Insert again.' };
    return insertIntoComposer(field, text, mode);
  }
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
