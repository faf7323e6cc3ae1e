import { describe, expect, it } from 'vitest';
import { parseOrdersJson } from '@/lib/orders/json';
import { orderFixture } from './fixtures';

describe('JSON orders in the model', () => {
  it('reads the fixture, numbers written as strings, the file as source', () => {
    const { orders, problems } = parseOrdersJson(orderFixture('orders.json'), 'orders.json');
    expect(problems).toEqual([]);
    expect(orders).toHaveLength(8);
    const o1047 = orders.find((o) => o.name === '#1047');
    expect(o1047).toMatchObject({
      id: '6198823714838',
      order_number: '1047',
      fulfillments: [
        {
          status: 'in_transit',
          tracking_company: 'DPD',
          tracking_number: '15501234567890',
          tracking_url: 'https://track.dpd.co.uk/parcels/15501234567890',
          estimated_delivery_at: '2026-11-11',
        },
      ],
      source: { kind: 'json', label: 'orders.json' },
    });
    expect(orders.find((o) => o.name === '#1050')?.refunds).toEqual([
      { created_at: '2026-11-18T09:40:00+01:00', amount: '139.95', note: 'Return RMA-55821 received 6 Nov; shipping not refunded' },
    ]);
  });

  it("reads Shopify's REST answer: {orders}, numbers, shipment_status, tracking lists, refund transactions", () => {
    const rest = {
      orders: [
        {
          id: 450789469,
          name: '#1001',
          order_number: 1001,
          email: 'bob.norman@example.com',
          created_at: '2026-03-13T16:09:54-04:00',
          currency: 'usd',
          total_price: 598.94,
          financial_status: 'partially_refunded',
          fulfillment_status: 'fulfilled',
          line_items: [{ title: 'IPod Nano - 8GB', variant_title: 'green', sku: 'IPOD2008GREEN', quantity: 1, price: '199.00', name: 'ignored' }],
          fulfillments: [{ status: 'success', shipment_status: 'delivered', tracking_company: 'USPS', tracking_numbers: ['1Z2345'], tracking_urls: ['https://tools.usps.com/go/TrackConfirmAction?tLabels=1Z2345'] }],
          refunds: [{ created_at: '2026-03-14T10:00:00-04:00', note: 'it broke', transactions: [{ amount: '41.94' }, { amount: 10 }] }],
          extra_field: { anything: true },
        },
      ],
    };
    const { orders, problems } = parseOrdersJson(JSON.stringify(rest), 'rest.json');
    expect(problems).toEqual([]);
    expect(orders[0]).toMatchObject({
      id: '450789469',
      order_number: '1001',
      currency: 'USD',
      total_price: '598.94',
      fulfillments: [{ status: 'delivered', tracking_number: '1Z2345', tracking_url: 'https://tools.usps.com/go/TrackConfirmAction?tLabels=1Z2345' }],
      refunds: [{ amount: '51.94', note: 'it broke' }],
      customer: null,
    });
    expect(parseOrdersJson(JSON.stringify({ order: rest.orders[0] }), 'one.json').orders).toHaveLength(1);
  });

  it('narrows every field: wrong types are problems, orders without a number are left out', () => {
    const text = JSON.stringify([
      {
        order_number: '2001',
        email: 42,
        created_at: 'last tuesday',
        total_price: { amount: 1 },
        currency: 'euros',
        customer: 'Ada',
        line_items: [{ title: 'Hat', quantity: 'two' }, { quantity: 1 }, 'scarf', { title: 'Belt', quantity: 1, price: true }],
        fulfillments: { tracking_number: '1' },
        refunds: [{ note: 'no amount' }],
        shipping_address: { city: 7 },
        order_status_url: 'javascript:alert(1)',
      },
      { name: 'no number here' },
      { total_price: '1.00' },
      null,
    ]);
    const { orders, problems } = parseOrdersJson(text, 'bad.json');
    expect(problems).toEqual([
      'order 1 (#2001): email is not an e-mail address',
      'order 1 (#2001): customer is not an object',
      'order 1 (#2001): created_at is not an ISO 8601 date',
      'order 1 (#2001): currency is not a currency code',
      'order 1 (#2001): total_price is not a number',
      'order 1 (#2001): line_items.0.quantity is not a whole number; the item was left out',
      'order 1 (#2001): line_items.1 has no title; it was left out',
      'order 1 (#2001): line_items.2 is not an object',
      'order 1 (#2001): line_items.3.price is not a number',
      'order 1 (#2001): fulfillments is not a list',
      'order 1 (#2001): refunds.0 has no amount; it was left out',
      'order 1 (#2001): order_status_url is not a web link',
      'order 2: "no number here" is not an order number; it was left out',
      'order 3: no order_number or name; it was left out',
      'order 4: not an order object; it was left out',
    ]);
    expect(orders.map((o) => o.name)).toEqual(['#2001']);
    expect(orders[0]).toMatchObject({ email: null, total_price: null, line_items: [{ title: 'Belt', price: '' }], fulfillments: [], refunds: [], shipping_address: { city: '7' } });
  });

  it('reports unreadable JSON and documents without a list', () => {
    expect(parseOrdersJson('[{"order_number": 1', 'x.json')).toEqual({ orders: [], problems: [expect.stringMatching(/^The file is not valid JSON/)] });
    expect(parseOrdersJson('{"shop": "x"}', 'x.json').problems).toEqual(['The file holds no list of orders: expected a JSON array of orders.']);
    expect(parseOrdersJson('[]', 'x.json')).toEqual({ orders: [], problems: [] });
    expect(parseOrdersJson(JSON.stringify([{ order_number: 7, total_price: 0.1 + 0.2 }]), 'x.json').orders[0]?.total_price).toBe('0.30');
  });
});
