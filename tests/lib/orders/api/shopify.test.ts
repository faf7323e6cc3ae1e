// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import type { Order } from '@/lib/orders/model';
import { createShopifyClient, fulfillmentStatus, numericId, parcelStatus, searchValue, SHOPIFY_API_VERSION } from '@/lib/orders/api/shopify';
import {
  type Json,
  type ShopifyServer,
  type ShopifyServerScript,
  sampleShopifyOrder,
  shopifyThrottled,
  startShopifyServer,
  tooManyRequests,
} from '../../../support/shop-servers';
import { expectError, expectNoSecrets, expectOrders, testDeps } from './helpers';

const TOKEN = 'shpat_0123456789abcdef0123456789abcdef';
const CLIENT = { clientId: 'a1b2c3d4e5f6client', clientSecret: 'shpss_topsecret_0123456789' };
const SECRETS = [TOKEN, CLIENT.clientSecret];

let server: ShopifyServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function shop(script: ShopifyServerScript = {}): Promise<ShopifyServer> {
  server = await startShopifyServer({ accessTokens: [TOKEN], orders: [sampleShopifyOrder()], ...script });
  return server;
}

function tokenClient(s: ShopifyServer, extra = {}) {
  const t = testDeps(s, extra);
  return { ...t, client: createShopifyClient({ kind: 'shopify', shopDomain: 'northwind.myshopify.com', accessToken: TOKEN }, t.deps) };
}

export const EXPECTED_1047: Order = {
  id: '6198823714838',
  name: '#1047',
  order_number: '1047',
  email: 'emma.thompson@example.com',
  created_at: '2026-11-09T10:12:44Z',
  currency: 'GBP',
  total_price: '189.00',
  financial_status: 'paid',
  fulfillment_status: 'fulfilled',
  cancelled_at: null,
  customer: { first_name: 'Emma', last_name: 'Thompson', email: 'emma.thompson@example.com', phone: '+44 113 496 0721' },
  line_items: [
    { title: 'Ridgeline Waterproof Jacket', variant_title: 'M / Slate', sku: 'RWJ-M-SLT', quantity: 1, price: '179.00' },
    { title: 'Merino Hiking Socks', variant_title: 'M', sku: 'MHS-M', quantity: 1, price: '10.00' },
  ],
  fulfillments: [
    {
      status: 'in_transit',
      created_at: '2026-11-10T15:05:12Z',
      tracking_company: 'DPD',
      tracking_number: '15501234567890',
      tracking_url: 'https://track.dpd.co.uk/parcels/15501234567890',
      estimated_delivery_at: '2026-11-11T18:00:00Z',
    },
  ],
  refunds: [],
  shipping_address: { name: 'Emma Thompson', address1: '8 Park Square East', city: 'Leeds', zip: 'LS1 2NE', country: 'United Kingdom' },
  order_status_url: 'https://northwind.myshopify.com/70514/orders/4c0e9a7f5b2d8e61/authenticate?key=9f1c4c0e9a',
  source: { kind: 'shopify-api', label: 'northwind.myshopify.com' },
};

/** Orders of one customer, one a day, newest last. */
function history(count: number, email = 'emma.thompson@example.com'): Json[] {
  return Array.from({ length: count }, (_, i) =>
    sampleShopifyOrder({
      id: `gid://shopify/Order/${6000 + i}`,
      name: `#${2000 + i}`,
      number: 2000 + i,
      email,
      createdAt: new Date(Date.UTC(2026, 9, 1 + i, 12)).toISOString(),
    }),
  );
}

