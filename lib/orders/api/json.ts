/** Small readers that narrow JSON from a shop without trusting its shape. */

export type JsonObject = Record<string, unknown>;

/** JSON.parse that gives null instead of throwing: for error bodies, which may be HTML. */
export function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

export function obj(value: unknown): JsonObject | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : null;
}

export function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A non-empty string, trimmed; numbers are written out (ids, order numbers). */
export function str(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed ? trimmed : null;
}

export function num(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() && Number.isFinite(Number(value))) return Number(value);
  return null;
}

/** Follows a path of keys through nested objects. */
export function at(value: unknown, ...path: string[]): unknown {
  let current: unknown = value;
  for (const key of path) {
    const o = obj(current);
    if (!o) return undefined;
    current = o[key];
  }
  return current;
}

/** Digits after the decimal point for a currency: 2 for EUR, 0 for JPY, 3 for KWD. */
export function currencyDigits(currency: string | null): number {
  if (!currency) return 2;
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/**
 * An amount as Shopify's REST API writes it: a decimal string with the currency's digits
 * ("49.0" -> "49.00", -10 -> "10.00" when `absolute`). Null when it is not a number.
 */
export function decimal(value: unknown, currency: string | null, options: { absolute?: boolean } = {}): string | null {
  const n = num(value);
  if (n === null) return null;
  return (options.absolute ? Math.abs(n) : n).toFixed(currencyDigits(currency));
}

/** "DE" -> "Germany"; anything else is kept as given. */
export function countryName(code: string | null): string | null {
  if (!code || !/^[A-Za-z]{2}$/.test(code)) return code;
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
