import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../../lib/domain/ticket';
import type { IntentResult } from '../../../lib/intent/types';
import type { Order } from '../../../lib/orders/model';
import { customerText, rankTemplates, suggest, type OrderLookup, type SuggestDeps, type SuggestInput } from '../../../lib/suggest/pipeline';
import { BUILT_IN_TEMPLATES } from '../../../lib/templates/library/index';
import type { OrderState, Template } from '../../../lib/templates/types';
import { completeOrder, POLICIES } from '../templates/orders';

const NOW = new Date('2025-03-13T12:00:00Z');

function ticket(overrides: Partial<Ticket> = {}): Ticket {
  return {
    helpdesk: 'zendesk',
    ticketId: '4211',
    url: 'https://northwind.zendesk.com/agent/tickets/4211',
    subject: 'Commande #1047',
    customer: { name: 'Marie Curie', email: 'marie@example.com' },
    messages: [{ author: 'customer', name: 'Marie Curie', text: 'Bonjour, où en est ma commande #1047 ? Merci', at: null }],
    notes: [],
    orderNumbers: ['1047'],
    language: 'fr',
    ...overrides,
  };
}

interface FakeOptions {
  intent?: IntentResult;
  lookup?: Partial<OrderLookup>;
  state?: OrderState;
}

/** Dependencies with fixed answers, recording what the pipeline asked. */
function fakeDeps(options: FakeOptions = {}) {
  const calls = { texts: [] as string[], subjects: [] as (string | undefined)[], candidates: [] as Order[][] };
  const deps: SuggestDeps = {
    detectIntent: (text, opts) => {
      calls.texts.push(text);
      calls.subjects.push(opts?.subject);
      return options.intent ?? { id: 'track_order', confidence: 0.92, runnersUp: [{ id: 'delivery_period', confidence: 0.05 }, { id: 'other', confidence: 0.03 }], language: 'fr' };
    },
    lookupOrder: ({ candidates }) => {
      calls.candidates.push(candidates);
      const order = candidates[0] ?? null;
      return { order, mismatch: null, emailCheck: order ? 'same' : 'unknown', ...options.lookup };
    },
    orderState: () => options.state ?? 'shipped',
  };
  return { deps, calls };
}

function input(overrides: Partial<SuggestInput> = {}): SuggestInput {
  return {
    ticket: ticket(),
    orders: [completeOrder({ refunds: [], cancelled_at: null })],
    templates: BUILT_IN_TEMPLATES,
    settings: { agentName: 'Alex', shopName: 'Northwind', policies: POLICIES, shopDomains: ['northwind.example'] },
    now: NOW,
    ...overrides,
  };
}

function userTemplate(overrides: Partial<Template>): Template {
  return { id: 'user-1', name: 'Mine', intent: 'track_order', language: 'fr', orderStates: [], tags: [], body: 'Bonjour {{ customer.first_name }}', builtIn: false, updatedAt: 1, ...overrides };
}

