// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import type { Order } from '@/lib/orders/model';
import { createWooCommerceClient, normalizeTrackingItem, wooFinancialStatus } from '@/lib/orders/api/woocommerce';
import { type Json, type ShopServer, type WooServerScript, sampleWooOrder, sampleWooTracking, startWooServer, tooManyRequests } from '../../../support/shop-servers';
import { expectError, expectNoSecrets, expectOrders, testDeps } from './helpers';

const KEY = 'ck_4f1d6a0e9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e';
const SECRET = 'cs_9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d';
const SECRETS = [KEY, SECRET];
const SITE = 'https://shop.example.com';

let server: ShopServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function woo(script: Partial<WooServerScript> = {}): Promise<ShopServer> {
  server = await startWooServer({ consumerKey: KEY, consumerSecret: SECRET, orders: [sampleWooOrder()], tracking: { '5233': [sampleWooTracking()] }, ...script });
  return server;
}

function client(s: ShopServer, extra = {}, siteUrl = SITE) {
  const t = testDeps(s, extra);
  return { ...t, client: createWooCommerceClient({ kind: 'woocommerce', siteUrl, consumerKey: KEY, consumerSecret: SECRET }, t.deps) };
}

const EXPECTED_1047: Order = {
  id: '5233',
  name: '#1047',
  order_number: '1047',
  email: 'emma.thompson@example.com',
  created_at: '2026-11-09T10:12:00Z',
  currency: 'GBP',
  total_price: '189.00',
  financial_status: 'paid',
  fulfillment_status: 'fulfilled',
  cancelled_at: null,
  customer: { first_name: 'Emma', last_name: 'Thompson', email: 'emma.thompson@example.com', phone: '+44 113 496 0721' },
  line_items: [
    { title: 'Ridgeline Waterproof Jacket - M, Slate', variant_title: 'M / Slate', sku: 'RWJ-M-SLT', quantity: 1, price: '179.00' },
    { title: 'Merino Hiking Socks - M', variant_title: 'M', sku: 'MHS-M', quantity: 1, price: '10.00' },
  ],
  fulfillments: [
    {
      status: 'success',
      created_at: '2026-11-10',
      tracking_company: 'DPD',
      tracking_number: '15501234567890',
      tracking_url: 'https://track.dpd.co.uk/parcels/15501234567890',
      estimated_delivery_at: null,
    },
  ],
  refunds: [],
  shipping_address: { name: 'Emma Thompson', address1: '8 Park Square East', city: 'Leeds', zip: 'LS1 2NE', country: 'United Kingdom' },
  order_status_url: null,
  source: { kind: 'woocommerce-api', label: 'shop.example.com' },
};

function history(count: number): Json[] {
  return Array.from({ length: count }, (_, i) =>
    sampleWooOrder({ id: 3000 + i, number: String(3000 + i), date_created_gmt: new Date(Date.UTC(2026, 9, 1 + i, 12)).toISOString().slice(0, 19) }),
  );
}

