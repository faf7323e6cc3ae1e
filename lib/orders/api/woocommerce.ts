import type { ShopConnection } from '../../settings/shop-credentials';
import { normalizeSiteUrl } from '../../settings/shop-credentials';
import type { Fulfillment, Order, Refund } from '../model';
import { orderKey } from '../model';
import { type ErrorContext, type OrderApiResult, fail, OrderApiFailure, toResult } from './errors';
import { type ApiDeps, type HttpDeps, type HttpResponse, failForStatus, parseJson, resolveDeps, sendWithRetry } from './http';
import { type JsonObject, arr, safeJson, countryName, decimal, num, obj, str } from './json';
import { type EmailLookupOptions, type LookupOptions, type OrderApiClient, clampLimit, MisconfiguredClient } from './types';

export type WooCommerceConnection = Extract<ShopConnection, { kind: 'woocommerce' }>;

/** Orders per page when searching by e-mail, and how many pages at most. */
const EMAIL_PAGE_SIZE = 20;
const MAX_EMAIL_PAGES = 5;

/** WordPress dates without a zone ("2026-11-19T10:00:00", the *_gmt fields) are UTC. */
function utc(value: unknown): string | null {
  const s = str(value);
  if (!s) return null;
  if (/^\d{9,}$/.test(s)) return new Date(Number(s) * 1000).toISOString();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  return /(Z|[+-]\d{2}:?\d{2})$/.test(s) ? s : `${s}Z`;
}

/**
 * WooCommerce's one order status -> Shopify's financial status. "on-hold" waits for a payment
 * (a bank transfer); "failed" is what Shopify calls "expired" (the payment did not go through).
 */
export function wooFinancialStatus(status: string | null, paid: boolean, refunded: number, total: number | null): string | null {
  switch (status) {
    case null:
      return null;
    case 'pending':
    case 'on-hold':
    case 'checkout-draft':
      return 'pending';
    case 'failed':
      return 'expired';
    case 'refunded':
      return 'refunded';
    case 'cancelled':
      if (!paid) return 'voided';
  }
  if (refunded > 0) return total !== null && refunded >= total ? 'refunded' : 'partially_refunded';
  return paid || status === 'processing' || status === 'completed' ? 'paid' : 'pending';
}

function fullName(first: unknown, last: unknown): string | null {
  return [str(first), str(last)].filter(Boolean).join(' ') || null;
}

/** One WooCommerce REST v3 order -> the Order model (fulfillments come from Shipment Tracking). */
export function normalizeWooOrder(raw: unknown, label: string): Order {
  const o = obj(raw);
  const id = str(o?.id);
  if (!o || !id) {
    throw new OrderApiFailure({ kind: 'malformed', service: 'woocommerce', host: label, message: `${label} sent an order without an id.` });
  }
  const number = str(o.number) ?? id;
  const currency = str(o.currency);
  const status = str(o.status);
  const billing = obj(o.billing);
  const shipping = obj(o.shipping);
  const pricesIncludeTax = o.prices_include_tax === true;
  const refunds: Refund[] = arr(o.refunds).flatMap((r) => {
    const refund = obj(r);
    const amount = decimal(refund?.total, currency, { absolute: true });
    return refund && amount ? [{ created_at: null, amount, note: str(refund.reason) }] : [];
  });
  const refunded = refunds.reduce((sum, r) => sum + Number(r.amount), 0);
  const total = num(o.total);
  const shippingLine = shipping && (str(shipping.address_1) || str(shipping.city)) ? shipping : null;
  return {
    id,
    name: `#${number}`,
    order_number: number,
    email: str(billing?.email),
    created_at: utc(o.date_created_gmt) ?? str(o.date_created),
    currency,
    total_price: decimal(o.total, currency),
    financial_status: wooFinancialStatus(status, Boolean(str(o.date_paid_gmt) ?? str(o.date_paid)), refunded, total),
    // As in Shopify's REST API, null until the order shipped.
    fulfillment_status: status === 'completed' || str(o.date_completed_gmt) || str(o.date_completed) ? 'fulfilled' : null,
    // WooCommerce keeps no cancellation date; the last change of a cancelled order is that moment.
    cancelled_at: status === 'cancelled' ? utc(o.date_modified_gmt) : null,
    customer: billing
      ? { first_name: str(billing.first_name), last_name: str(billing.last_name), email: str(billing.email), phone: str(billing.phone) }
      : null,
    line_items: arr(o.line_items).flatMap((raw) => {
      const item = obj(raw);
      if (!item) return [];
      const quantity = num(item.quantity) ?? 0;
      const subtotal = (num(item.subtotal) ?? 0) + (pricesIncludeTax ? (num(item.subtotal_tax) ?? 0) : 0);
      const unit = quantity > 0 && str(item.subtotal) ? subtotal / quantity : num(item.price);
      return [
        {
          title: str(item.name) ?? '',
          variant_title: variantTitle(item),
          sku: str(item.sku),
          quantity,
          price: decimal(unit, currency) ?? '',
        },
      ];
    }),
    fulfillments: [],
    refunds,
    shipping_address: shippingLine
      ? {
          name: fullName(shippingLine.first_name, shippingLine.last_name) ?? str(shippingLine.company),
          address1: str(shippingLine.address_1),
          city: str(shippingLine.city),
          zip: str(shippingLine.postcode),
          country: countryName(str(shippingLine.country)),
        }
      : null,
    order_status_url: null,
    source: { kind: 'woocommerce-api', label },
  };
}

