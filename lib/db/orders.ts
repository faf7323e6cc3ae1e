import { Dexie } from 'dexie';
import { orderKey, type Order } from '../orders/model';
import { mostRecentFirst } from '../orders/lookup';
import { dateMs } from '../orders/values';
import type { DeskpilotDb, StoredOrder } from './schema';

/**
 * Imported orders, one set per profile (a shop). An order is keyed by its profile and number, so
 * importing the same file again adds nothing, and a later import replaces what an earlier one said.
 */
export interface ImportSummary {
  added: number;
  /** Orders already stored that this import changed. */
  updated: number;
  /** Orders already stored exactly as this import has them. */
  unchanged: number;
}

export async function importOrders(db: DeskpilotDb, profileId: string, orders: readonly Order[], now: number = Date.now()): Promise<ImportSummary> {
  const byNumber = new Map<string, Order>();
  for (const order of orders) {
    const number = orderKey(order.order_number);
    if (number !== '') byNumber.set(number, order); // a file listing an order twice: its last version
  }
  const rows: StoredOrder[] = [...byNumber].map(([number, order]) => toRow(profileId, number, order, now));
  return db.transaction('rw', db.orders, async () => {
    const existing = await db.orders.bulkGet(rows.map((r) => [profileId, r.order_number] as [string, string]));
    const summary: ImportSummary = { added: 0, updated: 0, unchanged: 0 };
    const changed: StoredOrder[] = [];
    rows.forEach((row, i) => {
      const before = existing[i];
      if (!before) summary.added++;
      else if (sameOrder(before, row)) {
        summary.unchanged++;
        return;
      } else summary.updated++;
      changed.push(row);
    });
    await db.orders.bulkPut(changed);
    return summary;
  });
}

/**
 * The profile's orders that have one of these numbers, and the orders of this e-mail (case
 * aside), each once, most recent first. Hand them to `lookupOrder` as candidates.
 */
export async function findOrders(
  db: DeskpilotDb,
  profileId: string,
  query: { orderNumbers?: readonly string[]; email?: string | null },
): Promise<Order[]> {
  const keys = [...new Set((query.orderNumbers ?? []).map(orderKey).filter(Boolean))].map((n) => [profileId, n] as [string, string]);
  const byNumber = keys.length > 0 ? await db.orders.bulkGet(keys) : [];
  const email = query.email?.trim().toLowerCase();
  const byEmail = email ? await db.orders.where('[profileId+emailKey]').equals([profileId, email]).toArray() : [];
  const found = new Map<string, StoredOrder>();
  for (const row of [...byNumber, ...byEmail]) if (row) found.set(row.order_number, row);
  return [...found.values()].map(toOrder).sort(mostRecentFirst);
}

/** The profile's most recent orders. */
export async function listOrders(db: DeskpilotDb, profileId: string, limit = 50): Promise<Order[]> {
  const rows = await db.orders
    .where('[profileId+createdMs]')
    .between([profileId, Dexie.minKey], [profileId, Dexie.maxKey])
    .reverse()
    .limit(limit)
    .toArray();
  return rows.map(toOrder);
}

export function countOrders(db: DeskpilotDb, profileId: string): Promise<number> {
  return profileOrders(db, profileId).count();
}

/** Deletes the profile's orders (also what to do when a profile is removed); gives how many. */
export function clearOrders(db: DeskpilotDb, profileId: string): Promise<number> {
  return profileOrders(db, profileId).delete();
}

function profileOrders(db: DeskpilotDb, profileId: string) {
  return db.orders.where('[profileId+order_number]').between([profileId, Dexie.minKey], [profileId, Dexie.maxKey]);
}

function toRow(profileId: string, number: string, order: Order, now: number): StoredOrder {
  const email = order.email ?? order.customer?.email ?? '';
  return { ...order, order_number: number, profileId, importedAt: now, emailKey: email.trim().toLowerCase(), createdMs: dateMs(order.created_at) ?? 0 };
}

function toOrder(row: StoredOrder): Order {
  const order: Partial<StoredOrder> = { ...row };
  delete order.profileId;
  delete order.importedAt;
  delete order.emailKey;
  delete order.createdMs;
  return order as Order;
}

function sameOrder(a: StoredOrder, b: StoredOrder): boolean {
  return canonical(toOrder(a)) === canonical(toOrder(b));
}

/** JSON with sorted keys: a stored row comes back with its keys in any order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v,
  );
}
