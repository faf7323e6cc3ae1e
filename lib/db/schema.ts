import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { Correction } from '../domain/correction';

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
];

export const LATEST_VERSION = SCHEMA[SCHEMA.length - 1]?.version ?? 1;

export type DeskpilotDb = Dexie & {
  corrections: EntityTable<Correction, 'id'>;
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
