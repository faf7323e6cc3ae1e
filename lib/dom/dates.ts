/**
 * Dates as helpdesk pages and e-mails write them, in English, French, German, Spanish, Romanian,
 * Italian, Dutch and Portuguese: full dates, day-month without a year, times of day, relative
 * times ("2 hours ago", "il y a 3 jours"), and the order of a list of dated items.
 *
 * Pure: no DOM, nothing runs at import time beyond building constants.
 */
import { alternation, WORD_END as NA, WORD_START as NB, wholeWords } from './patterns';

const MONTHS: readonly (readonly string[])[] = [
  ['january', 'jan', 'janvier', 'janv', 'januar', 'jän', 'jänner', 'enero', 'ene', 'ianuarie', 'ian', 'gennaio', 'gen', 'januari', 'janeiro'],
  ['february', 'feb', 'février', 'fevrier', 'févr', 'fevr', 'februar', 'febrero', 'februarie', 'febbraio', 'februari', 'fevereiro', 'fev'],
  ['march', 'mar', 'mars', 'märz', 'maerz', 'mär', 'marzo', 'martie', 'maart', 'mrt', 'março', 'marco'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprilie', 'aprile'],
  ['may', 'mai', 'mayo', 'maggio', 'mag', 'mei', 'maio'],
  ['june', 'jun', 'juin', 'juni', 'junio', 'iunie', 'iun', 'giugno', 'giu', 'junho'],
  ['july', 'jul', 'juillet', 'juil', 'juli', 'julio', 'iulie', 'iul', 'luglio', 'lug', 'julho'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'septembrie', 'settembre', 'set', 'setembro'],
  ['october', 'oct', 'octobre', 'oktober', 'okt', 'octubre', 'octombrie', 'ottobre', 'ott', 'outubro', 'out'],
  ['november', 'nov', 'novembre', 'noviembre', 'noiembrie', 'novembro'],
  ['december', 'dec', 'décembre', 'decembre', 'déc', 'dezember', 'dez', 'diciembre', 'dic', 'decembrie', 'dicembre', 'dezembro'],
];
const MONTH_BY_NAME = new Map<string, number>(MONTHS.flatMap((names, i) => names.map((n) => [n, i + 1] as const)));
const MONTH_ALT = alternation(MONTH_BY_NAME.keys());
/** Without the month names that are everyday words ("ago", "set", "out") when no year follows. */
const MONTH_ALT_SAFE = alternation([...MONTH_BY_NAME.keys()].filter((n) => !['ago', 'set', 'out'].includes(n)));

const TIME = `(?<h>\\d{1,2})(?::|h)(?<mi>\\d{2})(?::(?<s>\\d{2}))?(?:\\.\\d+)?(?:\\s*(?:Uhr|h)${NA})?(?:\\s*(?<ap>[ap])\\.?\\s?m\\.?(?![\\p{L}]))?`;
const ZONE = `(?:\\s*(?<z>Z|(?:UTC|GMT)?\\s?[+-]\\d{1,2}(?::?\\d{2})?|UTC|GMT)${NA})?`;
const JOIN = `[\\s,]*(?:(?:at|à|a las|a la|um|la|ora|alle|om|às|kl\\.?)\\s+)?[,\\-–·|]?\\s*`;

const DATE_PATTERNS: readonly { kind: 'full' | 'partial'; re: RegExp }[] = [
  { kind: 'full', re: new RegExp(`${NB}(?<y>\\d{4})-(?<mo>\\d{2})-(?<d>\\d{2})(?:(?:T|\\s+)${TIME}${ZONE})?`, 'iu') },
  {
    kind: 'full',
    re: new RegExp(
      `${NB}(?<d>\\d{1,2})(?:\\.|er|st|nd|rd|th)?\\s*(?:de\\s+)?(?<mname>${MONTH_ALT})\\.?,?\\s*(?:de\\s+|del\\s+)?(?<y>\\d{4})${NA}(?:${JOIN}${TIME}${ZONE})?`,
      'iu',
    ),
  },
  {
    kind: 'full',
    re: new RegExp(`${NB}(?<mname>${MONTH_ALT})\\.?\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y>\\d{4})${NA}(?:${JOIN}${TIME}${ZONE})?`, 'iu'),
  },
  {
    kind: 'full',
    re: new RegExp(`${NB}(?<a>\\d{1,2})(?<sep>[./-])(?<b>\\d{1,2})\\k<sep>(?<y>\\d{4}|\\d{2})(?![\\d.]\\d)(?:${JOIN}${TIME}${ZONE})?`, 'iu'),
  },
  { kind: 'partial', re: new RegExp(`${NB}(?<d>\\d{1,2})(?:\\.|er)?\\s*(?:de\\s+)?(?<mname>${MONTH_ALT_SAFE})\\.?(?![\\p{L}])(?:${JOIN}${TIME})?`, 'iu') },
  { kind: 'partial', re: new RegExp(`${NB}(?<mname>${MONTH_ALT_SAFE})\\.?\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?${NA}(?:${JOIN}${TIME})?`, 'iu') },
];

const RELATIVE = new RegExp(
  `${NB}(?:(?:\\d+|an?|one)\\s+(?:sec(?:ond)?s?|min(?:ute)?s?|hrs?|hours?|days?|weeks?|months?|years?)\\s+ago|just now|il y a\\s+\\d+\\s+\\p{L}+|à l[’']instant|vor\\s+\\d+\\s+\\p{L}+|hace\\s+\\d+\\s+\\p{L}+|acum\\s+\\d+\\s+\\p{L}+|(?:yesterday|today|hier|aujourd[’']hui|gestern|heute|ayer|hoy|ieri|azi|astăzi)(?:${JOIN}${TIME})?)(?![\\p{L}])`,
  'iu',
);
const TIME_ONLY = new RegExp(`^[\\s·|-]*(?:(?:at|à|um|a las|la|ora|alle|om|às)\\s+)?${TIME}${ZONE}[\\s·|-]*$`, 'iu');

/** Weekday names and abbreviations in the languages above, lower case. */
export const WEEKDAYS: readonly string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur',
  'thurs', 'fri', 'sat', 'sun', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'lun', 'mer', 'jeu',
  'ven', 'sam', 'dim', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'mo', 'di', 'mi', 'do',
  'fr', 'sa', 'so', 'lunes', 'martes', 'miércoles', 'miercoles', 'jueves', 'viernes', 'sábado', 'sabado', 'domingo', 'mié',
  'jue', 'vie', 'sáb', 'dom', 'luni', 'marți', 'marti', 'miercuri', 'joi', 'vineri', 'sâmbătă', 'sambata', 'duminică',
  'duminica', 'lu', 'ma', 'jo', 'vi', 'sâ', 'du', 'mar', 'mié', 'mie',
];
/** Words around a date in a header line that say nothing about the sender. */
const DATE_FILLER = wholeWords([
  ...WEEKDAYS, 'on', 'le', 'am', 'el', 'în', 'pe', 'il', 'op', 'em', 'at', 'à', 'um', 'a las', 'ora', 'alle', 'om',
  'às', 'the', 'uhr', 'date', 'datum', 'fecha', 'data', 'sent', 'envoyé', 'gesendet', 'enviado', 'trimis',
]);
const DATE_FILLER_G = new RegExp(DATE_FILLER.source, 'giu');

