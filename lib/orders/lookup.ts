/**
 * The one order lookup the panel and the command line use, and where an order stands.
 * Pure: the caller gathers candidate orders (page, files, shop API) and passes them in.
 */
import type { Ticket } from '../domain/ticket';
import type { OrderState } from '../templates/types';
import { orderKey, type Fulfillment, type Order } from './model';
import { dateMs } from './values';

export type LookupMatch = 'order-number' | 'email' | 'none';

/**
 * How the order's e-mail compares with the requester's: `different` and `unknown` (one of the two
 * has none, so nothing proves the order is the requester's) both need the agent's confirmation
 * before any order fact goes into a reply.
 */
export type EmailCheck = 'same' | 'different' | 'unknown';

export interface EmailMismatch {
  ticketEmail: string;
  orderEmail: string;
}

export interface LookupResult {
  order: Order | null;
  /** The customer's other orders, most recent first: what the agent can pick instead. */
  alternatives: Order[];
  match: LookupMatch;
  /** Set when the order's e-mail differs from the requester's (case aside). */
  mismatch: EmailMismatch | null;
  emailCheck: EmailCheck;
}

export type LookupTicket = Pick<Ticket, 'orderNumbers' | 'customer'>;

/**
 * By the order numbers the ticket mentions (the first that exists among the candidates); else by
 * the requester's e-mail, most recent first. Candidates listed twice (the same number from two
 * sources) count once: the first wins, so pass the preferred source first.
 */
export function lookupOrder({ ticket, candidates }: { ticket: LookupTicket; candidates: readonly Order[] }): LookupResult {
  const orders = uniqueOrders(candidates);
  const ticketEmail = normalEmail(ticket.customer.email);
  let order: Order | null = null;
  let match: LookupMatch = 'none';
  for (const mentioned of ticket.orderNumbers) {
    const key = orderKey(mentioned);
    const found = orders.find((o) => orderKey(o.order_number) === key || orderKey(o.name) === key);
    if (found) {
      order = found;
      match = 'order-number';
      break;
    }
  }
  if (!order && ticketEmail) {
    const mine = orders.filter((o) => normalEmail(orderEmail(o)) === ticketEmail).sort(mostRecentFirst);
    if (mine[0]) {
      order = mine[0];
      match = 'email';
    }
  }
  const customerEmail = ticketEmail ?? normalEmail(order ? orderEmail(order) : null);
  const alternatives = customerEmail
    ? orders.filter((o) => o !== order && normalEmail(orderEmail(o)) === customerEmail).sort(mostRecentFirst)
    : [];
  const verified = order ? verifyOrder(ticket, order) : { emailCheck: 'unknown' as const, mismatch: null };
  return { order, alternatives, match, ...verified };
}

/** The e-mail check for one order, also when the agent picks another one in the panel. */
export function verifyOrder(ticket: Pick<Ticket, 'customer'>, order: Order): { emailCheck: EmailCheck; mismatch: EmailMismatch | null } {
  const ticketEmail = ticket.customer.email?.trim() || null;
  const email = orderEmail(order)?.trim() || null;
  if (!ticketEmail || !email) return { emailCheck: 'unknown', mismatch: null };
  if (ticketEmail.toLowerCase() === email.toLowerCase()) return { emailCheck: 'same', mismatch: null };
  return { emailCheck: 'different', mismatch: { ticketEmail, orderEmail: email } };
}

/** The order's e-mail, or its customer's when the order has none. */
export function orderEmail(order: Pick<Order, 'email' | 'customer'>): string | null {
  return order.email ?? order.customer?.email ?? null;
}

function normalEmail(email: string | null | undefined): string | null {
  const e = email?.trim().toLowerCase();
  return e ? e : null;
}

function uniqueOrders(candidates: readonly Order[]): Order[] {
  const seen = new Set<string>();
  return candidates.filter((o) => {
    const key = orderKey(o.order_number);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Newest `created_at` first; orders without a date last. */
export function mostRecentFirst(a: Pick<Order, 'created_at'>, b: Pick<Order, 'created_at'>): number {
  return (dateMs(b.created_at) ?? -Infinity) - (dateMs(a.created_at) ?? -Infinity) || 0;
}

// ---- where an order stands ----

/** Fulfilment states that mean nothing left the warehouse. */
const NOT_SHIPPED = new Set(['cancelled', 'canceled', 'error', 'pending', 'open']);
const DELIVERED = new Set(['delivered', 'picked_up']);
const SHIPPED_ORDER = new Set(['fulfilled', 'partial', 'partially_fulfilled', 'shipped', 'in_transit', 'delivered']);

/**
 * Where an order stands, for picking a template variant:
 * - `cancelled`: cancelled_at is set, or the payment was voided (how exports say "cancelled"),
 *   also when the money went back: the order no longer exists for the customer;
 * - `refunded`: fully refunded;
 * - `delivered`: every shipped parcel delivered (a fulfilment status "delivered"), or the order
 *   itself says delivered;
 * - `late`: shipped, not delivered, and a parcel's estimated delivery has passed (a date without
 *   a time lasts until the end of that day);
 * - `shipped`: a parcel left (a fulfilment that is not pending, open, cancelled or in error), or
 *   the order is fulfilled or partially fulfilled;
 * - `unfulfilled` otherwise; `no_order` without an order.
 */
export function orderState(order: Order | null, now: Date | number = Date.now()): OrderState {
  if (!order) return 'no_order';
  const nowMs = typeof now === 'number' ? now : now.getTime();
  const financial = word(order.financial_status);
  if (order.cancelled_at || financial === 'voided') return 'cancelled';
  if (financial === 'refunded' || fullyRefundedByAmounts(order)) return 'refunded';

  const fulfillment = word(order.fulfillment_status);
  const shipped = order.fulfillments.filter(isShipped);
  if (fulfillment === 'delivered') return 'delivered';
  const undelivered = shipped.filter((f) => !DELIVERED.has(word(f.status) ?? ''));
  if (shipped.length > 0 && undelivered.length === 0 && fulfillment !== 'partial') return 'delivered';
  if (undelivered.some((f) => isPast(f.estimated_delivery_at, nowMs))) return 'late';
  if (shipped.length > 0 || (fulfillment !== null && SHIPPED_ORDER.has(fulfillment))) return 'shipped';
  return 'unfulfilled';
}

function isShipped(f: Fulfillment): boolean {
  const status = word(f.status);
  if (status !== null) return !NOT_SHIPPED.has(status);
  return Boolean(f.tracking_number || f.tracking_url || f.created_at);
}

function isPast(eta: string | null, nowMs: number): boolean {
  const ms = dateMs(eta);
  if (ms === null || eta === null) return false;
  const end = /^\d{4}-\d{2}-\d{2}$/.test(eta.trim()) ? ms + 24 * 60 * 60 * 1000 : ms;
  return end < nowMs;
}

function fullyRefundedByAmounts(order: Order): boolean {
  if (order.refunds.length === 0 || order.total_price === null) return false;
  const total = Number(order.total_price);
  const refunded = order.refunds.reduce((sum, r) => sum + Math.round(Number(r.amount) * 100), 0) / 100;
  return Number.isFinite(total) && total > 0 && refunded >= total;
}

function word(status: string | null | undefined): string | null {
  const w = status?.trim().toLowerCase().replace(/[\s-]+/g, '_');
  return w ? w : null;
}
