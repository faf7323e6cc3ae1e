import { describe, expect, it } from 'vitest';
import { readStatus } from '@/lib/orders/assemble';
import { parseWooCommerceCsv, readCombinedItems, variantFromMeta } from '@/lib/orders/woocommerce-csv';
import { orderFixture } from './fixtures';

const parse = (file: string) => {
  const result = parseWooCommerceCsv(orderFixture(file), file);
  return { ...result, get: (name: string) => result.orders.find((o) => o.name === name) };
};

describe('WooCommerce order exports', () => {
  it('reads "Advanced Order Export" labels, one row per item, order columns on the first row only', () => {
    const { orders, problems, get } = parse('woocommerce-advanced-order-export.csv');
    expect(problems).toEqual([]);
    expect(orders).toHaveLength(8);
    expect(get('#1047')).toMatchObject({
      email: 'emma.thompson@example.com',
      created_at: '2026-11-09T10:12:00',
      currency: 'GBP',
      total_price: '189.00',
      financial_status: 'paid',
      fulfillment_status: 'fulfilled',
      customer: { first_name: 'Emma', last_name: 'Thompson', phone: '+44 113 496 0721' },
      line_items: [
        { title: 'Ridgeline Waterproof Jacket', variant_title: 'M, Slate', sku: 'RWJ-M-SLT', quantity: 1, price: '179.00' },
        { title: 'Merino Hiking Socks', variant_title: 'M', sku: 'MHS-M', quantity: 1, price: '10.00' },
      ],
      fulfillments: [{ status: 'success', tracking_company: 'DPD', tracking_number: '15501234567890', tracking_url: 'https://track.dpd.co.uk/parcels/15501234567890' }],
      field_sources: {
        'fulfillments.0.tracking_url': { kind: 'woocommerce-csv', label: 'DPD tracking page for the number in woocommerce-advanced-order-export.csv' },
      },
      shipping_address: { name: 'Emma Thompson', address1: '8 Park Square East', city: 'Leeds', zip: 'LS1 2NE', country: 'GB' },
      source: { kind: 'woocommerce-csv', label: 'woocommerce-advanced-order-export.csv' },
    });
    expect(get('#1052')?.line_items.map((i) => i.title)).toEqual(['Packable Down Vest', 'Merino Beanie']);
    expect(get('#1052')?.email).toBe('daniel.okafor@example.com');
  });

  it('maps WooCommerce statuses to payment and shipping states', () => {
    const { get } = parse('woocommerce-advanced-order-export.csv');
    expect(get('#1051')).toMatchObject({ financial_status: 'pending', fulfillment_status: null }); // on hold
    expect(get('#1052')).toMatchObject({ financial_status: 'paid', fulfillment_status: null }); // processing
    expect(get('#1048')).toMatchObject({ financial_status: 'voided', cancelled_at: null }); // cancelled
    expect(get('#1050')).toMatchObject({ financial_status: 'partially_refunded', refunds: [{ amount: '139.95' }] }); // completed, part refunded
  });

  it('reads "Customer / Order / Coupon Export" keys with line items combined in one cell', () => {
    const { orders, problems, get } = parse('woocommerce-customer-order-export.csv');
    expect(problems).toEqual([]);
    expect(orders).toHaveLength(8);
    expect(get('#1047')).toMatchObject({
      id: '5233',
      order_number: '1047',
      created_at: '2026-11-09T10:12:00',
      line_items: [
        { title: 'Ridgeline Waterproof Jacket', variant_title: 'M / Slate', sku: 'RWJ-M-SLT', quantity: 1, price: '179.00' },
        { title: 'Merino Hiking Socks', variant_title: 'M', sku: 'MHS-M', quantity: 1, price: '10.00' },
      ],
      customer: { first_name: 'Emma', last_name: 'Thompson' },
    });
    expect(get('#1012')?.line_items[1]).toMatchObject({ title: 'Merino Hiking Socks', quantity: 2, price: '16.25' });
    expect(get('#1051')?.financial_status).toBe('pending');
    expect(get('#1049')?.customer?.first_name).toBe('Camille');
  });

  it('reads combined line items as pairs or JSON, and variants from item meta', () => {
    expect(readCombinedItems('name:Belt | A|sku:B1|quantity:2|total:20.00|total_tax:4.00;name:Cap|quantity:1|total:5')).toEqual([
      { title: 'Belt | A', variant_title: undefined, sku: 'B1', quantity: '2', price: undefined, total: '24.00' },
      { title: 'Cap', variant_title: undefined, sku: undefined, quantity: '1', price: undefined, total: '5' },
    ]);
    expect(readCombinedItems('[{"name":"Belt","quantity":2,"total":"20.00","sku":"B1"}]')).toEqual([
      { title: 'Belt', variant_title: undefined, sku: 'B1', quantity: '2', price: undefined, total: '20.00' },
    ]);
    expect(readCombinedItems('[{"name":')).toBeNull();
    expect(readCombinedItems('just words')).toBeNull();
    expect(variantFromMeta('pa_size=M, pa_colour=Slate')).toBe('M / Slate');
    expect(variantFromMeta('Size: L | Colour: Rojo')).toBe('L / Rojo');
  });

  it('reads WebToffee line_item_N columns and Shipment Tracking columns', () => {
    const text = [
      'order_id,order_number,order_date,status,order_total,order_currency,billing_email,tracking_provider,tracking_number,tracking_link,date_shipped,line_item_1,line_item_2',
      '88,1047,2026-11-09 10:12:44,wc-completed,189.00,GBP,emma.thompson@example.com,DPD,15501234567890,https://track.dpd.co.uk/parcels/15501234567890,2026-11-10,name:Ridgeline Waterproof Jacket|sku:RWJ-M-SLT|quantity:1|total:179.00,name:Merino Hiking Socks|quantity:1|total:10.00',
    ].join('\n');
    const { orders, problems } = parseWooCommerceCsv(text, 'webtoffee.csv');
    expect(problems).toEqual([]);
    expect(orders[0]).toMatchObject({
      id: '88',
      financial_status: 'paid',
      fulfillment_status: 'fulfilled',
      line_items: [{ title: 'Ridgeline Waterproof Jacket', price: '179.00' }, { title: 'Merino Hiking Socks', price: '10.00' }],
      fulfillments: [{ created_at: '2026-11-10', tracking_company: 'DPD', tracking_url: 'https://track.dpd.co.uk/parcels/15501234567890' }],
    });
  });

  it('reports unknown statuses, wrong types and broken item cells, and refuses other files', () => {
    const text = [
      'order_number,status,order_total,billing_email,line_items',
      '1,teleported,12.00,a@example.com,name:Hat|quantity:1|total:12.00',
      '2,refunded,xyz,b@example.com,garbage',
      '3,refunded,30.00,c@example.com,',
    ].join('\n');
    const { orders, problems } = parseWooCommerceCsv(text, 'w.csv');
    expect(problems).toEqual([
      'row 3: line_items could not be read as line items',
      'row 2: status "teleported" is not a status Deskpilot knows; it was left out',
      'row 3: order_total "xyz" is not a number',
    ]);
    expect(orders.map((o) => [o.order_number, o.financial_status, o.refunds.map((r) => r.amount)])).toEqual([
      ['1', null, []],
      ['2', 'refunded', []],
      ['3', 'refunded', ['30.00']],
    ]);
    expect(parseWooCommerceCsv('Name,Email\n#1,a@b.co\n', 'x.csv').problems[0]).toMatch(/^This is not a WooCommerce orders export/);
    expect(parseWooCommerceCsv('', 'x.csv').problems).toEqual(['The file is empty.']);
  });

  it('reads statuses as slugs, labels and plain words', () => {
    expect(readStatus('wc-on-hold')).toEqual({ financial_status: 'pending', fulfillment_status: null });
    expect(readStatus('Pending payment')).toEqual({ financial_status: 'pending' });
    expect(readStatus('Completed')).toEqual({ financial_status: 'paid', fulfillment_status: 'fulfilled' });
    expect(readStatus('Refunded')).toEqual({ financial_status: 'refunded', refundedInFull: true });
    expect(readStatus('In transit')).toEqual({ fulfillment_status: 'fulfilled', shipment_status: 'in_transit' });
    expect(readStatus('')).toBeNull();
    expect(readStatus('mystery')).toBeNull();
  });
});
