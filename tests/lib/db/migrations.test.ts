import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_VERSION, SCHEMA, openDb, type DeskpilotDb } from '@/lib/db/schema';
import type { Correction } from '@/lib/domain/correction';
import type { StoredOrder } from '@/lib/db/schema';
import type { Template } from '@/lib/templates/types';

/**
 * Migration harness. For every version, `seed` writes rows as that version stored them and
 * `check` asserts what the latest schema must show of them after upgrading. A new schema version
 * adds its case here; the harness opens the database at each older version, seeds it, closes it
 * and reopens it at the latest version.
 */
interface MigrationCase {
  seed: (db: DeskpilotDb) => Promise<void>;
  check: (db: DeskpilotDb) => Promise<void>;
}

const v1Correction: Omit<Correction, 'id'> = {
  ticketKey: 'zendesk:northwind.zendesk.com:48213',
  helpdesk: 'zendesk',
  ticketId: '48213',
  subject: 'Where is my order #1047?',
  language: 'en',
  templateId: 'greeting.order',
  suggested: 'Hi Marie,',
  sent: 'Hi Marie!',
  createdAt: 1_763_700_000_000,
};

const v2Order: StoredOrder = {
  profileId: 'default',
  importedAt: 1_763_800_000_000,
  emailKey: 'emma.thompson@example.com',
  createdMs: Date.parse('2026-11-09T10:12:44Z'),
  id: '6198823714838',
  name: '#1047',
  order_number: '1047',
  email: 'Emma.Thompson@example.com',
  created_at: '2026-11-09T10:12:44Z',
  currency: 'GBP',
  total_price: '189.00',
  financial_status: 'paid',
  fulfillment_status: 'fulfilled',
  cancelled_at: null,
  customer: { first_name: 'Emma', last_name: 'Thompson', email: 'Emma.Thompson@example.com', phone: null },
  line_items: [{ title: 'Ridgeline Waterproof Jacket', variant_title: 'M / Slate', sku: 'RWJ-M-SLT', quantity: 1, price: '179.00' }],
  fulfillments: [],
  refunds: [],
  shipping_address: null,
  order_status_url: null,
  source: { kind: 'shopify-csv', label: 'orders_export.csv' },
};

const v2Template: Template = {
  id: 'user-track-order-en',
  name: 'Where is my parcel',
  intent: 'track_order',
  language: 'en',
  orderStates: ['shipped', 'late'],
  tags: [],
  body: 'Hi {{ customer.first_name }}, your order {{ order.name }} is on its way.',
  builtIn: false,
  updatedAt: 1_763_800_000_000,
};

/** The tables version 2 added answer their queries (also on a database upgraded from version 1). */
async function checkV2Tables(db: DeskpilotDb): Promise<void> {
  await db.orders.put({ ...v2Order, profileId: 'probe', order_number: '1' });
  expect(await db.orders.where('[profileId+emailKey]').equals(['probe', v2Order.emailKey]).count()).toBe(1);
  await db.orders.delete(['probe', '1']);
  await db.templates.put({ ...v2Template, id: 'probe' });
  expect(await db.templates.where('[intent+language]').equals(['track_order', 'en']).primaryKeys()).toContain('probe');
  await db.templates.delete('probe');
}

const CASES: Record<number, MigrationCase> = {
  1: {
    seed: async (db) => {
      await db.corrections.add(v1Correction);
    },
    check: async (db) => {
      const rows = await db.corrections.toArray();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject(v1Correction);
      expect(await db.corrections.where('ticketKey').equals(v1Correction.ticketKey).count()).toBe(1);
      expect(await db.orders.count()).toBe(0);
      await checkV2Tables(db);
    },
  },
  2: {
    seed: async (db) => {
      await db.corrections.add(v1Correction);
      await db.orders.put(v2Order);
      await db.templates.put(v2Template);
    },
    check: async (db) => {
      expect(await db.corrections.count()).toBe(1);
      expect(await db.orders.get(['default', '1047'])).toEqual(v2Order);
      expect(await db.orders.where('[profileId+createdMs]').between(['default', 0], ['default', Infinity]).count()).toBe(1);
      expect(await db.templates.get(v2Template.id)).toEqual(v2Template);
      expect(await db.templates.where('intent').equals('track_order').count()).toBe(1);
      await checkV2Tables(db);
    },
  },
};

let counter = 0;
const names: string[] = [];
const freshName = () => {
  const name = `deskpilot-migration-${++counter}`;
  names.push(name);
  return name;
};

afterEach(async () => {
  await Promise.all(names.splice(0).map((n) => Dexie.delete(n)));
});

describe('database schema', () => {
  it('declares versions in increasing order and a case for each', () => {
    const versions = SCHEMA.map((s) => s.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    for (const v of versions) expect(CASES[v], `migration case for version ${v}`).toBeDefined();
  });

  it.each(SCHEMA.map((s) => s.version))('data written at version %i survives the upgrade to the latest', async (version) => {
    const name = freshName();
    const old = openDb(name, version);
    await CASES[version]?.seed(old);
    old.close();
    const latest = openDb(name, LATEST_VERSION);
    await CASES[version]?.check(latest);
    expect(latest.verno).toBe(LATEST_VERSION);
    latest.close();
  });
});
