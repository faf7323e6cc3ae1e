import { detectLanguage } from '../intent/language';
import { INTENTS, isIntentId, type IntentId } from '../intent/types';
import { validateTemplate } from './engine';
import type { OrderState, Template } from './types';
import { isKnownPath, pathName, type Segment } from './variables';

/**
 * Template files in and out of the template manager: Deskpilot's own JSON export, Zendesk macro
 * exports (`{ macros: [...] }`, Liquid placeholders) and Gorgias macro exports (`{ data: [...] }`,
 * their variable paths). Pure functions of parsed JSON: every field is narrowed from `unknown`,
 * every entry that cannot become a template is reported with its reason, never dropped silently.
 *
 * Placeholders with a Deskpilot equivalent are rewritten to it (`{{ticket.requester.first_name}}`
 * becomes `{{ customer.first_name }}`); the others are kept as written and reported, so the
 * template shows them as gaps until the agent edits them.
 */

export type ImportFormat = 'deskpilot' | 'zendesk' | 'gorgias';

export const EXPORT_FORMAT = 'deskpilot-templates';
export const EXPORT_VERSION = 1;

export interface SkippedEntry {
  /** The entry's name or title, or its position (`entry 3`) when it has none. */
  name: string;
  reason: string;
}

export interface MappedPlaceholder {
  from: string;
  to: string;
}

/** An imported template that still uses placeholders Deskpilot does not know. */
export interface FlaggedTemplate {
  id: string;
  name: string;
  unknownVariables: string[];
}

export interface TemplateImport {
  format: ImportFormat;
  templates: Template[];
  skipped: SkippedEntry[];
  flagged: FlaggedTemplate[];
  /** Every placeholder rewritten to a Deskpilot variable (macro imports only), once per pair. */
  mapped: MappedPlaceholder[];
}

export interface ImportOptions {
  /** Stamped as `updatedAt` on the imported templates. */
  now: number;
  /** Ids of the built-in library: an entry with one of them is never imported as the user's. */
  builtInIds?: ReadonlySet<string>;
}

export type ReadResult = { ok: true; result: TemplateImport } | { ok: false; error: string };

const ORDER_STATES: readonly OrderState[] = ['no_order', 'unfulfilled', 'shipped', 'delivered', 'late', 'cancelled', 'refunded'];

function isOrderState(value: unknown): value is OrderState {
  return typeof value === 'string' && (ORDER_STATES as readonly string[]).includes(value);
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

// ---------------------------------------------------------------------------------------------
// Deskpilot's own file

export interface TemplateExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  templates: Template[];
}

