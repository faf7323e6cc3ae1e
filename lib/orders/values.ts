/**
 * Cell values as export files write them, turned into the order model's forms: money as a decimal
 * string with a dot ("1234.50"), dates as ISO 8601, e-mails checked, statuses in Shopify's
 * lowercase vocabulary. Pure functions that return null for what they cannot read; the parsers
 * turn a null into a row-level problem.
 */
import { orderKey, type Order } from './model';

/** What every order file parser returns: the orders it could read and what it could not. */
export interface ParseResult {
  orders: Order[];
  /** Human-readable, one per problem: "row 7: Total "abc" is not a number". */
  problems: string[];
}

const CURRENCY_SYMBOLS: Record<string, string> = { '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₺': 'TRY', '₽': 'RUB', zł: 'PLN' };

export interface Money {
  /** "1234.50": dot decimal, no grouping, at least two decimals. */
  amount: string;
  /** ISO 4217 when the cell showed an unambiguous symbol or code ("€", "EUR"); else null. */
  currency: string | null;
}

/**
 * Reads "189.00", "1,234.56", "1.234,56", "€129.00", "129,00 €", "EUR 59.90", "-10.00", "(10.00)".
 * A single separator followed by exactly three digits ("1,234", "1.234") is read as grouping when
 * it is a comma and as a decimal point when it is a dot, which is how English exports write them.
 */
export function parseMoney(raw: string): Money | null {
  let text = raw.trim();
  if (text === '') return null;
  let currency: string | null = null;
  for (const [symbol, code] of Object.entries(CURRENCY_SYMBOLS)) {
    if (text.includes(symbol)) {
      currency = code;
      text = text.replace(symbol, '');
    }
  }
  const code = /\b([A-Z]{3})\b/.exec(text);
  if (code?.[1]) {
    currency = code[1];
    text = text.replace(code[1], '');
  }
  text = text.replace(/[$\s\u00a0\u202f']/g, '');
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1);
  }
  if (text.startsWith('-')) {
    negative = !negative;
    text = text.slice(1);
  } else if (text.startsWith('+')) {
    text = text.slice(1);
  }
  if (!/^[\d.,]+$/.test(text) || !/\d/.test(text)) return null;
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  let intPart: string;
  let fraction = '';
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const grouping = decimal === ',' ? '.' : ',';
    const [i = '', f = '', ...rest] = text.split(decimal);
    if (rest.length > 0 || !validGrouping(i, grouping)) return null;
    intPart = i.split(grouping).join('');
    fraction = f;
  } else if (lastComma >= 0 || lastDot >= 0) {
    const sep = lastComma >= 0 ? ',' : '.';
    const parts = text.split(sep);
    const last = parts[parts.length - 1] ?? '';
    const grouped = parts.length > 2 || (sep === ',' && last.length === 3 && parts.length === 2);
    if (grouped) {
      if (!validGrouping(text, sep)) return null;
      intPart = parts.join('');
    } else {
      intPart = parts[0] ?? '';
      fraction = last;
    }
  } else {
    intPart = text;
  }
  if (!/^\d*$/.test(intPart) || !/^\d*$/.test(fraction) || (intPart === '' && fraction === '')) return null;
  const integer = intPart.replace(/^0+(?=\d)/, '') || '0';
  const amount = `${negative && /[1-9]/.test(integer + fraction) ? '-' : ''}${integer}.${fraction.padEnd(2, '0')}`;
  return { amount, currency };
}

function validGrouping(text: string, sep: string): boolean {
  if (!text.includes(sep)) return /^\d+$/.test(text);
  const groups = text.split(sep);
  return /^\d{1,3}$/.test(groups[0] ?? '') && groups.slice(1).every((g) => /^\d{3}$/.test(g));
}

/** Unit price from a line total and a quantity ("40.00", 3 -> "13.33"). */
export function unitPrice(lineTotal: string, quantity: number): string {
  if (quantity <= 1) return lineTotal;
  return (Number(lineTotal) / quantity).toFixed(2);
}

/** A sum of money strings, two decimals. */
export function addMoney(amounts: readonly string[]): string {
  const cents = amounts.reduce((sum, a) => sum + Math.round(Number(a) * 100), 0);
  return (cents / 100).toFixed(2);
}

export function isPositiveMoney(amount: string): boolean {
  return Number(amount) > 0;
}

/** A whole number of items: "2", "2.0", "2,0". */
export function parseQuantity(raw: string): number | null {
  const text = raw.trim().replace(',', '.');
  if (!/^\d+(\.0+)?$/.test(text)) return null;
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : null;
}

const ISO_LIKE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?)?$/i;
const SLASHED = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]M)?)?$/i;

/**
 * ISO 8601 from the ways exports write dates and times:
 * "2026-11-09 14:32:10 +0000" (Shopify), "2026-11-12 10:15:00" (WooCommerce, shop time),
 * "2026-11-12T10:15:00Z", "2026-11-12", "12/11/2026 10:15", "11/12/2026 10:15 AM".
 * A time with an offset keeps it ("2026-11-09T14:32:10+00:00"); one without stays without (shop
 * time). Slashed dates are day first unless `dayFirst` is false (see `inferDayFirst`).
 */
