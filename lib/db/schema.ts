import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import type { Correction } from '../domain/correction';
import type { Order } from '../orders/model';
import type { Template } from '../templates/types';

export const DB_NAME = 'deskpilot';

/**
 * Every schema version, oldest first. A change is a new entry (never an edit of an old one),
 * with an `upgrade` when existing rows must change, and a case in tests/lib/db/migrations.test.ts
 * that replays it on data of the previous version.
 * Index only what is queried: corrections are listed newest first and looked up by ticket.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: { corrections: '++id, createdAt, ticketKey' },
  },
  {
    // Imported orders, per profile (one shop each), found by number, by e-mail and listed by
    // date; the user's own reply templates, listed by intent and language.
    version: 2,
    stores: {
      orders: '[profileId+order_number], [profileId+emailKey], [profileId+createdMs]',
      templates: 'id, intent, language, [intent+language]',
    },
  },
];

export const LATEST_VERSION = SCHEMA[SCHEMA.length - 1]?.version ?? 1;

/** An imported order as stored: the order plus what finds it. */
export interface StoredOrder extends Order {
  profileId: string;
  /** Milliseconds since the epoch of the import that wrote this row. */
  importedAt: number;
  /** The order's e-mail in lower case, '' without one: e-mail lookups ignore case. */
  emailKey: string;
  /** `created_at` in milliseconds, 0 without one: offsets differ, so strings do not sort. */
  createdMs: number;
}

export type DeskpilotDb = Dexie & {
  corrections: EntityTable<Correction, 'id'>;
  orders: Table<StoredOrder, [string, string]>;
  templates: EntityTable<Template, 'id'>;
};

/** Opens the database with the versions up to `upTo` (tests open older ones to replay migrations). */
export function openDb(name: string = DB_NAME, upTo: number = LATEST_VERSION): DeskpilotDb {
  const db = new Dexie(name) as DeskpilotDb;
  for (const step of SCHEMA) {
    if (step.version > upTo) break;
    const version = db.version(step.version).stores(step.stores);
    if (step.upgrade) version.upgrade(step.upgrade);
  }
  return db;
}
