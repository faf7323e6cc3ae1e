import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Dexie } from 'dexie';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { clearOrders, countOrders, findOrders, importOrders, listOrders } from '@/lib/db/orders';
import { openDb } from '@/lib/db/schema';
import { lookupOrder } from '@/lib/orders/lookup';
import { loadOrdersFile } from '@/lib/orders/load';

const NAME = 'deskpilot-orders-test';
const db = openDb(NAME);
afterEach(async () => db.orders.clear());
afterAll(async () => {
  db.close();
  await Dexie.delete(NAME);
});

const fixture = (file: string) => loadOrdersFile(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'orders', file), 'utf8'), file).orders;

describe('imported orders', () => {
  it('re-importing the same file adds nothing; a later import replaces the order', async () => {
    const orders = fixture('shopify-orders_export.csv');
    expect(await importOrders(db, 'default', orders, 1)).toEqual({ added: 8, updated: 0, unchanged: 0 });
    expect(await importOrders(db, 'default', orders, 2)).toEqual({ added: 0, updated: 0, unchanged: 8 });
    expect(await countOrders(db, 'default')).toBe(8);

    const json = fixture('orders.json');
    expect(await importOrders(db, 'default', json, 3)).toEqual({ added: 0, updated: 8, unchanged: 0 });
    const [o1047] = await findOrders(db, 'default', { orderNumbers: ['#1047'] });
    expect(o1047?.source.kind).toBe('json');
    expect(o1047?.fulfillments[0]?.tracking_number).toBe('15501234567890');
    expect(o1047).not.toHaveProperty('profileId');
    expect(o1047).not.toHaveProperty('emailKey');
    expect(await countOrders(db, 'default')).toBe(8);
  });

  it('keeps profiles apart', async () => {
    await importOrders(db, 'northwind', fixture('orders.json'));
    await importOrders(db, 'alpine', fixture('shopify-orders_export.csv').slice(0, 2));
    expect(await countOrders(db, 'northwind')).toBe(8);
    expect(await countOrders(db, 'alpine')).toBe(2);
    expect(await findOrders(db, 'alpine', { orderNumbers: ['1047'] })).toEqual([]);
    expect(await clearOrders(db, 'alpine')).toBe(2);
    expect(await countOrders(db, 'alpine')).toBe(0);
    expect(await countOrders(db, 'northwind')).toBe(8);
  });

  it('finds by numbers and by e-mail (case aside), most recent first, and feeds the lookup', async () => {
    await importOrders(db, 'default', fixture('orders.json'));
    const byEmail = await findOrders(db, 'default', { email: ' Emma.Thompson@EXAMPLE.com ' });
    expect(byEmail.map((o) => o.name)).toEqual(['#1047', '#1012']);
    const both = await findOrders(db, 'default', { orderNumbers: ['1051', '9999', '1051'], email: 'lucia.fernandez@example.com' });
    expect(both.map((o) => o.name)).toEqual(['#1053', '#1051']);
    expect(await findOrders(db, 'default', {})).toEqual([]);

    const ticket = { orderNumbers: ['1051'], customer: { name: 'Lucía Fernández', email: 'lucia.fernandez@example.com' } };
    const result = lookupOrder({ ticket, candidates: both });
    expect(result.order?.name).toBe('#1051');
    expect(result.alternatives.map((o) => o.name)).toEqual(['#1053']);
  });

  it('lists the most recent orders through the date index', async () => {
    await importOrders(db, 'default', fixture('orders.json'));
    expect((await listOrders(db, 'default', 3)).map((o) => o.name)).toEqual(['#1052', '#1053', '#1051']);
  });

  it('stores an order listed twice in one import once, as its last version', async () => {
    const [a] = fixture('orders.json');
    if (!a) throw new Error('fixture');
    const summary = await importOrders(db, 'default', [a, { ...a, name: '#1012', total_price: '80.00' }]);
    expect(summary).toEqual({ added: 1, updated: 0, unchanged: 0 });
    expect((await findOrders(db, 'default', { orderNumbers: ['1012'] }))[0]?.total_price).toBe('80.00');
  });
});
