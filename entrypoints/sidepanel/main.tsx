import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db';
import { addCorrection } from '@/lib/db/corrections';
import { sendToBackground, sendToTab } from '@/lib/messaging/runtime';
import { readPlainText } from '@/lib/helpdesks/plain-text';
import type { LiveQuery } from '@/lib/orders/live';
import { createPanelStore } from '@/lib/store/panel-store';
import { PanelApp } from '@/components/PanelApp';
import '@/components/ui/theme.css';

const store = createPanelStore({
  insert: (tabId, text, mode) => sendToTab(tabId, 'insertReply', { text, mode }),
  saveCorrection: (correction) => addCorrection(getDb(), correction),
  readGeneric: (tabId) => sendToTab(tabId, 'readTicket', { reader: 'generic' }),
  readSelection: (tabId) => sendToTab(tabId, 'readSelection', {}),
  readText: (text, url, title) => readPlainText(text, new URL(url), title),
  injectReader: (tabId) => sendToBackground('injectReader', { tabId }),
});

const askPage = (tabId: number) => sendToTab(tabId, 'readTicket', {});

const services = { db: getDb(), lookupLive: (query: LiveQuery) => sendToBackground('lookupOrders', query) };

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <PanelApp store={store} services={services} search={location.search} askPage={askPage} version={browser.runtime.getManifest().version} />
    </StrictMode>,
  );
}
