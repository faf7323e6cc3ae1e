import { useEffect, useState } from 'react';
import { getProfiles, normalizeProfiles, profilesItem, type Profiles } from '@/lib/settings/profiles';

/** The shop profiles, following changes made in any extension page; null until read. */
export function useProfiles(): Profiles | null {
  const [profiles, setProfiles] = useState<Profiles | null>(null);
  useEffect(() => {
    let live = true;
    void getProfiles().then((p) => live && setProfiles(p));
    const unwatch = profilesItem.watch((value) => setProfiles(normalizeProfiles(value)));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return profiles;
}
