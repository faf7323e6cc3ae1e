import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db';
import { addCorrection } from '@/lib/db/corrections';
import { sendToTab } from '@/lib/messaging/runtime';
import { createPanelStore } from '@/lib/store/panel-store';
import { PanelApp } from '@/components/PanelApp';
import '@/components/ui/theme.css';

const store = createPanelStore({
  insert: (tabId, text, mode) => sendToTab(tabId, 'insertReply', { text, mode }),
  saveCorrection: (correction) => addCorrection(getDb(), correction),
});

const askPage = (tabId: number) => sendToTab(tabId, 'readTicket', {});

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <PanelApp store={store} search={location.search} askPage={askPage} version={browser.runtime.getManifest().version} />
    </StrictMode>,
  );
}