describe('Shopify Admin GraphQL client', () => {
  it('finds an order by its number and normalises it into the Order model', async () => {
    const s = await shop();
    const { client } = tokenClient(s);
    const result = expectOrders(await client.findByNumber('#1047'));
    expect(result.orders).toEqual([EXPECTED_1047]);
    expect(result.notices).toEqual([]);

    const [request] = s.requests;
    expect(request?.originalUrl).toBe(`https://northwind.myshopify.com/admin/api/${SHOPIFY_API_VERSION}/graphql.json`);
    expect(request?.method).toBe('POST');
    expect(request?.headers['x-shopify-access-token']).toBe(TOKEN);
    expect(request?.headers['content-type']).toBe('application/json');
    const [sent] = s.graphqlRequests();
    expect(sent?.variables).toEqual({ query: 'name:#1047' });
    expect(sent?.query).toMatch(/orders\(first: 5, query: \$query\)/);
    for (const field of ['displayStatus', 'displayFinancialStatus', 'displayFulfillmentStatus', 'statusPageUrl', 'trackingInfo(first: 5) { company number url }', 'estimatedDeliveryAt', 'totalRefundedSet', 'shippingAddress', 'cancelledAt', 'customer']) {
      expect(sent?.query).toContain(field);
    }
  });

  it('accepts the number without "#" and ignores orders whose name only resembles it', async () => {
    const s = await shop();
    s.script({ respond: { json: { data: { orders: { nodes: [sampleShopifyOrder({ id: 'gid://shopify/Order/9', name: '#10470', number: 10470 }), sampleShopifyOrder()] } } } } });
    const { client } = tokenClient(s);
    const result = expectOrders(await client.findByNumber('1047'));
    expect(result.orders.map((o) => o.name)).toEqual(['#1047']);
    expect(s.graphqlRequests()[0]?.variables).toEqual({ query: 'name:#1047' });
  });

  it('finds a customer’s orders by e-mail, newest first, page by page up to the limit', async () => {
    const s = await shop({ orders: [...history(23), ...history(2, 'someone.else@example.com')] });
    const { client } = tokenClient(s);
    const result = expectOrders(await client.findByEmail(' emma.thompson@example.com ', { limit: 12 }));
    expect(result.orders).toHaveLength(12);
    expect(result.orders.map((o) => o.name).slice(0, 3)).toEqual(['#2022', '#2021', '#2020']);
    expect(result.orders.every((o) => o.email === 'emma.thompson@example.com')).toBe(true);

    const sent = s.graphqlRequests();
    expect(sent).toHaveLength(2);
    expect(sent[0]?.variables).toEqual({ query: 'email:emma.thompson@example.com', first: 10, after: null });
    expect(sent[1]?.variables).toMatchObject({ query: 'email:emma.thompson@example.com', first: 2 });
    expect(typeof sent[1]?.variables.after).toBe('string');
    expect(sent[0]?.query).toMatch(/sortKey: CREATED_AT, reverse: true/);
    expect(sent[0]?.query).toContain('pageInfo { hasNextPage endCursor }');
  });

  it('stops paging when Shopify says there is no next page', async () => {
    const s = await shop({ orders: history(3) });
    const { client } = tokenClient(s);
    expect(expectOrders(await client.findByEmail('emma.thompson@example.com')).orders).toHaveLength(3);
    expect(s.graphqlRequests()).toHaveLength(1);
  });

  it('quotes search values that Shopify’s search syntax would split', () => {
    expect(searchValue('jane.doe+shop@example.com')).toBe('jane.doe+shop@example.com');
    expect(searchValue('o"brien @x.com')).toBe('"o\\"brien @x.com"');
    expect(numericId('gid://shopify/Order/5550001047')).toBe('5550001047');
    expect(fulfillmentStatus('PARTIALLY_FULFILLED')).toBe('partial');
    expect(fulfillmentStatus('ON_HOLD')).toBeNull();
    expect(fulfillmentStatus('UNFULFILLED')).toBeNull();
    expect(parcelStatus('SUCCESS', 'DELIVERED')).toBe('delivered');
    expect(parcelStatus('SUCCESS', 'FULFILLED')).toBe('success');
    expect(parcelStatus('CANCELLED', 'CANCELED')).toBe('cancelled');
    expect(fulfillmentStatus(null)).toBeNull();
  });

  it('normalises money to the currency’s digits, refunds, cancellations and parcels', async () => {
    const s = await shop({
      orders: [
        sampleShopifyOrder({
          presentmentCurrencyCode: 'JPY',
          totalPriceSet: { presentmentMoney: { amount: '12000.0', currencyCode: 'JPY' } },
          displayFinancialStatus: 'PARTIALLY_REFUNDED',
          displayFulfillmentStatus: 'PARTIALLY_FULFILLED',
          cancelledAt: '2026-11-12T08:00:00Z',
          refunds: [{ createdAt: '2026-11-12T08:00:00Z', note: 'Damaged', totalRefundedSet: { presentmentMoney: { amount: '3000.0' } } }],
          fulfillments: [
            { status: 'SUCCESS', displayStatus: 'IN_TRANSIT', createdAt: '2026-11-11T14:00:00Z', estimatedDeliveryAt: null, trackingInfo: [{ company: 'Yamato', number: 'A1', url: null }, { company: 'Yamato', number: 'A2', url: null }] },
            { status: 'CANCELLED', displayStatus: 'CANCELED', createdAt: '2026-11-11T13:00:00Z', estimatedDeliveryAt: null, trackingInfo: [] },
          ],
        }),
      ],
    });
    const { client } = tokenClient(s);
    const [order] = expectOrders(await client.findByNumber('#1047')).orders;
    expect(order).toMatchObject({ currency: 'JPY', total_price: '12000', financial_status: 'partially_refunded', fulfillment_status: 'partial', cancelled_at: '2026-11-12T08:00:00Z' });
    expect(order?.refunds).toEqual([{ created_at: '2026-11-12T08:00:00Z', amount: '3000', note: 'Damaged' }]);
    expect(order?.fulfillments.map((f) => [f.status, f.tracking_number])).toEqual([
      ['in_transit', 'A1'],
      ['in_transit', 'A2'],
      ['cancelled', null],
    ]);
  });

  describe('client credentials', () => {
    function credentialsClient(s: ShopifyServer, clock: { now: number }) {
      const t = testDeps(s, { now: () => clock.now });
      return { ...t, client: createShopifyClient({ kind: 'shopify-client', shopDomain: 'northwind', ...CLIENT }, t.deps) };
    }

    it('exchanges the client id and secret for a token, reuses it, and asks again when it expires', async () => {
      const s = await shop({ accessTokens: [], clientCredentials: { ...CLIENT, expiresIn: 3600 } });
      const clock = { now: Date.UTC(2026, 10, 21, 12) };
      const { client } = credentialsClient(s, clock);

      expectOrders(await client.findByNumber('1047'));
      const [grant] = s.requests;
      expect(grant?.originalUrl).toBe('https://northwind.myshopify.com/admin/oauth/access_token');
      expect(grant?.headers['content-type']).toBe('application/x-www-form-urlencoded');
      expect(Object.fromEntries(new URLSearchParams(grant?.body))).toEqual({ grant_type: 'client_credentials', client_id: CLIENT.clientId, client_secret: CLIENT.clientSecret });
      expect(s.graphqlRequests()[0]?.headers['x-shopify-access-token']).toBe('shpat_issued_1');

      clock.now += 30 * 60_000;
      expectOrders(await client.findByNumber('1047'));
      expect(s.issuedTokens).toEqual(['shpat_issued_1']);

      clock.now += 30 * 60_000; // within a minute of expiry: renewed before use
      expectOrders(await client.findByNumber('1047'));
      expect(s.issuedTokens).toEqual(['shpat_issued_1', 'shpat_issued_2']);
      expect(s.graphqlRequests().at(-1)?.headers['x-shopify-access-token']).toBe('shpat_issued_2');
    });

    it('gets a new token once when Shopify refuses the current one (401)', async () => {
      const s = await shop({ accessTokens: [], clientCredentials: CLIENT });
      const { client } = credentialsClient(s, { now: Date.UTC(2026, 10, 21, 12) });
      expectOrders(await client.findByNumber('1047'));
      s.expireIssuedTokens();
      expect(expectOrders(await client.findByNumber('1047')).orders).toHaveLength(1);
      expect(s.issuedTokens).toHaveLength(2);
      expect(s.requests.map((r) => r.path.split('/').at(-1))).toEqual(['access_token', 'graphql.json', 'graphql.json', 'access_token', 'graphql.json']);
    });

    it('says so when even a fresh token is refused, without retrying forever', async () => {
      const s = await shop({ accessTokens: [], clientCredentials: CLIENT });
      const refuse = { when: (r: { path: string }) => r.path.endsWith('graphql.json'), respond: { status: 401, json: { errors: '[API] Invalid API key or access token' } } };
      s.script(refuse, refuse);
      const { client } = credentialsClient(s, { now: Date.UTC(2026, 10, 21, 12) });
      const result = await client.findByNumber('1047');
      expect(expectError(result)).toMatchObject({ kind: 'unauthorized', service: 'shopify', host: 'northwind.myshopify.com' });
      expect(s.issuedTokens).toHaveLength(2);
      expectNoSecrets(result, [...SECRETS, ...s.issuedTokens]);
    });

    it('names a refused client id or secret without repeating them', async () => {
      const s = await shop({ accessTokens: [], clientCredentials: { ...CLIENT, clientSecret: 'another-secret-value' } });
      const { client } = credentialsClient(s, { now: 0 });
      const result = await client.findByEmail('emma.thompson@example.com');
      const error = expectError(result);
      expect(error.kind).toBe('unauthorized');
      expect(error.message).toMatch(/client ID or secret/);
      expectNoSecrets(result, SECRETS);
      expect(s.graphqlRequests()).toHaveLength(0);
    });
  });

  describe('access', () => {
    it('a refused access token is said plainly (401)', async () => {
      const s = await shop({ accessTokens: ['shpat_other'] });
      const { client } = tokenClient(s);
      const result = await client.findByNumber('1047');
      expect(expectError(result)).toMatchObject({ kind: 'unauthorized', message: expect.stringMatching(/refused the access token/) });
      expectNoSecrets(result, SECRETS);
    });

    it('a 403 names the missing scope, and read_all_orders for older orders', async () => {
      const s = await shop();
      s.script({ respond: { status: 403, json: { errors: '[API] This action requires merchant approval for read_orders scope.' } } });
      const { client } = tokenClient(s);
      const error = expectError(await client.findByNumber('1047'));
      expect(error).toMatchObject({ kind: 'forbidden', missingScopes: ['read_orders'] });
      expect(error.message).toMatch(/read_orders/);
      expect(error.message).toMatch(/read_all_orders for orders older than 60 days/);
      expect(error.message).toMatch(/Develop apps/);
    });

    it('GraphQL ACCESS_DENIED on orders is a missing read_orders scope', async () => {
      const s = await shop({ scopes: ['read_customers'] });
      const { client } = tokenClient(s);
      expect(expectError(await client.findByEmail('emma.thompson@example.com'))).toMatchObject({ kind: 'forbidden', missingScopes: ['read_orders'] });
    });

    it('without read_customers the orders come, with the customer hidden and the scope named', async () => {
      const s = await shop({ scopes: ['read_orders', 'read_all_orders'] });
      const { client } = tokenClient(s);
      const result = expectOrders(await client.findByNumber('1047'));
      expect(result.orders[0]?.customer).toBeNull();
      expect(result.orders[0]?.email).toBe('emma.thompson@example.com');
      expect(result.notices).toEqual([expect.stringMatching(/lacks the read_customers scope/)]);
    });

    it('when nothing is found and read_all_orders is missing, says older orders are hidden', async () => {
      const s = await shop({ orders: [sampleShopifyOrder({ createdAt: '2026-08-01T10:00:00Z' })] });
      const { client } = tokenClient(s);
      const result = expectOrders(await client.findByNumber('1047'));
      expect(result.orders).toEqual([]);
      expect(result.notices).toEqual([expect.stringMatching(/No order #1047 was found in the last 60 days\. Older orders are hidden .* read_all_orders/)]);
      expect(s.graphqlRequests().at(-1)?.query).toContain('currentAppInstallation');
    });

    it('with read_all_orders, old orders are found and an empty answer has no notice', async () => {
      const s = await shop({ orders: [sampleShopifyOrder({ createdAt: '2026-08-01T10:00:00Z' })], scopes: ['read_orders', 'read_all_orders', 'read_customers'] });
      const { client } = tokenClient(s);
      expect(expectOrders(await client.findByNumber('1047')).orders).toHaveLength(1);
      expect(expectOrders(await client.findByNumber('9999'))).toEqual({ ok: true, orders: [], notices: [] });
    });

    it('a shop that does not exist is not-found; a domain that is not myshopify.com is refused before any request', async () => {
      const s = await shop({ apiVersion: '2020-01' });
      const { client } = tokenClient(s);
      expect(expectError(await client.findByNumber('1047')).kind).toBe('not-found');

      const custom = createShopifyClient({ kind: 'shopify', shopDomain: 'shop.northwind.com', accessToken: TOKEN }, testDeps(s).deps);
      const before = s.requests.length;
      expect(expectError(await custom.findByNumber('1047'))).toMatchObject({ kind: 'config', message: expect.stringMatching(/myshopify\.com/) });
      expect(s.requests).toHaveLength(before);
    });
  });

  describe('throttling', () => {
    it('waits until enough query cost is restored after a GraphQL THROTTLED error', async () => {
      const s = await shop();
      s.script({ respond: shopifyThrottled({ requested: 502, available: 102, restoreRate: 100 }) });
      const { client, sleeps } = tokenClient(s);
      expect(expectOrders(await client.findByNumber('1047')).orders).toHaveLength(1);
      expect(sleeps).toEqual([4000]);
      expect(s.graphqlRequests()).toHaveLength(2);
    });

    it('respects Retry-After on a 429', async () => {
      const s = await shop();
      s.script({ respond: tooManyRequests('2.0') });
      const { client, sleeps } = tokenClient(s);
      expect(expectOrders(await client.findByNumber('1047')).orders).toHaveLength(1);
      expect(sleeps).toEqual([2000]);
    });

    it('gives up after the bounded number of retries', async () => {
      const s = await shop();
      const throttled = { respond: shopifyThrottled({ requested: 100, available: 0, restoreRate: 50, status: 429 }) };
      s.script(throttled, throttled, throttled);
      const { client, sleeps } = tokenClient(s, { maxRetries: 2 });
      const error = expectError(await client.findByNumber('1047'));
      expect(error).toMatchObject({ kind: 'rate-limited', retryAfterSeconds: 2 });
      expect(error.message).toMatch(/after 2 retries/);
      expect(sleeps).toEqual([2000, 2000]);
      expect(s.graphqlRequests()).toHaveLength(3);
    });

    it('does not wait minutes: a long Retry-After is reported at once', async () => {
      const s = await shop();
      s.script({ respond: tooManyRequests('120') });
      const { client, sleeps } = tokenClient(s);
      expect(expectError(await client.findByNumber('1047'))).toMatchObject({ kind: 'rate-limited', retryAfterSeconds: 120, message: expect.stringMatching(/wait 120 seconds/) });
      expect(sleeps).toEqual([]);
    });
  });

  describe('transport', () => {
    it('a 5xx is the shop’s own error', async () => {
      const s = await shop();
      s.script({ respond: { status: 502, text: '<html>Bad gateway</html>' } });
      const { client } = tokenClient(s);
      expect(expectError(await client.findByNumber('1047'))).toMatchObject({ kind: 'server', status: 502, message: expect.stringMatching(/HTTP 502/) });
    });

    it('an answer that is not JSON is malformed, and says what came instead', async () => {
      const s = await shop();
      s.script({ respond: { status: 200, text: '<!doctype html><title>Log in</title>' } });
      const { client } = tokenClient(s);
      expect(expectError(await client.findByNumber('1047'))).toMatchObject({ kind: 'malformed', message: expect.stringMatching(/not JSON \(text\/html, status 200\).*login/) });
    });

    it('JSON without a list of orders is malformed', async () => {
      const s = await shop();
      s.script({ respond: { json: { data: { orders: { edges: [] } } } } });
      const { client } = tokenClient(s);
      expect(expectError(await client.findByNumber('1047')).kind).toBe('malformed');
    });

    it('other GraphQL errors are reported with their message', async () => {
      const s = await shop();
      s.script({ respond: { json: { errors: [{ message: "Field 'number' doesn't exist on type 'Order'", extensions: { code: 'undefinedField' } }] } } });
      const { client } = tokenClient(s);
      expect(expectError(await client.findByNumber('1047'))).toMatchObject({ kind: 'graphql', message: expect.stringMatching(/Field 'number' doesn't exist/) });
    });

    it('a shop that echoes the token in an error message does not get it shown', async () => {
      const s = await shop();
      s.script({ respond: { json: { errors: [{ message: `Token ${TOKEN} is not valid for this query` }] } } });
      const { client } = tokenClient(s);
      const result = await client.findByNumber('1047');
      expect(expectError(result).message).toContain('Token [hidden] is not valid');
      expectNoSecrets(result, SECRETS);
    });

    it('a shop that does not answer in time is a timeout', async () => {
      const s = await shop();
      s.script({ respond: { hang: true } });
      const { client } = tokenClient(s, { timeoutMs: 50 });
      expect(expectError(await client.findByNumber('1047'))).toMatchObject({ kind: 'timeout', message: expect.stringMatching(/did not answer within/) });
    });

    it('uses the injected timeout signal', async () => {
      const s = await shop();
      s.script({ respond: { hang: true } });
      const asked: number[] = [];
      const { client } = tokenClient(s, {
        timeoutMs: 7000,
        timeoutSignal: (ms: number) => {
          asked.push(ms);
          const controller = new AbortController();
          setTimeout(() => controller.abort(new DOMException('timed out', 'TimeoutError')), 10);
          return controller.signal;
        },
      });
      expect(expectError(await client.findByNumber('1047'))).toMatchObject({ kind: 'timeout', message: expect.stringMatching(/within 7 seconds/) });
      expect(asked).toEqual([7000]);
    });

    it('an unreachable shop is said plainly (offline)', async () => {
      const s = await shop();
      await s.close();
      const { client } = tokenClient(s);
      const result = await client.findByNumber('1047');
      expect(expectError(result)).toMatchObject({ kind: 'offline', message: expect.stringMatching(/Could not reach northwind\.myshopify\.com.*offline/) });
      expectNoSecrets(result, SECRETS);
      server = null;
    });

    it('a lookup cancelled by the caller is aborted, not an error of the shop', async () => {
      const s = await shop();
      s.script({ respond: { hang: true } });
      const { client } = tokenClient(s);
      const controller = new AbortController();
      const pending = client.findByNumber('1047', { signal: controller.signal });
      setTimeout(() => controller.abort(), 20);
      expect(expectError(await pending).kind).toBe('aborted');
    });
  });
});
