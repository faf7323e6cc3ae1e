import type { HelpdeskId, ReadResult } from '../domain/ticket';
import { readGeneric } from './generic';
import { helpdeskById, helpdeskForUrl } from './registry';
import type { HelpdeskAdapter } from './types';

/** How a page is to be read: its own adapter, the one the user assigned to the site, or generic. */
export interface ReaderChoice {
  /** The user's assignment for this site (a helpdesk on a custom domain), if any. */
  assigned?: HelpdeskId | null;
  /** Read with the generic reader even where an adapter matches (the agent asked for it). */
  forceGeneric?: boolean;
}

/** The adapter for this page, or null when the generic reader applies. */
export function chooseAdapter(url: URL, choice: ReaderChoice = {}): HelpdeskAdapter | null {
  if (choice.forceGeneric) return null;
  const assigned = choice.assigned && choice.assigned !== 'generic' ? helpdeskById(choice.assigned) : null;
  return helpdeskForUrl(url) ?? assigned;
}

/** Reads the page with the right reader. Never throws: a failure is a ReadResult. */
export function readPage(document: Document, url: URL, choice: ReaderChoice = {}): ReadResult {
  const adapter = chooseAdapter(url, choice);
  try {
    return adapter ? adapter.extract(document, url) : readGeneric(document, url);
  } catch (error) {
    return {
      ok: false,
      error: {
        code: 'no-conversation',
        message: `${adapter?.label ?? 'This'} page could not be read (${error instanceof Error ? error.message : String(error)}).`,
      },
    };
  }
}

export interface WatchOptions<E = undefined> {
  document: Document;
  currentUrl: () => string;
  /** Read at each read: the site's assignment can arrive after the first read. */
  choice?: () => ReaderChoice;
  /** What else to read with each read (the page's order panel); a change in it is a change too. */
  extras?: (result: ReadResult) => E;
  /** Called with every read that differs from the previous one. */
  onChange: (result: ReadResult, extras: E | undefined) => void;
  signal: AbortSignal;
  /** Quiet time after the last DOM change before reading: one read per burst of mutations. */
  debounceMs?: number;
}

/**
 * Follows the open ticket in a single-page app: reads after DOM changes settle and whenever the
 * URL changes (pushState or popstate), and reports only when the result changed.
 * Returns `readNow`, which reads at once and reports if changed.
 */
export function watchTicket<E = undefined>({ document, currentUrl, choice = () => ({}), extras, onChange, signal, debounceMs = 120 }: WatchOptions<E>): () => ReadResult {
  let last = '';
  let lastUrl = currentUrl();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const readNow = (): ReadResult => {
    clearTimeout(timer);
    timer = undefined;
    lastUrl = currentUrl();
    const result = readPage(document, new URL(lastUrl), choice());
    const more = extras?.(result);
    const serialized = JSON.stringify([result, more]);
    if (serialized !== last) {
      last = serialized;
      onChange(result, more);
    }
    return result;
  };

  const schedule = () => {
    if (signal.aborted) return;
    // A URL change is a ticket switch: read sooner, the new pane may already be there.
    const delay = currentUrl() !== lastUrl ? Math.min(debounceMs, 30) : debounceMs;
    clearTimeout(timer);
    timer = setTimeout(readNow, delay);
  };

  const observer = new MutationObserver(schedule);
  observer.observe(document.documentElement, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['data-is-active', 'data-entity-is-selected', 'value', 'hidden', 'class'],
  });
  const view = document.defaultView;
  view?.addEventListener('popstate', schedule, { signal });
  view?.addEventListener('hashchange', schedule, { signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });

  readNow();
  return readNow;
}