/** The JSON the manager downloads: the given templates, as stored. */
export function exportTemplates(templates: readonly Template[], now: number): string {
  const file: TemplateExportFile = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    templates: templates.map((t) => ({ ...t, orderStates: [...t.orderStates], tags: [...t.tags] })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Tags as the manager keeps them: trimmed, lower case, no duplicates, no empty ones. */
export function cleanTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const tag of tags) {
    const t = tag.trim().toLowerCase().replace(/\s+/g, '-');
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

function syntaxProblem(body: string): string | null {
  const [error] = validateTemplate(body).errors;
  if (!error) return null;
  return `its Liquid does not parse${error.line !== undefined ? ` (line ${error.line})` : ''}: ${error.message}`;
}

function fromDeskpilotEntry(entry: unknown, index: number, options: ImportOptions): Template | SkippedEntry {
  const label = isObject(entry) && text(entry.name) ? String(entry.name).trim() : `entry ${index + 1}`;
  const skip = (reason: string): SkippedEntry => ({ name: label, reason });
  if (!isObject(entry)) return skip('it is not a template object');
  const id = text(entry.id)?.trim();
  if (!id) return skip('it has no id');
  if (options.builtInIds?.has(id)) {
    return skip(entry.builtIn === true ? 'it is a built-in template, which ships with Deskpilot' : `its id "${id}" is a built-in template's`);
  }
  const name = text(entry.name)?.trim();
  if (!name) return skip('it has no name');
  if (!isIntentId(entry.intent)) return skip(`"${String(entry.intent)}" is not an intent (use one of ${INTENTS.join(', ')})`);
  const language = typeof entry.language === 'string' ? entry.language.trim().toLowerCase() : '';
  if (!/^[a-z]{2}$/.test(language)) return skip(`"${String(entry.language)}" is not a two-letter language code`);
  const states = entry.orderStates ?? [];
  if (!Array.isArray(states)) return skip('its orderStates is not a list');
  const badState = states.find((s) => !isOrderState(s));
  if (badState !== undefined) return skip(`"${String(badState)}" is not an order state (use one of ${ORDER_STATES.join(', ')})`);
  const tags = entry.tags ?? [];
  if (!Array.isArray(tags) || !tags.every((t) => typeof t === 'string')) return skip('its tags are not a list of words');
  const body = typeof entry.body === 'string' ? entry.body : null;
  if (body === null || body.trim() === '') return skip('it has no body');
  const problem = syntaxProblem(body);
  if (problem) return skip(problem);
  return {
    id,
    name,
    intent: entry.intent,
    language,
    orderStates: states.filter(isOrderState),
    tags: cleanTags(tags.filter((t): t is string => typeof t === 'string')),
    body,
    builtIn: false,
    updatedAt: options.now,
  };
}

/** A Deskpilot export (or a bare list of templates): each entry checked, built-ins left out. */
export function templatesFromJson(data: unknown, options: ImportOptions): TemplateImport {
  const entries: unknown[] = Array.isArray(data) ? data : isObject(data) && Array.isArray(data.templates) ? data.templates : [];
  const result: TemplateImport = { format: 'deskpilot', templates: [], skipped: [], flagged: [], mapped: [] };
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const t = fromDeskpilotEntry(entry, index, options);
    if (!('id' in t)) result.skipped.push(t);
    else if (seen.has(t.id)) result.skipped.push({ name: t.name, reason: `its id "${t.id}" appears earlier in the file` });
    else {
      seen.add(t.id);
      result.templates.push(t);
      flag(result, t);
    }
  });
  return result;
}

function flag(result: TemplateImport, t: Template) {
  const { unknownVariables } = validateTemplate(t.body);
  if (unknownVariables.length > 0) result.flagged.push({ id: t.id, name: t.name, unknownVariables });
}

// ---------------------------------------------------------------------------------------------
// Placeholder rewriting

/** `a.b[0].c`, `a.b.0.c` → segments; null for anything that is not a plain path. */
function splitPath(path: string): Segment[] | null {
  const segments: Segment[] = [];
  const re = /^(?:\.?([A-Za-z_][\w-]*)|\.?(\d+)|\[(-?\d+)\])/;
  let rest = path;
  while (rest) {
    const m = re.exec(rest);
    if (!m) return null;
    if (m[1] !== undefined) segments.push(m[1]);
    else segments.push(Number(m[2] ?? m[3]));
    rest = rest.slice(m[0].length);
  }
  return segments;
}

type PathMapper = (segments: readonly Segment[]) => Segment[] | null;

/** A dotted or indexed path inside a Liquid tag or output, not glued to a longer one. */
const PATH = /(?<![\w.\]-])[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*|\.\d+|\[-?\d+\])+/g;
const LITERAL = /("[^"]*"|'[^']*')/;
const LIQUID = /(\{\{-?|\{%-?)([\s\S]*?)(-?\}\}|-?%\})/g;

/**
 * Rewrites the paths of every `{{ }}` and `{% %}` with `map` (strings left alone); a path whose
 * mapping is not a known Deskpilot variable is kept as written. `filters` rewrites an output's
 * filter chain first (Gorgias writes `|name("arg")`).
 */
function rewriteLiquid(body: string, map: PathMapper, mapped: MappedPlaceholder[], filters?: (inner: string) => string): string {
  return body.replace(LIQUID, (_, open: string, inner: string, close: string) => {
    const source = filters && open.startsWith('{{') ? filters(inner) : inner;
    const rewritten = source
      .split(LITERAL)
      .map((part, i) =>
        i % 2 === 1
          ? part
          : part.replace(PATH, (path) => {
              const segments = splitPath(path);
              const target = segments ? map(segments) : null;
              if (!target || !isKnownPath(target)) return path;
              const to = pathName(target);
              if (to !== path && !mapped.some((m) => m.from === path && m.to === to)) mapped.push({ from: path, to });
              return to;
            }),
      )
      .join('');
    const spaced = open.startsWith('{{') ? ` ${rewritten.trim()} ` : rewritten;
    return `${open}${spaced}${close}`;
  });
}

