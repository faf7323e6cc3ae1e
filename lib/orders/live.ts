import { browser } from 'wxt/browser';
import type { Order } from './model';
import { createOrderApiClients, createOrderCache, type OrderApiResult } from './api';
import { getActiveProfile } from '../settings/profiles';
import { connectionLabel, connectionOrigin, getShopConnection } from '../settings/shop-credentials';

/**
 * Orders from the active profile's shop API, asked by the background (the only context that
 * holds the credentials). One client per connection and one cache for the worker's lifetime.
 */
export type LiveLookup =
  | { state: 'not-connected' }
  | { state: 'no-permission'; shop: string }
  | { state: 'done'; shop: string; orders: Order[]; notices: string[]; errors: string[] };

export interface LiveQuery {
  ticketKey: string;
  orderNumbers: string[];
  email: string | null;
}

const clients = createOrderApiClients();
const cache = createOrderCache();

/** Forget cached answers (a connection was saved or removed). */
export function resetLiveOrders(): void {
  cache.invalidate();
}

export async function lookupLiveOrders(query: LiveQuery): Promise<LiveLookup> {
  const profile = await getActiveProfile();
  const connection = await getShopConnection(profile.id);
  if (!connection) return { state: 'not-connected' };
  const shop = connectionLabel(connection);
  if (!(await browser.permissions.contains({ origins: [connectionOrigin(connection)] }).catch(() => false))) {
    return { state: 'no-permission', shop };
  }
  const client = clients.get(connection);
  const results: OrderApiResult[] = [];
  for (const number of query.orderNumbers.slice(0, 3)) {
    results.push(await cache.lookup(query.ticketKey, client, { by: 'number', value: number }));
  }
  const foundByNumber = results.some((r) => r.ok && r.orders.length > 0);
  if (!foundByNumber && query.email) {
    results.push(await cache.lookup(query.ticketKey, client, { by: 'email', value: query.email, limit: 10 }));
  }
  const orders: Order[] = [];
  const notices: string[] = [];
  const errors: string[] = [];
  for (const r of results) {
    if (r.ok) {
      orders.push(...r.orders);
      notices.push(...r.notices);
    } else {
      errors.push(r.error.message);
    }
  }
  return { state: 'done', shop, orders, notices: [...new Set(notices)], errors: [...new Set(errors)] };
}
