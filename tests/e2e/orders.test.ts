import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { tabIdForTicket } from '../../scripts/browser/launch';
import { sampleShopifyOrder, sampleWooOrder, sampleWooTracking, startShopifyServer, startWooServer, type ShopServer } from '../support/shop-servers';
import { startHarness, type Harness } from './harness';

/**
 * A ticket that mentions #1047 shows the right order card from each source, set up the way a
 * user does it in the options page. The e2e build holds host permissions, standing for the
 * user's "Allow" on the shop's address.
 */
const TICKET = 'https://northwind.zendesk.com/agent/tickets/48213';
const ORDERS = join(import.meta.dirname, '..', 'fixtures', 'orders');

let h: Harness;
let shopify: ShopServer;
let woo: ShopServer;

beforeAll(async () => {
  shopify = await startShopifyServer({ accessTokens: ['shpat_test_token_0001'], orders: [sampleShopifyOrder()] });
  woo = await startWooServer({ consumerKey: 'ck_test', consumerSecret: 'cs_test', orders: [sampleWooOrder()], tracking: { '5233': [sampleWooTracking()] } });
  h = await startHarness('e2e', { proxy: [{ hostSuffix: '.myshopify.com', target: shopify.origin }] });
});
afterAll(async () => {
  await h?.close();
  await shopify?.close();
  await woo?.close();
});

async function shopsPage(): Promise<Page> {
  return h.extensionPage('options.html#shops');
}

async function ticketPanel() {
  const page = await h.browser.context.newPage();
  await page.goto(TICKET);
  const panel = await h.panelFor(await tabIdForTicket(h.browser.worker, TICKET));
  return { page, panel };
}

async function connect(options: Page, platform: string, shop: string, secret: string, key?: string) {
  await options.getByLabel('Shop platform').selectOption({ label: platform });
  await options.getByLabel(key ? 'Shop address' : 'Shop’s myshopify.com address', { exact: true }).fill(shop);
  if (key) await options.getByLabel('Consumer key', { exact: true }).fill(key);
  await options.getByLabel(key ? 'Consumer secret' : 'Admin API access token', { exact: true }).fill(secret);
  await options.getByRole('button', { name: 'Save connection' }).click();
}

async function disconnect(options: Page) {
  await options.getByRole('button', { name: 'Disconnect' }).click();
  const confirm = options.getByRole('button', { name: /Disconnect|Yes/ }).last();
  await confirm.click();
}

