import { describe, expect, it } from 'vitest';
import { loadOrdersFile } from '@/lib/orders/load';
import { orderFixture } from './fixtures';

describe('loading an orders file of any known format', () => {
  it.each([
    ['shopify-orders_export.csv', 'shopify-csv'],
    ['woocommerce-advanced-order-export.csv', 'woocommerce-csv'],
    ['woocommerce-customer-order-export.csv', 'woocommerce-csv'],
    ['orders.json', 'json'],
  ] as const)('tells %s is %s', (file, format) => {
    const loaded = loadOrdersFile(orderFixture(file), file);
    expect(loaded.format).toBe(format);
    expect(loaded.problems).toEqual([]);
    expect(loaded.orders.map((o) => o.order_number).sort()).toEqual(['1012', '1047', '1048', '1049', '1050', '1051', '1052', '1053']);
    expect(loaded.orders.every((o) => o.source.label === file)).toBe(true);
  });

  it('throws one clear line for files it cannot read', () => {
    const cases: [string, string, RegExp][] = [
      ['', 'empty.csv', /^empty\.csv is empty\.$/],
      ['  \n\n', 'blank.csv', /^blank\.csv is empty\.$/],
      ['PK\u0003\u0004\u0014\u0000\u0006\u0000', 'orders.xlsx', /^orders\.xlsx is a spreadsheet or zip file, not CSV/],
      ['\u0000\u0001\u0002binary', 'orders.bin', /^orders\.bin is not a text file/],
      ['[{"order_number": 1', 'broken.json', /^broken\.json is not valid JSON: /],
      ['{"shop": "northwind"}', 'shop.json', /^shop\.json holds no list of orders/],
      ['just one line of prose', 'notes.txt', /^notes\.txt is not an orders file: no CSV columns/],
      [orderFixture('custom-orders.csv'), 'custom-orders.csv', /^custom-orders\.csv is neither a Shopify nor a WooCommerce orders export \(its columns: "Order", "Customer"/],
    ];
    for (const [text, name, message] of cases) {
      expect(() => loadOrdersFile(text, name), name).toThrow(message);
      try {
        loadOrdersFile(text, name);
      } catch (error) {
        expect((error as Error).message).not.toContain('\n');
      }
    }
  });

  it('keeps row problems apart from the orders it could read', () => {
    const text = orderFixture('shopify-orders_export.csv').replace('#1052,daniel.okafor@example.com,paid', '#1052,daniel.okafor@example,paid');
    const loaded = loadOrdersFile(text, 'x.csv');
    expect(loaded.orders).toHaveLength(8);
    expect(loaded.problems).toEqual(['row 3: Email "daniel.okafor@example" is not an e-mail address']);
  });

  it('reads a 5 MB Shopify export quickly', () => {
    const [header, ...rows] = orderFixture('shopify-orders_export.csv').trimEnd().split('\n');
    const body = rows.join('\n');
    const parts: string[] = [header ?? ''];
    let size = header?.length ?? 0;
    let copy = 0;
    while (size < 5 * 1024 * 1024) {
      copy++;
      const block = body.replace(/#(\d{4}),/g, (_m, n: string) => `#${copy}${n},`);
      parts.push(block);
      size += block.length;
    }
    const text = parts.join('\n');
    expect(text.length).toBeGreaterThan(5 * 1024 * 1024);
    const started = performance.now();
    const loaded = loadOrdersFile(text, 'big.csv');
    const took = performance.now() - started;
    expect(loaded.format).toBe('shopify-csv');
    expect(loaded.problems).toEqual([]);
    expect(loaded.orders).toHaveLength(copy * 8);
    expect(took).toBeLessThan(15_000);
  }, 30_000);
});
