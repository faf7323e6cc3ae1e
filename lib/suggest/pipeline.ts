import type { Ticket } from '../domain/ticket';
import type { IntentGuess, IntentId, IntentResult } from '../intent/types';
import type { Order } from '../orders/model';
import { literalText, render, type FilledVariable, type Gap, type RenderContext } from '../templates/engine';
import type { OrderState, Template } from '../templates/types';
import type { ShopPolicies } from '../templates/variables';
import { hostOf, literalFindings, unsafeLinks } from './checks';

/**
 * The offline suggestion pipeline: what the customer wants (intent, language), which order the
 * ticket is about and where it stands, the best templates for that, filled with the order's facts,
 * and the checks an agent needs before sending. Pure and synchronous; the intent detector and the
 * order lookup come in as dependencies.
 */

export type WarningKind = 'missing_variable' | 'unsupported_fact' | 'language_mismatch' | 'policy_claim' | 'unsafe_link' | 'order_mismatch';

export interface SuggestWarning {
  kind: WarningKind;
  message: string;
}

export interface TemplateSuggestion {
  source: 'template';
  templateId: string;
  intent: IntentId;
  /** The reply's language: the template's. */
  language: string;
  text: string;
  /** Every filled value and where it came from. */
  variables: FilledVariable[];
  /** What is missing: `required` ones show as `[name]` in the text for the agent to fill. */
  gaps: Gap[];
  warnings: SuggestWarning[];
}

export interface SuggestResult {
  intent: IntentGuess;
  /** The customer's language (ISO 639-1), or null when it cannot be told. */
  language: string | null;
  /** The order the ticket is about, as the shop names it ("#1047"), or null. */
  order: string | null;
  orderState: OrderState;
  /** Other intents the agent can switch to, best first. */
  runnersUp: IntentGuess[];
  /** Up to three, best first. */
  suggestions: TemplateSuggestion[];
}

export interface SuggestSettings {
  agentName: string;
  shopName: string;
  policies?: ShopPolicies;
  /** The shop's own domains ("northwind.com"): links to them are safe in a reply. */
  shopDomains?: string[];
}

export interface SuggestInput {
  ticket: Ticket;
  orders: readonly Order[];
  templates: readonly Template[];
  settings: SuggestSettings;
  now: Date;
  /** The intent the agent picked in the panel. */
  intentOverride?: IntentId;
  /** The agent confirmed the order is the requester's although the e-mails differ or are missing. */
  orderConfirmed?: boolean;
}

/** What lib/orders/lookup.ts lookupOrder returns (the fields the pipeline reads). */
export interface OrderLookup {
  order: Order | null;
  mismatch: { ticketEmail: string; orderEmail: string } | null;
  /** `unknown`: one side has no e-mail, so nothing proves the order is the requester's. */
  emailCheck?: 'same' | 'different' | 'unknown';
}

export interface SuggestDeps {
  detectIntent: (text: string, options?: { subject?: string }) => IntentResult;
  lookupOrder: (args: { ticket: Ticket; candidates: Order[] }) => OrderLookup;
  orderState: (order: Order, now: Date) => OrderState;
}

export const MAX_SUGGESTIONS = 3;
const FALLBACK_LANGUAGE = 'en';

/** The customer's words to read the intent from: their messages since the agent last wrote. */
export function customerText(ticket: Ticket): string {
  const lastAgent = ticket.messages.map((m) => m.author).lastIndexOf('agent');
  const recent = ticket.messages.slice(lastAgent + 1).filter((m) => m.author === 'customer');
  const chosen = recent.length > 0 ? recent : ticket.messages.filter((m) => m.author === 'customer');
  return chosen.map((m) => m.text).join('\n\n');
}

interface Ranked {
  template: Template;
  /** The template's own language differs from the customer's (English fallback). */
  fallback: boolean;
  /** The template is written for other order states than this one. */
  wrongState: boolean;
}