/** Index 0 as Liquid's `first`, other indices as they are. */
const index = (s: Segment | undefined): Segment | null => (s === 0 || s === 'first' ? 'first' : s === 'last' ? 'last' : typeof s === 'number' && s > 0 ? s : null);

const same = (...keys: string[]) => Object.fromEntries(keys.map((k) => [k, k]));

const ORDER_FIELDS: Record<string, string> = {
  ...same('name', 'order_number', 'created_at', 'cancelled_at', 'total_price', 'currency', 'financial_status', 'fulfillment_status', 'order_status_url'),
  number: 'order_number',
};
const FULFILLMENT_FIELDS: Record<string, string> = {
  ...same('status', 'created_at', 'tracking_number', 'tracking_url', 'tracking_company', 'estimated_delivery_at'),
  tracking_numbers: 'tracking_number',
  tracking_urls: 'tracking_url',
};
const LINE_ITEM_FIELDS: Record<string, string> = { ...same('title', 'variant_title', 'sku', 'quantity', 'price'), name: 'title' };
const REFUND_FIELDS: Record<string, string> = { ...same('created_at', 'note'), processed_at: 'created_at' };
const ADDRESS_FIELDS: Record<string, string> = same('name', 'address1', 'city', 'zip', 'country');
const CUSTOMER_FIELDS: Record<string, string> = { ...same('first_name', 'last_name', 'email'), firstname: 'first_name', lastname: 'last_name' };

const field = (table: Record<string, string>, key: Segment | undefined): string | null =>
  typeof key === 'string' && Object.hasOwn(table, key) ? (table[key] ?? null) : null;

/** The rest of a Shopify order path (after `orders[0]`), as Deskpilot's `order.…`. */
function shopifyOrderPath(rest: readonly Segment[]): Segment[] | null {
  const [head, second, third, fourth] = rest;
  const direct = field(ORDER_FIELDS, head);
  if (direct && rest.length === 1) return ['order', direct];
  if (head === 'email' && rest.length === 1) return ['customer', 'email'];
  if (head === 'customer' && rest.length === 2) {
    const f = field(CUSTOMER_FIELDS, second);
    return f ? ['customer', f] : null;
  }
  if (head === 'shipping_address' && rest.length === 2) {
    const f = field(ADDRESS_FIELDS, second);
    return f ? ['order', 'shipping_address', f] : null;
  }
  const collections: Record<string, Record<string, string>> = { fulfillments: FULFILLMENT_FIELDS, line_items: LINE_ITEM_FIELDS, refunds: REFUND_FIELDS };
  if (typeof head === 'string' && Object.hasOwn(collections, head)) {
    const at = index(second);
    const table = collections[head];
    const f = table ? field(table, third) : null;
    if (at === null || !f) return null;
    // `tracking_numbers[0]` is Shopify's list form of the one number Deskpilot keeps.
    const plural = third === 'tracking_numbers' || third === 'tracking_urls';
    if (plural ? rest.length !== 4 || index(fourth) !== 'first' : rest.length !== 3) return null;
    return ['order', head, at, f];
  }
  return null;
}

const ZENDESK: Record<string, string> = {
  'ticket.requester.first_name': 'customer.first_name',
  'ticket.requester.last_name': 'customer.last_name',
  // Greetings use the name: Deskpilot greets by first name.
  'ticket.requester.name': 'customer.first_name',
  'ticket.requester.email': 'customer.email',
  'ticket.id': 'ticket.id',
  'ticket.title': 'ticket.subject',
  'ticket.subject': 'ticket.subject',
  'current_user.first_name': 'agent.name',
  'current_user.name': 'agent.name',
  'ticket.assignee.first_name': 'agent.name',
  'ticket.assignee.name': 'agent.name',
  'ticket.brand.name': 'shop.name',
  'ticket.account': 'shop.name',
};

