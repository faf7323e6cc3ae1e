import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, normalizeSettings, settingsItem, updateSettings } from '@/lib/settings/items';

describe('settings', () => {
  it('starts from defaults and merges changes', async () => {
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
    await updateSettings({ agentName: 'Alex' });
    await updateSettings({ insertMode: 'replace' });
    expect(await settingsItem.getValue()).toEqual({ ...DEFAULT_SETTINGS, agentName: 'Alex', insertMode: 'replace' });
  });

  it('drops mistyped stored fields', () => {
    expect(normalizeSettings({ agentName: 3, insertMode: 'everywhere', shopName: 'Northwind', policies: { returns: 7 } })).toEqual({
      agentName: '',
      shopName: 'Northwind',
      insertMode: 'caret',
      policies: { returns: '', refunds: '', shipping: '' },
    });
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('settings migrations', () => {
  it('upgrades version 1 (no policy snippets) to version 2, keeping what the user set', async () => {
    await fakeBrowser.storage.local.set({ settings: { agentName: 'Alex', shopName: 'Northwind', insertMode: 'replace' }, settings$: { v: 1 } });
    await settingsItem.migrate();
    expect(await settingsItem.getValue()).toEqual({
      agentName: 'Alex',
      shopName: 'Northwind',
      insertMode: 'replace',
      policies: { returns: '', refunds: '', shipping: '' },
    });
  });
});