/**
 * Templates for one intent, best first: right order state before wrong state; within that, the
 * customer's language before English; a variant for this exact state before an any-state one; the
 * user's own before built-ins; the most recently edited first.
 */
export function rankTemplates(templates: readonly Template[], intent: IntentId, language: string | null, state: OrderState): Ranked[] {
  const wanted = language ?? FALLBACK_LANGUAGE;
  const ranked: (Ranked & { score: number })[] = [];
  for (const template of templates) {
    if (template.intent !== intent) continue;
    const own = template.language === wanted;
    if (!own && template.language !== FALLBACK_LANGUAGE) continue;
    const exact = template.orderStates.includes(state);
    const any = template.orderStates.length === 0;
    const wrongState = !exact && !any;
    const score = (wrongState ? 0 : 1000) + (own ? 100 : 0) + (exact ? 10 : 0) + (template.builtIn ? 0 : 1);
    ranked.push({ template, fallback: !own, wrongState, score });
  }
  return ranked
    .sort((a, b) => b.score - a.score || b.template.updatedAt - a.template.updatedAt || a.template.id.localeCompare(b.template.id))
    .map(({ template, fallback, wrongState }) => ({ template, fallback, wrongState }));
}

const STATE_WORDS: Record<OrderState, string> = {
  no_order: 'without an order',
  unfulfilled: 'not shipped yet',
  shipped: 'shipped',
  delivered: 'delivered',
  late: 'late',
  cancelled: 'cancelled',
  refunded: 'refunded',
};

interface Context {
  input: SuggestInput;
  language: string | null;
  state: OrderState;
  order: Order | null;
  /** The order whose facts may be used: null while it is not proven to be the requester's. */
  usableOrder: Order | null;
  orderWarning: SuggestWarning | null;
  shopHosts: string[];
}

function buildSuggestion(ranked: Ranked, ctx: Context): TemplateSuggestion | null {
  const { template } = ranked;
  const { ticket, settings } = ctx.input;
  const renderContext: RenderContext = {
    language: template.language,
    order: ctx.usableOrder,
    ticket: {
      id: ticket.ticketId,
      subject: ticket.subject,
      customerName: ticket.customer.name,
      customerEmail: ticket.customer.email,
      orderNumber: ticket.orderNumbers[0] ?? null,
    },
    agent: { name: settings.agentName },
    shop: { name: settings.shopName, ...(settings.policies ? { policies: settings.policies } : {}) },
  };
  let rendered;
  let literal: string;
  try {
    rendered = render(template.body, renderContext);
    literal = literalText(template.body);
  } catch {
    // A user template that no longer parses is skipped; the manager shows its error.
    return null;
  }
  const warnings: SuggestWarning[] = [];
  if (ctx.orderWarning) warnings.push(ctx.orderWarning);
  if (ranked.fallback && ctx.language) {
    warnings.push({
      kind: 'language_mismatch',
      message: `No ${template.intent} template in "${ctx.language}": this reply is in ${template.language === 'en' ? 'English' : `"${template.language}"`}.`,
    });
  }
  if (ranked.wrongState) {
    warnings.push({
      kind: 'unsupported_fact',
      message: `This template is written for orders that are ${template.orderStates.map((s) => STATE_WORDS[s]).join(' or ')}; ${ctx.order ? `order ${ctx.order.name} is ${STATE_WORDS[ctx.state]}` : 'the ticket has no order'}.`,
    });
  }
  const found = literalFindings(literal);
  for (const number of found.numbers) {
    warnings.push({ kind: 'unsupported_fact', message: `The template itself states "${number}": no order data or shop setting backs it.` });
  }
  for (const claim of found.policies) {
    warnings.push({ kind: 'policy_claim', message: `The template itself states a policy ("${claim}"): quote the shop's policy snippet (shop.policies.*) instead.` });
  }
  for (const gap of rendered.gaps) {
    if (gap.required) warnings.push({ kind: 'missing_variable', message: `${gap.name} has no value: fill in [${gap.name}] before sending.` });
  }
  const orderHost = ctx.usableOrder?.order_status_url ? hostOf(ctx.usableOrder.order_status_url) : null;
  for (const url of unsafeLinks(rendered.text, rendered.variables, orderHost ? [...ctx.shopHosts, orderHost] : ctx.shopHosts)) {
    warnings.push({ kind: 'unsafe_link', message: `${url} comes from neither the order nor the shop's domain: check it before sending.` });
  }
  return {
    source: 'template',
    templateId: template.id,
    intent: template.intent,
    language: template.language,
    text: rendered.text,
    variables: rendered.variables,
    gaps: rendered.gaps,
    warnings,
  };
}

