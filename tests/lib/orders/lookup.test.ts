import { describe, expect, it } from 'vitest';
import { lookupOrder, mostRecentFirst, orderState, verifyOrder } from '@/lib/orders/lookup';
import { parseOrdersJson } from '@/lib/orders/json';
import type { Fulfillment, Order } from '@/lib/orders/model';
import { orderFixture } from './fixtures';

const ORDERS = parseOrdersJson(orderFixture('orders.json'), 'orders.json').orders;
const get = (name: string): Order => {
  const order = ORDERS.find((o) => o.name === name);
  if (!order) throw new Error(name);
  return order;
};
const ticket = (orderNumbers: string[], email: string | null, name = 'Someone') => ({ orderNumbers, customer: { name, email } });
const names = (orders: Order[]) => orders.map((o) => o.name);

describe('order lookup', () => {
  it('finds the first mentioned order that exists, and the customer’s other orders', () => {
    const result = lookupOrder({ ticket: ticket(['9999', '1047'], 'emma.thompson@example.com'), candidates: ORDERS });
    expect(result.order?.name).toBe('#1047');
    expect(result.match).toBe('order-number');
    expect(result.mismatch).toBeNull();
    expect(result.emailCheck).toBe('same');
    expect(names(result.alternatives)).toEqual(['#1012']);
  });

  it('reads numbers as tickets write them', () => {
    expect(lookupOrder({ ticket: ticket(['#1049'], 'camille.dubois@example.net'), candidates: ORDERS }).order?.name).toBe('#1049');
  });

  it('falls back to the requester’s e-mail, most recent first, case aside', () => {
    const result = lookupOrder({ ticket: ticket([], 'Lucia.Fernandez@Example.com'), candidates: ORDERS });
    expect(result.match).toBe('email');
    expect(result.order?.name).toBe('#1053');
    expect(names(result.alternatives)).toEqual(['#1051']);
    expect(result.emailCheck).toBe('same');
  });

  it('flags an order whose e-mail is not the requester’s, and offers the requester’s own orders', () => {
    const result = lookupOrder({ ticket: ticket(['1049'], 'emma.thompson@example.com'), candidates: ORDERS });
    expect(result.order?.name).toBe('#1049');
    expect(result.mismatch).toEqual({ ticketEmail: 'emma.thompson@example.com', orderEmail: 'camille.dubois@example.net' });
    expect(result.emailCheck).toBe('different');
    expect(names(result.alternatives)).toEqual(['#1047', '#1012']);
  });

  it('cannot check a ticket without an e-mail: unknown, and alternatives of the order’s customer', () => {
    const result = lookupOrder({ ticket: ticket(['1051'], null), candidates: ORDERS });
    expect(result.order?.name).toBe('#1051');
    expect(result.emailCheck).toBe('unknown');
    expect(result.mismatch).toBeNull();
    expect(names(result.alternatives)).toEqual(['#1053']);
  });

  it('finds nothing when neither numbers nor e-mail match', () => {
    expect(lookupOrder({ ticket: ticket(['42'], 'nobody@example.com'), candidates: ORDERS })).toEqual({
      order: null,
      alternatives: [],
      match: 'none',
      mismatch: null,
      emailCheck: 'unknown',
    });
    expect(lookupOrder({ ticket: ticket([], null), candidates: [] }).match).toBe('none');
  });

  it('counts an order given by two sources once, the first given', () => {
    const fromPage: Order = { ...get('#1047'), source: { kind: 'page', label: 'Zendesk sidebar' } };
    const result = lookupOrder({ ticket: ticket(['1047'], 'emma.thompson@example.com'), candidates: [fromPage, ...ORDERS] });
    expect(result.order?.source.kind).toBe('page');
    expect(names(result.alternatives)).toEqual(['#1012']);
  });

  it('checks an order the agent picked, and compares e-mails with the customer’s when the order has none', () => {
    const noEmail: Order = { ...get('#1052'), email: null };
    expect(verifyOrder(ticket([], 'DANIEL.OKAFOR@example.com'), noEmail)).toEqual({ emailCheck: 'same', mismatch: null });
    expect(verifyOrder(ticket([], 'daniel.okafor@example.com'), { ...noEmail, customer: null })).toEqual({ emailCheck: 'unknown', mismatch: null });
  });

  it('sorts by date with undated orders last', () => {
    const dated = [{ created_at: null }, { created_at: '2026-11-20T09:20:39+01:00' }, { created_at: '2026-11-20T08:30:00Z' }];
    expect(dated.sort(mostRecentFirst).map((o) => o.created_at)).toEqual(['2026-11-20T08:30:00Z', '2026-11-20T09:20:39+01:00', null]);
  });
});

