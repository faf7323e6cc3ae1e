import type { ReadResult } from '../domain/ticket';
import { helpdeskForUrl } from './registry';

/** Reads the page with the adapter its URL belongs to. Never throws: a failure is a ReadResult. */
export function readPage(document: Document, url: URL): ReadResult {
  const adapter = helpdeskForUrl(url);
  if (!adapter) {
    return {
      ok: false,
      error: { code: 'no-ticket-open', message: `Deskpilot has no reader for ${url.hostname}.` },
    };
  }
  try {
    return adapter.extract(document, url);
  } catch (error) {
    return {
      ok: false,
      error: {
        code: 'no-conversation',
        message: `${adapter.label}'s page could not be read (${error instanceof Error ? error.message : String(error)}).`,
      },
    };
  }
}

export interface WatchOptions {
  document: Document;
  currentUrl: () => string;
  /** Called with every read that differs from the previous one. */
  onChange: (result: ReadResult) => void;
  signal: AbortSignal;
  /** Quiet time after the last DOM change before reading: one read per burst of mutations. */
  debounceMs?: number;
}

/**
 * Follows the open ticket in a single-page app: reads after DOM changes settle and whenever the
 * URL changes (pushState or popstate), and reports only when the result changed.
 * Returns `readNow`, which reads at once and reports if changed.
 */
export function watchTicket({ document, currentUrl, onChange, signal, debounceMs = 120 }: WatchOptions): () => ReadResult {
  let last = '';
  let lastUrl = currentUrl();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const readNow = (): ReadResult => {
    clearTimeout(timer);
    timer = undefined;
    lastUrl = currentUrl();
    const result = readPage(document, new URL(lastUrl));
    const serialized = JSON.stringify(result);
    if (serialized !== last) {
      last = serialized;
      onChange(result);
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