function orderWarning(lookup: OrderLookup, order: Order): SuggestWarning | null {
  if (lookup.mismatch) {
    return {
      kind: 'order_mismatch',
      message: `Order ${order.name} was placed with ${lookup.mismatch.orderEmail}, not the requester's ${lookup.mismatch.ticketEmail}: its facts are left out until you confirm it is theirs.`,
    };
  }
  if (lookup.emailCheck === 'unknown') {
    return {
      kind: 'order_mismatch',
      message: `Nothing shows that order ${order.name} is the requester's (an e-mail is missing on the ticket or the order): its facts are left out until you confirm it is theirs.`,
    };
  }
  return null;
}

/** Suggestions for one ticket, best first. */
export function suggest(input: SuggestInput, deps: SuggestDeps): SuggestResult {
  const { ticket } = input;
  const detected = deps.detectIntent(customerText(ticket), { subject: ticket.subject });
  let intent: IntentGuess = { id: detected.id, confidence: detected.confidence };
  let runnersUp: IntentGuess[] = detected.runnersUp;
  if (input.intentOverride && input.intentOverride !== detected.id) {
    intent = { id: input.intentOverride, confidence: 1 };
    runnersUp = [{ id: detected.id, confidence: detected.confidence }, ...detected.runnersUp].filter((g) => g.id !== input.intentOverride);
  } else if (input.intentOverride) {
    intent = { id: detected.id, confidence: 1 };
  }

  const language = ticket.language ?? detected.language ?? null;
  const lookup = deps.lookupOrder({ ticket, candidates: [...input.orders] });
  const order = lookup.order;
  const state: OrderState = order ? deps.orderState(order, input.now) : 'no_order';
  const warning = order && !input.orderConfirmed ? orderWarning(lookup, order) : null;
  const ctx: Context = {
    input,
    language,
    state,
    order,
    usableOrder: warning ? null : order,
    orderWarning: warning,
    shopHosts: (input.settings.shopDomains ?? []).map((d) => hostOf(d) ?? d),
  };

  // The intent's best template, then each runner-up's best, then the intent's next best.
  const primary = rankTemplates(input.templates, intent.id, language, state);
  const queue: Ranked[] = [];
  if (primary[0]) queue.push(primary[0]);
  for (const guess of runnersUp) {
    const best = rankTemplates(input.templates, guess.id, language, state)[0];
    if (best) queue.push(best);
  }
  // Alternatives for the same intent only when they fit as well: not the same reply in English.
  queue.push(...primary.slice(1).filter((r) => !r.wrongState && r.fallback === primary[0]?.fallback));

  const suggestions: TemplateSuggestion[] = [];
  const seen = new Set<string>();
  for (const ranked of queue) {
    if (suggestions.length >= MAX_SUGGESTIONS) break;
    if (seen.has(ranked.template.id)) continue;
    seen.add(ranked.template.id);
    const suggestion = buildSuggestion(ranked, ctx);
    if (suggestion) suggestions.push(suggestion);
  }
  return { intent, language, order: order?.name ?? null, orderState: state, runnersUp, suggestions };
}
