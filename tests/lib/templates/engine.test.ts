import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, literalText, render, validateTemplate } from '../../../lib/templates/engine';
import { isKnownPath, knownVariables, parsePath } from '../../../lib/templates/variables';
import { completeOrder, contextFor, FULFILLMENT } from './orders';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');

describe('the engine under an extension CSP', () => {
  it('renders in a Node process where eval and new Function throw, as under script-src without unsafe-eval', () => {
    const out = execFileSync(process.execPath, ['--disallow-code-generation-from-strings', '--import', 'tsx', join(import.meta.dirname, 'csp-probe.ts')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(JSON.parse(out)).toEqual({ codeGenerationBlocked: true, text: 'Hallo ANA: 12 · 2. Januar 2025 · 3,00\u00a0€' });
  });

  it('ships liquidjs builds (browser and node) that contain no eval or Function constructor', () => {
    const dist = dirname(createRequire(import.meta.url).resolve('liquidjs'));
    for (const file of ['liquid.browser.mjs', 'liquid.node.mjs']) {
      const code = readFileSync(join(dist, file), 'utf8');
      expect(code, file).not.toMatch(/\bnew Function\s*\(|[^.\w]eval\s*\(|\bFunction\s*\(\s*['"`]/);
    }
  });
});

describe('render: no silent blanks', () => {
  it('fills Shopify-style variables and says where each value came from', () => {
    const order = completeOrder({ field_sources: { 'fulfillments.0.tracking_number': { kind: 'page', label: 'Zendesk sidebar' } } });
    const result = render(
      '{{ customer.first_name }} {{ order.name }} {{ order.fulfillments.first.tracking_number }} {{ ticket.id }} {{ agent.name }}',
      contextFor('en', order),
    );
    expect(result.text).toBe('Marie #1047 JD014600006281 4211 Alex');
    expect(result.gaps).toEqual([]);
    expect(result.variables).toEqual([
      { name: 'customer.first_name', value: 'Marie', source: 'order:shopify-csv' },
      { name: 'order.name', value: '#1047', source: 'order:shopify-csv' },
      { name: 'order.fulfillments.first.tracking_number', value: 'JD014600006281', source: 'order:page' },
      { name: 'ticket.id', value: '4211', source: 'ticket' },
      { name: 'agent.name', value: 'Alex', source: 'settings' },
    ]);
  });

  it.each([
    ['undefined', { fulfillments: [] }],
    ['null', { fulfillments: [{ ...FULFILLMENT, tracking_url: null }] }],
    ['empty text', { fulfillments: [{ ...FULFILLMENT, tracking_url: '  ' }] }],
  ])('marks a value that is %s with a visible placeholder and a required gap', (_, overrides) => {
    const result = render('Track it here: {{ order.fulfillments.first.tracking_url }}.', contextFor('en', completeOrder(overrides)));
    expect(result.text).toBe('Track it here: [order.fulfillments.first.tracking_url].');
    expect(result.gaps).toEqual([{ name: 'order.fulfillments.first.tracking_url', required: true }]);
    expect(result.variables).toEqual([]);
  });

  it('leaves every order fact as a gap without an order, and takes the customer from the ticket', () => {
    const result = render('Hi {{ customer.first_name }}, {{ order.name }} costs {{ order.total_price | money }}.', contextFor('en', null));
    expect(result.text).toBe('Hi Marie, [order.name] costs [order.total_price].');
    expect(result.gaps).toEqual([
      { name: 'order.name', required: true },
      { name: 'order.total_price', required: true },
    ]);
    expect(result.variables).toEqual([{ name: 'customer.first_name', value: 'Marie', source: 'ticket' }]);
  });

  it('lists values the template left out itself (conditions, defaults) as gaps that need no filling', () => {
    const order = completeOrder({ fulfillments: [{ ...FULFILLMENT, tracking_company: null }] });
    const result = render(
      'Shipped{% if order.fulfillments.first.tracking_company %} with {{ order.fulfillments.first.tracking_company }}{% endif %}. {{ customer.last_name | default: "Customer" }}',
      contextFor('en', order, { ticket: { id: '1', subject: 's', customerName: 'Marie', customerEmail: null } }),
    );
    expect(result.text).toBe('Shipped. Curie');
    expect(result.gaps).toEqual([{ name: 'order.fulfillments.first.tracking_company', required: false }]);
    const noLastName = render('{{ customer.last_name | default: "Customer" }}', contextFor('en', null, { ticket: { id: '1', subject: 's', customerName: 'Marie', customerEmail: null } }));
    expect(noLastName).toEqual({ text: 'Customer', variables: [], gaps: [{ name: 'customer.last_name', required: false }] });
  });

  it('names loop variables after their collection, with per-item sources, and shows an empty list as a gap', () => {
    const order = completeOrder({ field_sources: { 'line_items.1.title': { kind: 'page', label: 'sidebar' } } });
    const body = '{% for item in order.line_items %}{{ item.quantity }} × {{ item.title }}\n{% else %}{{ order.line_items }}{% endfor %}';
    const result = render(body, contextFor('en', order));
    expect(result.text).toBe('2 × Linen shirt\n1 × Wool socks');
    expect(result.variables.filter((v) => v.name === 'order.line_items[].title')).toEqual([
      { name: 'order.line_items[].title', value: 'Linen shirt', source: 'order:shopify-csv' },
      { name: 'order.line_items[].title', value: 'Wool socks', source: 'order:page' },
    ]);
    const untitled = render(body, contextFor('en', completeOrder({ line_items: [{ title: '', variant_title: null, sku: null, quantity: 1, price: '1' }] })));
    expect(untitled.text).toBe('1 × [order.line_items[].title]');
    const empty = render(body, contextFor('en', completeOrder({ line_items: [] })));
    expect(empty.text).toBe('[order.line_items]');
    expect(empty.gaps).toContainEqual({ name: 'order.line_items', required: true });
  });

  it('follows assigned aliases back to the variable they stand for', () => {
    const order = completeOrder({ fulfillments: [] });
    const result = render('{% assign parcel = order.fulfillments.first %}{{ parcel.tracking_url }}', contextFor('en', order));
    expect(result.text).toBe('[order.fulfillments.first.tracking_url]');
    const reassigned = render('{% assign x = order.fulfillments.first %}{% assign x = ticket.subject | upcase %}{{ x }}', contextFor('en', order));
    expect(reassigned.variables).toEqual([{ name: 'x', value: 'WHERE IS MY ORDER?', source: 'template' }]);
  });

  it('picks the policy snippet for the reply language, and shows the gap when that language has none', () => {
    const policies = { returns: { en: 'Returns within 30 days.', fr: 'Retours sous 30 jours.' }, refunds: 'One text for all.' };
    expect(render('{{ shop.policies.returns }} {{ shop.policies.refunds }}', contextFor('fr', null, { shop: { name: 'N', policies } })).text).toBe(
      'Retours sous 30 jours. One text for all.',
    );
    const de = render('{{ shop.policies.returns }}', contextFor('de', null, { shop: { name: 'N', policies } }));
    expect(de.text).toBe('[shop.policies.returns]');
    expect(de.variables).toEqual([]);
    const none = render('{{ shop.policies.shipping }}', contextFor('en', null, { shop: { name: 'N' } }));
    expect(none.gaps).toEqual([{ name: 'shop.policies.shipping', required: true }]);
  });

  it('keeps liquidjs standard filters', () => {
    expect(render('{{ customer.first_name | upcase }} {{ order.line_items | size }} {{ "a,b" | split: "," | join: "+" }}', contextFor('en', completeOrder())).text).toBe(
      'MARIE 2 a+b',
    );
  });

  it('tidies the blank lines and trailing spaces conditions leave behind', () => {
    expect(render('A\n\n{% if order.order_status_url %}x{% endif %}\n\n\nB   \n', contextFor('en', null)).text).toBe('A\n\nB');
  });

  it('throws one line for a template that cannot render', () => {
    expect(() => render('{% if %}', contextFor('en', null))).toThrowError(/^[^\n]+$/);
    expect(() => render('{% for i in (1..100000000) %}{{ i }}{% endfor %}', contextFor('en', null))).toThrowError();
  });
});

describe('money and dates in the reply language', () => {
  it.each([
    ['en', 'EUR', '€1,249.50'],
    ['fr', 'EUR', '1\u202f249,50\u00a0€'],
    ['de', 'EUR', '1.249,50\u00a0€'],
    ['es', 'EUR', '1249,50\u00a0€'],
    ['ro', 'RON', '1.249,50\u00a0RON'],
    ['en', 'USD', '$1,249.50'],
  ])('%s %s', (language, currency, expected) => {
    expect(formatMoney('1249.50', language, currency)).toBe(expected);
  });

  it('keeps a currency code Intl does not know, and shows a missing currency as a gap', () => {
    expect(formatMoney('10', 'en', 'XBTC')).toBe('10.00 XBTC');
    const result = render('{{ order.total_price | money }}', contextFor('en', completeOrder({ currency: null })));
    expect(result.text).toBe('89.90 [order.currency]');
    expect(result.gaps).toEqual([{ name: 'order.currency', required: true }]);
    expect(render('{{ order.total_price | money: "GBP" }}', contextFor('en', completeOrder({ currency: null }))).text).toBe('£89.90');
  });

  it.each([
    ['en', 'March 10, 2025'],
    ['fr', '10 mars 2025'],
    ['de', '10. März 2025'],
    ['es', '10 de marzo de 2025'],
    ['ro', '10 martie 2025'],
  ])('long date in %s, the calendar day the data states whatever the time zone', (language, expected) => {
    expect(formatDate('2025-03-10T23:30:00-05:00', language)).toBe(expected);
    expect(render('{{ order.created_at | date }}', contextFor(language, completeOrder())).text).toBe(expected);
  });

  it('passes a strftime format to the standard date filter', () => {
    expect(render('{{ "2025-03-10T12:00:00Z" | date: "%Y-%m-%d" }}', contextFor('en', null)).text).toBe('2025-03-10');
    expect(formatDate('not a date', 'en')).toBe('not a date');
  });
});

describe('validateTemplate', () => {
  it('accepts the known variables, loops, assigns and filters', () => {
    const body = [
      '{% for item in order.line_items %}{{ item.title }} {{ item.price | money }}{% endfor %}',
      '{% assign parcel = order.fulfillments.first %}{{ parcel.tracking_url }}',
      '{{ order.refunds.size }} {{ order.refunds[0].amount }} {{ order["name"] }} {{ shop.policies.returns }} {{ ticket.subject | upcase }}',
    ].join('\n');
    expect(validateTemplate(body)).toEqual({ errors: [], unknownVariables: [] });
  });

  it('lists variables outside the known set, also through loop variables', () => {
    expect(validateTemplate('{{ order.nmae }}\n{% for item in order.line_items %}{{ item.titel }}{% endfor %}{% if customer.phone %}{% endif %}{{ foo }}')).toEqual({
      errors: [],
      unknownVariables: ['order.nmae', 'order.line_items[].titel', 'customer.phone', 'foo'],
    });
  });

  it.each([
    ['Hi\n{% if customer.first_name %}', /not closed/, 2],
    ['Hi {{ order.name | mony }}', /undefined filter: mony/, 1],
    ['a\nb\n{% frobnicate %}', /tag "?frobnicate"? not found/, 3],
    ['{{ order.name', /not closed/, 1],
    ['{% echo order.name %}', /echo is not supported/, 1],
    ['{% include "footer" %}', /partials .* are not supported/, 1],
  ])('reports a syntax error with its line: %j', (body, message, line) => {
    const { errors, unknownVariables } = validateTemplate(body);
    expect(unknownVariables).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(message);
    expect(errors[0]?.message).not.toMatch(/__deskpilot|line:\d/);
    expect(errors[0]?.line).toBe(line);
  });
});

describe('variables', () => {
  it('parses paths and knows the variable tree', () => {
    expect(parsePath('order.refunds[0].amount')).toEqual(['order', 'refunds', 0, 'amount']);
    expect(parsePath("order['name']")).toEqual(['order', 'name']);
    expect(parsePath('"text"')).toBeNull();
    expect(parsePath('(1..3)')).toBeNull();
    expect(isKnownPath(['order', 'fulfillments', 'first', 'tracking_url'])).toBe(true);
    expect(isKnownPath(['order', 'line_items', 'size'])).toBe(true);
    expect(isKnownPath(['order', 'name', 'size'])).toBe(true);
    expect(isKnownPath(['order', 'name', 'first'])).toBe(false);
    expect(isKnownPath(['order', 'source'])).toBe(false);
  });

  it('lists every variable the brief names for the template manager', () => {
    const names = knownVariables();
    for (const name of [
      'customer.first_name',
      'customer.last_name',
      'customer.email',
      'order.name',
      'order.order_number',
      'order.created_at',
      'order.total_price',
      'order.currency',
      'order.financial_status',
      'order.fulfillment_status',
      'order.line_items[].title',
      'order.fulfillments[].tracking_number',
      'order.fulfillments[].tracking_url',
      'order.fulfillments[].tracking_company',
      'order.fulfillments[].estimated_delivery_at',
      'order.refunds[].amount',
      'order.shipping_address.city',
      'order.order_status_url',
      'agent.name',
      'shop.name',
      'shop.policies.returns',
      'ticket.subject',
      'ticket.id',
    ]) {
      expect(names).toContain(name);
    }
  });

  it('gives the template’s own words without Liquid', () => {
    expect(literalText('Hi {{ customer.first_name }}, within 14 days{% if x %}!{% endif %}')).toBe('Hi  , within 14 days ! ');
  });
});