describe('WooCommerce REST v3 client', () => {
  it('finds an order by number with basic auth, adds its Shipment Tracking parcel, and normalises it', async () => {
    // Order number 1047 is order id 5233 (sequential order numbers): include finds nothing, search does.
    const s = await woo();
    const { client: c } = client(s);
    const result = expectOrders(await c.findByNumber('#1047'));
    expect(result).toEqual({ ok: true, orders: [EXPECTED_1047], notices: [] });

    expect(s.requests.map((r) => r.originalUrl)).toEqual([
      'https://shop.example.com/wp-json/wc/v3/orders?include=1047',
      'https://shop.example.com/wp-json/wc/v3/orders?search=1047&per_page=20',
      'https://shop.example.com/wp-json/wc-shipment-tracking/v3/orders/5233/shipment-trackings',
    ]);
    for (const r of s.requests) {
      expect(r.headers.authorization).toBe(`Basic ${Buffer.from(`${KEY}:${SECRET}`).toString('base64')}`);
      expect(r.query.has('consumer_key')).toBe(false);
    }
  });

  it('finds a number that differs from the id (sequential order numbers) by search, ignoring look-alikes', async () => {
    const s = await woo({
      orders: [
        sampleWooOrder({ id: 2001, number: 'NW-1047' }),
        sampleWooOrder({ id: 2002, number: 'NW-10470' }),
        sampleWooOrder({ id: 2003, number: 'NW-2000', billing: { ...(sampleWooOrder().billing as Json), phone: '+49 NW-1047 5555' } }),
      ],
      tracking: {},
    });
    const { client: c } = client(s, {}, 'shop.example.com/');
    const result = expectOrders(await c.findByNumber('nw-1047'));
    expect(result.orders.map((o) => [o.id, o.name, o.order_number])).toEqual([['2001', '#NW-1047', 'NW-1047']]);
    expect(s.requests[0]?.query.get('search')).toBe('NW-1047');
  });

  it('falls back from include to search when the id is another order', async () => {
    const s = await woo({ orders: [sampleWooOrder({ id: 1047, number: 'X-9' }), sampleWooOrder({ id: 5000, number: '1047' })], tracking: {} });
    const { client: c } = client(s);
    expect(expectOrders(await c.findByNumber('1047')).orders.map((o) => o.id)).toEqual(['5000']);
    expect(s.requests.filter((r) => r.path === '/wp-json/wc/v3/orders').map((r) => r.query.toString())).toEqual(['include=1047', 'search=1047&per_page=20']);
  });

  it('finds a customer’s orders by e-mail, newest first, across pages, keeping only that address', async () => {
    const s = await woo({
      orders: [...history(30), sampleWooOrder({ id: 9000, number: '9000', date_created_gmt: '2026-11-20T10:00:00', billing: { ...(sampleWooOrder().billing as Json), email: 'emma.thompson@example.com.au' } })],
      tracking: undefined,
    });
    const { client: c } = client(s);
    const result = expectOrders(await c.findByEmail('Emma.Thompson@example.com', { limit: 25 }));
    expect(result.orders).toHaveLength(25);
    expect(result.orders.slice(0, 2).map((o) => o.name)).toEqual(['#3029', '#3028']);
    const lists = s.requests.filter((r) => r.path === '/wp-json/wc/v3/orders');
    expect(lists.map((r) => Object.fromEntries(r.query))).toEqual([
      { search: 'emma.thompson@example.com', per_page: '20', page: '1', orderby: 'date', order: 'desc' },
      { search: 'emma.thompson@example.com', per_page: '20', page: '2', orderby: 'date', order: 'desc' },
    ]);
  });

  it('follows the Link header when X-WP-TotalPages is missing', async () => {
    const s = await woo({ orders: history(25), tracking: undefined });
    let first = true;
    s.script({
      when: (r) => r.path === '/wp-json/wc/v3/orders' && first,
      respond: () => {
        first = false;
        return { json: history(25).slice(5, 25).reverse(), headers: { link: '<https://shop.example.com/wp-json/wc/v3/orders?page=2>; rel="next"' } };
      },
    });
    const { client: c } = client(s);
    expect(expectOrders(await c.findByEmail('emma.thompson@example.com', { limit: 50 })).orders).toHaveLength(25);
    expect(s.requests.filter((r) => r.path === '/wp-json/wc/v3/orders')).toHaveLength(2);
  });

  it('without the Shipment Tracking extension (404 route), orders have no parcels and it is not asked again', async () => {
    const s = await woo({ orders: history(3), tracking: undefined });
    const { client: c } = client(s);
    const result = expectOrders(await c.findByEmail('emma.thompson@example.com'));
    expect(result.orders.every((o) => o.fulfillments.length === 0)).toBe(true);
    expect(result.notices).toEqual([]);
    const trackingAsked = () => s.requests.filter((r) => r.path.includes('shipment-trackings')).length;
    const before = trackingAsked();
    expect(before).toBeGreaterThan(0);
    expectOrders(await c.findByNumber('3001'));
    expect(trackingAsked()).toBe(before);
  });

  it('a tracking endpoint that fails keeps the order and says why', async () => {
    const s = await woo();
    s.script({ when: (r) => r.path.includes('shipment-trackings'), respond: { status: 500, json: { code: 'internal_server_error', message: 'Critical error' } } });
    const { client: c } = client(s);
    const result = expectOrders(await c.findByNumber('1047'));
    expect(result.orders[0]?.fulfillments).toEqual([]);
    expect(result.notices).toEqual([expect.stringMatching(/^Tracking for order #1047 could not be read: .*HTTP 500/)]);
  });

  it('reads dated refunds and sets the financial status from them', async () => {
    const s = await woo({
      orders: [sampleWooOrder({ refunds: [{ id: 77, reason: 'Damaged tote', total: '-30.00' }] })],
      refunds: { '5233': [{ id: 77, date_created: '2026-11-13T11:00:00', date_created_gmt: '2026-11-13T10:00:00', amount: '30.00', reason: 'Damaged tote' }] },
    });
    const { client: c } = client(s);
    const [order] = expectOrders(await c.findByNumber('1047')).orders;
    expect(order?.refunds).toEqual([{ created_at: '2026-11-13T10:00:00Z', amount: '30.00', note: 'Damaged tote' }]);
    expect(order?.financial_status).toBe('partially_refunded');
  });

  it('maps WooCommerce statuses to Shopify’s words', () => {
    expect(wooFinancialStatus('processing', true, 0, 89)).toBe('paid');
    expect(wooFinancialStatus('on-hold', false, 0, 89)).toBe('pending');
    expect(wooFinancialStatus('failed', false, 0, 89)).toBe('expired');
    expect(wooFinancialStatus('cancelled', false, 0, 89)).toBe('voided');
    expect(wooFinancialStatus('cancelled', true, 89, 89)).toBe('refunded');
    expect(wooFinancialStatus('refunded', true, 89, 89)).toBe('refunded');
    expect(wooFinancialStatus('completed', true, 10, 89)).toBe('partially_refunded');
    expect(normalizeTrackingItem({ custom_tracking_provider: 'Example Courier', custom_tracking_link: 'https://example.com/t/1', tracking_number: '1', date_shipped: '1762819200' })).toEqual({
      status: 'success',
      created_at: '2025-11-11T00:00:00.000Z',
      tracking_company: 'Example Courier',
      tracking_number: '1',
      tracking_url: 'https://example.com/t/1',
      estimated_delivery_at: null,
    });
  });

  it('a cancelled, unpaid order is voided and not fulfilled, cancelled when last changed', async () => {
    const s = await woo({
      orders: [sampleWooOrder({ status: 'cancelled', date_paid: null, date_paid_gmt: null, date_completed: null, date_completed_gmt: null, date_modified_gmt: '2026-11-10T12:00:00' })],
      tracking: {},
    });
    const { client: c } = client(s);
    expect(expectOrders(await c.findByNumber('1047')).orders[0]).toMatchObject({ financial_status: 'voided', fulfillment_status: null, cancelled_at: '2026-11-10T12:00:00Z' });
  });

  describe('access', () => {
    it('sends the keys as query parameters when the server drops the Authorization header, and keeps doing so', async () => {
      const s = await woo({ passesAuthorizationHeader: false, tracking: {} });
      const { client: c } = client(s);
      expect(expectOrders(await c.findByNumber('1047')).orders).toHaveLength(1);
      expectOrders(await c.findByNumber('1047'));
      const [first, second, ...rest] = s.requests;
      expect(first?.headers.authorization).toBeDefined();
      expect(first?.query.has('consumer_key')).toBe(false);
      expect(second?.query.get('consumer_key')).toBe(KEY);
      expect(second?.query.get('consumer_secret')).toBe(SECRET);
      expect(rest.every((r) => r.query.get('consumer_key') === KEY && r.headers.authorization === undefined)).toBe(true);
    });

    it('a wrong key is unauthorized, without repeating the key or secret', async () => {
      const s = await woo({ consumerKey: 'ck_other' });
      const { client: c } = client(s);
      const result = await c.findByNumber('1047');
      expect(expectError(result)).toMatchObject({ kind: 'unauthorized', service: 'woocommerce', host: 'shop.example.com', message: expect.stringMatching(/Read permission/) });
      expectNoSecrets(result, SECRETS);
    });

    it('a key without Read permission names the permission', async () => {
      const s = await woo({ permission: 'write' });
      const { client: c } = client(s);
      expect(expectError(await c.findByEmail('emma.thompson@example.com'))).toMatchObject({ kind: 'forbidden', missingScopes: ['read'], message: expect.stringMatching(/no Read permission/) });
    });

    it('a key whose user cannot view orders is forbidden after both ways of sending it', async () => {
      const s = await woo();
      const cannotView = { status: 401, json: { code: 'woocommerce_rest_cannot_view', message: 'Sorry, you cannot list resources.', data: { status: 401 } } };
      s.script({ respond: cannotView }, { respond: cannotView });
      const { client: c } = client(s);
      expect(expectError(await c.findByNumber('1047'))).toMatchObject({ kind: 'forbidden', message: expect.stringMatching(/Shop manager or Administrator/) });
      expect(s.requests).toHaveLength(2);
    });

    it('refuses plain http for a site that is not this machine', async () => {
      const s = await woo();
      const { client: c } = client(s, {}, 'http://shop.example.com');
      expect(expectError(await c.findByNumber('1047'))).toMatchObject({ kind: 'config', message: expect.stringMatching(/https/) });
      expect(s.requests).toHaveLength(0);
    });

    it('a site without the WooCommerce REST API is not-found', async () => {
      const s = await woo();
      s.script({ respond: { status: 404, text: '<!doctype html><title>Page not found</title>' } });
      const { client: c } = client(s);
      expect(expectError(await c.findByNumber('1047'))).toMatchObject({ kind: 'not-found', message: expect.stringMatching(/permalinks/) });
    });
  });

  describe('transport', () => {
    it('respects Retry-After on a 429 (seconds or a date)', async () => {
      const s = await woo();
      s.script({ respond: tooManyRequests('3') }, { respond: tooManyRequests(new Date(Date.UTC(2026, 10, 21, 12, 0, 5)).toUTCString()) });
      const { client: c, sleeps } = client(s, { now: () => Date.UTC(2026, 10, 21, 12, 0, 0) });
      expect(expectOrders(await c.findByNumber('1047')).orders).toHaveLength(1);
      expect(sleeps).toEqual([3000, 5000]);
    });

    it('backs off on a 429 without Retry-After, then gives up', async () => {
      const s = await woo();
      s.script({ respond: tooManyRequests() }, { respond: tooManyRequests() }, { respond: tooManyRequests() }, { respond: tooManyRequests() });
      const { client: c, sleeps } = client(s);
      expect(expectError(await c.findByNumber('1047')).kind).toBe('rate-limited');
      expect(sleeps).toEqual([1000, 2000, 4000]);
    });

    it('a 503 is the shop’s own error; broken JSON is malformed', async () => {
      const s = await woo();
      s.script({ respond: { status: 503, text: 'Service Unavailable' } }, { respond: { status: 200, headers: { 'content-type': 'application/json' }, text: '[{"id": 1047,' } });
      const { client: c } = client(s);
      expect(expectError(await c.findByNumber('1047'))).toMatchObject({ kind: 'server', status: 503 });
      expect(expectError(await c.findByNumber('1047'))).toMatchObject({ kind: 'malformed', message: expect.stringMatching(/application\/json, status 200/) });
    });

    it('timeouts and unreachable shops are said plainly, with no secret in the message', async () => {
      const s = await woo();
      s.script({ respond: { hang: true } });
      const slow = client(s, { timeoutMs: 50 }).client;
      const timedOut = await slow.findByNumber('1047');
      expect(expectError(timedOut).kind).toBe('timeout');
      expectNoSecrets(timedOut, SECRETS);

      await s.close();
      server = null;
      const offline = await client(s).client.findByEmail('emma.thompson@example.com');
      expect(expectError(offline)).toMatchObject({ kind: 'offline', message: expect.stringMatching(/Could not reach shop\.example\.com/) });
      expectNoSecrets(offline, SECRETS);
    });
  });
});
