import { useEffect, useState } from 'react';
import type { ReadResult } from '../domain/ticket';
import type { Order } from '../orders/model';
import { loadTabTicket, watchTabTicket } from './tab-ticket';

/**
 * What the panel knows of its tab:
 * - `loading`: not known yet;
 * - `unreadable`: no Deskpilot content script runs on this page (not a known helpdesk);
 * - `read`: the content script's last read (a ticket, or why there is none).
 */
export type TabView =
  | { state: 'loading' }
  | { state: 'unreadable' }
  | { state: 'read'; result: ReadResult; pageOrders: Order[] };

export function useTabTicket(tabId: number | null, askPage: (tabId: number) => Promise<ReadResult>): TabView {
  const [current, setCurrent] = useState<{ tabId: number; view: TabView } | null>(null);
  useEffect(() => {
    if (tabId === null) return;
    let live = true;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const setView = (view: TabView) => setCurrent({ tabId, view });
    const ask = async () => {
      try {
        const result = await askPage(tabId);
        if (live) setView({ state: 'read', result, pageOrders: [] });
      } catch {
        if (live) setView({ state: 'unreadable' });
      }
    };
    const unwatch = watchTabTicket(tabId, (value) => {
      if (!live) return;
      clearTimeout(retry);
      if (value) {
        setView({ state: 'read', result: value.result, pageOrders: value.pageOrders ?? [] });
        return;
      }
      // Cleared: the tab is loading another page. Its content script, if any, reports soon.
      setView({ state: 'loading' });
      retry = setTimeout(() => void ask(), 1500);
    });
    void loadTabTicket(tabId).then((stored) => {
      if (!live) return;
      // Nothing stored yet (panel opened first, or the worker restarted): ask the page itself.
      if (stored) setView({ state: 'read', result: stored.result, pageOrders: stored.pageOrders ?? [] });
      else void ask();
    });
    return () => {
      live = false;
      clearTimeout(retry);
      unwatch();
    };
  }, [tabId, askPage]);
  if (tabId === null) return { state: 'unreadable' };
  return current?.tabId === tabId ? current.view : { state: 'loading' };
}
