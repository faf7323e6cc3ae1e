import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

/**
 * The tab this panel serves. Chrome gives each tab its own panel page with `?tabId=`; Firefox's
 * sidebar is one page per window, so it follows the active tab.
 */
export function usePanelTab(search: string): number | null | undefined {
  const fixed = Number(new URLSearchParams(search).get('tabId'));
  const hasFixed = Number.isInteger(fixed) && fixed > 0;
  const [active, setActive] = useState<number | null | undefined>(hasFixed ? fixed : undefined);
  useEffect(() => {
    if (hasFixed) return;
    let live = true;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => live && setActive(tab?.id ?? null));
    const onActivated = ({ tabId }: { tabId: number }) => setActive(tabId);
    browser.tabs.onActivated.addListener(onActivated);
    return () => {
      live = false;
      browser.tabs.onActivated.removeListener(onActivated);
    };
  }, [hasFixed]);
  return hasFixed ? fixed : active;
}