export interface DateMatch {
  /** `datetime`: day and time; `date`: day only; `partial`: no year; `time`: time of day only; `relative`: "2 hours ago". */
  kind: 'datetime' | 'date' | 'partial' | 'time' | 'relative';
  /**
   * ISO 8601, or null when the text does not say enough. With a zone (`Z`, `+0100`, `GMT+1`) it is
   * UTC (`2026-11-12T09:14:00.000Z`); without one it is the page's local time as written
   * (`2026-11-12T10:14:00`, which `new Date()` reads in the agent's own zone); a day alone is `2026-11-12`.
   */
  iso: string | null;
  index: number;
  length: number;
  time?: { h: number; mi: number; s: number };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function zoneMinutes(z: string | undefined): number | undefined {
  if (!z) return undefined;
  const t = z.replace(/\s/g, '').toUpperCase();
  if (t === 'Z' || t === 'UTC' || t === 'GMT') return 0;
  const m = /^(?:UTC|GMT)?([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(t);
  if (!m) return undefined;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

function timeOf(g: Record<string, string | undefined>): DateMatch['time'] | null | undefined {
  if (g.h === undefined || g.mi === undefined) return undefined;
  let h = Number(g.h);
  const mi = Number(g.mi);
  const s = Number(g.s ?? 0);
  const ap = g.ap?.toLowerCase();
  if (ap && (h < 1 || h > 12)) return null;
  if (ap === 'p' && h < 12) h += 12;
  if (ap === 'a' && h === 12) h = 0;
  return h < 24 && mi < 60 && s < 60 ? { h, mi, s } : null;
}

function isoOf(y: number, mo: number, d: number, time: DateMatch['time'], zone: number | undefined): string | null {
  if (y < 1970 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return null;
  const day = `${y}-${pad(mo)}-${pad(d)}`;
  if (!time) return day;
  if (zone !== undefined) return new Date(Date.UTC(y, mo - 1, d, time.h, time.mi, time.s) - zone * 60_000).toISOString();
  return `${day}T${pad(time.h)}:${pad(time.mi)}:${pad(time.s)}`;
}

/** The first date, date-time, time or relative time in a text, in the languages above. */
export function parseDate(text: string): DateMatch | null {
  const digits = /\d/.test(text);
  for (const { kind, re } of digits ? DATE_PATTERNS : []) {
    const m = re.exec(text);
    const g = m?.groups;
    if (!m || !g) continue;
    const time = timeOf(g);
    if (time === null) continue;
    let mo = g.mname ? (MONTH_BY_NAME.get(g.mname.toLowerCase().replace(/\s+/g, ' ')) ?? 0) : Number(g.mo ?? 0);
    let d = Number(g.d ?? 0);
    if (g.a !== undefined && g.b !== undefined) {
      const a = Number(g.a);
      const b = Number(g.b);
      // Day first, as everywhere but the US; month first when the day cannot be a month, or with am/pm and slashes.
      const monthFirst = a <= 12 && (b > 12 || (g.sep === '/' && g.ap !== undefined));
      [d, mo] = monthFirst ? [b, a] : [a, b];
    }
    const base = { index: m.index, length: m[0].trimEnd().length, ...(time ? { time } : {}) };
    if (kind === 'partial') {
      if (mo < 1 || d < 1 || d > 31) continue;
      return { kind: 'partial', iso: null, ...base };
    }
    const yRaw = Number(g.y);
    const y = g.y && g.y.length === 2 ? 2000 + yRaw : yRaw;
    const iso = isoOf(y, mo, d, time, time ? zoneMinutes(g.z) : undefined);
    if (!iso) continue;
    return { kind: time ? 'datetime' : 'date', iso, ...base };
  }
  const rel = RELATIVE.exec(text);
  if (rel) return { kind: 'relative', iso: null, index: rel.index, length: rel[0].length };
  const only = digits ? TIME_ONLY.exec(text) : null;
  const time = only?.groups ? timeOf(only.groups) : undefined;
  if (only && time) return { kind: 'time', iso: null, index: 0, length: text.length, time };
  return null;
}

/** A date or time given alone on a time-of-day line, completed with the day of a day header. */
export function combineDayAndTime(dayIso: string, time: NonNullable<DateMatch['time']>): string {
  return `${dayIso.slice(0, 10)}T${pad(time.h)}:${pad(time.mi)}:${pad(time.s)}`;
}

/**
 * A header-like date: text that is mostly a date (a time line, "Marie Dupont · 12 Nov 2026, 10:14"),
 * not a sentence that mentions one ("I ordered on 12 Nov 2026.").
 */
export function dateHeader(text: string): (DateMatch & { rest: string }) | null {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length === 0 || t.length > 120) return null;
  const m = parseDate(t);
  if (!m) return null;
  const end = m.index + m.length;
  if (/[.!?]$/.test(t) && end < t.length) return null;
  const rest = `${t.slice(0, m.index)} ${t.slice(end)}`
    .replace(DATE_FILLER_G, ' ')
    .replace(/(?<![\p{L}])[.:](?![\p{L}])/gu, ' ')
    .replace(/[\s,·•|–—-]+/g, ' ')
    .trim();
  if (rest.length > 60 || rest.split(' ').length > 8) return null;
  return { ...m, rest };
}

/**
 * Milliseconds for the full dates Zoho Desk shows ("Nov 03, 2026 10:42 AM", "19.11.2026 07:30"),
 * or null. Day-first dotted dates are read as UTC; anything else as `Date.parse` reads it. For
 * comparing the items of one page with each other, not for showing.
 */
export function sortableTime(text: string): number | null {
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2}):(\d{2}))?/.exec(text.trim());
  if (dotted) {
    const [, d, m, y, h, min] = dotted;
    return Date.UTC(Number(y), Number(m) - 1, Number(d), Number(h ?? 0), Number(min ?? 0));
  }
  const parsed = Date.parse(text);
  return Number.isNaN(parsed) ? null : parsed;
}

/**
 * Which way the known times of a list run: `ascending` or `descending` when at least two are
 * known, they never go the other way and not all are equal; otherwise `unknown` (too few, all
 * the same, or mixed). Unknown times (null) are left out. ISO 8601 strings of one format compare
 * as text.
 */
export function timeOrder(times: readonly (number | string | null)[]): 'ascending' | 'descending' | 'unknown' {
  const known = times.filter((t): t is number | string => t !== null);
  if (known.length < 2) return 'unknown';
  let up = false;
  let down = false;
  for (let i = 1; i < known.length; i++) {
    const a = known[i - 1] ?? 0;
    const b = known[i] ?? 0;
    if (a < b) up = true;
    if (a > b) down = true;
  }
  return up && !down ? 'ascending' : down && !up ? 'descending' : 'unknown';
}

/**
 * The items oldest first, by the direction their known times run (see `timeOrder`): reversed
 * when they run newest first, kept when oldest first. When the times cannot tell, `unknown`
 * says what the page usually does: `keep` the page order, or `reverse` it (apps that list the
 * latest item first by default).
 */
export function oldestFirst<T>(items: readonly T[], time: (item: T) => number | string | null, unknown: 'keep' | 'reverse'): T[] {
  const order = timeOrder(items.map(time));
  const reverse = order === 'descending' || (order === 'unknown' && unknown === 'reverse');
  return reverse ? [...items].reverse() : [...items];
}