const GORGIAS: Record<string, string> = {
  'ticket.customer.firstname': 'customer.first_name',
  'ticket.customer.first_name': 'customer.first_name',
  'ticket.customer.lastname': 'customer.last_name',
  'ticket.customer.last_name': 'customer.last_name',
  'ticket.customer.name': 'customer.first_name',
  'ticket.customer.email': 'customer.email',
  'ticket.id': 'ticket.id',
  'ticket.subject': 'ticket.subject',
  'current_user.firstname': 'agent.name',
  'current_user.first_name': 'agent.name',
  'current_user.name': 'agent.name',
  'ticket.assignee_user.firstname': 'agent.name',
  'ticket.assignee_user.name': 'agent.name',
};

function fromTable(table: Record<string, string>): PathMapper {
  return (segments) => {
    const key = pathName(segments);
    const target = Object.hasOwn(table, key) ? table[key] : undefined;
    return target ? target.split('.') : null;
  };
}

const zendeskPath: PathMapper = fromTable(ZENDESK);

const gorgiasTable = fromTable(GORGIAS);
const gorgiasPath: PathMapper = (segments) => {
  const simple = gorgiasTable(segments);
  if (simple) return simple;
  // ticket.customer.integrations.<shopify | integration id>.orders[0].… and ….customer.…
  const [a, b, c, integration, kind, at, ...rest] = segments;
  if (a !== 'ticket' || b !== 'customer' || c !== 'integrations' || integration === undefined) return null;
  if (typeof integration === 'string' && integration !== 'shopify' && !/^\d+$/.test(integration)) return null;
  if (kind === 'orders' && index(at) === 'first') return shopifyOrderPath(rest);
  if (kind === 'customer' && rest.length === 0) {
    const f = field(CUSTOMER_FIELDS, at);
    return f ? ['customer', f] : null;
  }
  return null;
};

