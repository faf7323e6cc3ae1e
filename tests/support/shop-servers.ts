/**
 * Fake shop servers on 127.0.0.1 for unit and end-to-end tests: Shopify's Admin GraphQL API (with
 * the client-credentials grant) and WooCommerce's REST API v3 (with the Shipment Tracking
 * extension), speaking their documented shapes. Each records every request, and a script of
 * one-off answers can be queued in front of the normal behaviour: auth errors, throttling, 5xx,
 * broken JSON, a request that never answers.
 *
 * Clients build real shop URLs (https://northwind.myshopify.com/...); `server.fetch` sends them
 * here, keeping path and query, and records the URL asked for in `originalUrl`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Json = Record<string, unknown>;

export interface RecordedRequest {
  method: string;
  /** Path without the query. */
  path: string;
  query: URLSearchParams;
  /** Lower-case header names. */
  headers: Record<string, string>;
  body: string;
  /** The URL the client asked for, before `server.fetch` sent it here. */
  originalUrl: string | null;
}

export interface ScriptedResponse {
  status?: number;
  headers?: Record<string, string>;
  json?: unknown;
  /** A raw body instead of JSON (an HTML error page, broken JSON). */
  text?: string;
  /** Never answer: for timeouts. `close()` ends the connection. */
  hang?: boolean;
}

export interface ScriptStep {
  /** Which request this step answers; by default the next one. */
  when?: (request: RecordedRequest) => boolean;
  respond: ScriptedResponse | ((request: RecordedRequest) => ScriptedResponse);
}

export interface ShopServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  requests: RecordedRequest[];
  /** A fetch that sends any URL to this server, path and query kept. */
  fetch: typeof fetch;
  /** Queues one-off answers, used in order before the normal behaviour. */
  script(...steps: ScriptStep[]): void;
  close(): Promise<void>;
}

type Handler = (request: RecordedRequest) => ScriptedResponse;

async function startServer(handle: Handler, initialSteps: ScriptStep[] = []): Promise<ShopServer> {
  const steps = [...initialSteps];
  const requests: RecordedRequest[] = [];
  const hanging = new Set<ServerResponse>();
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers[name] = value;
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers,
        body: Buffer.concat(chunks).toString('utf8'),
        originalUrl: headers['x-original-url'] ?? null,
      };
      requests.push(recorded);
      const index = steps.findIndex((s) => !s.when || s.when(recorded));
      const step = index >= 0 ? steps.splice(index, 1)[0] : undefined;
      let answer: ScriptedResponse;
      try {
        answer = step ? (typeof step.respond === 'function' ? step.respond(recorded) : step.respond) : handle(recorded);
      } catch (error) {
        answer = { status: 500, text: `fake server error: ${error instanceof Error ? error.message : String(error)}` };
      }
      if (answer.hang) {
        hanging.add(res);
        return;
      }
      const body = answer.text ?? (answer.json === undefined ? '' : JSON.stringify(answer.json));
      res.writeHead(answer.status ?? 200, {
        'content-type': answer.text !== undefined ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8',
        ...answer.headers,
      });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const viaServer: typeof fetch = (input, init) => {
    const original = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const headers = new Headers(init?.headers);
    headers.set('x-original-url', original.href);
    return fetch(new URL(`${original.pathname}${original.search}`, origin), { ...init, headers });
  };

  return {
    origin,
    requests,
    fetch: viaServer,
    script: (...more) => void steps.push(...more),
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// Shopify
// ---------------------------------------------------------------------------------------------

export interface ShopifyServerScript {
  /** Default northwind.myshopify.com. */
  shop?: string;
  /** Orders as the GraphQL API returns them (see `sampleShopifyOrder`). */
  orders?: Json[];
  /** Admin API access tokens of a custom app that are accepted. */
  accessTokens?: string[];
  /** Enables the client-credentials grant for this app. */
  clientCredentials?: { clientId: string; clientSecret: string; expiresIn?: number };
  /** Granted scopes. Default read_orders, read_customers. Without read_all_orders, orders older than 60 days are hidden. */
  scopes?: string[];
  /** The only API version that answers; default any. */
  apiVersion?: string;
  /** "Now" for the 60-day window; default 2026-11-21T12:00:00Z, so fixtures never age. */
  now?: string;
  steps?: ScriptStep[];
}

export interface ShopifyServer extends ShopServer {
  /** Tokens issued by the client-credentials grant, oldest first. */
  issuedTokens: string[];
  /** Makes every token issued so far invalid, as if it expired. */
  expireIssuedTokens(): void;
  /** GraphQL requests only, with their parsed bodies. */
  graphqlRequests(): { query: string; variables: Json; headers: Record<string, string> }[];
}

export const SHOPIFY_INVALID_TOKEN = { errors: '[API] Invalid API key or access token (unrecognized login or wrong password)' };

/** A GraphQL THROTTLED answer, as Shopify sends it when the query's cost exceeds what is left. */
export function shopifyThrottled(cost: { requested: number; available: number; restoreRate: number; status?: number }): ScriptedResponse {
  return {
    status: cost.status ?? 200,
    json: {
      errors: [{ message: 'Throttled', extensions: { code: 'THROTTLED', documentation: 'https://shopify.dev/api/usage/rate-limits' } }],
      extensions: {
        cost: {
          requestedQueryCost: cost.requested,
          actualQueryCost: null,
          throttleStatus: { maximumAvailable: 2000, currentlyAvailable: cost.available, restoreRate: cost.restoreRate },
        },
      },
    },
  };
}

/** A plain 429, with Retry-After when given. */
export function tooManyRequests(retryAfter?: string): ScriptedResponse {
  return { status: 429, headers: retryAfter === undefined ? {} : { 'retry-after': retryAfter }, json: { errors: 'Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service.' } };
}

function accessDenied(scope: string, path: (string | number)[], field: string) {
  return {
    message: `Access denied for ${field} field. Required access: \`${scope}\` access scope.`,
    locations: [{ line: 1, column: 1 }],
    path,
    extensions: { code: 'ACCESS_DENIED', documentation: 'https://shopify.dev/api/usage/access-scopes', requiredAccess: `\`${scope}\` access scope.` },
  };
}

/** "name:#1047", 'email:"jane@example.com"' -> [field, value]. */
function searchTerm(query: string): [string, string] | null {
  const m = /^(\w+):(?:"((?:[^"\\]|\\.)*)"|(\S+))$/.exec(query.trim());
  if (!m || !m[1]) return null;
  return [m[1], m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : (m[3] ?? '')];
}

