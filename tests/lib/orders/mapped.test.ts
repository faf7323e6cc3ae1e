import { describe, expect, it } from 'vitest';
import { applyMapping, previewFile, suggestMapping } from '@/lib/orders/mapped';
import { orderFixture } from './fixtures';

describe('files with a column mapping', () => {
  it('previews a hand-made CSV (semicolons, decimal commas, day-first dates) and suggests a mapping', () => {
    const preview = previewFile(orderFixture('custom-orders.csv'), 'custom-orders.csv');
    expect(preview.problems).toEqual([]);
    expect(preview.detected).toBeNull();
    expect(preview.columns).toHaveLength(16);
    expect(preview.sampleRows).toHaveLength(5);
    expect(preview.sampleRows[2]).toMatchObject({ Order: '1047', Notes: 'Stuck at the Leeds hub since 12/11.\nCarrier claim CLM-88412' });
    expect(preview.suggestedMapping).toEqual({
      order_number: 'Order',
      email: 'E-mail',
      created_at: 'Date',
      currency: 'Currency',
      total_price: 'Order total',
      status: 'Status',
      'customer.name': 'Customer',
      'line_items.title': 'Product',
      'line_items.variant_title': 'Size',
      'line_items.quantity': 'Qty',
      'line_items.price': 'Unit price',
      tracking_company: 'Carrier',
      tracking_number: 'Tracking',
      tracking_url: 'Tracking link',
      estimated_delivery_at: 'Expected delivery',
    });
  });

  it('applies the confirmed mapping', () => {
    const text = orderFixture('custom-orders.csv');
    const { orders, problems } = applyMapping(text, 'custom-orders.csv', previewFile(text, 'custom-orders.csv').suggestedMapping);
    expect(problems).toEqual([]);
    expect(orders.map((o) => o.name)).toEqual(['#1012', '#1047', '#1048', '#1049', '#1050', '#1051', '#1052', '#1053']);
    const o1047 = orders[1];
    expect(o1047).toMatchObject({
      email: 'emma.thompson@example.com',
      created_at: '2026-11-09T10:12:00',
      total_price: '189.00',
      currency: 'GBP',
      fulfillment_status: 'fulfilled',
      customer: { first_name: 'Emma', last_name: 'Thompson' },
      line_items: [
        { title: 'Ridgeline Waterproof Jacket', variant_title: 'M / Slate', quantity: 1, price: '179.00' },
        { title: 'Merino Hiking Socks', variant_title: 'M', quantity: 1, price: '10.00' },
      ],
      fulfillments: [{ status: 'in_transit', tracking_company: 'DPD', tracking_number: '15501234567890', estimated_delivery_at: '2026-11-11' }],
      source: { kind: 'mapped-file', label: 'custom-orders.csv' },
    });
    expect(orders[2]).toMatchObject({ financial_status: 'voided' });
    expect(orders[3]?.fulfillments[0]?.status).toBe('delivered');
  });

  it('flattens a JSON file: nested fields become columns, its item list one row per item', () => {
    const json = JSON.stringify({
      data: [
        {
          ref: 'A-17',
          buyer: { mail: 'ada@example.com', name: 'Ada Lovelace' },
          placed: '2026-11-02',
          amount: 31.5,
          items: [
            { label: 'Notebook', count: 2, unit: 12.75 },
            { label: 'Pen', count: 1, unit: 6 },
          ],
          parcels: [{ carrier: 'UPS', code: '1Z999' }],
          tags: ['gift', 'vip'],
        },
      ],
    });
    const preview = previewFile(json, 'export.json');
    expect(preview.columns).toEqual(['ref', 'buyer.mail', 'buyer.name', 'placed', 'amount', 'parcels.carrier', 'parcels.code', 'tags', 'items.label', 'items.count', 'items.unit']);
    expect(preview.sampleRows).toHaveLength(2);
    const { orders, problems } = applyMapping(json, 'export.json', {
      order_number: 'ref',
      email: 'buyer.mail',
      'customer.name': 'buyer.name',
      created_at: 'placed',
      total_price: 'amount',
      'line_items.title': 'items.label',
      'line_items.quantity': 'items.count',
      'line_items.price': 'items.unit',
      tracking_company: 'parcels.carrier',
      tracking_number: 'parcels.code',
    });
    expect(problems).toEqual([]);
    expect(orders).toEqual([
      expect.objectContaining({
        name: '#A-17',
        email: 'ada@example.com',
        total_price: '31.50',
        line_items: [
          { title: 'Notebook', variant_title: null, sku: null, quantity: 2, price: '12.75' },
          { title: 'Pen', variant_title: null, sku: null, quantity: 1, price: '6.00' },
        ],
        fulfillments: [expect.objectContaining({ tracking_company: 'UPS', tracking_number: '1Z999' })],
      }),
    ]);
  });

  it('maps a JSON array of model orders by the field names themselves', () => {
    const text = orderFixture('orders.json');
    const mapping = previewFile(text, 'orders.json').suggestedMapping;
    expect(mapping).toMatchObject({ order_number: 'order_number', email: 'email', 'line_items.title': 'line_items.title', tracking_number: 'fulfillments.tracking_number' });
    const { orders } = applyMapping(text, 'orders.json', mapping);
    expect(orders.find((o) => o.order_number === '1047')?.line_items).toHaveLength(2);
  });

  it('says what is wrong with the mapping or the file', () => {
    const csv = 'Ref,Mail\nA1,a@example.com\n';
    expect(applyMapping(csv, 'x.csv', { email: 'Mail' })).toEqual({ orders: [], problems: ['Choose the column that holds the order number.'] });
    expect(applyMapping(csv, 'x.csv', { order_number: 'Ref', total_price: 'Amount' }).problems).toEqual([
      'The column "Amount" chosen for order total is not in the file.',
    ]);
    const sneaky = { order_number: 'Ref', nonsense: 'Mail' } as unknown as Parameters<typeof applyMapping>[2];
    expect(applyMapping(csv, 'x.csv', sneaky).orders[0]?.email).toBeNull();
    expect(previewFile('', 'x.csv').problems).toEqual(['The file is empty.']);
    expect(previewFile('Ref,Mail\n', 'x.csv').problems).toEqual(['The file has column names but no rows.']);
    expect(previewFile('{"a": 1', 'x.json').problems[0]).toMatch(/^The file is not valid JSON/);
    expect(previewFile('{"a": 1}', 'x.json').problems).toEqual(['The file holds no list of records.']);
  });

  it('recognises the exports it reads without a mapping, and suggests their columns', () => {
    expect(previewFile(orderFixture('shopify-orders_export.csv'), 'a.csv').detected).toBe('shopify-csv');
    expect(previewFile(orderFixture('woocommerce-advanced-order-export.csv'), 'b.csv').detected).toBe('woocommerce-csv');
    expect(suggestMapping(['Name', 'Email', 'Total', 'Lineitem name'])).toEqual({
      order_number: 'Name',
      email: 'Email',
      total_price: 'Total',
      'line_items.title': 'Lineitem name',
    });
  });
});
