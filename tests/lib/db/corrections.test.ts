import { Dexie } from 'dexie';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { addCorrection, correctionsForTicket, deleteCorrection, listCorrections } from '@/lib/db/corrections';
import { openDb } from '@/lib/db/schema';

const db = openDb('deskpilot-corrections-test');
afterEach(async () => db.corrections.clear());
afterAll(() => Dexie.delete('deskpilot-corrections-test'));

const base = { helpdesk: 'zendesk' as const, subject: 'S', language: 'en', templateId: 't', suggested: 'a', sent: 'b' };

describe('corrections', () => {
  it('lists newest first, finds by ticket, deletes', async () => {
    const first = await addCorrection(db, { ...base, ticketKey: 'k1', ticketId: '1', createdAt: 1 });
    await addCorrection(db, { ...base, ticketKey: 'k2', ticketId: '2', createdAt: 3 });
    await addCorrection(db, { ...base, ticketKey: 'k1', ticketId: '1', createdAt: 2 });
    expect((await listCorrections(db)).map((c) => c.createdAt)).toEqual([3, 2, 1]);
    expect((await correctionsForTicket(db, 'k1')).map((c) => c.createdAt)).toEqual([1, 2]);
    await deleteCorrection(db, first);
    expect(await db.corrections.count()).toBe(2);
  });
});
