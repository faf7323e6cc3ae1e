import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { JSDOM } from 'jsdom';
import type { ReadResult, Ticket } from '../../lib/domain/ticket';
import { isTicket } from '../../lib/domain/validate';
import { readGeneric } from '../../lib/helpdesks/generic';
import { helpdeskForUrl } from '../../lib/helpdesks/registry';
import { detectIntent } from '../../lib/intent/detect';
import { INTENTS, isIntentId, type IntentId } from '../../lib/intent/types';
import { ordersFromJson } from '../../lib/orders/json';
import { loadOrdersFile } from '../../lib/orders/load';
import { lookupOrder, orderState } from '../../lib/orders/lookup';
import type { Order } from '../../lib/orders/model';
import { suggest, type SuggestDeps, type SuggestResult, type SuggestSettings } from '../../lib/suggest/pipeline';
import { BUILT_IN_TEMPLATES } from '../../lib/templates/library/index';
import { POLICY_KEYS, type PolicyKey, type ShopPolicies } from '../../lib/templates/variables';

export interface CliOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

const USAGE =
  'usage: npm run suggest -- --ticket <ticket.json | tickets.jsonl | saved-page.html --url URL> [--orders <file>] [--settings <settings.json>] [--intent <id>] [--now <ISO date>] [--json]';

const fail = (message: string): CliOutcome => ({ code: 1, stdout: '', stderr: `suggest: ${message}\n` });

export interface SuggestArgs {
  ticket: string;
  url: string | null;
  orders: string | null;
  settings: string | null;
  intent: IntentId | null;
  now: Date | null;
  json: boolean;
}

const VALUE_OPTIONS = ['--ticket', '--url', '--orders', '--settings', '--intent', '--now'] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];

export function parseSuggestArgs(argv: readonly string[]): SuggestArgs | string {
  const values: Partial<Record<ValueOption, string>> = {};
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--json') {
      json = true;
    } else if ((VALUE_OPTIONS as readonly string[]).includes(arg)) {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) return `${arg} needs a value. ${USAGE}`;
      values[arg as ValueOption] = value;
    } else if (arg.startsWith('-')) {
      return `unknown option ${arg}. ${USAGE}`;
    } else {
      return `unexpected argument ${arg}: name the ticket file with --ticket. ${USAGE}`;
    }
  }
  const ticket = values['--ticket'];
  if (!ticket) return `--ticket is required. ${USAGE}`;
  const intent = values['--intent'] ?? null;
  if (intent !== null && !isIntentId(intent)) return `unknown intent "${intent}" (known: ${INTENTS.join(', ')})`;
  const nowText = values['--now'];
  const now = nowText === undefined ? null : new Date(nowText);
  if (now && Number.isNaN(now.getTime())) return `--now is not a date: ${nowText ?? ''}`;
  return { ticket, url: values['--url'] ?? null, orders: values['--orders'] ?? null, settings: values['--settings'] ?? null, intent, now, json };
}

// ---------------------------------------------------------------------------------------------
// Narrowing what the files hold

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Why a parsed value is not a ticket (the first field that is wrong), or null when it is one. */
export function ticketProblem(value: unknown): string | null {
  if (!isObj(value)) return 'not a JSON object';
  for (const key of ['helpdesk', 'ticketId', 'url', 'subject'] as const) {
    if (typeof value[key] !== 'string') return `"${key}" is missing or not text`;
  }
  const customer = value.customer;
  if (!isObj(customer) || typeof customer.name !== 'string' || !(customer.email === null || typeof customer.email === 'string')) {
    return '"customer" needs a name and an email (text or null)';
  }
  if (!Array.isArray(value.messages)) return '"messages" is missing or not a list';
  const badMessage = value.messages.findIndex(
    (m) => !isObj(m) || (m.author !== 'customer' && m.author !== 'agent') || typeof m.name !== 'string' || typeof m.text !== 'string' || !(m.at === null || typeof m.at === 'string'),
  );
  if (badMessage >= 0) return `message ${badMessage + 1} needs author (customer|agent), name, text and at (text or null)`;
  if (!Array.isArray(value.notes)) return '"notes" is missing or not a list';
  if (!Array.isArray(value.orderNumbers) || !value.orderNumbers.every((n) => typeof n === 'string')) return '"orderNumbers" is missing or not a list of text';
  if (!(value.language === null || typeof value.language === 'string')) return '"language" is missing (text or null)';
  return isTicket(value) ? null : 'not a ticket';
}

