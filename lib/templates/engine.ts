import { filters as standardFilters, Liquid, Tokenizer, TypeGuards, type FilterImplOptions, type Template as LiquidTemplate } from 'liquidjs';
import type { Order, OrderSource } from '../orders/model';
import {
  EACH,
  isEmptyValue,
  isKnownPath,
  parsePath,
  pathName,
  resolvePath,
  type PolicyKey,
  POLICY_KEYS,
  type Segment,
  type ShopPolicies,
} from './variables';

/**
 * Liquid for reply templates. liquidjs interprets templates without `eval` or `new Function`
 * (tests/lib/templates/engine.test.ts proves it in a process that forbids both), so it runs under
 * an extension's content security policy. Partials are switched off: a template is one string,
 * and nothing is ever fetched.
 *
 * No silent blanks: every `{{ output }}` passes through a last filter that replaces an empty
 * value with a visible `[variable.name]` and reports the gap; values used only in conditions or
 * loops that turn out empty are reported too, as gaps the template already handled.
 */

/** Where a filled value came from: `order:<source kind>`, `ticket`, `settings`, or `template`. */
export type ValueSource = `order:${OrderSource['kind']}` | 'ticket' | 'settings' | 'template';

export interface FilledVariable {
  name: string;
  value: string;
  source: ValueSource;
}

export interface Gap {
  name: string;
  /** True when the text shows a placeholder to fill; false when the template left it out itself. */
  required: boolean;
}

export interface RenderResult {
  text: string;
  variables: FilledVariable[];
  gaps: Gap[];
}

/** What a template is filled from. `order: null` leaves every order fact as a gap. */
export interface RenderContext {
  /** ISO 639-1 of the reply: money and dates are formatted for it, policies picked in it. */
  language: string;
  order: Order | null;
  ticket: {
    id: string;
    subject: string;
    customerName: string;
    customerEmail: string | null;
    /** The first order number the ticket mentions, as written (without `#`). */
    orderNumber?: string | null;
  } | null;
  agent: { name: string };
  shop: { name: string; policies?: ShopPolicies };
}

export interface TemplateProblem {
  message: string;
  line?: number;
}

export interface TemplateValidation {
  errors: TemplateProblem[];
  unknownVariables: string[];
}

class TemplateSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number | undefined,
  ) {
    super(message);
  }
}

/** What liquidjs passes a filter as `this` (its type is not exported by name). */
type FilterImpl = ThisParameterType<Extract<FilterImplOptions, (...args: never[]) => unknown>>;

// ---------------------------------------------------------------------------------------------
// The per-render collector. Rendering is synchronous, so the filters find it here.

interface RenderState {
  language: string;
  scope: Scope;
  sources: Map<string, ValueSource>;
  outputs: OutputInfo[];
  variables: FilledVariable[];
  gaps: Map<string, Gap>;
}

let active: RenderState | null = null;

function addGap(state: RenderState, name: string, required: boolean) {
  const known = state.gaps.get(name);
  if (!known) state.gaps.set(name, { name, required });
  else if (required) known.required = true;
}

// ---------------------------------------------------------------------------------------------
// Filters

const moneyFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(language: string, currency: string | null): Intl.NumberFormat {
  const key = `${language}|${currency ?? ''}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = currency
      ? new Intl.NumberFormat(language, { style: 'currency', currency })
      : new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    moneyFormats.set(key, format);
  }
  return format;
}

/** `{{ order.total_price | money }}`: the order's currency, written the reply language's way. */
export function formatMoney(value: unknown, language: string, currency: string | null): string | null {
  if (isEmptyValue(value)) return null;
  const amount = typeof value === 'number' ? value : Number(String(value).trim());
  if (!Number.isFinite(amount)) return String(value);
  const code = currency?.trim().toUpperCase() || null;
  try {
    return numberFormat(language, code).format(amount);
  } catch {
    // Not an ISO 4217 code: keep the shop's own word for it.
    return `${numberFormat(language, null).format(amount)} ${code ?? ''}`.trim();
  }
}

/**
 * `{{ order.created_at | date }}`: a long date in the reply's language. The calendar date is the
 * one the data states (`2025-03-10T23:30:00-05:00` is 10 March), whatever this machine's zone.
 */
export function formatDate(value: unknown, language: string): string | null {
  if (isEmptyValue(value)) return null;
  const text = String(value).trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  const time = iso ? Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])) : Date.parse(text);
  if (Number.isNaN(time)) return text;
  let format = dateFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(language, format);
  }
  return format.format(new Date(time));
}

function moneyFilter(this: FilterImpl, value: unknown, currency?: unknown): string | null {
  const state = active;
  const language = state?.language ?? 'en';
  if (isEmptyValue(value)) return null;
  const code = typeof currency === 'string' && currency.trim() ? currency : state ? resolvePath(state.scope, ['order', 'currency']) : null;
  if (typeof code === 'string' && code.trim()) return formatMoney(value, language, code);
  // An amount without its currency: the figure, and the currency as a gap to fill.
  if (state) addGap(state, 'order.currency', true);
  return `${formatMoney(value, language, null) ?? ''} [order.currency]`;
}

const standardDate = standardFilters.date as (this: FilterImpl, ...args: unknown[]) => unknown;

function dateFilter(this: FilterImpl, value: unknown, ...args: unknown[]): unknown {
  if (args.length > 0 && args[0] !== undefined) return standardDate.call(this, value, ...args);
  return formatDate(value, active?.language ?? 'en');
}

/** Appended to every output: the no-silent-blanks check. */
const GAP_FILTER = '__deskpilot_output';

function stringify(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value) ?? '';
}

function outputFilter(this: FilterImpl, value: unknown, index: unknown): unknown {
  const state = active;
  const info = state && typeof index === 'number' ? state.outputs[index] : undefined;
  if (!state || !info) return value;
  if (isEmptyValue(value)) {
    addGap(state, info.name, true);
    return `[${info.name}]`;
  }
  const raw = info.segments ? this.context.getSync(info.segments) : value;
  if (info.segments && isEmptyValue(raw)) {
    // Empty, but a filter such as `default` gave the template's own fallback.
    addGap(state, info.name, false);
    return value;
  }
  const text = stringify(value);
  let path = info.expanded ?? info.segments;
  if (path?.includes(EACH)) {
    // The innermost loop's element: its index finds per-item sources (`line_items.1.title`).
    const index = this.context.getSync(['forloop', 'index0']);
    const at = path.lastIndexOf(EACH);
    if (typeof index === 'number') path = [...path.slice(0, at), index, ...path.slice(at + 1)];
  }
  const source = path ? sourceOf(state, path) : 'template';
  if (!state.variables.some((v) => v.name === info.name && v.value === text)) state.variables.push({ name: info.name, value: text, source });
  return value;
}

// ---------------------------------------------------------------------------------------------
// The Liquid instance

/** A tag that fails to parse with a message the template manager shows. */
function refuse(message: string) {
  return {
    parse() {
      throw new Error(message);
    },
    render() {
      return '';
    },
  };
}

function createLiquid(): Liquid {
  const liquid = new Liquid({
    strictFilters: true,
    strictVariables: false,
    ownPropertyOnly: true,
    // In-memory partials only (none): never the file system, never a fetch from the browser build.
    templates: {},
    relativeReference: false,
    parseLimit: 200_000,
    renderLimit: 500,
    memoryLimit: 10_000_000,
  });
  liquid.registerFilter('money', moneyFilter);
  liquid.registerFilter('date', dateFilter);
  liquid.registerFilter(GAP_FILTER, outputFilter);
  // Outputs that bypass `{{ }}` could print a blank unseen; partials would need files.
  const echo = refuse('echo is not supported in reply templates: use {{ … }} so a missing value shows');
  const partial = refuse('partials (include, render, layout) are not supported in reply templates');
  liquid.registerTag('echo', echo);
  for (const tag of ['include', 'render', 'layout']) liquid.registerTag(tag, partial);
  return liquid;
}

const liquid = createLiquid();

// ---------------------------------------------------------------------------------------------
// Compilation (cached per body)

interface OutputInfo {
  /** The name shown in placeholders and gaps (loop variables spelled as their collection). */
  name: string;
  /** The path as written, for looking it up in the render context; null for literals. */
  segments: Segment[] | null;
  /** The path with loop variables and assigns replaced by what they point to. */
  expanded: Segment[] | null;
}

interface Compiled {
  templates: LiquidTemplate[];
  outputs: OutputInfo[];
  /** Every path the template reads (conditions, loops, outputs), loop variables and assigns expanded. */
  referenced: Segment[][];
  /** The template's own words: the body without any Liquid. */
  literal: string;
}

type Aliases = Map<string, Segment[]>;

function expand(segments: Segment[], aliases: Aliases): Segment[] {
  const [root, ...rest] = segments;
  const target = typeof root === 'string' ? aliases.get(root) : undefined;
  return target ? [...target, ...rest] : segments;
}

/** `for x in path`, `tablerow x in path`, `assign x = path` make x an alias of path. */
function trackAlias(name: string, args: string, aliases: Aliases) {
  if (name === 'for' || name === 'tablerow') {
    const m = /^\s*([A-Za-z_][\w-]*)\s+in\s+(\S+)/.exec(args);
    const path = m?.[2] ? parsePath(m[2]) : null;
    if (m?.[1] && path) aliases.set(m[1], [...expand(path, aliases), EACH]);
  } else if (name === 'assign' || name === 'capture') {
    const m = /^\s*([A-Za-z_][\w-]*)\s*(?:=\s*(.*))?$/.exec(args);
    if (!m?.[1]) return;
    // Only `assign x = a.b` (no filter) aliases a variable; anything else makes x a value of its own.
    const value = m[2]?.trim() ?? '';
    const path = name === 'assign' && !value.includes('|') ? parsePath(value) : null;
    if (path) aliases.set(m[1], expand(path, aliases));
    else aliases.delete(m[1]);
  }
}

interface Token {
  kind: 'html' | 'output' | 'tag';
  begin: number;
  end: number;
  content: string;
  name: string;
  args: string;
  trimLeft: boolean;
  trimRight: boolean;
}

function tokenize(body: string): Token[] {
  return new Tokenizer(body).readTopLevelTokens().map((t) => {
    const r = t as unknown as Partial<Token> & { begin: number; end: number };
    // liquidjs's own guards: class names do not survive the extension build's minifier.
    const kind = TypeGuards.isOutputToken(t) ? 'output' : TypeGuards.isTagToken(t) ? 'tag' : 'html';
    return {
      kind,
      begin: r.begin,
      end: r.end,
      content: typeof r.content === 'string' ? r.content : '',
      name: typeof r.name === 'string' ? r.name : '',
      args: typeof r.args === 'string' ? r.args : '',
      trimLeft: r.trimLeft === true,
      trimRight: r.trimRight === true,
    };
  });
}

function lineOf(error: unknown): number | undefined {
  const m = /line:(\d+)/.exec(error instanceof Error ? error.message : '');
  return m ? Number(m[1]) : undefined;
}

function cleanMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message
    .replace(/, line:\d+, col:\d+[\s\S]*$/, '')
    .replace(/^.*?\b(echo is not supported|partials \(include)/, '$1')
    .replace(new RegExp(`\\s*\\|\\s*${GAP_FILTER}:\\s*\\d+`, 'g'), '')
    .split('\n')[0]
    ?.trim() ?? message;
}

/** Splits a filtered value at its first top-level `|` (not inside quotes). */
function initialExpression(content: string): string {
  let quote: string | null = null;
  for (let i = 0; i < content.length; i++) {
    const c = content[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '|') return content.slice(0, i).trim();
  }
  return content.trim();
}

function variableSegments(segments: readonly unknown[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    if (typeof s === 'string' || typeof s === 'number') out.push(s);
    else break;
  }
  return out;
}

const compiled = new Map<string, Compiled>();
const CACHE_LIMIT = 1000;

function compile(body: string): Compiled {
  const hit = compiled.get(body);
  if (hit) return hit;
  let tokens: Token[];
  try {
    tokens = tokenize(body);
  } catch (error) {
    throw new TemplateSyntaxError(cleanMessage(error), lineOf(error));
  }
  const aliases: Aliases = new Map();
  const outputs: OutputInfo[] = [];
  let source = '';
  let literal = '';
  let skipUntil: string | null = null;
  for (const token of tokens) {
    const text = body.slice(token.begin, token.end);
    if (skipUntil) {
      if (token.kind === 'tag' && token.name === skipUntil) skipUntil = null;
      source += text;
      continue;
    }
    if (token.kind === 'html') {
      literal += text;
      source += text;
    } else if (token.kind === 'tag') {
      if (token.name === 'raw' || token.name === 'comment') skipUntil = `end${token.name}`;
      trackAlias(token.name, token.args, aliases);
      source += text;
      literal += ' ';
    } else {
      const segments = parsePath(initialExpression(token.content));
      const expanded = segments ? expand(segments, aliases) : null;
      outputs.push({ name: expanded ? pathName(expanded) : initialExpression(token.content), segments, expanded });
      source += `{{${token.trimLeft ? '-' : ''} ${token.content} | ${GAP_FILTER}: ${outputs.length - 1} ${token.trimRight ? '-' : ''}}}`;
      literal += ' ';
    }
  }
  let templates: LiquidTemplate[];
  const referenced: Segment[][] = [];
  try {
    templates = liquid.parse(source);
    const analysis = liquid.analyzeSync(templates);
    for (const vars of Object.values(analysis.variables)) {
      for (const v of vars) {
        const segments = variableSegments(v.segments);
        const root = segments[0];
        if (typeof root !== 'string') continue;
        if (Object.hasOwn(analysis.globals, root)) referenced.push(segments);
        else if (aliases.has(root)) referenced.push(expand(segments, aliases));
      }
    }
  } catch (error) {
    throw new TemplateSyntaxError(cleanMessage(error), lineOf(error));
  }
  const seen = new Set<string>();
  const unique = referenced.filter((segments) => {
    const name = pathName(segments);
    return seen.has(name) ? false : (seen.add(name), true);
  });
  const result: Compiled = { templates, outputs, referenced: unique, literal };
  if (compiled.size >= CACHE_LIMIT) compiled.clear();
  compiled.set(body, result);
  return result;
}

// ---------------------------------------------------------------------------------------------
// The render scope

type Scope = Record<string, unknown>;

const clean = (value: string | null | undefined): string | null => (value && value.trim() ? value : null);

function pickPolicy(snippet: ShopPolicies[PolicyKey], language: string): string | null {
  if (typeof snippet === 'string') return clean(snippet);
  if (snippet && typeof snippet === 'object') return clean(snippet[language]);
  return null;
}

function orderScope(order: Order): Scope {
  return {
    name: clean(order.name),
    order_number: clean(order.order_number),
    created_at: clean(order.created_at),
    cancelled_at: clean(order.cancelled_at),
    total_price: clean(order.total_price),
    currency: clean(order.currency),
    financial_status: clean(order.financial_status),
    fulfillment_status: clean(order.fulfillment_status),
    order_status_url: clean(order.order_status_url),
    line_items: order.line_items.map((i) => ({
      title: clean(i.title),
      variant_title: clean(i.variant_title),
      sku: clean(i.sku),
      quantity: i.quantity,
      price: clean(i.price),
    })),
    fulfillments: order.fulfillments.map((f) => ({
      status: clean(f.status),
      created_at: clean(f.created_at),
      tracking_number: clean(f.tracking_number),
      tracking_url: clean(f.tracking_url),
      tracking_company: clean(f.tracking_company),
      estimated_delivery_at: clean(f.estimated_delivery_at),
    })),
    refunds: order.refunds.map((r) => ({ created_at: clean(r.created_at), amount: clean(r.amount), note: clean(r.note) })),
    shipping_address: order.shipping_address
      ? {
          name: clean(order.shipping_address.name),
          address1: clean(order.shipping_address.address1),
          city: clean(order.shipping_address.city),
          zip: clean(order.shipping_address.zip),
          country: clean(order.shipping_address.country),
        }
      : null,
  };
}

function splitName(fullName: string): { first: string | null; last: string | null } {
  const name = fullName.trim();
  if (!name || name.includes('@')) return { first: null, last: null };
  const [first, ...rest] = name.split(/\s+/);
  return { first: clean(first), last: clean(rest.join(' ')) };
}

function buildScope(context: RenderContext): { scope: Scope; sources: Map<string, ValueSource> } {
  const sources = new Map<string, ValueSource>();
  const { order, ticket } = context;
  const fromOrder: ValueSource | null = order ? `order:${order.source.kind}` : null;
  const fromTicket = splitName(ticket?.customerName ?? '');
  const customer: Record<string, string | null> = {};
  const pick = (key: string, orderValue: string | null | undefined, ticketValue: string | null | undefined) => {
    const o = clean(orderValue);
    const t = clean(ticketValue);
    customer[key] = o ?? t;
    const fieldSource = order?.field_sources?.[`customer.${key}`];
    if (o && fromOrder) sources.set(`customer.${key}`, fieldSource ? `order:${fieldSource.kind}` : fromOrder);
    else if (t) sources.set(`customer.${key}`, 'ticket');
  };
  pick('first_name', order?.customer?.first_name, fromTicket.first);
  pick('last_name', order?.customer?.last_name, fromTicket.last);
  pick('email', order?.customer?.email ?? order?.email, ticket?.customerEmail);
  const policies: Record<string, string | null> = {};
  for (const key of POLICY_KEYS) policies[key] = pickPolicy(context.shop.policies?.[key], context.language);
  const scope: Scope = {
    customer,
    order: order ? orderScope(order) : null,
    agent: { name: clean(context.agent.name) },
    shop: { name: clean(context.shop.name), policies },
    ticket: ticket ? { id: clean(ticket.id), subject: clean(ticket.subject), order_number: clean(ticket.orderNumber) } : null,
  };
  return { scope, sources };
}

/** `order.fulfillments.first.tracking_number` → `fulfillments.0.tracking_number`, Order.field_sources' key. */
function fieldKey(segments: readonly Segment[], order: unknown): string {
  const parts: string[] = [];
  let node: unknown = order;
  for (const s of segments) {
    if (Array.isArray(node)) {
      const index = s === 'first' ? 0 : s === 'last' ? node.length - 1 : typeof s === 'number' ? s : null;
      if (index === null) break;
      parts.push(String(index));
      node = node[index];
    } else {
      parts.push(String(s));
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[String(s)] : undefined;
    }
  }
  return parts.join('.');
}

function sourceOf(state: RenderState, segments: readonly Segment[]): ValueSource {
  const [root, ...rest] = segments;
  if (root === 'order') {
    const order = state.scope.order;
    const kind = state.sources.get('order');
    if (!kind) return 'template';
    for (let k = fieldKey(rest, order); k; k = k.includes('.') ? k.slice(0, k.lastIndexOf('.')) : '') {
      const s = state.sources.get(`order.${k}`);
      if (s) return s;
    }
    return kind;
  }
  if (root === 'customer') return state.sources.get(pathName(segments)) ?? 'template';
  if (root === 'ticket') return 'ticket';
  if (root === 'agent' || root === 'shop') return 'settings';
  return 'template';
}

// ---------------------------------------------------------------------------------------------
// Public API

function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Renders a template body. Throws an Error (one line) when the body does not parse or its
 * rendering fails; never returns text with a silent blank.
 */
export function render(body: string, context: RenderContext): RenderResult {
  const program = compile(body);
  const { scope, sources } = buildScope(context);
  if (context.order) {
    sources.set('order', `order:${context.order.source.kind}`);
    for (const [key, source] of Object.entries(context.order.field_sources ?? {})) sources.set(`order.${key}`, `order:${source.kind}`);
  }
  const state: RenderState = { language: context.language, scope, sources, outputs: program.outputs, variables: [], gaps: new Map() };
  const previous = active;
  active = state;
  let text: string;
  try {
    text = String(liquid.renderSync(program.templates, scope));
  } catch (error) {
    throw new Error(cleanMessage(error));
  } finally {
    active = previous;
  }
  for (const segments of program.referenced) {
    // Paths through a loop variable cannot be looked up outside the loop; their outputs were checked inside.
    if (segments.length === 0 || segments.includes(EACH)) continue;
    if (isEmptyValue(resolvePath(scope, segments))) addGap(state, pathName(segments), false);
  }
  return { text: tidy(text), variables: state.variables, gaps: [...state.gaps.values()] };
}

/** For the template manager, as the user types: syntax errors and variables outside the known set. */
export function validateTemplate(body: string): TemplateValidation {
  let program: Compiled;
  try {
    program = compile(body);
  } catch (error) {
    const line = error instanceof TemplateSyntaxError ? error.line : lineOf(error);
    return { errors: [{ message: cleanMessage(error), ...(line !== undefined ? { line } : {}) }], unknownVariables: [] };
  }
  const unknown = new Set<string>();
  for (const segments of program.referenced) if (!isKnownPath(segments)) unknown.add(pathName(segments));
  return { errors: [], unknownVariables: [...unknown] };
}

/** The template's own words (Liquid removed): what the checks read for facts it states itself. */
export function literalText(body: string): string {
  return compile(body).literal;
}
