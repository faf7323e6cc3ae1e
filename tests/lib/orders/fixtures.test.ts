import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { loadOrdersFile } from '@/lib/orders/load';
import { applyMapping, previewFile } from '@/lib/orders/mapped';
import type { Order } from '@/lib/orders/model';
import { orderFixture } from './fixtures';

/** The demo helpdesk's tickets: the fixtures must tell the same story. */
interface DemoTicket {
  requester: { name: string; email: string };
  orders: { number: string; total: string }[];
}
function demoTickets(): DemoTicket[] {
  const source = readFileSync(join(import.meta.dirname, '..', '..', '..', 'scripts', 'demo-helpdesk', 'site', 'zendesk', 'tickets.js'), 'utf8');
  const window: { DEMO_HELPDESK?: { tickets: DemoTicket[] } } = {};
  runInNewContext(source, { window });
  return window.DEMO_HELPDESK?.tickets ?? [];
}

const custom = orderFixture('custom-orders.csv');
const SOURCES: [string, Order[]][] = [
  ...['shopify-orders_export.csv', 'woocommerce-advanced-order-export.csv', 'woocommerce-customer-order-export.csv', 'orders.json'].map(
    (file): [string, Order[]] => [file, loadOrdersFile(orderFixture(file), file).orders],
  ),
  ['custom-orders.csv', applyMapping(custom, 'custom-orders.csv', previewFile(custom, 'custom-orders.csv').suggestedMapping).orders],
];

/** What every source must agree on. */
const facts = (o: Order) => ({
  email: o.email,
  total: o.total_price,
  currency: o.currency,
  first_name: o.customer?.first_name,
  items: o.line_items.map((i) => [i.title, i.quantity, i.price]),
});

describe('order fixtures', () => {
  it.each(SOURCES)('%s holds the demo orders with the same facts as the others', (_file, orders) => {
    const reference = SOURCES[0]?.[1] ?? [];
    expect(orders.map((o) => o.order_number).sort()).toEqual(reference.map((o) => o.order_number).sort());
    for (const order of orders) {
      const same = reference.find((r) => r.order_number === order.order_number);
      expect(same && facts(same), order.name).toEqual(facts(order));
    }
  });

  it('match the demo helpdesk: requesters, e-mails and order totals', () => {
    const orders = SOURCES[3]?.[1] ?? [];
    const symbols: Record<string, string> = { GBP: '£', EUR: '€' };
    let checked = 0;
    for (const t of demoTickets()) {
      for (const shown of t.orders) {
        const order = orders.find((o) => o.name === shown.number);
        if (!order) continue;
        checked++;
        expect(order.email, shown.number).toBe(t.requester.email);
        expect(`${order.customer?.first_name} ${order.customer?.last_name}`).toBe(t.requester.name);
        expect(`${symbols[order.currency ?? ''] ?? ''}${order.total_price}`, shown.number).toBe(shown.total);
      }
    }
    expect(checked).toBe(7); // #1047, #1012, #1049, #1050, #1051, #1053, #1052
  });
});
