import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { isReadResult } from '@/lib/domain/validate';
import { listen } from '@/lib/messaging/runtime';
import { clearTabTicket, saveTabTicket } from '@/lib/session/tab-ticket';

export default defineBackground(() => {
  // Chrome: the toolbar button (and its shortcut) opens the side panel. Each tab gets its own
  // panel page, told which tab it belongs to, so two helpdesk tabs show their own tickets.
  const sidePanel = browser.sidePanel;
  if (sidePanel) {
    void sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
    const bindPanel = (tabId: number) =>
      sidePanel.setOptions({ tabId, path: `sidepanel.html?tabId=${tabId}`, enabled: true }).catch(() => undefined);
    browser.tabs.onCreated.addListener((tab) => {
      if (tab.id !== undefined) void bindPanel(tab.id);
    });
    browser.tabs.onActivated.addListener(({ tabId }) => void bindPanel(tabId));
    browser.tabs.onUpdated.addListener((tabId, change) => {
      if (change.status === 'loading') void bindPanel(tabId);
    });
    void browser.tabs.query({}).then((tabs) => tabs.forEach((t) => t.id !== undefined && void bindPanel(t.id)));
  }

  listen({
    async ticketRead({ result }, sender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined || !isReadResult(result)) return { stored: false };
      await saveTabTicket(tabId, { result, readAt: Date.now() });
      return { stored: true };
    },
  });

  // A full navigation leaves the old read behind: drop it, the new page's content script (if the
  // page is a helpdesk) reports again. Single-page navigations do not go through 'loading'.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void clearTabTicket(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearTabTicket(tabId));
});
