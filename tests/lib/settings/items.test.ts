import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normalizeSettings, settingsItem, updateSettings } from '@/lib/settings/items';

describe('settings', () => {
  it('starts from defaults and merges changes', async () => {
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
    await updateSettings({ agentName: 'Alex' });
    await updateSettings({ insertMode: 'replace' });
    expect(await settingsItem.getValue()).toEqual({ agentName: 'Alex', shopName: '', insertMode: 'replace' });
  });

  it('drops mistyped stored fields', () => {
    expect(normalizeSettings({ agentName: 3, insertMode: 'everywhere', shopName: 'Northwind' })).toEqual({
      agentName: '',
      shopName: 'Northwind',
      insertMode: 'caret',
    });
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
  });
});