describe('suggest', () => {
  it('returns the issue’s JSON shape: intent, language, order, ranked template suggestions', () => {
    const { deps } = fakeDeps();
    const result = suggest(input(), deps);
    expect(Object.keys(result)).toEqual(['intent', 'language', 'order', 'orderState', 'runnersUp', 'suggestions']);
    expect(result.intent).toEqual({ id: 'track_order', confidence: 0.92 });
    expect(result.language).toBe('fr');
    expect(result.order).toBe('#1047');
    expect(result.orderState).toBe('shipped');
    expect(result.runnersUp).toEqual([{ id: 'delivery_period', confidence: 0.05 }, { id: 'other', confidence: 0.03 }]);
    expect(result.suggestions.map((s) => s.templateId)).toEqual(['track_order.shipped.fr', 'delivery_period.shipped.fr', 'other.general.fr']);
    const [first] = result.suggestions;
    expect(Object.keys(first ?? {})).toEqual(['source', 'templateId', 'intent', 'language', 'text', 'variables', 'gaps', 'warnings']);
    expect(first).toMatchObject({ source: 'template', intent: 'track_order', language: 'fr', gaps: [], warnings: [] });
    expect(first?.text).toContain('votre commande #1047 est en route');
    expect(first?.variables).toContainEqual({ name: 'order.name', value: '#1047', source: 'order:shopify-csv' });
    expect(first?.variables).toContainEqual({ name: 'customer.first_name', value: 'Marie', source: 'order:shopify-csv' });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('reads the intent from the customer’s messages since the agent last wrote, with the subject', () => {
    const { deps, calls } = fakeDeps();
    const t = ticket({
      messages: [
        { author: 'customer', name: 'Marie', text: 'Old question about a discount', at: null },
        { author: 'agent', name: 'Alex', text: 'Here you go', at: null },
        { author: 'customer', name: 'Marie', text: 'Where is my parcel?', at: null },
        { author: 'customer', name: 'Marie', text: 'Still nothing.', at: null },
      ],
    });
    suggest(input({ ticket: t }), deps);
    expect(calls.texts).toEqual(['Where is my parcel?\n\nStill nothing.']);
    expect(calls.subjects).toEqual(['Commande #1047']);
    expect(customerText(ticket({ messages: [{ author: 'agent', name: 'A', text: 'Hello', at: null }] }))).toBe('');
  });

  it.each([
    ['unfulfilled', 'track_order.unfulfilled.fr'],
    ['shipped', 'track_order.shipped.fr'],
    ['delivered', 'track_order.delivered.fr'],
    ['late', 'track_order.late.fr'],
    ['cancelled', 'track_order.cancelled.fr'],
    ['refunded', 'track_order.refunded.fr'],
  ] as const)('picks the variant for an order that is %s', (state, id) => {
    const { deps } = fakeDeps({ state });
    expect(suggest(input({ orders: [completeOrder()] }), deps).suggestions[0]?.templateId).toBe(id);
  });

  it('without a known order, acknowledges the number the customer gave, or asks for it', () => {
    const { deps } = fakeDeps();
    const result = suggest(input({ orders: [] }), deps);
    expect(result.order).toBeNull();
    expect(result.orderState).toBe('no_order');
    expect(result.suggestions[0]?.templateId).toBe('track_order.no_order.fr');
    expect(result.suggestions[0]?.text).toContain('Merci pour votre message concernant la commande n° 1047.');
    expect(result.suggestions[0]?.variables).toContainEqual({ name: 'ticket.order_number', value: '1047', source: 'ticket' });
    expect(result.suggestions[0]?.gaps).toEqual([]);
    expect(result.suggestions[1]?.templateId).toBe('delivery_period.general.fr');
    const asked = suggest(input({ orders: [], ticket: ticket({ orderNumbers: [] }) }), deps).suggestions[0];
    expect(asked?.text).toContain('Pourriez-vous m’indiquer votre numéro de commande');
    expect(asked?.warnings).toEqual([]);
  });

  it('follows the intent the agent picks, and offers the detected one among the runners-up', () => {
    const { deps } = fakeDeps();
    const result = suggest(input({ intentOverride: 'cancel_order' }), deps);
    expect(result.intent).toEqual({ id: 'cancel_order', confidence: 1 });
    expect(result.runnersUp.map((g) => g.id)).toEqual(['track_order', 'delivery_period', 'other']);
    expect(result.suggestions.map((s) => s.templateId)).toEqual(['cancel_order.after_shipping.fr', 'track_order.shipped.fr', 'delivery_period.shipped.fr']);
  });

  it('falls back to English when the customer’s language has no template, and says so', () => {
    const { deps } = fakeDeps({ intent: { id: 'invoice', confidence: 0.8, runnersUp: [], language: 'it' } });
    const result = suggest(input({ ticket: ticket({ language: null }) }), deps);
    expect(result.language).toBe('it');
    expect(result.suggestions[0]?.templateId).toBe('invoice.with_order.en');
    expect(result.suggestions[0]?.warnings).toEqual([{ kind: 'language_mismatch', message: 'No invoice template in "it": this reply is in English.' }]);
  });

  it('prefers the customer’s language, then the exact state, then the user’s own template', () => {
    const mine = userTemplate({ id: 'mine-shipped', orderStates: ['shipped'] });
    const english = userTemplate({ id: 'mine-en', language: 'en', orderStates: ['shipped'] });
    const anyState = userTemplate({ id: 'mine-any' });
    const ranked = rankTemplates([...BUILT_IN_TEMPLATES, english, anyState, mine], 'track_order', 'fr', 'shipped').map((r) => r.template.id);
    expect(ranked.slice(0, 3)).toEqual(['mine-shipped', 'track_order.shipped.fr', 'mine-any']);
    expect(ranked.indexOf('mine-en')).toBeGreaterThan(ranked.indexOf('mine-any'));
    expect(ranked.indexOf('track_order.shipped.en')).toBeGreaterThan(ranked.indexOf('mine-en'));
    expect(ranked.at(-1)).toMatch(/^track_order\.(?!shipped)/);
  });

  it('adds the intent’s next best templates when runners-up run out', () => {
    const { deps } = fakeDeps({ intent: { id: 'track_order', confidence: 0.9, runnersUp: [], language: 'fr' } });
    const mine = userTemplate({ id: 'mine-any', body: 'Bonjour {{ customer.first_name }}, votre commande {{ order.name }}.' });
    const result = suggest(input({ templates: [...BUILT_IN_TEMPLATES, mine] }), deps);
    expect(result.suggestions.map((s) => s.templateId)).toEqual(['track_order.shipped.fr', 'mine-any']);
  });

  it('leaves the order’s facts out when its e-mail is not the requester’s, until the agent confirms', () => {
    const mismatch = { ticketEmail: 'marie@example.com', orderEmail: 'someone@else.example' };
    const { deps } = fakeDeps({ lookup: { mismatch, emailCheck: 'different' } });
    const result = suggest(input(), deps);
    expect(result.order).toBe('#1047');
    const [first] = result.suggestions;
    expect(first?.text).toContain('[order.name]');
    expect(first?.text).toContain('[order.fulfillments.first.tracking_url]');
    expect(first?.text).not.toContain('#1047');
    expect(first?.variables.filter((v) => v.source.startsWith('order:'))).toEqual([]);
    expect(first?.gaps).toContainEqual({ name: 'order.name', required: true });
    expect(first?.warnings[0]).toEqual({
      kind: 'order_mismatch',
      message: "Order #1047 was placed with someone@else.example, not the requester's marie@example.com: its facts are left out until you confirm it is theirs.",
    });
    expect(first?.warnings.filter((w) => w.kind === 'missing_variable').length).toBeGreaterThan(0);
    const confirmed = suggest(input({ orderConfirmed: true }), deps).suggestions[0];
    expect(confirmed?.text).toContain('#1047');
    expect(confirmed?.warnings).toEqual([]);
  });

  it('also leaves them out when nothing proves the order is the requester’s', () => {
    const { deps } = fakeDeps({ lookup: { emailCheck: 'unknown' } });
    const [first] = suggest(input({ ticket: ticket({ customer: { name: 'Marie', email: null } }) }), deps).suggestions;
    expect(first?.warnings.map((w) => w.kind)).toContain('order_mismatch');
    expect(first?.text).toContain('[order.name]');
  });

  it('flags each value still to fill in', () => {
    const { deps } = fakeDeps({ state: 'unfulfilled' });
    const [first] = suggest(input({ settings: { agentName: '', shopName: '' } }), deps).suggestions;
    expect(first?.templateId).toBe('track_order.unfulfilled.fr');
    expect(first?.text).toContain('[shop.policies.shipping]');
    expect(first?.warnings).toEqual([{ kind: 'missing_variable', message: 'shop.policies.shipping has no value: fill in [shop.policies.shipping] before sending.' }]);
    expect([...(first?.gaps ?? [])].sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: 'agent.name', required: false },
      { name: 'shop.name', required: false },
      { name: 'shop.policies.shipping', required: true },
    ]);
  });

  it('flags facts and policies a template states in its own words, and a variant for another state', () => {
    const { deps } = fakeDeps({ intent: { id: 'return_request', confidence: 0.9, runnersUp: [], language: 'fr' } });
    const claims = userTemplate({
      id: 'claims',
      intent: 'return_request',
      orderStates: ['delivered'],
      body: 'Bonjour, retour gratuit sous 14 jours pour {{ order.name }}.',
    });
    const result = suggest(input({ templates: [claims] }), deps);
    expect(result.suggestions[0]?.warnings).toEqual([
      { kind: 'unsupported_fact', message: 'This template is written for orders that are delivered; order #1047 is shipped.' },
      { kind: 'unsupported_fact', message: 'The template itself states "14": no order data or shop setting backs it.' },
      { kind: 'policy_claim', message: 'The template itself states a policy ("14 jours"): quote the shop\'s policy snippet (shop.policies.*) instead.' },
      { kind: 'policy_claim', message: 'The template itself states a policy ("retour gratuit"): quote the shop\'s policy snippet (shop.policies.*) instead.' },
    ]);
  });

  it('flags links that come from neither the order nor the shop’s domain', () => {
    const { deps } = fakeDeps();
    const links = userTemplate({
      id: 'links',
      orderStates: ['shipped'],
      body: [
        'Suivi : {{ order.fulfillments.first.tracking_url }}',
        'Commande : {{ order.order_status_url }}',
        'FAQ : https://help.northwind.example/faq.',
        'Sujet : {{ ticket.subject }}',
        'Voir www.cheap-refunds.example/claim',
      ].join('\n'),
    });
    const t = ticket({ subject: 'Refund via https://phish.example/login' });
    const [first] = suggest(input({ ticket: t, templates: [links] }), deps).suggestions;
    expect(first?.warnings.filter((w) => w.kind === 'unsafe_link')).toEqual([
      { kind: 'unsafe_link', message: "https://phish.example/login comes from neither the order nor the shop's domain: check it before sending." },
      { kind: 'unsafe_link', message: "www.cheap-refunds.example/claim comes from neither the order nor the shop's domain: check it before sending." },
    ]);
  });

  it('skips a user template that no longer parses', () => {
    const { deps } = fakeDeps({ intent: { id: 'track_order', confidence: 0.9, runnersUp: [], language: 'fr' } });
    const broken = userTemplate({ id: 'broken', orderStates: ['shipped'], body: '{% if order.name %}' });
    expect(suggest(input({ templates: [broken, ...BUILT_IN_TEMPLATES] }), deps).suggestions.map((s) => s.templateId)).toEqual(['track_order.shipped.fr']);
  });

  it('gives no suggestion rather than a wrong one when no template fits the language', () => {
    const { deps } = fakeDeps();
    const germanOnly = BUILT_IN_TEMPLATES.filter((t) => t.language === 'de');
    expect(suggest(input({ templates: germanOnly }), deps).suggestions).toEqual([]);
  });

  it('built-in suggestions carry no warning for a matching order with the shop’s settings', () => {
    for (const state of ['unfulfilled', 'shipped', 'delivered', 'late', 'cancelled', 'refunded'] as const) {
      for (const language of ['en', 'fr', 'de', 'es', 'ro']) {
        const { deps } = fakeDeps({ state, intent: { id: 'track_order', confidence: 0.9, runnersUp: [{ id: 'get_refund', confidence: 0.1 }, { id: 'complaint', confidence: 0.05 }], language } });
        const result = suggest(input({ ticket: ticket({ language }), orders: [completeOrder()] }), deps);
        expect(result.suggestions).toHaveLength(3);
        for (const s of result.suggestions) expect(s.warnings, `${s.templateId}`).toEqual([]);
      }
    }
  });

  it('stays far below 20 ms per suggestion (sanity bound; npm run bench measures it)', () => {
    const { deps } = fakeDeps();
    const args = input();
    suggest(args, deps);
    const runs = 200;
    const start = performance.now();
    let count = 0;
    for (let i = 0; i < runs; i++) count += suggest(args, deps).suggestions.length;
    const perSuggestion = (performance.now() - start) / count;
    expect(count).toBe(runs * 3);
    expect(perSuggestion).toBeLessThan(20);
  });
});