describe('the order card for #1047', () => {
  it('comes from the order panel the helpdesk shows beside the ticket', async () => {
    const { page, panel } = await ticketPanel();
    const card = panel.getByRole('region', { name: 'Order #1047' });
    await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(1);
    const text = await card.innerText();
    expect(text).toContain('from the helpdesk page');
    expect(text).toContain('£189.00');
    // The panel shows no e-mail for it: nothing proves it is the requester's until the agent says so.
    expect(await panel.getByText('Is this the customer’s order?').count()).toBe(1);
    for (const p of [panel, page]) await p.close();
  });

  it('comes from an imported Shopify export, and fills the suggestion', async () => {
    const options = await shopsPage();
    await options.getByLabel(/Import orders from a file/).setInputFiles(join(ORDERS, 'shopify-orders_export.csv'));
    await expect.poll(() => options.innerText('main'), { timeout: 10_000 }).toMatch(/orders? from shopify-orders_export\.csv \(Shopify export\)/);

    const { page, panel } = await ticketPanel();
    const card = panel.getByRole('region', { name: 'Order #1047' });
    // The helpdesk's own panel shows #1047 too; the whole order from the export takes over.
    await expect.poll(() => card.innerText(), { timeout: 10_000 }).toContain('from a Shopify export');
    const text = await card.innerText();
    expect(text).toMatch(/Ridgeline/i);
    expect(await panel.innerText('main')).not.toContain('Is this the customer’s order?');
    await panel.getByText(/Facts used/).click();
    expect(await panel.innerText('main')).toMatch(/order\.name\s*#1047 from order \(Shopify export\)/);

    await options.getByRole('button', { name: 'Remove imported orders' }).click();
    await options.getByRole('button', { name: /Remove|Yes/ }).last().click();
    for (const p of [options, panel, page]) await p.close();
  });

  it('comes from WooCommerce’s REST API with Shipment Tracking', async () => {
    const options = await shopsPage();
    await connect(options, 'WooCommerce: REST API keys', woo.origin, 'cs_test', 'ck_test');
    await expect.poll(() => options.innerText('main'), { timeout: 10_000 }).toContain('127.0.0.1');

    const { page, panel } = await ticketPanel();
    const card = panel.getByRole('region', { name: 'Order #1047' });
    await expect.poll(() => card.innerText(), { timeout: 10_000 }).toContain('from WooCommerce');
    expect(woo.requests.some((r) => r.path.startsWith('/wp-json/wc/v3/orders'))).toBe(true);
    await disconnect(options);
    for (const p of [options, panel, page]) await p.close();
  });

  it('comes from Shopify’s Admin GraphQL API', async () => {
    const options = await shopsPage();
    await connect(options, 'Shopify: Admin API access token', 'northwind.myshopify.com', 'shpat_test_token_0001');
    await expect.poll(() => options.innerText('main'), { timeout: 10_000 }).toContain('northwind.myshopify.com');

    const { page, panel } = await ticketPanel();
    const card = panel.getByRole('region', { name: 'Order #1047' });
    await expect.poll(() => card.innerText(), { timeout: 10_000 }).toContain('from Shopify');
    const text = await card.innerText();
    expect(text).toMatch(/DPD/);
    const sent = shopify.requests.find((r) => r.path.endsWith('/graphql.json'));
    expect(sent?.headers['x-shopify-access-token']).toBe('shpat_test_token_0001');
    await disconnect(options);
    for (const p of [options, panel, page]) await p.close();
  });
});

describe('order facts and gaps', () => {
  it('keeps another customer’s order out of the reply until the agent confirms, and asks before inserting gaps', async () => {
    const options = await shopsPage();
    await options.getByLabel(/Import orders from a file/).setInputFiles({
      name: 'orders.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify([
          { id: '1', name: '#1047', order_number: '1047', email: 'someone.else@example.org', created_at: '2026-11-09T10:12:00Z', currency: 'GBP', total_price: '189.00', line_items: [{ title: 'Ridgeline jacket', quantity: 1, price: '189.00' }] },
        ]),
      ),
    });
    await expect.poll(() => options.innerText('main'), { timeout: 10_000 }).toMatch(/orders? from orders\.json/);

    const { page, panel } = await ticketPanel();
    await expect.poll(() => panel.innerText('main'), { timeout: 10_000 }).toContain('someone.else@example.org');
    expect(await panel.getByText('Is this the customer’s order?').count()).toBe(1);
    const box = panel.getByRole('textbox', { name: 'Reply text' });
    await expect.poll(() => box.inputValue()).toContain('[order.name]');
    expect(await panel.getByRole('group', { name: 'Values to fill' }).innerText()).toContain('order.name');

    // Insert with gaps asks first; going back inserts nothing.
    await panel.getByRole('button', { name: 'Insert' }).click();
    await expect.poll(() => panel.getByText(/still missing/).count()).toBe(1);
    await panel.getByRole('button', { name: 'Go back and fill' }).click();
    expect(await panel.getByText('Inserted in the reply box').count()).toBe(0);

    // Confirmed: the order's facts fill the reply.
    await panel.getByRole('button', { name: 'Yes, it is the customer’s order' }).click();
    await expect.poll(() => box.inputValue()).toContain('#1047');
    expect(await box.inputValue()).not.toContain('[order.name]');

    await options.getByRole('button', { name: 'Remove imported orders' }).click();
    await options.getByRole('button', { name: /Remove|Yes/ }).last().click();
    for (const p of [options, panel, page]) await p.close();
  });
});