export async function startShopifyServer(script: ShopifyServerScript = {}): Promise<ShopifyServer> {
  const orders = script.orders ?? [];
  const scopes = script.scopes ?? ['read_orders', 'read_customers'];
  const now = Date.parse(script.now ?? '2026-11-21T12:00:00Z');
  const issued: string[] = [];
  const valid = new Set<string>(script.accessTokens ?? []);

  const graphql = (request: RecordedRequest): ScriptedResponse => {
    const token = request.headers['x-shopify-access-token'];
    if (!token || !valid.has(token)) return { status: 401, json: SHOPIFY_INVALID_TOKEN };
    let body: Json;
    try {
      body = JSON.parse(request.body) as Json;
    } catch {
      return { status: 400, json: { errors: 'Bad Request' } };
    }
    const query = typeof body.query === 'string' ? body.query : '';
    const variables = (body.variables ?? {}) as Json;
    const cost = { requestedQueryCost: 12, actualQueryCost: 6, throttleStatus: { maximumAvailable: 2000, currentlyAvailable: 1994, restoreRate: 100 } };

    if (query.includes('currentAppInstallation')) {
      return { json: { data: { currentAppInstallation: { accessScopes: scopes.map((handle) => ({ handle })) } }, extensions: { cost } } };
    }
    if (!query.includes('orders(')) return { json: { errors: [{ message: 'fake server: unknown query' }] } };
    if (!scopes.includes('read_orders')) {
      return { json: { data: null, errors: [accessDenied('read_orders', ['orders'], 'orders')], extensions: { cost } } };
    }
    const term = searchTerm(typeof variables.query === 'string' ? variables.query : '');
    const visible = orders.filter((o) => scopes.includes('read_all_orders') || now - Date.parse(String(o.createdAt)) <= 60 * 86_400_000);
    let found = visible.filter((o) => {
      if (!term) return true;
      const [field, value] = term;
      if (field === 'name') return String(o.name).replace(/^#/, '').toLowerCase() === value.replace(/^#/, '').toLowerCase();
      if (field === 'email') return String(o.email ?? '').toLowerCase() === value.toLowerCase();
      return false;
    });
    if (/sortKey:\s*CREATED_AT/.test(query)) {
      found = [...found].sort((a, b) => Date.parse(String(a.createdAt)) - Date.parse(String(b.createdAt)));
    }
    if (/reverse:\s*true/.test(query)) found.reverse();
    const firstLiteral = /orders\(first:\s*(\d+)/.exec(query)?.[1];
    const first = typeof variables.first === 'number' ? variables.first : Number(firstLiteral ?? 10);
    const start = typeof variables.after === 'string' ? Number(Buffer.from(variables.after, 'base64').toString('utf8')) + 1 : 0;
    const page = found.slice(start, start + first);
    const end = start + page.length - 1;
    const errors: unknown[] = [];
    const nodes = page.map((o, i) => {
      if (scopes.includes('read_customers') || o.customer === null || o.customer === undefined) return o;
      errors.push(accessDenied('read_customers', ['orders', 'nodes', i, 'customer'], 'customer'));
      return { ...o, customer: null };
    });
    return {
      json: {
        data: {
          orders: {
            nodes,
            pageInfo: { hasNextPage: end + 1 < found.length, endCursor: page.length > 0 ? Buffer.from(String(end)).toString('base64') : null },
          },
        },
        ...(errors.length > 0 ? { errors } : {}),
        extensions: { cost },
      },
    };
  };

  const token = (request: RecordedRequest): ScriptedResponse => {
    const form = request.headers['content-type']?.includes('json') ? new URLSearchParams(JSON.parse(request.body) as Record<string, string>) : new URLSearchParams(request.body);
    const app = script.clientCredentials;
    if (form.get('grant_type') !== 'client_credentials') return { status: 400, json: { error: 'unsupported_grant_type' } };
    if (!app || form.get('client_id') !== app.clientId || form.get('client_secret') !== app.clientSecret) {
      return { status: 400, json: { error: 'invalid_client', error_description: 'Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method.' } };
    }
    const value = `shpat_issued_${issued.length + 1}`;
    issued.push(value);
    valid.add(value);
    return { json: { access_token: value, scope: scopes.join(','), expires_in: app.expiresIn ?? 86_399 } };
  };

  const base = await startServer((request) => {
    if (request.method === 'POST' && request.path === '/admin/oauth/access_token') return token(request);
    const m = /^\/admin\/api\/([\w-]+)\/graphql\.json$/.exec(request.path);
    if (request.method === 'POST' && m && (!script.apiVersion || m[1] === script.apiVersion)) return graphql(request);
    return { status: 404, json: { errors: 'Not Found' } };
  }, script.steps);

  return {
    ...base,
    issuedTokens: issued,
    expireIssuedTokens: () => {
      for (const t of issued) valid.delete(t);
    },
    graphqlRequests: () =>
      base.requests
        .filter((r) => r.path.endsWith('/graphql.json'))
        .map((r) => {
          const body = JSON.parse(r.body) as Json;
          return { query: String(body.query), variables: (body.variables ?? {}) as Json, headers: r.headers };
        }),
  };
}

// ---------------------------------------------------------------------------------------------
// WooCommerce
// ---------------------------------------------------------------------------------------------

export interface WooServerScript {
  consumerKey: string;
  consumerSecret: string;
  /** Orders as REST v3 returns them (see `sampleWooOrder`). */
  orders?: Json[];
  /** The key's permission; "write" keys cannot read. Default read. */
  permission?: 'read' | 'write' | 'read_write';
  /** false: the web server drops the Authorization header, so only keys in the query work. */
  passesAuthorizationHeader?: boolean;
  /** Shipment Tracking items per order id. Absent: the extension is not installed (404 route). */
  tracking?: Record<string, Json[]>;
  /** Refunds per order id, as /orders/<id>/refunds returns them. */
  refunds?: Record<string, Json[]>;
  steps?: ScriptStep[];
}

function wooError(status: number, code: string, message: string): ScriptedResponse {
  return { status, json: { code, message, data: { status } } };
}

export const WOO_NO_ROUTE = wooError(404, 'rest_no_route', 'No route was found matching the URL and request method.');

export async function startWooServer(script: WooServerScript): Promise<ShopServer> {
  const orders = script.orders ?? [];

  const authenticate = (request: RecordedRequest): ScriptedResponse | null => {
    let key: string | null = null;
    let secret: string | null = null;
    const header = script.passesAuthorizationHeader === false ? undefined : request.headers.authorization;
    if (header?.startsWith('Basic ')) {
      const [k, ...rest] = Buffer.from(header.slice(6), 'base64').toString('utf8').split(':');
      key = k ?? null;
      secret = rest.join(':');
    } else if (request.query.has('consumer_key')) {
      key = request.query.get('consumer_key');
      secret = request.query.get('consumer_secret');
    }
    if (key === null) return wooError(401, 'woocommerce_rest_cannot_view', 'Sorry, you cannot list resources.');
    if (key !== script.consumerKey) return wooError(401, 'woocommerce_rest_authentication_error', 'Consumer key is invalid.');
    if (secret !== script.consumerSecret) return wooError(401, 'woocommerce_rest_authentication_error', 'Consumer secret is invalid.');
    if (script.permission === 'write') return wooError(401, 'woocommerce_rest_authentication_error', 'The API key provided does not have read permissions.');
    return null;
  };

  const list = (request: RecordedRequest): ScriptedResponse => {
    const q = request.query;
    const include = q.get('include')?.split(',').filter(Boolean);
    const search = q.get('search')?.toLowerCase();
    const customer = q.get('customer');
    let found = orders.filter((o) => {
      if (include && !include.includes(String(o.id))) return false;
      if (customer && String(o.customer_id) !== customer) return false;
      if (search) {
        const billing = (o.billing ?? {}) as Json;
        const items = Array.isArray(o.line_items) ? (o.line_items as Json[]).map((i) => String(i.name)) : [];
        const haystack = [o.id, o.number, billing.email, billing.first_name, billing.last_name, billing.phone, ...items].map((v) => String(v ?? '').toLowerCase());
        if (!haystack.some((h) => h.includes(search))) return false;
      }
      return true;
    });
    found = [...found].sort((a, b) => Date.parse(String(b.date_created_gmt)) - Date.parse(String(a.date_created_gmt)));
    if (q.get('order') === 'asc') found.reverse();
    const perPage = Number(q.get('per_page') ?? 10);
    const page = Number(q.get('page') ?? 1);
    const totalPages = Math.max(1, Math.ceil(found.length / perPage));
    const links: string[] = [];
    const pageUrl = (n: number) => {
      const u = new URL(request.originalUrl ?? `http://127.0.0.1${request.path}`);
      u.searchParams.delete('consumer_key');
      u.searchParams.delete('consumer_secret');
      u.searchParams.set('page', String(n));
      return u.href;
    };
    if (page > 1) links.push(`<${pageUrl(page - 1)}>; rel="prev"`);
    if (page < totalPages) links.push(`<${pageUrl(page + 1)}>; rel="next"`);
    return {
      json: found.slice((page - 1) * perPage, page * perPage),
      headers: { 'x-wp-total': String(found.length), 'x-wp-totalpages': String(totalPages), ...(links.length > 0 ? { link: links.join(', ') } : {}) },
    };
  };

  return startServer((request) => {
    if (!request.path.startsWith('/wp-json/')) return { status: 404, text: '<!doctype html><title>Page not found</title>' };
    const route = request.path.slice('/wp-json'.length).replace(/\/$/, '');
    const known =
      route === '/wc/v3/orders' ||
      /^\/wc\/v3\/orders\/\d+(\/refunds)?$/.test(route) ||
      (script.tracking !== undefined && /^\/wc-shipment-tracking\/v3\/orders\/\d+\/shipment-trackings$/.test(route));
    if (!known || request.method !== 'GET') return WOO_NO_ROUTE;
    const denied = authenticate(request);
    if (denied) return denied;
    if (route === '/wc/v3/orders') return list(request);
    const id = /\/orders\/(\d+)/.exec(route)?.[1] ?? '';
    const order = orders.find((o) => String(o.id) === id);
    if (!order) return wooError(404, 'woocommerce_rest_shop_order_invalid_id', 'Invalid ID.');
    if (route.endsWith('/refunds')) return { json: script.refunds?.[id] ?? [] };
    if (route.endsWith('/shipment-trackings')) return { json: script.tracking?.[id] ?? [] };
    return { json: order };
  }, script.steps);
}

// ---------------------------------------------------------------------------------------------
// Sample orders: order #1047 of the order fixtures (tests/fixtures/orders/), Emma Thompson's
// jacket and socks shipped with DPD, as each API returns it
// ---------------------------------------------------------------------------------------------

/** Order #1047 as Admin GraphQL returns it for Deskpilot's query. */
export function sampleShopifyOrder(overrides: Json = {}): Json {
  return {
    id: 'gid://shopify/Order/6198823714838',
    name: '#1047',
    number: 1047,
    email: 'emma.thompson@example.com',
    createdAt: '2026-11-09T10:12:44Z',
    cancelledAt: null,
    presentmentCurrencyCode: 'GBP',
    displayFinancialStatus: 'PAID',
    displayFulfillmentStatus: 'FULFILLED',
    statusPageUrl: 'https://northwind.myshopify.com/70514/orders/4c0e9a7f5b2d8e61/authenticate?key=9f1c4c0e9a',
    totalPriceSet: { presentmentMoney: { amount: '189.0', currencyCode: 'GBP' } },
    customer: {
      firstName: 'Emma',
      lastName: 'Thompson',
      defaultEmailAddress: { emailAddress: 'emma.thompson@example.com' },
      defaultPhoneNumber: { phoneNumber: '+44 113 496 0721' },
    },
    lineItems: {
      nodes: [
        { title: 'Ridgeline Waterproof Jacket', variantTitle: 'M / Slate', sku: 'RWJ-M-SLT', quantity: 1, originalUnitPriceSet: { presentmentMoney: { amount: '179.0' } } },
        { title: 'Merino Hiking Socks', variantTitle: 'M', sku: 'MHS-M', quantity: 1, originalUnitPriceSet: { presentmentMoney: { amount: '10.0' } } },
      ],
    },
    fulfillments: [
      {
        status: 'SUCCESS',
        displayStatus: 'IN_TRANSIT',
        createdAt: '2026-11-10T15:05:12Z',
        estimatedDeliveryAt: '2026-11-11T18:00:00Z',
        trackingInfo: [{ company: 'DPD', number: '15501234567890', url: 'https://track.dpd.co.uk/parcels/15501234567890' }],
      },
    ],
    refunds: [],
    shippingAddress: { name: 'Emma Thompson', address1: '8 Park Square East', city: 'Leeds', zip: 'LS1 2NE', country: 'United Kingdom' },
    ...overrides,
  };
}

const EMMA = {
  first_name: 'Emma',
  last_name: 'Thompson',
  company: '',
  address_1: '8 Park Square East',
  address_2: '',
  city: 'Leeds',
  state: '',
  postcode: 'LS1 2NE',
  country: 'GB',
};

/**
 * The same order as WooCommerce REST v3 returns it. The shop numbers its orders with a
 * sequential-numbers plugin: order number 1047 is post id 5233, as in the WooCommerce export.
 */
export function sampleWooOrder(overrides: Json = {}): Json {
  return {
    id: 5233,
    parent_id: 0,
    number: '1047',
    order_key: 'wc_order_4c0e9a7f5b2d8',
    created_via: 'checkout',
    status: 'completed',
    currency: 'GBP',
    date_created: '2026-11-09T10:12:00',
    date_created_gmt: '2026-11-09T10:12:00',
    date_modified: '2026-11-10T15:05:12',
    date_modified_gmt: '2026-11-10T15:05:12',
    discount_total: '0.00',
    shipping_total: '0.00',
    total: '189.00',
    total_tax: '31.50',
    prices_include_tax: true,
    customer_id: 0,
    billing: { ...EMMA, email: 'emma.thompson@example.com', phone: '+44 113 496 0721' },
    shipping: { ...EMMA, phone: '' },
    payment_method: 'stripe',
    payment_method_title: 'Credit card',
    date_paid: '2026-11-09T10:12:05',
    date_paid_gmt: '2026-11-09T10:12:05',
    date_completed: '2026-11-10T15:05:12',
    date_completed_gmt: '2026-11-10T15:05:12',
    line_items: [
      {
        id: 311,
        name: 'Ridgeline Waterproof Jacket - M, Slate',
        product_id: 88,
        variation_id: 91,
        quantity: 1,
        subtotal: '149.17',
        subtotal_tax: '29.83',
        total: '149.17',
        total_tax: '29.83',
        sku: 'RWJ-M-SLT',
        price: 149.166667,
        meta_data: [
          { id: 1, key: 'pa_size', value: 'm', display_key: 'Size', display_value: 'M' },
          { id: 2, key: 'pa_colour', value: 'slate', display_key: 'Colour', display_value: 'Slate' },
          { id: 3, key: '_reduced_stock', value: '1', display_key: '_reduced_stock', display_value: '1' },
        ],
      },
      {
        id: 312,
        name: 'Merino Hiking Socks - M',
        product_id: 70,
        variation_id: 72,
        quantity: 1,
        subtotal: '8.33',
        subtotal_tax: '1.67',
        total: '8.33',
        total_tax: '1.67',
        sku: 'MHS-M',
        price: 8.333333,
        meta_data: [{ id: 4, key: 'pa_size', value: 'm', display_key: 'Size', display_value: 'M' }],
      },
    ],
    refunds: [],
    customer_note: 'Needed before 28 Nov (hiking trip).',
    meta_data: [],
    ...overrides,
  };
}

/** The Shipment Tracking item of the sample order (order id 5233). */
export function sampleWooTracking(overrides: Json = {}): Json {
  return {
    tracking_id: '7f4978c390ee633c6294ae0f258656f9',
    tracking_provider: 'DPD',
    tracking_link: 'https://track.dpd.co.uk/parcels/15501234567890',
    tracking_number: '15501234567890',
    date_shipped: '2026-11-10',
    ...overrides,
  };
}
