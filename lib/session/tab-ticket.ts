import { storage } from 'wxt/utils/storage';
import type { ReadResult } from '../domain/ticket';
import type { Order } from '../orders/model';

/**
 * The last read of each tab, kept by the background in `storage.session`: the service worker can
 * stop at any time, and extension pages (the side panel) read and watch it from there. Content
 * scripts cannot reach `storage.session` (trusted contexts only), which is what we want.
 */
export interface TabTicket {
  result: ReadResult;
  /** Orders the helpdesk shows beside the ticket (its Shopify widget, order panel). */
  pageOrders?: Order[];
  /** Milliseconds since the epoch. */
  readAt: number;
}

type SessionKey = `session:${string}`;

export function tabTicketKey(tabId: number): SessionKey {
  return `session:tab-ticket:${tabId}`;
}

export async function saveTabTicket(tabId: number, value: TabTicket): Promise<void> {
  await storage.setItem<TabTicket>(tabTicketKey(tabId), value);
}

export async function loadTabTicket(tabId: number): Promise<TabTicket | null> {
  return storage.getItem<TabTicket>(tabTicketKey(tabId));
}

export async function clearTabTicket(tabId: number): Promise<void> {
  await storage.removeItem(tabTicketKey(tabId));
}

export function watchTabTicket(tabId: number, onChange: (value: TabTicket | null) => void): () => void {
  return storage.watch<TabTicket>(tabTicketKey(tabId), (value) => onChange(value));
}
