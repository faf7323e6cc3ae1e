import { storage } from 'wxt/utils/storage';
import type { InsertMode } from '../messaging/protocol';

/** What the agent sets once: kept in `storage.local`, versioned, read by every extension page. */
export interface Settings {
  /** Signs suggestions. Empty: the suggestion ends without a name. */
  agentName: string;
  shopName: string;
  /** Where Insert puts the text by default: at the caret, or replacing the composer's draft. */
  insertMode: InsertMode;
  /** The shop's own policy snippets: the only source of policy statements in replies. */
  policies: ShopPolicyText;
}

export interface ShopPolicyText {
  returns: string;
  refunds: string;
  shipping: string;
}

export const DEFAULT_SETTINGS: Settings = {
  agentName: '',
  shopName: '',
  insertMode: 'caret',
  policies: { returns: '', refunds: '', shipping: '' },
};

/** Version 1 had no policy snippets. */
export type SettingsV1 = Omit<Settings, 'policies'>;

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: {
    2: (v1: SettingsV1): Settings => ({ ...v1, policies: { ...DEFAULT_SETTINGS.policies } }),
  },
});

/** Merges a partial change; unknown or mistyped stored fields fall back to defaults. */
export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = { ...normalizeSettings(await settingsItem.getValue()), ...change };
  await settingsItem.setValue(next);
  return next;
}

export function normalizeSettings(value: unknown): Settings {
  const v = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  return {
    agentName: typeof v.agentName === 'string' ? v.agentName : DEFAULT_SETTINGS.agentName,
    shopName: typeof v.shopName === 'string' ? v.shopName : DEFAULT_SETTINGS.shopName,
    insertMode: v.insertMode === 'replace' || v.insertMode === 'caret' ? v.insertMode : DEFAULT_SETTINGS.insertMode,
    policies: normalizePolicies(v.policies),
  };
}

function normalizePolicies(value: unknown): ShopPolicyText {
  const v = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const text = (key: keyof ShopPolicyText) => (typeof v[key] === 'string' ? v[key] : '');
  return { returns: text('returns'), refunds: text('refunds'), shipping: text('shipping') };
}
