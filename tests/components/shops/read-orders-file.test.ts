import { describe, expect, it } from 'vitest';
import { importSummaryLine, readOrdersFile } from '@/components/shops/read-orders-file';
import { orderFixture } from '../../lib/orders/fixtures';

describe('reading a chosen orders file', () => {
  it('loads known formats, previews other tables, and gives the reason for the rest', () => {
    expect(readOrdersFile(orderFixture('woocommerce-customer-order-export.csv'), 'w.csv')).toMatchObject({ kind: 'known', loaded: { format: 'woocommerce-csv' } });
    expect(readOrdersFile(orderFixture('custom-orders.csv'), 'c.csv')).toMatchObject({ kind: 'needs-mapping', preview: { suggestedMapping: { order_number: 'Order' } } });
    expect(readOrdersFile('{"data": [{"ref": "A-17", "mail": "a@example.com"}]}', 'd.json')).toMatchObject({ kind: 'needs-mapping', preview: { columns: ['ref', 'mail'] } });
    expect(readOrdersFile('just one line of prose', 'notes.txt')).toEqual({ kind: 'unreadable', message: expect.stringMatching(/^notes\.txt is not an orders file/) });
    expect(readOrdersFile('{"shop": "northwind"}', 's.json')).toEqual({ kind: 'unreadable', message: expect.stringMatching(/holds no list of orders/) });
    expect(readOrdersFile('\u0000\u0001a,b,c\n1,2,3', 'x.csv')).toEqual({ kind: 'unreadable', message: expect.stringMatching(/not a text file/) });
    expect(readOrdersFile('Order,Total\n', 'head.csv')).toMatchObject({ kind: 'unreadable' });
  });

  it('sums an import up in one line', () => {
    const base = { fileName: 'orders_export.csv', format: 'shopify-csv' as const, problems: [] };
    expect(importSummaryLine({ ...base, stored: { added: 214, updated: 0, unchanged: 0 } })).toBe('214 orders from orders_export.csv (Shopify export): 214 new.');
    expect(importSummaryLine({ ...base, stored: { added: 1, updated: 2, unchanged: 3 } })).toBe(
      '6 orders from orders_export.csv (Shopify export): 1 new, 2 updated, 3 already stored as they are.',
    );
    expect(importSummaryLine({ ...base, format: 'mapped', stored: { added: 1, updated: 0, unchanged: 0 } })).toBe('1 order from orders_export.csv (with your column mapping): 1 new.');
    expect(importSummaryLine({ ...base, stored: { added: 0, updated: 0, unchanged: 0 } })).toBe('No orders could be read from orders_export.csv (Shopify export); nothing was imported.');
  });
});
