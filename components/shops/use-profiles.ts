import { getProfiles, profilesItem, type Profiles } from '@/lib/settings/profiles';
import { useStoredValue } from '@/lib/settings/use-stored-value';

/** The shop profiles, following changes made in any extension page; null until read. */
export function useProfiles(): Profiles | null {
  return useStoredValue<Profiles | null>(profilesItem, getProfiles, null);
}
