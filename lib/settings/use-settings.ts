import { DEFAULT_SETTINGS, normalizeSettings, settingsItem, type Settings } from './items';
import { useStoredValue } from './use-stored-value';

const readSettings = async (): Promise<Settings> => normalizeSettings(await settingsItem.getValue());

/** The current settings, following changes made in any extension page. */
export function useSettings(): Settings {
  return useStoredValue(settingsItem, readSettings, DEFAULT_SETTINGS);
}
