import type { HelpdeskId, ReadResult } from '../domain/ticket';

/**
 * One helpdesk = one adapter. `extract` and `findComposer` are pure functions of the page:
 * no extension APIs, no globals, no work at import time, so the same code runs in the content
 * script, in jsdom tests and in `npm run extract`.
 */
export interface HelpdeskAdapter {
  id: HelpdeskId;
  label: string;
  /** Match patterns (extension syntax) for the pages this adapter reads. */
  matches: readonly string[];
  /** Which URLs within `matches` are ticket pages; other pages of the app give `no-ticket-open`. */
  ticketUrl: RegExp;
  extract(document: Document, url: URL): ReadResult;
  /** The reply box of the open ticket, or null when it is closed or missing. */
  findComposer(document: Document, url: URL): HTMLElement | null;
  /**
   * The button that opens a closed reply box (e.g. Freshdesk's Reply), if the page has one.
   * The content script clicks it and waits for `findComposer`.
   */
  composerOpener?(document: Document, url: URL): HTMLElement | null;
  /** What the agent should do when no reply box can be found or opened. */
  composerHint: string;
}

export function defineHelpdesk(adapter: HelpdeskAdapter): HelpdeskAdapter {
  return adapter;
}