/** A variation's attributes as Shopify writes a variant title: "M / Blue". */
function variantTitle(item: JsonObject): string | null {
  if (!num(item.variation_id)) return null;
  const values = arr(item.meta_data)
    .map(obj)
    .filter((m): m is JsonObject => m !== null && !String(m.key ?? '').startsWith('_'))
    .map((m) => str(m.display_value) ?? str(m.value))
    .filter((v): v is string => v !== null);
  return values.length > 0 ? values.join(' / ') : null;
}

/** One Shipment Tracking item -> a fulfillment with its parcel. */
export function normalizeTrackingItem(raw: unknown): Fulfillment | null {
  const t = obj(raw);
  if (!t) return null;
  const number = str(t.tracking_number);
  if (!number) return null;
  return {
    status: 'success',
    created_at: utc(t.date_shipped),
    tracking_company: str(t.tracking_provider) ?? str(t.custom_tracking_provider),
    tracking_number: number,
    tracking_url: str(t.tracking_link) ?? str(t.custom_tracking_link),
    estimated_delivery_at: null,
  };
}

/** The next page from a Link header, when X-WP-TotalPages is missing. */
function hasNextLink(link: string | null): boolean {
  return link !== null && /rel="?next"?/.test(link);
}

interface WooAnswer {
  response: HttpResponse;
  body: unknown;
}

class WooCommerceClient implements OrderApiClient {
  readonly service = 'woocommerce' as const;
  readonly id: string;
  readonly label: string;
  private readonly deps: HttpDeps;
  private readonly ctx: ErrorContext;
  /** Basic auth first; query parameters when the server drops the Authorization header. */
  private auth: 'basic' | 'query' = 'basic';
  /** Whether the Shipment Tracking extension answers; null until asked. */
  private trackingAvailable: boolean | null = null;