describe('order state', () => {
  const NOW = Date.parse('2026-11-18T10:00:00Z');
  const shipped = (f: Partial<Fulfillment>): Fulfillment => ({
    status: 'success',
    created_at: '2026-11-10T15:05:12Z',
    tracking_company: 'DPD',
    tracking_number: '15501234567890',
    tracking_url: null,
    estimated_delivery_at: null,
    ...f,
  });
  const base = get('#1052'); // paid, not shipped
  const withF = (fulfillments: Fulfillment[], extra: Partial<Order> = {}): Order => ({ ...base, fulfillment_status: 'fulfilled', fulfillments, ...extra });

  it('reads the demo orders', () => {
    expect(ORDERS.map((o) => [o.name, orderState(o, NOW)])).toEqual([
      ['#1012', 'delivered'],
      ['#1047', 'late'],
      ['#1048', 'cancelled'],
      ['#1049', 'delivered'],
      ['#1050', 'delivered'],
      ['#1051', 'unfulfilled'],
      ['#1052', 'unfulfilled'],
      ['#1053', 'unfulfilled'],
    ]);
    expect(orderState(null, NOW)).toBe('no_order');
  });

  it('is late only once the estimated delivery day is over, and never once delivered', () => {
    const eta = (estimated_delivery_at: string, status = 'in_transit') => orderState(withF([shipped({ status, estimated_delivery_at })]), NOW);
    expect(eta('2026-11-18')).toBe('shipped'); // a date lasts the whole day
    expect(eta('2026-11-17')).toBe('late');
    expect(eta('2026-11-18T09:00:00Z')).toBe('late');
    expect(eta('2026-11-19T09:00:00Z')).toBe('shipped');
    expect(eta('2026-11-17', 'delivered')).toBe('delivered');
    expect(eta('not a date')).toBe('shipped');
  });

  it('needs every parcel delivered to say delivered', () => {
    const two = withF([shipped({ status: 'delivered' }), shipped({ status: 'in_transit', estimated_delivery_at: '2026-11-12' })]);
    expect(orderState(two, NOW)).toBe('late');
    expect(orderState(withF([shipped({ status: 'delivered' })], { fulfillment_status: 'partial' }), NOW)).toBe('shipped');
    expect(orderState({ ...base, fulfillment_status: 'Delivered' }, NOW)).toBe('delivered');
  });

  it('tells shipped from unfulfilled by fulfilment status or parcels', () => {
    expect(orderState({ ...base, fulfillment_status: 'fulfilled' }, NOW)).toBe('shipped');
    expect(orderState({ ...base, fulfillment_status: 'partial' }, NOW)).toBe('shipped');
    expect(orderState({ ...base, fulfillment_status: 'unfulfilled' }, NOW)).toBe('unfulfilled');
    expect(orderState(withF([shipped({ status: null })], { fulfillment_status: null }), NOW)).toBe('shipped');
    expect(orderState(withF([shipped({ status: 'cancelled' })], { fulfillment_status: null }), NOW)).toBe('unfulfilled');
    expect(orderState(withF([shipped({ status: 'pending' })], { fulfillment_status: null }), NOW)).toBe('unfulfilled');
  });

  it('puts cancellation before refunds, and reads full refunds from amounts too', () => {
    expect(orderState({ ...base, cancelled_at: '2026-11-11T08:15:32Z', financial_status: 'refunded' }, NOW)).toBe('cancelled');
    expect(orderState({ ...base, financial_status: 'voided' }, NOW)).toBe('cancelled');
    expect(orderState({ ...base, financial_status: 'refunded' }, NOW)).toBe('refunded');
    expect(orderState({ ...base, financial_status: null, refunds: [{ created_at: null, amount: '96.00', note: null }] }, NOW)).toBe('refunded');
    expect(orderState({ ...base, financial_status: 'partially_refunded', refunds: [{ created_at: null, amount: '10.00', note: null }] }, NOW)).toBe('unfulfilled');
  });

  it('accepts a Date for now', () => {
    expect(orderState(get('#1047'), new Date('2026-11-10T18:00:00Z'))).toBe('shipped');
  });
});