interface TicketCase {
  ticket: Ticket;
  /** Orders the ticket's line carries; null: use --orders. */
  orders: Order[] | null;
}

/** A ticket object, possibly carrying its own `"orders": [...]`. */
function ticketCase(value: unknown, where: string, notes: string[]): TicketCase | string {
  const problem = ticketProblem(value);
  if (problem || !isObj(value)) return problem ?? 'not a ticket';
  const { orders: rawOrders, ...rest } = value;
  if (!isTicket(rest)) return 'not a ticket';
  if (rawOrders === undefined) return { ticket: rest, orders: null };
  if (!Array.isArray(rawOrders)) return '"orders" is not a list of orders';
  const { orders, problems } = ordersFromJson(rawOrders, { kind: 'json', label: where });
  if (problems.length > 0) notes.push(`${where}: ${problems.length} order problem(s), first: ${problems[0] ?? ''}`);
  return { ticket: rest, orders };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

async function readText(path: string): Promise<string | CliOutcome> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(`cannot read ${path}${code ? ` (${code})` : ''}`);
  }
}

function parseJson(text: string, where: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    return { ok: false, message: `${where} is not valid JSON: ${oneLine(error instanceof Error ? error.message : String(error))}` };
  }
}

function isStringRecord(v: unknown): v is Record<string, string> {
  return isObj(v) && Object.values(v).every((x) => typeof x === 'string');
}

/** `--settings`: `{ agentName, shopName, policies: { returns, refunds, shipping }, shopDomains }`. */
export function parseSettings(value: unknown, where: string): SuggestSettings | string {
  if (!isObj(value)) return `${where}: expected a JSON object with agentName, shopName, policies, shopDomains`;
  const known = ['agentName', 'shopName', 'policies', 'shopDomains'];
  const unknown = Object.keys(value).find((k) => !known.includes(k));
  if (unknown) return `${where}: unknown setting "${unknown}" (known: ${known.join(', ')})`;
  for (const key of ['agentName', 'shopName'] as const) {
    if (value[key] !== undefined && typeof value[key] !== 'string') return `${where}: "${key}" must be text`;
  }
  const policies: ShopPolicies = {};
  if (value.policies !== undefined) {
    if (!isObj(value.policies)) return `${where}: "policies" must be an object`;
    for (const [key, snippet] of Object.entries(value.policies)) {
      if (!(POLICY_KEYS as readonly string[]).includes(key)) return `${where}: unknown policy "${key}" (known: ${POLICY_KEYS.join(', ')})`;
      if (typeof snippet !== 'string' && !isStringRecord(snippet)) return `${where}: policy "${key}" must be text or { "<language>": text }`;
      policies[key as PolicyKey] = snippet;
    }
  }
  const domains = value.shopDomains;
  if (domains !== undefined && !(Array.isArray(domains) && domains.every((d) => typeof d === 'string'))) return `${where}: "shopDomains" must be a list of text`;
  return {
    agentName: typeof value.agentName === 'string' ? value.agentName : '',
    shopName: typeof value.shopName === 'string' ? value.shopName : '',
    policies,
    shopDomains: Array.isArray(domains) ? domains.filter((d): d is string => typeof d === 'string') : [],
  };
}

