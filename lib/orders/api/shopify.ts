import type { ShopConnection } from '../../settings/shop-credentials';
import { normalizeShopDomain } from '../../settings/shop-credentials';
import type { Fulfillment, Order } from '../model';
import { orderKey } from '../model';
import { type ErrorContext, type OrderApiResult, fail, OrderApiFailure, toResult } from './errors';
import { type ApiDeps, type HttpDeps, type HttpResponse, failForStatus, parseJson, resolveDeps, sendWithRetry } from './http';
import { type JsonObject, arr, safeJson, at, decimal, num, obj, str } from './json';
import { type EmailLookupOptions, type LookupOptions, type OrderApiClient, clampLimit, MisconfiguredClient } from './types';

/**
 * Shopify Admin GraphQL, the current stable version (Shopify releases one a quarter and keeps
 * each for a year). `Order.number` needs 2025-07 or later.
 */
export const SHOPIFY_API_VERSION = '2026-10';

export type ShopifyConnection = Extract<ShopConnection, { kind: 'shopify' | 'shopify-client' }>;

/** Line items read per order; an order with more shows the first ones. */
const LINE_ITEMS = 30;
/** Orders per page when searching by e-mail. */
const EMAIL_PAGE_SIZE = 10;
/** Refresh a client-credentials token this long before Shopify says it expires. */
const TOKEN_EARLY_MS = 60_000;

/**
 * Exactly what the Order model needs. Money is read in the presentment currency: the amounts the
 * customer saw and paid, which is what a reply to them should quote.
 */
const ORDER_FRAGMENT = `fragment DeskpilotOrder on Order {
  id
  name
  number
  email
  createdAt
  cancelledAt
  presentmentCurrencyCode
  displayFinancialStatus
  displayFulfillmentStatus
  statusPageUrl
  totalPriceSet { presentmentMoney { amount currencyCode } }
  customer { firstName lastName defaultEmailAddress { emailAddress } defaultPhoneNumber { phoneNumber } }
  lineItems(first: ${LINE_ITEMS}) { nodes { title variantTitle sku quantity originalUnitPriceSet { presentmentMoney { amount } } } }
  fulfillments(first: 10) { status displayStatus createdAt estimatedDeliveryAt trackingInfo(first: 5) { company number url } }
  refunds(first: 10) { createdAt note totalRefundedSet { presentmentMoney { amount } } }
  shippingAddress { name address1 city zip country }
}`;

export const ORDERS_BY_NAME_QUERY = `query DeskpilotOrdersByName($query: String!) {
  orders(first: 5, query: $query) { nodes { ...DeskpilotOrder } }
}
${ORDER_FRAGMENT}`;

export const ORDERS_BY_EMAIL_QUERY = `query DeskpilotOrdersByEmail($query: String!, $first: Int!, $after: String) {
  orders(first: $first, after: $after, query: $query, sortKey: CREATED_AT, reverse: true) {
    nodes { ...DeskpilotOrder }
    pageInfo { hasNextPage endCursor }
  }
}
${ORDER_FRAGMENT}`;

export const ACCESS_SCOPES_QUERY = `query DeskpilotAccessScopes { currentAppInstallation { accessScopes { handle } } }`;