/** Gorgias filters: `|datetime_format("MMM Do")` is Deskpilot's `| date` (the reply language's own format). */
function gorgiasFilters(inner: string): string {
  return inner
    .replace(/\s*\|\s*datetime_format\s*\((?:[^()"']|"[^"]*"|'[^']*')*\)/g, ' | date')
    .replace(/\s*\|\s*([A-Za-z_]\w*)\s*\(((?:[^()"']|"[^"]*"|'[^']*')*)\)/g, (_, name: string, args: string) => (args.trim() ? ` | ${name}: ${args.trim()}` : ` | ${name}`));
}

export interface ConvertedBody {
  body: string;
  mapped: MappedPlaceholder[];
  /** Placeholders kept as written: Deskpilot has no value for them, so they show as gaps. */
  unknownVariables: string[];
}

function converted(body: string, mapped: MappedPlaceholder[]): ConvertedBody {
  const { errors, unknownVariables } = validateTemplate(body);
  return { body, mapped, unknownVariables: errors.length > 0 ? [] : unknownVariables };
}

/** A Zendesk macro's text with its placeholders in Deskpilot's names. */
export function convertZendeskBody(source: string): ConvertedBody {
  const mapped: MappedPlaceholder[] = [];
  return converted(rewriteLiquid(source, zendeskPath, mapped), mapped);
}

/** A Gorgias macro's text with its variables in Deskpilot's names and its filters in Liquid's syntax. */
export function convertGorgiasBody(source: string): ConvertedBody {
  const mapped: MappedPlaceholder[] = [];
  return converted(rewriteLiquid(source, gorgiasPath, mapped, gorgiasFilters), mapped);
}

// ---------------------------------------------------------------------------------------------
// HTML bodies

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', hellip: '…', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', ndash: '–', mdash: '—', euro: '€' };

function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code.startsWith('#')) {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/**
 * A macro's HTML as the plain text a reply template holds: paragraphs and line breaks kept, links
 * written as `text (address)`, every other tag dropped. The result is only ever rendered as text.
 */
export function htmlToText(html: string): string {
  const withLinks = html.replace(/<a\b[^>]*?\bhref\s*=\s*(["'])(.*?)\1[^>]*>([\s\S]*?)<\/a>/gi, (_, __, href: string, label: string) => {
    const words = label.replace(/<[^>]*>/g, '').trim();
    return !words || decodeEntities(words) === decodeEntities(href) ? href : `${words} (${href})`;
  });
  const text = withLinks
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\n/g, ' ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<\/(p|div|h[1-6]|blockquote|ul|ol|table|tr)>/gi, '\n\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text)
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// ---------------------------------------------------------------------------------------------
// Intent and language of a macro

/** First match wins: the more specific cases come before the words they contain. */
const INTENT_RULES: readonly [IntentId, RegExp][] = [
  ['track_refund', /\brefund (status|track|delay)|where('?s| is) (my |the )?refund|refund (not|hasn'?t|still)|suivi (du |de )?rembours|erstattung(sstatus| status)|estado (del |de )?reembols/],
  ['check_refund_policy', /\b(refund|return)s? polic|politique de (retour|rembours)|(ruckgabe|erstattungs)(richtlinie|bedingung)|politica de (devolucion|reembolso)|politica de (retur|ramburs)/],
  ['damaged_item', /damag|broken|defect|faulty|endommag|casse|abime|beschadig|kaputt|defekt|roto|danad|deteriorat|stricat/],
  ['wrong_item', /wrong (item|product|size|colou?r|order)|incorrect (item|product)|mauvais (article|produit)|falsche[rn]? (artikel|produkt|ware)|producto (equivocado|incorrecto)|produs gresit/],
  ['missing_item', /missing|manquant|fehlend|fehlt|falta|lipsa/],
  ['cancel_order', /cancel|annul|stornier|cancelar|anula/],
  ['change_shipping_address', /address|adresse|direccion|adresa/],
  ['return_request', /\breturn|exchange|retour|ruckgabe|rucksend|umtausch|devoluc|devolver|cambio|retur/],
  ['get_refund', /refund|rembours|erstatt|reembols|rambursa/],
  ['change_order', /(change|edit|modify|update|amend) (the |my |an? |your )?order|modifi|bestellung (andern|bearbeiten)|cambiar (el |mi )?pedido|modifica/],
  ['invoice', /invoice|receipt|factur|rechnung|quittung/],
  ['discount_code', /discount|coupon|promo|voucher|rabatt|gutschein|descuento|cupon|reducere|cupon/],
  ['payment_issue', /payment|charged|\bcard\b|paypal|paiement|zahlung|pago|plata/],
  ['delivery_period', /delivery (time|period|estimate)|shipping time|how long|delai|lieferzeit|plazo|termen de livrare/],
  ['delivery_options', /(shipping|delivery) (option|method)|express|pick ?up|click (and|&) collect|mode de livraison|versandart|metodo de envio|optiuni de livrare/],
  ['track_order', /track|where('?s| is) (my |the )?(order|parcel|package)|wismo|(order|shipping|shipment) status|suivi|ou est|wo ist|sendungsverfolgung|seguimiento|donde esta|urmarire|unde este|shipping|shipped|delivery|livraison|versand|lieferung|envio|livrare|colet/],
  ['complaint', /complain|unhappy|disappoint|reclamation|mecontent|beschwerde|unzufrieden|queja|reclamacion|reclamatie|nemultumit/],
  ['contact_human_agent', /human|real person|speak to|talk to|call (me|back)|callback|escalat/],
];

function fold(value: string): string {
  return value.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '').replace(/[’‘`´]/g, "'");
}

/**
 * The intent a macro serves, from its title, tags or the source's own intent label
 * (Gorgias writes `shipping/status`, `order/cancel`); `other` when nothing says.
 */
export function guessIntent(...hints: (string | null | undefined)[]): IntentId {
  for (const hint of hints) if (isIntentId(hint)) return hint;
  const words = fold(hints.filter((h): h is string => typeof h === 'string').join(' \n ').replace(/[/_:>-]+/g, ' '));
  for (const [intent, pattern] of INTENT_RULES) if (pattern.test(words)) return intent;
  return 'other';
}

/** The macro's language: the file's own when it gives one, else read from the words around the placeholders. */
function languageOf(given: unknown, body: string): string {
  if (typeof given === 'string') {
    const code = given.trim().toLowerCase().split(/[-_]/)[0] ?? '';
    if (/^[a-z]{2}$/.test(code)) return code;
  }
  const words = body.replace(/\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g, ' ');
  return detectLanguage(words) ?? 'en';
}

function slug(value: string): string {
  return (
    fold(value)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'macro'
  );
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

function splitTags(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(splitTags);
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  if (isObject(value) && typeof value.name === 'string') return [value.name];
  return [];
}

interface MacroParts {
  /** Where it came from and which entry: the id prefix. */
  source: 'zendesk' | 'gorgias';
  sourceId: unknown;
  title: string;
  /** Plain text of the reply, placeholders as the source writes them; null when the macro sets none. */
  reply: string | null;
  tags: string[];
  intentHint: string | null;
  language: unknown;
}

function addMacro(result: TemplateImport, parts: MacroParts, taken: Set<string>, options: ImportOptions) {
  const skip = (reason: string) => void result.skipped.push({ name: parts.title, reason });
  if (parts.reply === null || parts.reply.trim() === '') return skip('it sets no reply text (only other actions)');
  const convert = parts.source === 'zendesk' ? convertZendeskBody : convertGorgiasBody;
  const { body, mapped, unknownVariables } = convert(parts.reply.trim());
  const problem = syntaxProblem(body);
  if (problem) return skip(problem);
  // Zendesk titles nest with `::` ("Shipping::Where is my order"): the path becomes tags.
  const path = parts.title.split('::').map((p) => p.trim()).filter(Boolean);
  const name = path[path.length - 1] ?? parts.title;
  const sourceId = typeof parts.sourceId === 'number' || (typeof parts.sourceId === 'string' && parts.sourceId.trim()) ? String(parts.sourceId).trim() : slug(parts.title);
  const base = `${parts.source}.${slug(sourceId)}`;
  const id = uniqueId(options.builtInIds?.has(base) ? `${base}-imported` : base, taken);
  const template: Template = {
    id,
    name,
    intent: guessIntent(parts.intentHint, parts.title, ...parts.tags),
    language: languageOf(parts.language, body),
    orderStates: [],
    tags: cleanTags([parts.source, ...path.slice(0, -1), ...parts.tags]),
    body,
    builtIn: false,
    updatedAt: options.now,
  };
  result.templates.push(template);
  for (const m of mapped) if (!result.mapped.some((r) => r.from === m.from && r.to === m.to)) result.mapped.push(m);
  if (unknownVariables.length > 0) result.flagged.push({ id, name, unknownVariables });
}

function entryTitle(entry: Json, key: 'title' | 'name', index: number): string {
  return text(entry[key])?.trim() ?? `entry ${index + 1}`;
}

/** Zendesk's `comment_value`: a string, or `["channel:all", "text"]` in rich-text accounts. */
function zendeskValue(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    const parts = value.filter((v): v is string => typeof v === 'string' && !/^channel:/.test(v));
    return parts.length > 0 ? parts.join('\n') : null;
  }
  return null;
}

/** Zendesk's macro export (`GET /api/v2/macros`): `{ macros: [{ id, title, actions: [{ field, value }] }] }`. */
export function templatesFromZendesk(data: unknown, options: ImportOptions): TemplateImport {
  const list: unknown[] = isObject(data) && Array.isArray(data.macros) ? data.macros : isObject(data) && isObject(data.macro) ? [data.macro] : Array.isArray(data) ? data : [];
  const result: TemplateImport = { format: 'zendesk', templates: [], skipped: [], flagged: [], mapped: [] };
  const taken = new Set<string>();
  list.forEach((entry, i) => {
    if (!isObject(entry)) {
      result.skipped.push({ name: `entry ${i + 1}`, reason: 'it is not a macro object' });
      return;
    }
    const title = entryTitle(entry, 'title', i);
    const actions = Array.isArray(entry.actions) ? entry.actions.filter(isObject) : [];
    const value = (name: string) => actions.filter((a) => a.field === name).map((a) => zendeskValue(a.value)).find((v) => v !== null) ?? null;
    const plain = value('comment_value');
    const html = value('comment_value_html');
    const tags = actions.filter((a) => a.field === 'set_tags' || a.field === 'current_tags').flatMap((a) => splitTags(a.value));
    addMacro(result, { source: 'zendesk', sourceId: entry.id, title, reply: plain ?? (html !== null ? htmlToText(html) : null), tags, intentHint: null, language: null }, taken, options);
  });
  return result;
}

/**
 * Gorgias's macro export (`GET /api/macros`): `{ data: [{ id, name, intent?, language?,
 * actions: [{ name: 'setResponseText', arguments: { body_text, body_html } }, { name: 'addTags', … }] }] }`.
 */
export function templatesFromGorgias(data: unknown, options: ImportOptions): TemplateImport {
  const list: unknown[] = isObject(data) && Array.isArray(data.data) ? data.data : isObject(data) && Array.isArray(data.macros) ? data.macros : Array.isArray(data) ? data : [];
  const result: TemplateImport = { format: 'gorgias', templates: [], skipped: [], flagged: [], mapped: [] };
  const taken = new Set<string>();
  list.forEach((entry, i) => {
    if (!isObject(entry)) {
      result.skipped.push({ name: `entry ${i + 1}`, reason: 'it is not a macro object' });
      return;
    }
    const actions = Array.isArray(entry.actions) ? entry.actions.filter(isObject) : [];
    const args = (a: Json): Json => (isObject(a.arguments) ? a.arguments : {});
    const response = actions.find((a) => a.name === 'setResponseText');
    const plain = response ? text(args(response).body_text) : null;
    const html = response ? text(args(response).body_html) : null;
    const tags = [...splitTags(entry.tags), ...actions.filter((a) => a.name === 'addTags').flatMap((a) => splitTags(args(a).tags))];
    addMacro(
      result,
      {
        source: 'gorgias',
        sourceId: entry.id,
        title: entryTitle(entry, 'name', i),
        reply: plain ?? (html !== null ? htmlToText(html) : null),
        tags,
        intentHint: typeof entry.intent === 'string' ? entry.intent : null,
        language: entry.language,
      },
      taken,
      options,
    );
  });
  return result;
}

function looksLike(list: unknown[], test: (action: Json) => boolean): boolean {
  return list.some((m) => isObject(m) && Array.isArray(m.actions) && m.actions.some((a) => isObject(a) && test(a)));
}

/**
 * Any file the manager imports, told apart by its shape: a Deskpilot export (or a list of
 * templates), a Zendesk macro export, a Gorgias macro export.
 */
export function readTemplateFile(data: unknown, options: ImportOptions): ReadResult {
  const zendesk = (a: Json) => typeof a.field === 'string';
  const gorgias = (a: Json) => typeof a.name === 'string' && !('field' in a);
  if (isObject(data)) {
    if (data.format === EXPORT_FORMAT || Array.isArray(data.templates)) return { ok: true, result: templatesFromJson(data, options) };
    if (Array.isArray(data.macros)) {
      return { ok: true, result: looksLike(data.macros, gorgias) && !looksLike(data.macros, zendesk) ? templatesFromGorgias(data, options) : templatesFromZendesk(data, options) };
    }
    if (isObject(data.macro)) return { ok: true, result: templatesFromZendesk(data, options) };
    if (Array.isArray(data.data)) return { ok: true, result: templatesFromGorgias(data, options) };
  }
  if (Array.isArray(data)) {
    if (looksLike(data, zendesk)) return { ok: true, result: templatesFromZendesk(data, options) };
    if (looksLike(data, gorgias)) return { ok: true, result: templatesFromGorgias(data, options) };
    return { ok: true, result: templatesFromJson(data, options) };
  }
  return { ok: false, error: 'This file is not a Deskpilot template export, a Zendesk macro export ({ "macros": [...] }) or a Gorgias macro export ({ "data": [...] }).' };
}

/** Parses the text of an imported file; a one-line error when it is not JSON. */
export function readTemplateFileText(content: string, options: ImportOptions): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, error: `This file is not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  return readTemplateFile(data, options);
}