function readPage(html: string, pageUrl: string): Ticket | string {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return `--url is not a valid URL: ${pageUrl}`;
  }
  const adapter = helpdeskForUrl(url);
  const label = adapter?.label ?? 'Generic reader';
  const dom = new JSDOM(html, { url: url.href });
  try {
    const result: ReadResult = adapter ? adapter.extract(dom.window.document, url) : readGeneric(dom.window.document, url);
    return result.ok ? result.ticket : `${label}: ${result.error.message} [${result.error.code}]`;
  } catch (error) {
    return `${label} failed: ${oneLine(error instanceof Error ? error.message : String(error))}`;
  } finally {
    dom.window.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Output

function summary(ticket: Ticket, result: SuggestResult): string {
  const lines: string[] = [];
  lines.push(`Ticket ${ticket.ticketId} (${ticket.helpdesk}): ${ticket.subject || '(no subject)'}`);
  const also = result.runnersUp.map((g) => `${g.id} ${g.confidence.toFixed(2)}`).join(', ');
  lines.push(`Intent: ${result.intent.id} ${result.intent.confidence.toFixed(2)}${also ? ` (also: ${also})` : ''}`);
  lines.push(`Language: ${result.language ?? 'unknown'} · Order: ${result.order ? `${result.order} (${result.orderState})` : 'none'}`);
  if (result.suggestions.length === 0) lines.push('No suggestion: no template fits this intent and language.');
  result.suggestions.forEach((s, i) => {
    lines.push('', `${i + 1}. ${s.templateId} [${s.language}]`);
    for (const line of s.text.split('\n')) lines.push(`   | ${line}`);
    const filled = s.variables.map((v) => `${v.name} ← ${v.source}`);
    if (filled.length > 0) lines.push(`   filled: ${[...new Set(filled)].join(', ')}`);
    for (const w of s.warnings) lines.push(`   ! ${w.kind}: ${w.message}`);
  });
  return lines.join('\n');
}

const DEPS: SuggestDeps = { detectIntent, lookupOrder, orderState };

// ---------------------------------------------------------------------------------------------

/**
 * `npm run suggest`: the extension's own offline pipeline on one ticket (JSON or a saved page) or
 * on many (JSON Lines), printed as JSON or as a readable summary. The templates are loaded once.
 */
export async function runSuggest(argv: readonly string[]): Promise<CliOutcome> {
  const args = parseSuggestArgs(argv);
  if (typeof args === 'string') return fail(args);

  const extension = extname(args.ticket).toLowerCase();
  const kind = extension === '.jsonl' || extension === '.ndjson' ? 'lines' : extension === '.html' || extension === '.htm' ? 'page' : 'json';
  if (kind === 'page' && !args.url) return fail(`--url is required with a saved page: adapters read the ticket id from the page's address. ${USAGE}`);
  if (kind !== 'page' && args.url) return fail('--url is only for a saved page (.html)');

  const notes: string[] = [];
  let settings: SuggestSettings = { agentName: '', shopName: '' };
  if (args.settings) {
    const text = await readText(args.settings);
    if (typeof text !== 'string') return text;
    const parsed = parseJson(text, args.settings);
    if (!parsed.ok) return fail(parsed.message);
    const checked = parseSettings(parsed.value, args.settings);
    if (typeof checked === 'string') return fail(checked);
    settings = checked;
  }

  let fileOrders: Order[] = [];
  if (args.orders) {
    const text = await readText(args.orders);
    if (typeof text !== 'string') return text;
    try {
      const loaded = loadOrdersFile(text, basename(args.orders));
      fileOrders = loaded.orders;
      if (loaded.problems.length > 0) notes.push(`${args.orders}: ${loaded.problems.length} order problem(s), first: ${loaded.problems[0] ?? ''}`);
    } catch (error) {
      return fail(oneLine(error instanceof Error ? error.message : String(error)));
    }
  }

  const text = await readText(args.ticket);
  if (typeof text !== 'string') return text;
  const cases: TicketCase[] = [];
  if (kind === 'page') {
    const ticket = readPage(text, args.url ?? '');
    if (typeof ticket === 'string') return fail(ticket);
    cases.push({ ticket, orders: null });
  } else if (kind === 'json') {
    const parsed = parseJson(text, args.ticket);
    if (!parsed.ok) return fail(parsed.message);
    const one = ticketCase(parsed.value, args.ticket, notes);
    if (typeof one === 'string') return fail(`${args.ticket}: ${one}`);
    cases.push(one);
  } else {
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    for (const [index, line] of lines.entries()) {
      if (line.trim() === '') continue;
      const where = `${args.ticket} line ${index + 1}`;
      const parsed = parseJson(line, where);
      if (!parsed.ok) return fail(parsed.message);
      const one = ticketCase(parsed.value, where, notes);
      if (typeof one === 'string') return fail(`${where}: ${one}`);
      cases.push(one);
    }
    if (cases.length === 0) return fail(`${args.ticket} holds no ticket`);
  }

  const now = args.now ?? new Date();
  const out: string[] = [];
  for (const { ticket, orders } of cases) {
    const result = suggest(
      { ticket, orders: orders ?? fileOrders, templates: BUILT_IN_TEMPLATES, settings, now, ...(args.intent ? { intentOverride: args.intent } : {}) },
      DEPS,
    );
    if (!args.json) out.push(summary(ticket, result));
    else out.push(kind === 'lines' ? JSON.stringify(result) : JSON.stringify(result, null, 2));
  }
  const stdout = `${out.join(args.json ? '\n' : '\n\n')}\n`;
  return { code: 0, stdout, stderr: notes.map((n) => `suggest: ${oneLine(n)}\n`).join('') };
}
