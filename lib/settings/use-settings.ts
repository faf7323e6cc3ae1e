import { useEffect, useState } from 'react';
import { DEFAULT_SETTINGS, normalizeSettings, settingsItem, type Settings } from './items';

/** The current settings, following changes made in any extension page. */
export function useSettings(): Settings {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    let live = true;
    void settingsItem.getValue().then((value) => live && setSettings(normalizeSettings(value)));
    const unwatch = settingsItem.watch((value) => setSettings(normalizeSettings(value)));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return settings;
}
