import { describe, expect, it } from 'vitest';
import { isShopifyExport, parseShopifyCsv } from '@/lib/orders/shopify-csv';
import { orderFixture } from './fixtures';

const FILE = 'shopify-orders_export.csv';
const byName = (text: string) => {
  const result = parseShopifyCsv(text, FILE);
  return { ...result, get: (name: string) => result.orders.find((o) => o.name === name) };
};

/** A small export with Shopify's columns, for cases the fixture does not hold. */
const HEAD = 'Name,Email,Financial Status,Fulfillment Status,Fulfilled at,Currency,Total,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku';

describe('Shopify orders export', () => {
  it('reads every order of the export, its line items on several rows', () => {
    const { orders, problems, get } = byName(orderFixture(FILE));
    expect(problems).toEqual([]);
    expect(orders.map((o) => o.name)).toEqual(['#1053', '#1052', '#1051', '#1050', '#1049', '#1048', '#1047', '#1012']);
    expect(get('#1047')).toEqual({
      id: '6198823714838',
      name: '#1047',
      order_number: '1047',
      email: 'emma.thompson@example.com',
      created_at: '2026-11-09T10:12:44+00:00',
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
        { status: 'success', created_at: '2026-11-10T15:05:12+00:00', tracking_company: null, tracking_number: null, tracking_url: null, estimated_delivery_at: null },
      ],
      refunds: [],
      shipping_address: { name: 'Emma Thompson', address1: '8 Park Square East', city: 'Leeds', zip: 'LS1 2NE', country: 'GB' },
      order_status_url: null,
      source: { kind: 'shopify-csv', label: FILE },
    });
    expect(get('#1012')?.line_items.map((i) => [i.quantity, i.price])).toEqual([
      [1, '42.00'],
      [2, '16.25'],
    ]);
  });

  it('reads cancellations, refunds, accents and the quote Shopify puts before zip codes', () => {
    const { get } = byName(orderFixture(FILE));
    expect(get('#1048')).toMatchObject({
      financial_status: 'refunded',
      fulfillment_status: null,
      cancelled_at: '2026-11-11T08:15:32+01:00',
      refunds: [{ amount: '59.90', created_at: null, note: null }],
      fulfillments: [],
    });
    expect(get('#1050')).toMatchObject({ financial_status: 'partially_refunded', total_price: '149.95', refunds: [{ amount: '139.95' }] });
    expect(get('#1049')?.line_items[0]).toMatchObject({ title: 'Veste polaire Alpine', variant_title: 'S / Forêt' });
    expect(get('#1049')?.shipping_address).toEqual({ name: 'Camille Dubois', address1: '14 Rue Mercière', city: 'Lyon', zip: '69002', country: 'FR' });
    expect(get('#1051')?.customer).toMatchObject({ first_name: 'Lucía', last_name: 'Fernández', phone: '+34 910 00 47 31' });
    expect(get('#1050')?.shipping_address?.address1).toBe('Großer Burstah 12');
  });

  it('reads a byte order mark and Windows line ends', () => {
    const text = `\uFEFF${orderFixture(FILE).replace(/\n/g, '\r\n')}`;
    expect(byName(text).get('#1047')?.line_items).toHaveLength(2);
  });

  it('reads tracking columns when an app added them, several parcels in one cell', () => {
    const text = [
      `${HEAD},Tracking Company,Tracking Number,Tracking URL`,
      '#1047,emma.thompson@example.com,paid,fulfilled,2026-11-10 15:05:12 +0000,GBP,189.00,2026-11-09 10:12:44 +0000,1,Ridgeline Waterproof Jacket - M / Slate,179.00,RWJ-M-SLT,DPD,"15501234567890, 15501234567891",https://track.dpd.co.uk/parcels/15501234567890 https://track.dpd.co.uk/parcels/15501234567891',
    ].join('\n');
    const { get, problems } = byName(text);
    expect(problems).toEqual([]);
    expect(get('#1047')?.fulfillments).toEqual([
      { status: 'success', created_at: '2026-11-10T15:05:12+00:00', tracking_company: 'DPD', tracking_number: '15501234567890', tracking_url: 'https://track.dpd.co.uk/parcels/15501234567890', estimated_delivery_at: null },
      { status: 'success', created_at: '2026-11-10T15:05:12+00:00', tracking_company: 'DPD', tracking_number: '15501234567891', tracking_url: 'https://track.dpd.co.uk/parcels/15501234567891', estimated_delivery_at: null },
    ]);
  });

  it('says what is wrong with a row and keeps the rest', () => {
    const text = [
      HEAD,
      '#2001,ada@example.com,paid,,,EUR,abc,2026-11-09 10:00:00 +0000,two,Wool Hat,20.00,WH',
      '#2001,ada@example.com,,,,,,,1,Wool Scarf,oops,WS',
      '#2002,not-an-email,paid,,,EUR,10.00,someday,1,Gloves,10.00,GL',
      ',x@example.com,paid,,,EUR,10.00,,1,Orphan,1.00,OR',
      '#2003,eve@example.com,paid,,,EUR,30.00,,1,Belt,30.00,BT',
      '#2003,mallory@example.com,,,,,,,1,Stolen Watch,300.00,SW',
      '#2004,bob@example.com,paid,,,EUROS,10.00,,1,"Cap, red",10.00,CP',
    ].join('\n');
    const { get, problems } = byName(text);
    expect(problems).toEqual([
      'row 2: Lineitem quantity "two" is not a whole number; Lineitem name "Wool Hat" was left out',
      'row 3: Lineitem price "oops" is not a number',
      'row 4: Email "not-an-email" is not an e-mail address',
      'row 5: no order number in Name; the row was left out',
      'row 7: order #2003 has the e-mail mallory@example.com here but eve@example.com in row 6; the row was left out so that no customer sees another\'s items',
      'row 2: Total "abc" is not a number',
      'row 4: Created at "someday" is not a date',
      'row 8: Currency "EUROS" is not a currency code',
    ]);
    expect(get('#2001')).toMatchObject({ total_price: null, line_items: [{ title: 'Wool Scarf', price: '' }] });
    expect(get('#2002')).toMatchObject({ email: null, created_at: null, customer: null });
    expect(get('#2003')?.line_items.map((i) => i.title)).toEqual(['Belt']);
    expect(get('#2004')).toMatchObject({ currency: null, line_items: [{ title: 'Cap, red' }] });
  });

  it('refuses a file that is not a Shopify export, and an empty file, without throwing', () => {
    expect(parseShopifyCsv('Order,Total\n1,2\n', 'x.csv')).toEqual({
      orders: [],
      problems: ['This is not a Shopify orders export: it has no "Name", "Email", "Financial Status", "Lineitem name" column.'],
    });
    expect(parseShopifyCsv('', 'x.csv')).toEqual({ orders: [], problems: ['The file is empty.'] });
    expect(parseShopifyCsv(HEAD, 'x.csv')).toEqual({ orders: [], problems: [] });
    expect(isShopifyExport(HEAD.split(','))).toBe(true);
  });
});
