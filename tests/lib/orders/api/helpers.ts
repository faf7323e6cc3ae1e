import { expect } from 'vitest';
import type { ApiDeps } from '@/lib/orders/api/http';
import type { OrderApiResult } from '@/lib/orders/api/errors';
import type { ShopServer } from '../../../support/shop-servers';

/** Deps that send everything to a fake server and record waits instead of waiting. */
export function testDeps(server: Pick<ShopServer, 'fetch'>, extra: ApiDeps = {}): { deps: ApiDeps; sleeps: number[] } {
  const sleeps: number[] = [];
  return {
    sleeps,
    deps: {
      fetch: server.fetch,
      sleep: (ms) => {
        sleeps.push(ms);
        return Promise.resolve();
      },
      ...extra,
    },
  };
}

export function expectError(result: OrderApiResult) {
  if (result.ok) throw new Error(`expected an error, got ${result.orders.length} orders`);
  return result.error;
}

export function expectOrders(result: OrderApiResult) {
  if (!result.ok) throw new Error(`expected orders, got ${result.error.kind}: ${result.error.message}`);
  return result;
}

/** No secret in anything an agent could read: the error, its message, the notices. */
export function expectNoSecrets(result: OrderApiResult, secrets: string[]): void {
  const text = JSON.stringify(result);
  for (const secret of secrets) expect(text).not.toContain(secret);
}
