import type { Order } from '../model';

/** Which shop API an error or a result comes from. */
export type OrderApiService = 'shopify' | 'woocommerce';

interface ErrorBase {
  service: OrderApiService;
  /** The shop's host ("northwind.myshopify.com"): never a URL, which may carry keys. */
  host: string;
  /** One or two sentences an agent understands: what happened and what to do. Never a secret. */
  message: string;
}

/**
 * Why a shop API gave no orders. `kind` is stable for code; `message` is for the agent.
 *
 * - `config`: the connection cannot work as saved (not a myshopify.com address, http site).
 * - `unauthorized`: the token, key or client secret was refused (401, invalid_client).
 * - `forbidden`: the credentials are fine but lack a scope or permission (403, ACCESS_DENIED);
 *   `missingScopes` names them ("read_orders", or "read" for a WooCommerce key).
 * - `rate-limited`: still throttled after the bounded retries, or asked to wait too long.
 * - `timeout`, `offline`, `aborted`: the request did not complete.
 * - `not-found`: no such API at that address (wrong shop, WooCommerce REST API not reachable).
 * - `server`: a 5xx from the shop.
 * - `malformed`: the answer was not JSON, or not of the documented shape.
 * - `http`: any other unexpected status; `graphql`: any other GraphQL error.
 */
export type OrderApiError =
  | (ErrorBase & { kind: 'forbidden'; missingScopes: string[] })
  | (ErrorBase & { kind: 'rate-limited'; retryAfterSeconds: number | null })
  | (ErrorBase & { kind: 'server' | 'http'; status: number })
  | (ErrorBase & {
      kind: 'config' | 'unauthorized' | 'timeout' | 'offline' | 'aborted' | 'not-found' | 'malformed' | 'graphql';
    });

export type OrderApiErrorKind = OrderApiError['kind'];

/**
 * Orders found (possibly none), or why none could be asked for. `notices` are things the agent
 * should know about a successful answer: tracking that could not be read, a scope that would
 * show older orders.
 */
export type OrderApiResult = { ok: true; orders: Order[]; notices: string[] } | { ok: false; error: OrderApiError };

/** Thrown inside the clients and turned into `{ ok: false, error }` at their boundary. */
export class OrderApiFailure extends Error {
  readonly error: OrderApiError;
  constructor(error: OrderApiError) {
    super(error.message);
    this.name = 'OrderApiFailure';
    this.error = error;
  }
}

/** What every error of one request needs to know: whose it is, and which strings to keep out. */
export interface ErrorContext {
  service: OrderApiService;
  host: string;
  /** Tokens, keys and secrets of this connection: removed from any text that came from outside. */
  secrets: readonly string[];
}

type Distribute<T> = T extends unknown ? Omit<T, 'service' | 'host'> : never;
export type ErrorFields = Distribute<OrderApiError>;

/** Builds an error of this context, with every known secret removed from its message. */
export function apiError(ctx: ErrorContext, fields: ErrorFields): OrderApiError {
  return { ...fields, service: ctx.service, host: ctx.host, message: redact(fields.message, ctx.secrets) } as OrderApiError;
}

export function fail(ctx: ErrorContext, fields: ErrorFields): never {
  throw new OrderApiFailure(apiError(ctx, fields));
}

/** Replaces each secret (and its URL-encoded form) with "[hidden]". */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    for (const form of new Set([secret, encodeURIComponent(secret)])) out = out.split(form).join('[hidden]');
  }
  return out;
}

/** Runs a client operation, turning its failures into a result. Anything else is a bug and is rethrown. */
export async function toResult(run: () => Promise<{ orders: Order[]; notices: string[] }>): Promise<OrderApiResult> {
  try {
    const { orders, notices } = await run();
    return { ok: true, orders, notices };
  } catch (error) {
    if (error instanceof OrderApiFailure) return { ok: false, error: error.error };
    throw error;
  }
}

export function serviceName(service: OrderApiService): string {
  return service === 'shopify' ? 'Shopify' : 'WooCommerce';
}
