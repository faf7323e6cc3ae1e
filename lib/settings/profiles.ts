import { storage } from 'wxt/utils/storage';

/**
 * Profiles: freelancers answer for several shops, and each shop has its own orders (imported
 * files are stored per profile) and its own shop domain and currency. One profile is active.
 * Kept in `storage.local`, versioned like every setting.
 */
export interface Profile {
  id: string;
  name: string;
  /** "northwind.myshopify.com" or "shop.example.com": host only, lower case. */
  shopDomain: string | null;
  /** ISO 4217, for amounts that come without one. */
  currency: string | null;
}

export interface Profiles {
  profiles: Profile[];
  activeId: string;
}

export const DEFAULT_PROFILE: Profile = { id: 'default', name: 'My shop', shopDomain: null, currency: null };
export const DEFAULT_PROFILES: Profiles = { profiles: [DEFAULT_PROFILE], activeId: DEFAULT_PROFILE.id };

export const profilesItem = storage.defineItem<Profiles>('local:profiles', {
  fallback: DEFAULT_PROFILES,
  version: 1,
});

/** The stored profiles, with anything mistyped dropped; never empty, the active one exists. */
export async function getProfiles(): Promise<Profiles> {
  return normalizeProfiles(await profilesItem.getValue());
}

export async function getActiveProfile(): Promise<Profile> {
  const { profiles, activeId } = await getProfiles();
  return profiles.find((p) => p.id === activeId) ?? profiles[0] ?? DEFAULT_PROFILE;
}

export interface ProfileDetails {
  shopDomain?: string | null;
  currency?: string | null;
}

/** Adds a profile (not made active) and gives it. Throws on an empty name or a bad domain or currency. */
export async function addProfile(name: string, details: ProfileDetails = {}, id: string = newId()): Promise<Profile> {
  const current = await getProfiles();
  if (current.profiles.some((p) => p.id === id)) throw new Error(`A profile with the id "${id}" exists already.`);
  const profile: Profile = {
    id,
    name: checkName(name, current.profiles),
    shopDomain: checkDomain(details.shopDomain ?? null),
    currency: checkCurrency(details.currency ?? null),
  };
  await save({ ...current, profiles: [...current.profiles, profile] });
  return profile;
}

export async function renameProfile(id: string, name: string): Promise<Profile> {
  return changeProfile(id, (p, others) => ({ ...p, name: checkName(name, others) }));
}

/** Changes the shop domain and/or currency of a profile. */
export async function updateProfile(id: string, details: ProfileDetails): Promise<Profile> {
  return changeProfile(id, (p) => ({
    ...p,
    shopDomain: details.shopDomain === undefined ? p.shopDomain : checkDomain(details.shopDomain),
    currency: details.currency === undefined ? p.currency : checkCurrency(details.currency),
  }));
}

/**
 * Removes a profile; the last one cannot be removed. When the active one goes, the first left
 * becomes active. The caller also deletes the profile's imported orders (`clearOrders`).
 */
export async function removeProfile(id: string): Promise<Profiles> {
  const current = await getProfiles();
  if (!current.profiles.some((p) => p.id === id)) throw new Error('This profile does not exist.');
  if (current.profiles.length === 1) throw new Error('The last profile cannot be removed.');
  const profiles = current.profiles.filter((p) => p.id !== id);
  const activeId = current.activeId === id ? (profiles[0]?.id ?? DEFAULT_PROFILE.id) : current.activeId;
  const next = { profiles, activeId };
  await save(next);
  return next;
}

export async function setActiveProfile(id: string): Promise<Profiles> {
  const current = await getProfiles();
  if (!current.profiles.some((p) => p.id === id)) throw new Error('This profile does not exist.');
  const next = { ...current, activeId: id };
  await save(next);
  return next;
}

async function changeProfile(id: string, change: (p: Profile, others: Profile[]) => Profile): Promise<Profile> {
  const current = await getProfiles();
  const profile = current.profiles.find((p) => p.id === id);
  if (!profile) throw new Error('This profile does not exist.');
  const changed = change(profile, current.profiles.filter((p) => p.id !== id));
  await save({ ...current, profiles: current.profiles.map((p) => (p.id === id ? changed : p)) });
  return changed;
}

function save(value: Profiles): Promise<void> {
  return profilesItem.setValue(value);
}

function newId(): string {
  return globalThis.crypto.randomUUID();
}

function checkName(name: string, others: readonly Profile[]): string {
  const trimmed = name.trim();
  if (trimmed === '') throw new Error('A profile needs a name.');
  if (others.some((p) => p.name.toLowerCase() === trimmed.toLowerCase())) throw new Error(`A profile is already called "${trimmed}".`);
  return trimmed;
}

/** "https://Northwind.myshopify.com/admin" -> "northwind.myshopify.com"; null for empty. */
export function normalizeDomain(value: string | null): string | null {
  const text = value?.trim() ?? '';
  if (text === '') return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
    const host = url.hostname.toLowerCase();
    return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) ? host : null;
  } catch {
    return null;
  }
}

function checkDomain(value: string | null): string | null {
  if (value === null || value.trim() === '') return null;
  const domain = normalizeDomain(value);
  if (!domain) throw new Error(`"${value.trim()}" is not a shop domain such as northwind.myshopify.com.`);
  return domain;
}

function checkCurrency(value: string | null): string | null {
  if (value === null || value.trim() === '') return null;
  const code = value.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) throw new Error(`"${value.trim()}" is not a three-letter currency code such as EUR.`);
  return code;
}

/** Keeps what is well-typed; an empty or broken value gives the default profile. */
export function normalizeProfiles(value: unknown): Profiles {
  const v = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const seen = new Set<string>();
  const profiles: Profile[] = [];
  for (const entry of Array.isArray(v.profiles) ? (v.profiles as unknown[]) : []) {
    if (typeof entry !== 'object' || entry === null) continue;
    const p = entry as Record<string, unknown>;
    if (typeof p.id !== 'string' || p.id === '' || seen.has(p.id)) continue;
    if (typeof p.name !== 'string' || p.name.trim() === '') continue;
    seen.add(p.id);
    profiles.push({
      id: p.id,
      name: p.name.trim(),
      shopDomain: typeof p.shopDomain === 'string' ? normalizeDomain(p.shopDomain) : null,
      currency: typeof p.currency === 'string' && /^[A-Z]{3}$/.test(p.currency) ? p.currency : null,
    });
  }
  if (profiles.length === 0) return DEFAULT_PROFILES;
  const activeId = typeof v.activeId === 'string' && seen.has(v.activeId) ? v.activeId : (profiles[0]?.id ?? DEFAULT_PROFILE.id);
  return { profiles, activeId };
}
