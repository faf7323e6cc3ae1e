import { Dexie } from 'dexie';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { countTemplates, deleteTemplate, getTemplate, listTemplates, saveTemplate } from '@/lib/db/templates';
import { openDb } from '@/lib/db/schema';
import type { Template } from '@/lib/templates/types';

const NAME = 'deskpilot-templates-test';
const db = openDb(NAME);
afterEach(async () => db.templates.clear());
afterAll(async () => {
  db.close();
  await Dexie.delete(NAME);
});

const base: Template = {
  id: 't1',
  name: 'Parcel on its way',
  intent: 'track_order',
  language: 'en',
  orderStates: ['shipped'],
  tags: ['wismo'],
  body: 'Hi {{ customer.first_name }},',
  builtIn: true,
  updatedAt: 0,
};

describe('user templates', () => {
  it('saves as the user’s own with a fresh date, reads, lists by intent and language, deletes', async () => {
    const saved = await saveTemplate(db, base, 1000);
    expect(saved).toEqual({ ...base, builtIn: false, updatedAt: 1000 });
    expect(await getTemplate(db, 't1')).toEqual(saved);
    await saveTemplate(db, { ...base, id: 't2', name: 'Colis en route', language: 'fr' }, 2000);
    await saveTemplate(db, { ...base, id: 't3', name: 'Annulation', intent: 'cancel_order', language: 'fr' }, 3000);
    await saveTemplate(db, { ...base, name: 'A parcel on its way' }, 4000);

    expect((await listTemplates(db)).map((t) => t.id)).toEqual(['t1', 't3', 't2']);
    expect((await listTemplates(db, { intent: 'track_order' })).map((t) => t.id)).toEqual(['t1', 't2']);
    expect((await listTemplates(db, { language: 'fr' })).map((t) => t.id)).toEqual(['t3', 't2']);
    expect((await listTemplates(db, { intent: 'track_order', language: 'fr' })).map((t) => t.id)).toEqual(['t2']);
    expect(await getTemplate(db, 't1')).toMatchObject({ name: 'A parcel on its way', updatedAt: 4000 });

    await deleteTemplate(db, 't1');
    expect(await countTemplates(db)).toBe(2);
  });

  it('refuses templates without id or name, or with an unknown intent or language', async () => {
    await expect(saveTemplate(db, { ...base, id: ' ' })).rejects.toThrow('id');
    await expect(saveTemplate(db, { ...base, name: '' })).rejects.toThrow('name');
    await expect(saveTemplate(db, { ...base, intent: 'teleport' as Template['intent'] })).rejects.toThrow('not an intent');
    await expect(saveTemplate(db, { ...base, language: 'english' })).rejects.toThrow('language');
    expect(await countTemplates(db)).toBe(0);
  });
});