  constructor(
    private readonly connection: WooCommerceConnection,
    private readonly site: string,
    deps: ApiDeps,
  ) {
    this.deps = resolveDeps(deps);
    this.label = site.replace(/^https?:\/\//, '');
    this.id = `woocommerce:${this.label}`;
    this.ctx = { service: 'woocommerce', host: new URL(site).host, secrets: [connection.consumerKey, connection.consumerSecret] };
  }

  findByNumber(orderNumber: string, options: LookupOptions = {}): Promise<OrderApiResult> {
    return toResult(async () => {
      const key = orderKey(orderNumber);
      if (!key) return { orders: [], notices: [] };
      const matches = (list: unknown[]) => list.filter((o) => str(obj(o)?.number)?.toUpperCase() === key || (!obj(o)?.number && str(obj(o)?.id) === key));
      let found: unknown[] = [];
      // Without a sequential-numbers plugin the number is the id: one exact request.
      if (/^\d+$/.test(key)) found = matches(arr((await this.ordersList({ include: key }, options.signal)).body));
      if (found.length === 0) found = matches(arr((await this.ordersList({ search: key, per_page: '20' }, options.signal)).body));
      return this.complete(found, options.signal);
    });
  }

  findByEmail(email: string, options: EmailLookupOptions = {}): Promise<OrderApiResult> {
    return toResult(async () => {
      const address = email.trim().toLowerCase();
      if (!address.includes('@')) return { orders: [], notices: [] };
      const limit = clampLimit(options.limit);
      const found: unknown[] = [];
      for (let page = 1; page <= MAX_EMAIL_PAGES && found.length < limit; page++) {
        const { response, body } = await this.ordersList(
          { search: address, per_page: String(EMAIL_PAGE_SIZE), page: String(page), orderby: 'date', order: 'desc' },
          options.signal,
        );
        // Search also matches names and addresses: keep the orders placed with this address.
        found.push(...arr(body).filter((o) => str(obj(obj(o)?.billing)?.email)?.toLowerCase() === address));
        const totalPages = num(response.headers.get('x-wp-totalpages'));
        if (totalPages !== null ? page >= totalPages : !hasNextLink(response.headers.get('link'))) break;
      }
      return this.complete(found.slice(0, limit), options.signal);
    });
  }

  /** Normalises the orders and adds their tracking and dated refunds, all at once. */
  private async complete(raws: unknown[], signal?: AbortSignal): Promise<{ orders: Order[]; notices: string[] }> {
    const notices: string[] = [];
    const orders = await Promise.all(
      raws.map(async (raw) => {
        const order = normalizeWooOrder(raw, this.label);
        const [fulfillments, refunds] = await Promise.all([
          this.tracking(order.id, signal).catch((error: unknown) => {
            notices.push(`Tracking for order ${order.name} could not be read: ${this.reason(error)}`);
            return [];
          }),
          order.refunds.length > 0 ? this.datedRefunds(order, signal).catch(() => order.refunds) : order.refunds,
        ]);
        return { ...order, fulfillments, refunds };
      }),
    );
    return { orders, notices };
  }

  /** A lookup's message for a notice; cancellation is not a notice, it ends the lookup. */
  private reason(error: unknown): string {
    if (error instanceof OrderApiFailure && error.error.kind !== 'aborted') return error.error.message;
    throw error;
  }

  private async ordersList(params: Record<string, string>, signal?: AbortSignal): Promise<WooAnswer> {
    const answer = await this.get('wc/v3/orders', params, signal);
    if (answer.response.status === 404) return this.noApi();
    if (!Array.isArray(answer.body)) return fail(this.ctx, { kind: 'malformed', message: `${this.label} answered without a list of orders.` });
    return answer;
  }

  /** Shipment Tracking's items; [] when the extension is absent (a 404 route, not an error). */
  private async tracking(orderId: string, signal?: AbortSignal): Promise<Fulfillment[]> {
    if (this.trackingAvailable === false) return [];
    const { response, body } = await this.get(`wc-shipment-tracking/v3/orders/${encodeURIComponent(orderId)}/shipment-trackings`, {}, signal);
    if (response.status === 404) {
      if (str(obj(body)?.code) === 'rest_no_route' || obj(body) === null) this.trackingAvailable = false;
      return [];
    }
    this.trackingAvailable = true;
    return arr(body)
      .map(normalizeTrackingItem)
      .filter((f): f is Fulfillment => f !== null);
  }

  /** Refunds with their dates (the order itself lists only amounts and reasons). */
  private async datedRefunds(order: Order, signal?: AbortSignal): Promise<Refund[]> {
    const { response, body } = await this.get(`wc/v3/orders/${encodeURIComponent(order.id)}/refunds`, {}, signal);
    if (response.status !== 200 || !Array.isArray(body)) return order.refunds;
    const refunds = body.flatMap((raw) => {
      const r = obj(raw);
      const amount = decimal(r?.amount, order.currency, { absolute: true });
      return r && amount ? [{ created_at: utc(r.date_created_gmt) ?? str(r.date_created), amount, note: str(r.reason) }] : [];
    });
    return refunds.length > 0 ? refunds : order.refunds;
  }

  private noApi(): never {
    return fail(this.ctx, {
      kind: 'not-found',
      message: `No WooCommerce REST API answered at ${this.label}/wp-json/wc/v3. Check the shop address, that WooCommerce is active, and that WordPress permalinks are not set to “Plain”.`,
    });
  }

  private url(path: string, params: Record<string, string>): string {
    const url = new URL(`${this.site}/wp-json/${path}`);
    for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
    if (this.auth === 'query') {
      url.searchParams.set('consumer_key', this.connection.consumerKey);
      url.searchParams.set('consumer_secret', this.connection.consumerSecret);
    }
    return url.toString();
  }

  /** GET with the keys; 2xx and 404 come back (404 means different things per endpoint), the rest fail. */
  private async get(path: string, params: Record<string, string>, signal?: AbortSignal): Promise<WooAnswer> {
    for (;;) {
      const headers: Record<string, string> = { Accept: 'application/json' };
      if (this.auth === 'basic') headers.Authorization = `Basic ${btoa(`${this.connection.consumerKey}:${this.connection.consumerSecret}`)}`;
      const response = await sendWithRetry(this.ctx, this.deps, { url: this.url(path, params), headers, signal });
      if (response.status >= 200 && response.status < 300) return { response, body: parseJson(this.ctx, response) };
      const body = safeJson(response.text);
      const code = str(obj(body)?.code) ?? '';
      if (response.status === 404) return { response, body };
      if (response.status === 401 || response.status === 403) {
        // No user at all: some servers strip the Authorization header. Send the keys as parameters.
        if (this.auth === 'basic' && code === 'woocommerce_rest_cannot_view') {
          this.auth = 'query';
          continue;
        }
        return this.authFailure(code, str(obj(body)?.message) ?? '');
      }
      return failForStatus(this.ctx, response);
    }
  }

  private authFailure(code: string, message: string): never {
    const keyPage = 'WooCommerce › Settings › Advanced › REST API';
    if (/read permission/i.test(message) || code === 'woocommerce_rest_cannot_view') {
      return fail(this.ctx, {
        kind: 'forbidden',
        missingScopes: ['read'],
        message:
          code === 'woocommerce_rest_cannot_view'
            ? `WooCommerce did not let the API key read orders of ${this.label}. In ${keyPage}, give the key Read (or Read/Write) permission and make sure it belongs to a Shop manager or Administrator.`
            : `The WooCommerce API key for ${this.label} has no Read permission. In ${keyPage}, set the key to Read (or Read/Write).`,
      });
    }
    return fail(this.ctx, {
      kind: 'unauthorized',
      message: `WooCommerce refused the consumer key or secret for ${this.label}: mistyped, or the key was revoked. In ${keyPage}, create a key with Read permission and paste both again.`,
    });
  }
}

/** A client for one WooCommerce shop; keep it for the session (it remembers how the shop authenticates). */
export function createWooCommerceClient(connection: WooCommerceConnection, deps: ApiDeps = {}): OrderApiClient {
  const site = normalizeSiteUrl(connection.siteUrl);
  if (!site) {
    return new MisconfiguredClient(
      'woocommerce',
      connection.siteUrl.replace(/^[a-z]+:\/\//i, '').split('/')[0] ?? connection.siteUrl,
      'The shop connection needs the shop’s address starting with https:// (WooCommerce accepts API keys only over https).',
    );
  }
  return new WooCommerceClient(connection, site, deps);
}
