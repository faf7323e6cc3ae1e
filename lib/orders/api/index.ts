import type { ShopConnection } from '../../settings/shop-credentials';
import type { ApiDeps } from './http';
import { createShopifyClient } from './shopify';
import type { OrderApiClient } from './types';
import { createWooCommerceClient } from './woocommerce';

export type { OrderApiError, OrderApiErrorKind, OrderApiResult, OrderApiService } from './errors';
export type { ApiDeps } from './http';
export type { EmailLookupOptions, LookupOptions, OrderApiClient } from './types';
export { createOrderCache, queryKey, type OrderCache, type OrderQuery } from './cache';
export { createShopifyClient, SHOPIFY_API_VERSION } from './shopify';
export { createWooCommerceClient } from './woocommerce';

/** The live API client for a saved connection. Call from the background only (it holds the secrets). */
export function createOrderApiClient(connection: ShopConnection, deps: ApiDeps = {}): OrderApiClient {
  return connection.kind === 'woocommerce' ? createWooCommerceClient(connection, deps) : createShopifyClient(connection, deps);
}

/**
 * Keeps one client per connection for the background's lifetime, so a Shopify token issued by
 * the client-credentials grant is reused until it expires. A changed connection gets a new client.
 */
export function createOrderApiClients(deps: ApiDeps = {}): { get(connection: ShopConnection): OrderApiClient } {
  const clients = new Map<string, OrderApiClient>();
  return {
    get(connection) {
      const key = JSON.stringify(connection);
      let client = clients.get(key);
      if (!client) {
        client = createOrderApiClient(connection, deps);
        // The old connection's client (and its token) goes when the same shop is saved anew.
        for (const [k, c] of clients) if (c.id === client.id) clients.delete(k);
        clients.set(key, client);
      }
      return client;
    },
  };
}
