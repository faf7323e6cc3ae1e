import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_VERSION, SCHEMA, openDb, type DeskpilotDb } from '@/lib/db/schema';
import type { Correction } from '@/lib/domain/correction';

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
