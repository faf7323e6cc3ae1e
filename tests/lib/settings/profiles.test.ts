import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  addProfile,
  DEFAULT_PROFILES,
  getActiveProfile,
  getProfiles,
  normalizeDomain,
  normalizeProfiles,
  profilesItem,
  removeProfile,
  renameProfile,
  setActiveProfile,
  updateProfile,
} from '@/lib/settings/profiles';

describe('profiles', () => {
  it('starts with one default profile, active', async () => {
    expect(await getProfiles()).toEqual(DEFAULT_PROFILES);
    expect((await getActiveProfile()).id).toBe('default');
  });

  it('adds, renames, updates, activates and removes profiles, kept in storage.local', async () => {
    const alpine = await addProfile('  Alpine Gear ', { shopDomain: 'https://Alpine-Gear.myshopify.com/admin/orders', currency: 'eur' });
    expect(alpine).toMatchObject({ name: 'Alpine Gear', shopDomain: 'alpine-gear.myshopify.com', currency: 'EUR' });
    expect(alpine.id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await getProfiles()).activeId).toBe('default');

    await setActiveProfile(alpine.id);
    expect(await getActiveProfile()).toEqual(alpine);
    expect(await renameProfile(alpine.id, 'Alpine Gear EU')).toMatchObject({ name: 'Alpine Gear EU' });
    expect(await updateProfile(alpine.id, { currency: null })).toMatchObject({ currency: null, shopDomain: 'alpine-gear.myshopify.com' });

    const stored = await fakeBrowser.storage.local.get('profiles');
    expect(stored.profiles).toMatchObject({ activeId: alpine.id, profiles: [{ id: 'default' }, { id: alpine.id, name: 'Alpine Gear EU' }] });

    const after = await removeProfile(alpine.id);
    expect(after).toEqual({ profiles: [DEFAULT_PROFILES.profiles[0]], activeId: 'default' });
  });

  it('refuses an empty or repeated name, a bad domain or currency, unknown ids and removing the last profile', async () => {
    await expect(addProfile('   ')).rejects.toThrow('needs a name');
    await expect(addProfile('my shop')).rejects.toThrow('already called');
    await expect(addProfile('Shop B', { shopDomain: 'not a domain' })).rejects.toThrow('not a shop domain');
    await expect(addProfile('Shop B', { currency: 'euro' })).rejects.toThrow('currency code');
    await expect(setActiveProfile('nope')).rejects.toThrow('does not exist');
    await expect(renameProfile('nope', 'X')).rejects.toThrow('does not exist');
    await expect(removeProfile('default')).rejects.toThrow('last profile');
    expect(await getProfiles()).toEqual(DEFAULT_PROFILES);
  });

  it('makes the first remaining profile active when the active one is removed', async () => {
    const b = await addProfile('Shop B', {}, 'b');
    await addProfile('Shop C', {}, 'c');
    await setActiveProfile(b.id);
    expect((await removeProfile('b')).activeId).toBe('default');
    await setActiveProfile('c');
    await removeProfile('default');
    expect(await getProfiles()).toMatchObject({ activeId: 'c', profiles: [{ id: 'c' }] });
  });

  it('drops mistyped stored profiles and falls back to the default', async () => {
    await profilesItem.setValue({ profiles: [], activeId: 'x' });
    expect(await getProfiles()).toEqual(DEFAULT_PROFILES);
    expect(
      normalizeProfiles({
        profiles: [{ id: 'a', name: 'A', shopDomain: 'A.example.com', currency: 'GBP' }, { id: 'a', name: 'dup' }, { id: 3, name: 'B' }, 'x', { id: 'c', name: ' ' }],
        activeId: 'gone',
      }),
    ).toEqual({ profiles: [{ id: 'a', name: 'A', shopDomain: 'a.example.com', currency: 'GBP' }], activeId: 'a' });
    expect(normalizeProfiles('broken')).toEqual(DEFAULT_PROFILES);
  });

  it('normalises shop domains', () => {
    expect(normalizeDomain('northwind.myshopify.com')).toBe('northwind.myshopify.com');
    expect(normalizeDomain('http://shop.example.com:8080/wp-admin')).toBe('shop.example.com');
    expect(normalizeDomain('localhost')).toBeNull();
    expect(normalizeDomain('')).toBeNull();
  });
});
