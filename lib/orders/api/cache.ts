import { orderKey } from '../model';
import type { OrderApiResult } from './errors';
import type { LookupOptions, OrderApiClient } from './types';

/** What was asked of a shop: an order number, or a customer's e-mail (newest orders first). */
export type OrderQuery = { by: 'number'; value: string } | { by: 'email'; value: string; limit?: number };

export const DEFAULT_CACHE_TTL_MS = 5 * 60_000;
const DEFAULT_MAX_ENTRIES = 200;

/** The same question written two ways ("#1047", "1047"; "Jane@X.com", "jane@x.com") has one key. */
export function queryKey(query: OrderQuery): string {
  return query.by === 'number' ? `number:${orderKey(query.value)}` : `email:${query.value.trim().toLowerCase()}:${query.limit ?? ''}`;
}

export interface OrderCache {
  /**
   * The shop's answer for this ticket and question: from memory while fresh, else asked once
   * (concurrent identical lookups share one request). Only successful answers are kept, so an
   * error is asked again next time.
   */
  lookup(ticketKey: string, client: OrderApiClient, query: OrderQuery, options?: LookupOptions): Promise<OrderApiResult>;
  /** The fresh answer in memory, without asking. */
  peek(ticketKey: string, clientId: string, query: OrderQuery): OrderApiResult | undefined;
  /** Forgets one ticket's answers (the agent asked to refresh), or all with no argument. */
  invalidate(ticketKey?: string): void;
  readonly size: number;
}

interface Entry {
  ticketKey: string;
  storedAt: number;
  result: Promise<OrderApiResult>;
  settled: OrderApiResult | null;
}

/**
 * Per-ticket, per-question memory of shop answers in the background, so switching back to a
 * ticket shows its order without calling the shop again. Lives as long as the background does.
 */
export function createOrderCache(options: { ttlMs?: number; maxEntries?: number; now?: () => number } = {}): OrderCache {
  const ttl = options.ttlMs ?? DEFAULT_CACHE_TTL_MS;
  const max = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
  const now = options.now ?? (() => Date.now());
  const entries = new Map<string, Entry>();

  const keyOf = (ticketKey: string, clientId: string, query: OrderQuery) => JSON.stringify([ticketKey, clientId, queryKey(query)]);
  const fresh = (entry: Entry | undefined): entry is Entry => entry !== undefined && now() - entry.storedAt < ttl;

  return {
    lookup(ticketKey, client, query, lookupOptions = {}) {
      const key = keyOf(ticketKey, client.id, query);
      const existing = entries.get(key);
      if (fresh(existing)) {
        // Most recently used last, so the oldest is dropped first.
        entries.delete(key);
        entries.set(key, existing);
        return existing.result;
      }
      entries.delete(key);
      const result =
        query.by === 'number'
          ? client.findByNumber(query.value, lookupOptions)
          : client.findByEmail(query.value, { ...lookupOptions, limit: query.limit });
      const entry: Entry = { ticketKey, storedAt: now(), result, settled: null };
      entries.set(key, entry);
      while (entries.size > max) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
      void result.then(
        (settled) => {
          if (!settled.ok) {
            if (entries.get(key) === entry) entries.delete(key);
          } else {
            entry.settled = settled;
            entry.storedAt = now();
          }
        },
        () => {
          if (entries.get(key) === entry) entries.delete(key);
        },
      );
      return result;
    },
    peek(ticketKey, clientId, query) {
      const entry = entries.get(keyOf(ticketKey, clientId, query));
      return fresh(entry) && entry.settled ? entry.settled : undefined;
    },
    invalidate(ticketKey) {
      if (ticketKey === undefined) return entries.clear();
      for (const [key, entry] of entries) if (entry.ticketKey === ticketKey) entries.delete(key);
    },
    get size() {
      return entries.size;
    },
  };
}