export function parseDate(raw: string, dayFirst = true): string | null {
  const text = raw.trim();
  if (text === '') return null;
  const iso = ISO_LIKE.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s, frac, zone] = iso;
    if (!validDate(Number(y), Number(mo), Number(d))) return null;
    if (h === undefined || mi === undefined) return `${y}-${mo}-${d}`;
    if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? '0') > 59) return null;
    const time = `${h.padStart(2, '0')}:${mi}:${s ?? '00'}${frac ? `.${frac.slice(0, 3).padEnd(3, '0')}` : ''}`;
    return `${y}-${mo}-${d}T${time}${zone ? isoZone(zone) : ''}`;
  }
  const slashed = SLASHED.exec(text);
  if (slashed) {
    const [, a, b, y, h, mi, s, ampm] = slashed;
    const [d, mo] = dayFirst ? [Number(a), Number(b)] : [Number(b), Number(a)];
    if (!validDate(Number(y), mo, d)) return null;
    const date = `${y}-${pad(mo)}-${pad(d)}`;
    if (h === undefined || mi === undefined) return date;
    let hour = Number(h);
    if (ampm) {
      if (hour < 1 || hour > 12) return null;
      hour = (hour % 12) + (ampm.toUpperCase() === 'PM' ? 12 : 0);
    }
    if (hour > 23 || Number(mi) > 59 || Number(s ?? '0') > 59) return null;
    return `${date}T${pad(hour)}:${mi}:${s ?? '00'}`;
  }
  return namedMonthDate(text);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const TIME = '(?:,?\\s+(?:at\\s+)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([ap]\\.?m\\.?)?)?';
const DAY_MONTH = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+([a-z]{3,9})\\.?,?\\s+(\\d{4})${TIME}$`, 'i');
const MONTH_DAY = new RegExp(`^([a-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${TIME}$`, 'i');

/** "9 November 2026", "Nov 9, 2026 10:12 am": English month names, as some plugins write dates. */
function namedMonthDate(text: string): string | null {
  let day: string | undefined;
  let month: string | undefined;
  let rest: (string | undefined)[];
  const dm = DAY_MONTH.exec(text);
  const md = dm ? null : MONTH_DAY.exec(text);
  if (dm) [, day, month, ...rest] = dm;
  else if (md) [, month, day, ...rest] = md;
  else return null;
  const m = MONTHS.indexOf((month ?? '').slice(0, 3).toLowerCase()) + 1;
  const name = (month ?? '').toLowerCase();
  if (m === 0 || !(name.length === 3 || name === 'sept' || monthName(m).startsWith(name))) return null;
  const [y, h, mi, sec, ampm] = rest;
  const slashed = `${day}/${m}/${y}${h !== undefined && mi !== undefined ? ` ${h}:${mi}${sec ? `:${sec}` : ''}${ampm ? ` ${ampm.replace(/\./g, '')}` : ''}` : ''}`;
  return parseDate(slashed, true);
}

function monthName(m: number): string {
  return ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'][m - 1] ?? '';
}

/**
 * Whether the slashed dates of one column are day first: false as soon as one reads only as
 * month first ("11/30/2026"), true otherwise (the reading of most of the world).
 */
export function inferDayFirst(values: Iterable<string>): boolean {
  for (const value of values) {
    const m = SLASHED.exec(value.trim());
    if (!m) continue;
    if (Number(m[1]) > 12) return true;
    if (Number(m[2]) > 12) return false;
  }
  return true;
}

function isoZone(zone: string): string {
  const upper = zone.toUpperCase();
  if (upper === 'Z' || upper === 'UTC' || upper === 'GMT') return 'Z';
  const digits = zone.replace(':', '');
  return `${digits.slice(0, 3)}:${digits.slice(3)}`;
}

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Milliseconds of an ISO date or date-time (a date alone counts as its start), or null. */
export function dateMs(value: string | null | undefined): number | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

/** A trimmed e-mail address, or null when the value is not one. */
export function parseEmail(raw: string): string | null {
  const text = raw.trim().replace(/^mailto:/i, '');
  return EMAIL.test(text) ? text : null;
}

/** ISO 4217 code ("eur" -> "EUR"), or null. */
export function parseCurrency(raw: string): string | null {
  const text = raw.trim();
  if (/^[A-Za-z]{3}$/.test(text)) return text.toUpperCase();
  return CURRENCY_SYMBOLS[text] ?? null;
}

/** A status as a lowercase snake_case word: "Partially refunded" -> "partially_refunded". */
export function statusWord(raw: string): string | null {
  const text = raw.trim().toLowerCase().replace(/[\s-]+/g, '_');
  return text === '' ? null : text;
}

/** Trimmed text, or null when empty. Shopify prefixes zip codes and phones with ' for Excel. */
export function text(raw: string | undefined, { stripQuote = false } = {}): string | null {
  if (raw === undefined) return null;
  let value = raw.trim();
  if (stripQuote && value.startsWith("'")) value = value.slice(1).trim();
  return value === '' ? null : value;
}

/** "Emma Thompson" -> first "Emma", last "Thompson"; one word is a first name. */
export function splitName(full: string): { first_name: string | null; last_name: string | null } {
  const words = full.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { first_name: null, last_name: null };
  return { first_name: words[0] ?? null, last_name: words.length > 1 ? words.slice(1).join(' ') : null };
}

/** Shows a cell value in a problem message, shortened. */
export function quote(value: string): string {
  const v = value.trim();
  return `"${v.length > 40 ? `${v.slice(0, 37)}...` : v}"`;
}

/** The order number in "#1047", "1047" or "NW-1047": one word of letters, digits and - _ . /, or null. */
export function orderNumberOf(raw: string): string | null {
  const key = orderKey(raw);
  return /^[\p{L}\p{N}][\p{L}\p{N}._/-]{0,39}$/u.test(key) ? key : null;
}
