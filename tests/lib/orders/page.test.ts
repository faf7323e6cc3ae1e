import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPageOrders } from '@/lib/orders/page';
import { FIXTURES_DIR, loadPage } from '../helpdesks/fixtures';

const page = (helpdesk: string, name: string, url: string) => loadPage(readFileSync(join(FIXTURES_DIR, helpdesk, `${name}.html`), 'utf8'), url);

describe('orders shown beside the ticket', () => {
  it('reads the active Zendesk pane’s Shopify box, not the hidden pane’s, nor ticket subjects', () => {
    const orders = readPageOrders(page('zendesk', 'en-where-is-my-order', 'https://northwind.zendesk.com/agent/tickets/48230'), 'Zendesk sidebar');
    expect(orders.map((o) => [o.name, o.total_price, o.currency, o.fulfillment_status])).toEqual([
      ['#1058', '212.00', 'GBP', 'fulfilled'],
      ['#1019', '64.00', 'GBP', 'fulfilled'],
      ['#976', '18.50', 'GBP', 'fulfilled'],
    ]);
    expect(orders[0]?.source).toEqual({ kind: 'page', label: 'Zendesk sidebar' });
    expect(orders[0]?.email).toBeNull();
  });

  it('reads Gorgias’s Shopify widget', () => {
    const orders = readPageOrders(page('gorgias', 'en-where-is-my-order', 'https://northwind.gorgias.com/app/views/1/40913772'), 'Gorgias sidebar');
    expect(orders.map((o) => [o.name, o.total_price, o.currency])).toEqual([
      ['#1052', '89.00', 'USD'],
      ['#1044', '142.00', 'USD'],
      ['#1031', '38.50', 'USD'],
    ]);
  });

  it('never takes an order the customer names in a message', () => {
    const doc = loadPage('<article><p>My order #1047 (£189.00) is late</p></article><div class="message"><p>Order #1048 €20,00</p></div>', 'https://x.example.com/');
    expect(readPageOrders(doc, 'x')).toEqual([]);
  });
});

describe('order panels with tight markup', () => {
  it('reads a number and a status in adjacent spans', () => {
    const doc = loadPage('<ul><li class="cc-order"><div><span>Order #1053</span><span>Unfulfilled</span></div><div>Nov 20 · €119.00</div></li></ul>', 'https://x.example.com/');
    expect(readPageOrders(doc, 'x').map((o) => [o.name, o.total_price, o.currency, o.fulfillment_status])).toEqual([['#1053', '119.00', 'EUR', null]]);
  });
});
