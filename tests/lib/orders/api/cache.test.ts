// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { createOrderApiClient, createOrderApiClients, createOrderCache, queryKey } from '@/lib/orders/api';
import type { OrderApiResult } from '@/lib/orders/api/errors';
import type { OrderApiClient } from '@/lib/orders/api/types';
import { type ShopifyServer, sampleShopifyOrder, startShopifyServer } from '../../../support/shop-servers';
import { testDeps } from './helpers';

/** A client that counts calls and answers what it is told. */
function countingClient(answer: () => OrderApiResult | Promise<OrderApiResult>, id = 'shopify:northwind.myshopify.com') {
  const calls: string[] = [];
  const client: OrderApiClient = {
    service: 'shopify',
    id,
    label: id.split(':')[1] ?? id,
    findByNumber: async (n) => {
      calls.push(`number ${n}`);
      return answer();
    },
    findByEmail: async (e, o) => {
      calls.push(`email ${e} ${o?.limit ?? ''}`);
      return answer();
    },
  };
  return { client, calls };
}

const OK: OrderApiResult = { ok: true, orders: [], notices: [] };
const DOWN: OrderApiResult = { ok: false, error: { kind: 'server', status: 503, service: 'shopify', host: 'northwind.myshopify.com', message: 'down' } };

describe('order cache', () => {
  it('answers a ticket’s question from memory while fresh, per ticket and per question', async () => {
    const clock = { now: 0 };
    const cache = createOrderCache({ ttlMs: 60_000, now: () => clock.now });
    const { client, calls } = countingClient(() => OK);

    await cache.lookup('zendesk:acme.zendesk.com:1', client, { by: 'number', value: '#1047' });
    await cache.lookup('zendesk:acme.zendesk.com:1', client, { by: 'number', value: '1047' });
    expect(calls).toEqual(['number #1047']);
    expect(cache.peek('zendesk:acme.zendesk.com:1', client.id, { by: 'number', value: '1047' })).toEqual(OK);

    await cache.lookup('zendesk:acme.zendesk.com:2', client, { by: 'number', value: '1047' });
    await cache.lookup('zendesk:acme.zendesk.com:1', client, { by: 'email', value: 'Jane@Example.com', limit: 5 });
    await cache.lookup('zendesk:acme.zendesk.com:1', client, { by: 'email', value: 'jane@example.com ', limit: 5 });
    expect(calls).toEqual(['number #1047', 'number 1047', 'email Jane@Example.com 5']);

    clock.now = 60_001;
    expect(cache.peek('zendesk:acme.zendesk.com:1', client.id, { by: 'number', value: '1047' })).toBeUndefined();
    await cache.lookup('zendesk:acme.zendesk.com:1', client, { by: 'number', value: '1047' });
    expect(calls).toHaveLength(4);
  });

  it('keeps answers of different shops apart', async () => {
    const cache = createOrderCache();
    const a = countingClient(() => OK, 'shopify:a.myshopify.com');
    const b = countingClient(() => OK, 'woocommerce:shop.example.com');
    await cache.lookup('t', a.client, { by: 'number', value: '1' });
    await cache.lookup('t', b.client, { by: 'number', value: '1' });
    expect([a.calls.length, b.calls.length]).toEqual([1, 1]);
  });

  it('does not keep errors, so the next look asks again', async () => {
    const cache = createOrderCache();
    const answers = [DOWN, OK];
    const { client, calls } = countingClient(() => answers.shift() ?? OK);
    expect(await cache.lookup('t', client, { by: 'number', value: '1047' })).toEqual(DOWN);
    expect(cache.size).toBe(0);
    expect(await cache.lookup('t', client, { by: 'number', value: '1047' })).toEqual(OK);
    expect(await cache.lookup('t', client, { by: 'number', value: '1047' })).toEqual(OK);
    expect(calls).toHaveLength(2);
  });

  it('shares one request between identical lookups in flight', async () => {
    const cache = createOrderCache();
    let release: (r: OrderApiResult) => void = () => undefined;
    const { client, calls } = countingClient(() => new Promise<OrderApiResult>((resolve) => (release = resolve)));
    const first = cache.lookup('t', client, { by: 'number', value: '1047' });
    const second = cache.lookup('t', client, { by: 'number', value: '#1047' });
    release(OK);
    expect(await Promise.all([first, second])).toEqual([OK, OK]);
    expect(calls).toHaveLength(1);
  });

  it('forgets one ticket, everything, or the oldest beyond its size', async () => {
    const cache = createOrderCache({ maxEntries: 2 });
    const { client, calls } = countingClient(() => OK);
    await cache.lookup('t1', client, { by: 'number', value: '1' });
    await cache.lookup('t2', client, { by: 'number', value: '1' });
    cache.invalidate('t1');
    await cache.lookup('t2', client, { by: 'number', value: '1' });
    await cache.lookup('t1', client, { by: 'number', value: '1' });
    expect(calls).toHaveLength(3);

    await cache.lookup('t3', client, { by: 'number', value: '1' });
    expect(cache.size).toBe(2);
    await cache.lookup('t2', client, { by: 'number', value: '1' }); // the oldest, dropped
    expect(calls).toHaveLength(5);

    cache.invalidate();
    expect(cache.size).toBe(0);
  });

  it('writes one key for one question', () => {
    expect(queryKey({ by: 'number', value: '#1047' })).toBe(queryKey({ by: 'number', value: ' 1047' }));
    expect(queryKey({ by: 'email', value: 'A@B.com' })).not.toBe(queryKey({ by: 'email', value: 'A@B.com', limit: 3 }));
  });
});

describe('live clients and the cache together', () => {
  let server: ShopifyServer | null = null;
  afterEach(async () => {
    await server?.close();
    server = null;
  });

  it('switching back to a ticket does not call the shop again', async () => {
    server = await startShopifyServer({ accessTokens: ['shpat_x1234'], orders: [sampleShopifyOrder()] });
    const client = createOrderApiClient({ kind: 'shopify', shopDomain: 'northwind.myshopify.com', accessToken: 'shpat_x1234' }, testDeps(server).deps);
    const cache = createOrderCache();
    const first = await cache.lookup('zendesk:acme.zendesk.com:1', client, { by: 'number', value: '1047' });
    await cache.lookup('zendesk:acme.zendesk.com:2', client, { by: 'email', value: 'emma.thompson@example.com' });
    const again = await cache.lookup('zendesk:acme.zendesk.com:1', client, { by: 'number', value: '#1047' });
    expect(again).toBe(first);
    expect(server.graphqlRequests()).toHaveLength(2);
  });

  it('keeps one client per connection (and its issued token), and a new one when the connection changes', async () => {
    server = await startShopifyServer({ clientCredentials: { clientId: 'id1', clientSecret: 'secret-one' }, orders: [sampleShopifyOrder()] });
    const clients = createOrderApiClients(testDeps(server).deps);
    const connection = { kind: 'shopify-client', shopDomain: 'northwind.myshopify.com', clientId: 'id1', clientSecret: 'secret-one' } as const;
    await clients.get(connection).findByNumber('1047');
    await clients.get({ ...connection }).findByNumber('1047');
    expect(server.issuedTokens).toHaveLength(1);
    expect(clients.get({ ...connection, clientSecret: 'secret-two' })).not.toBe(clients.get(connection));
    expect(createOrderApiClient({ kind: 'woocommerce', siteUrl: 'https://shop.example.com', consumerKey: 'ck', consumerSecret: 'cs' }).id).toBe('woocommerce:shop.example.com');
  });
});