/** A value for Shopify's search syntax: bare when safe, quoted otherwise. */
export function searchValue(value: string): string {
  return /^[\w#.@+-]+$/.test(value) ? value : `"${value.replace(/["\\]/g, '\\$&')}"`;
}

/** "gid://shopify/Order/5551234" -> "5551234". */
export function numericId(gid: string): string {
  return /\/(\d+)(?:\?.*)?$/.exec(gid)?.[1] ?? gid;
}

const FULFILLMENT_STATUS: Record<string, string> = {
  FULFILLED: 'fulfilled',
  PARTIALLY_FULFILLED: 'partial',
  RESTOCKED: 'restocked',
};

/**
 * GraphQL's display statuses as the REST API writes them. Financial statuses are the same words in
 * lower case ("PARTIALLY_REFUNDED" -> "partially_refunded"). Every order state that has not
 * shipped (unfulfilled, open, on hold, scheduled, in progress...) is null, as in REST.
 */
export function fulfillmentStatus(display: string | null): string | null {
  return display ? (FULFILLMENT_STATUS[display] ?? null) : null;
}

/** The carrier's states, which REST keeps as a fulfillment's shipment_status. */
const SHIPMENT_STATES = new Set([
  'LABEL_PRINTED',
  'LABEL_PURCHASED',
  'CONFIRMED',
  'IN_TRANSIT',
  'OUT_FOR_DELIVERY',
  'ATTEMPTED_DELIVERY',
  'READY_FOR_PICKUP',
  'PICKED_UP',
  'DELIVERED',
  'NOT_DELIVERED',
]);

/**
 * A fulfillment's one status in the model: the carrier's state when Shopify knows it ("delivered",
 * "in_transit"), else the fulfillment's own ("success", "cancelled").
 */
export function parcelStatus(status: string | null, display: string | null): string | null {
  if (status && status !== 'SUCCESS') return status.toLowerCase();
  if (display && SHIPMENT_STATES.has(display)) return display.toLowerCase();
  return status ? status.toLowerCase() : null;
}

export function financialStatus(display: string | null): string | null {
  return display ? display.toLowerCase() : null;
}

/** One GraphQL order node -> the Order model. */
export function normalizeShopifyOrder(node: unknown, shop: string): Order {
  const o = obj(node);
  const gid = str(o?.id);
  const name = str(o?.name);
  if (!o || !gid || !name) {
    throw new OrderApiFailure({ kind: 'malformed', service: 'shopify', host: shop, message: `${shop} sent an order without an id or a name.` });
  }
  const currency = str(o.presentmentCurrencyCode) ?? str(at(o, 'totalPriceSet', 'presentmentMoney', 'currencyCode'));
  const customer = obj(o.customer);
  const address = obj(o.shippingAddress);
  const fulfillments: Fulfillment[] = arr(o.fulfillments).flatMap((raw) => {
    const f = obj(raw);
    if (!f) return [];
    const base = {
      status: parcelStatus(str(f.status), str(f.displayStatus)),
      created_at: str(f.createdAt),
      estimated_delivery_at: str(f.estimatedDeliveryAt),
    };
    const tracking = arr(f.trackingInfo).map(obj).filter((t): t is JsonObject => t !== null);
    if (tracking.length === 0) return [{ ...base, tracking_company: null, tracking_number: null, tracking_url: null }];
    // One row per parcel: a fulfillment shipped in two boxes has two tracking numbers.
    return tracking.map((t) => ({ ...base, tracking_company: str(t.company), tracking_number: str(t.number), tracking_url: str(t.url) }));
  });
  return {
    id: numericId(gid),
    name,
    order_number: str(o.number) ?? orderKey(name),
    email: str(o.email) ?? str(at(customer, 'defaultEmailAddress', 'emailAddress')),
    created_at: str(o.createdAt),
    currency,
    total_price: decimal(at(o, 'totalPriceSet', 'presentmentMoney', 'amount'), currency),
    financial_status: financialStatus(str(o.displayFinancialStatus)),
    fulfillment_status: fulfillmentStatus(str(o.displayFulfillmentStatus)),
    cancelled_at: str(o.cancelledAt),
    customer: customer
      ? {
          first_name: str(customer.firstName),
          last_name: str(customer.lastName),
          email: str(at(customer, 'defaultEmailAddress', 'emailAddress')),
          phone: str(at(customer, 'defaultPhoneNumber', 'phoneNumber')),
        }
      : null,
    line_items: arr(at(o, 'lineItems', 'nodes')).flatMap((raw) => {
      const item = obj(raw);
      if (!item) return [];
      return [
        {
          title: str(item.title) ?? '',
          variant_title: str(item.variantTitle),
          sku: str(item.sku),
          quantity: num(item.quantity) ?? 0,
          price: decimal(at(item, 'originalUnitPriceSet', 'presentmentMoney', 'amount'), currency) ?? '',
        },
      ];
    }),
    fulfillments,
    refunds: arr(o.refunds).flatMap((raw) => {
      const r = obj(raw);
      if (!r) return [];
      return [{ created_at: str(r.createdAt), amount: decimal(at(r, 'totalRefundedSet', 'presentmentMoney', 'amount'), currency) ?? '', note: str(r.note) }];
    }),
    shipping_address: address
      ? { name: str(address.name), address1: str(address.address1), city: str(address.city), zip: str(address.zip), country: str(address.country) }
      : null,
    order_status_url: str(o.statusPageUrl),
    source: { kind: 'shopify-api', label: shop },
  };
}

/** Scopes named in a Shopify error text: "Required access: `read_orders` access scope." */
export function scopesIn(text: string): string[] {
  return [...new Set(text.match(/\bread_[a-z_]+\b/g) ?? [])];
}

interface GraphqlAnswer {
  data: JsonObject;
  /** Fields the token may not read, with the scopes they need (data for them is null). */
  denied: { path: string; scopes: string[] }[];
}

interface Token {
  value: string;
  expiresAt: number;
  scopes: string[] | null;
}

class ShopifyClient implements OrderApiClient {
  readonly service = 'shopify' as const;
  readonly id: string;
  readonly label: string;
  private readonly deps: HttpDeps;
  private readonly ctx: ErrorContext & { secrets: string[] };
  private readonly base: string;
  private token: Token | null = null;
  private pendingToken: Promise<Token> | null = null;
  private grantedScopes: string[] | null = null;

  constructor(
    private readonly connection: ShopifyConnection,
    private readonly shop: string,
    deps: ApiDeps,
  ) {
    this.deps = resolveDeps(deps);
    this.id = `shopify:${shop}`;
    this.label = shop;
    this.base = `https://${shop}`;
    this.ctx = {
      service: 'shopify',
      host: shop,
      // Issued tokens join the list as they come.
      secrets: connection.kind === 'shopify' ? [connection.accessToken] : [connection.clientSecret],
    };
  }

  findByNumber(orderNumber: string, options: LookupOptions = {}): Promise<OrderApiResult> {
    return toResult(async () => {
      const key = orderKey(orderNumber);
      if (!key) return { orders: [], notices: [] };
      const query = `name:${searchValue(/^\d+$/.test(key) ? `#${key}` : key)}`;
      const answer = await this.graphql(ORDERS_BY_NAME_QUERY, { query }, options.signal);
      const nodes = this.nodesOf(answer);
      const orders = nodes
        .map((node) => normalizeShopifyOrder(node, this.shop))
        .filter((order) => orderKey(order.name) === key || order.order_number === key);
      const notices = this.deniedNotices(answer);
      if (orders.length === 0) notices.push(...(await this.olderOrdersNotice(`No order #${key} was found`, options.signal)));
      return { orders, notices };
    });
  }

  findByEmail(email: string, options: EmailLookupOptions = {}): Promise<OrderApiResult> {
    return toResult(async () => {
      const address = email.trim();
      if (!address.includes('@')) return { orders: [], notices: [] };
      const limit = clampLimit(options.limit);
      const orders: Order[] = [];
      const notices: string[] = [];
      let after: string | null = null;
      while (orders.length < limit) {
        const answer = await this.graphql(
          ORDERS_BY_EMAIL_QUERY,
          { query: `email:${searchValue(address)}`, first: Math.min(EMAIL_PAGE_SIZE, limit - orders.length), after },
          options.signal,
        );
        orders.push(...this.nodesOf(answer).map((node) => normalizeShopifyOrder(node, this.shop)));
        for (const notice of this.deniedNotices(answer)) if (!notices.includes(notice)) notices.push(notice);
        const pageInfo = obj(at(answer.data, 'orders', 'pageInfo'));
        after = pageInfo?.hasNextPage === true ? str(pageInfo.endCursor) : null;
        if (!after) break;
      }
      if (orders.length === 0) notices.push(...(await this.olderOrdersNotice(`No order placed with ${address} was found`, options.signal)));
      return { orders: orders.slice(0, limit), notices };
    });
  }

  private nodesOf(answer: GraphqlAnswer): unknown[] {
    const nodes = at(answer.data, 'orders', 'nodes');
    if (!Array.isArray(nodes)) fail(this.ctx, { kind: 'malformed', message: `${this.shop} answered without a list of orders.` });
    return nodes;
  }

  /** Partial answers: the orders came, a part of them (the customer) was refused. */
  private deniedNotices(answer: GraphqlAnswer): string[] {
    const scopes = [...new Set(answer.denied.flatMap((d) => d.scopes))];
    if (scopes.length === 0) return [];
    return [`Some order details are hidden: the app for ${this.shop} lacks the ${scopes.join(' and ')} scope. ${this.howToAddScopes()}`];
  }

  /** Without read_all_orders Shopify shows only the last 60 days, silently. Say so when nothing was found. */
  private async olderOrdersNotice(found: string, signal?: AbortSignal): Promise<string[]> {
    const scopes = await this.accessScopes(signal);
    if (scopes === null || scopes.includes('read_all_orders')) return [];
    return [`${found} in the last 60 days. Older orders are hidden because the app for ${this.shop} lacks the read_all_orders scope. ${this.howToAddScopes()}`];
  }

  /** The scopes this app was granted, from the token grant or asked once; null when unknown. */
  private async accessScopes(signal?: AbortSignal): Promise<string[] | null> {
    if (this.grantedScopes) return this.grantedScopes;
    if (this.token?.scopes) return this.token.scopes;
    try {
      const answer = await this.graphql(ACCESS_SCOPES_QUERY, {}, signal);
      const handles = arr(at(answer.data, 'currentAppInstallation', 'accessScopes')).map((s) => str(obj(s)?.handle));
      this.grantedScopes = handles.filter((h): h is string => h !== null);
      return this.grantedScopes;
    } catch (error) {
      // Only a hint depends on it: unknown scopes give no hint. A cancelled lookup stays cancelled.
      if (error instanceof OrderApiFailure && error.error.kind !== 'aborted') return null;
      throw error;
    }
  }

  private howToAddScopes(): string {
    return this.connection.kind === 'shopify'
      ? 'Add it in Shopify admin › Settings › Apps and sales channels › Develop apps › your app › Configuration › Admin API integration, reinstall the app and paste its new access token into Deskpilot.'
      : 'Add it to the access scopes of the app’s version in the Dev Dashboard, release that version and install the update on the shop.';
  }

  private forbidden(scopes: string[]): never {
    const missing = scopes.length > 0 ? scopes : ['read_orders'];
    const older = missing.includes('read_orders') && !missing.includes('read_all_orders') ? ' (and read_all_orders for orders older than 60 days)' : '';
    return fail(this.ctx, {
      kind: 'forbidden',
      missingScopes: missing,
      message: `Shopify did not let Deskpilot read orders of ${this.shop}: the app lacks the ${missing.join(' and ')} scope${missing.length > 1 ? 's' : ''}${older}. ${this.howToAddScopes()}`,
    });
  }

  private unauthorized(): never {
    return fail(this.ctx, {
      kind: 'unauthorized',
      message:
        this.connection.kind === 'shopify'
          ? `Shopify refused the access token for ${this.shop}: it is mistyped, revoked, or the app was uninstalled. Paste the Admin API access token of the shop’s custom app again.`
          : `Shopify refused the token it issued for ${this.shop} twice in a row. Check that the app is still installed on the shop, then save the connection again.`,
    });
  }

  private async accessToken(signal: AbortSignal | undefined, refresh: boolean): Promise<string> {
    if (this.connection.kind === 'shopify') return this.connection.accessToken;
    if (!refresh && this.token && this.deps.now() < this.token.expiresAt - TOKEN_EARLY_MS) return this.token.value;
    if (refresh) this.token = null;
    this.pendingToken ??= this.requestToken(this.connection, signal).finally(() => {
      this.pendingToken = null;
    });
    this.token = await this.pendingToken;
    return this.token.value;
  }

  /** The client-credentials grant: client id + secret -> a token valid for about 24 hours. */
  private async requestToken(connection: Extract<ShopifyConnection, { kind: 'shopify-client' }>, signal?: AbortSignal): Promise<Token> {
    const response = await sendWithRetry(this.ctx, this.deps, {
      url: `${this.base}/admin/oauth/access_token`,
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: connection.clientId, client_secret: connection.clientSecret }).toString(),
      signal,
    });
    if (response.status === 200) {
      const body = obj(parseJson(this.ctx, response));
      const value = str(body?.access_token);
      if (!value) return fail(this.ctx, { kind: 'malformed', message: `${this.shop} issued no access token.` });
      this.ctx.secrets.push(value);
      const expiresIn = num(body?.expires_in) ?? 86_399;
      const scope = str(body?.scope);
      return { value, expiresAt: this.deps.now() + expiresIn * 1000, scopes: scope ? scope.split(',').map((s) => s.trim()) : null };
    }
    if (response.status === 404) return this.notFound();
    if (response.status === 400 || response.status === 401 || response.status === 403) {
      const body = obj(safeJson(response.text));
      const code = str(body?.error) ?? '';
      const description = str(body?.error_description) ?? '';
      if (code === 'invalid_client' || response.status === 401) {
        return fail(this.ctx, {
          kind: 'unauthorized',
          message: `Shopify refused the client ID or secret for ${this.shop}. Copy both again from the Dev Dashboard (your app › Settings).`,
        });
      }
      if (code === 'shop_not_permitted' || response.status === 403) {
        return fail(this.ctx, {
          kind: 'unauthorized',
          message: `Shopify will not issue a token for this app on ${this.shop}: client credentials work only for apps made by the shop’s own organization and installed on it. Install the app on the shop, or use a custom app’s access token instead.`,
        });
      }
      return fail(this.ctx, {
        kind: 'http',
        status: response.status,
        message: `Shopify did not issue a token for ${this.shop}: ${description || code || `HTTP ${response.status}`}.`,
      });
    }
    return failForStatus(this.ctx, response);
  }

  private notFound(): never {
    return fail(this.ctx, {
      kind: 'not-found',
      message: `No Shopify shop answered at ${this.shop}. Check the myshopify.com address in the shop connection.`,
    });
  }

  /** Shopify's cost-based throttle: wait until enough points are restored for this query. */
  private throttleWait(response: HttpResponse): { waitMs: number } | null {
    if ((response.status !== 200 && response.status !== 429) || !response.text.includes('THROTTLED')) return null;
    const body = obj(safeJson(response.text));
    const throttled = arr(body?.errors).some((e) => at(e, 'extensions', 'code') === 'THROTTLED');
    if (!throttled) return null;
    const retryAfter = response.headers.get('retry-after');
    if (retryAfter !== null && Number.isFinite(Number(retryAfter))) return { waitMs: Math.ceil(Number(retryAfter) * 1000) };
    const cost = obj(at(body, 'extensions', 'cost'));
    const requested = num(cost?.requestedQueryCost);
    const available = num(at(cost, 'throttleStatus', 'currentlyAvailable'));
    const restoreRate = num(at(cost, 'throttleStatus', 'restoreRate'));
    if (requested === null || available === null || !restoreRate) return { waitMs: 1000 };
    return { waitMs: Math.max(100, Math.ceil((Math.max(0, requested - available) / restoreRate) * 1000)) };
  }

  private async graphql(query: string, variables: Record<string, unknown>, signal?: AbortSignal): Promise<GraphqlAnswer> {
    for (let attempt = 0; ; attempt++) {
      const token = await this.accessToken(signal, attempt > 0);
      const response = await sendWithRetry(
        this.ctx,
        this.deps,
        {
          url: `${this.base}/admin/api/${SHOPIFY_API_VERSION}/graphql.json`,
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Shopify-Access-Token': token },
          body: JSON.stringify({ query, variables }),
          signal,
        },
        (r) => this.throttleWait(r),
      );
      // An issued token can expire or be revoked early: get a new one, once.
      if (response.status === 401 && this.connection.kind === 'shopify-client' && attempt === 0) continue;
      return this.readAnswer(response);
    }
  }

  private readAnswer(response: HttpResponse): GraphqlAnswer {
    switch (response.status) {
      case 200:
        break;
      case 401:
        return this.unauthorized();
      case 402:
        return fail(this.ctx, { kind: 'http', status: 402, message: `${this.shop} is frozen (its Shopify bill is unpaid), so its API is closed.` });
      case 403:
        return this.forbidden(scopesIn(response.text));
      case 404:
        return this.notFound();
      case 423:
        return fail(this.ctx, { kind: 'http', status: 423, message: `${this.shop} is locked by Shopify, so its API is closed.` });
      default:
        return failForStatus(this.ctx, response);
    }
    const body = obj(parseJson(this.ctx, response));
    if (!body) return fail(this.ctx, { kind: 'malformed', message: `${this.shop} answered with JSON that is not a GraphQL response.` });
    const errors = arr(body.errors).map(obj).filter((e): e is JsonObject => e !== null);
    const denied = errors
      .filter((e) => at(e, 'extensions', 'code') === 'ACCESS_DENIED')
      .map((e) => {
        const path = arr(e.path).map(String).join('.');
        const named = scopesIn(`${str(at(e, 'extensions', 'requiredAccess')) ?? ''} ${str(e.message) ?? ''}`);
        const scopes = named.length > 0 ? named : /customer/i.test(path) ? ['read_customers'] : ['read_orders'];
        return { path, scopes };
      });
    const data = obj(body.data);
    const other = errors.filter((e) => at(e, 'extensions', 'code') !== 'ACCESS_DENIED');
    const topDenied = denied.some((d) => !d.path.includes('.'));
    if (!data || topDenied || (other.length > 0 && !at(data, 'orders') && !at(data, 'currentAppInstallation'))) {
      if (denied.length > 0) return this.forbidden([...new Set(denied.flatMap((d) => d.scopes))]);
      const messages = other.map((e) => str(e.message)).filter((m): m is string => m !== null);
      return fail(this.ctx, {
        kind: 'graphql',
        message: `Shopify could not answer the order query for ${this.shop}: ${messages.join('; ').slice(0, 300) || 'no data and no error message'}.`,
      });
    }
    return { data, denied };
  }
}

/** A client for one Shopify shop. Keep it for the session: it holds the issued token. */
export function createShopifyClient(connection: ShopifyConnection, deps: ApiDeps = {}): OrderApiClient {
  const shop = normalizeShopDomain(connection.shopDomain);
  if (!shop) return new MisconfiguredClient('shopify', connection.shopDomain, 'The shop connection needs the shop’s myshopify.com address (Shopify admin › Settings › Domains).');
  return new ShopifyClient(connection, shop, deps);
}
