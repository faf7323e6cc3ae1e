import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { isReadResult } from '@/lib/domain/validate';
import { helpdeskById } from '@/lib/helpdesks/registry';
import { recordRead } from '@/lib/health/health';
import { listen } from '@/lib/messaging/runtime';
import { lookupLiveOrders, resetLiveOrders } from '@/lib/orders/live';
import { shopConnectionsItem } from '@/lib/settings/shop-credentials';
import { clearTabTicket, saveTabTicket } from '@/lib/session/tab-ticket';
import { injectReader, syncSiteScripts } from '@/lib/sites/content-scripts';
import { sitesItem } from '@/lib/sites/sites';

export default defineBackground(() => {
  const sidePanel = browser.sidePanel;
  const action = browser.action ?? browser.browserAction;

  // Chrome: each tab gets its own panel page, told which tab it serves, so two helpdesk tabs show
  // their own tickets. (Firefox's sidebar follows the active tab itself.)
  const bindPanel = (tabId: number) =>
    sidePanel?.setOptions({ tabId, path: `sidepanel.html?tabId=${tabId}`, enabled: true }).catch(() => undefined);

  if (sidePanel) {
    browser.tabs.onCreated.addListener((tab) => {
      if (tab.id !== undefined) void bindPanel(tab.id);
    });
    browser.tabs.onActivated.addListener(({ tabId }) => void bindPanel(tabId));
    void browser.tabs.query({}).then((tabs) => tabs.forEach((t) => t.id !== undefined && void bindPanel(t.id)));
    // The toolbar button (and its shortcut) opens the panel through onClicked rather than
    // openPanelOnActionClick: only onClicked grants activeTab, which lets the panel read a page
    // no adapter matches when the agent asks for it.
    void sidePanel.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);
    action?.onClicked.addListener((tab) => {
      // Synchronously: an await before open() would lose the user gesture.
      if (tab.id !== undefined) void sidePanel.open({ tabId: tab.id }).catch(() => undefined);
    });
  } else {
    // Firefox: the panel is a sidebar (`sidebarAction` is not in Chrome's types).
    const sidebar = (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } }).sidebarAction;
    action?.onClicked.addListener(() => void sidebar?.toggle());
  }

  listen({
    async ticketRead({ result, helpdesk, pageOrders }, sender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined || !isReadResult(result)) return { stored: false };
      await saveTabTicket(tabId, { result, pageOrders: Array.isArray(pageOrders) ? pageOrders : [], readAt: Date.now() });
      if (helpdeskById(helpdesk) || helpdesk === 'generic') await recordRead(helpdesk, result).catch(() => undefined);
      return { stored: true };
    },
    injectReader: ({ tabId }) => injectReader(tabId),
    lookupOrders: (query) => lookupLiveOrders(query),
  });
  shopConnectionsItem.watch(() => resetLiveOrders());

  // A full navigation leaves the old read behind: drop it, the new page's content script (if the
  // page is a helpdesk) reports again; and keep the tab's panel bound to it. Single-page
  // navigations do not go through 'loading'.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    void clearTabTicket(tabId);
    void bindPanel(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearTabTicket(tabId));

  // Sites the user assigned a reader to get their content script, for as long as the
  // permission is granted.
  const sync = () => void syncSiteScripts().catch((error: unknown) => console.warn('Deskpilot: site readers not registered', error));
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  sitesItem.watch(sync);
});
