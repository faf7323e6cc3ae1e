import { type OrderApiResult, type OrderApiService, apiError } from './errors';

export interface LookupOptions {
  /** Cancels the lookup (the agent moved to another ticket). */
  signal?: AbortSignal;
}

export interface EmailLookupOptions extends LookupOptions {
  /** Most orders to return, newest first. Default 10, at most 50. */
  limit?: number;
}

export const DEFAULT_EMAIL_LIMIT = 10;
export const MAX_EMAIL_LIMIT = 50;

export function clampLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_EMAIL_LIMIT;
  return Math.min(MAX_EMAIL_LIMIT, Math.max(1, Math.floor(limit)));
}

/** One shop's live API. Both methods resolve (never reject) with orders or a typed error. */
export interface OrderApiClient {
  readonly service: OrderApiService;
  /** Stable within a session, for caches: "shopify:northwind.myshopify.com". */
  readonly id: string;
  /** Where the orders come from, as the agent reads it: "northwind.myshopify.com". */
  readonly label: string;
  /** Orders whose number is this one ("#1047" or "1047"): usually one, none when unknown. */
  findByNumber(orderNumber: string, options?: LookupOptions): Promise<OrderApiResult>;
  /** Orders placed with this e-mail address, newest first. */
  findByEmail(email: string, options?: EmailLookupOptions): Promise<OrderApiResult>;
}

/** A connection that cannot work as saved: every lookup says why, without calling anything. */
export class MisconfiguredClient implements OrderApiClient {
  readonly id: string;
  readonly label: string;
  constructor(
    readonly service: 'shopify' | 'woocommerce',
    host: string,
    private readonly message: string,
  ) {
    this.id = `${service}:${host}`;
    this.label = host;
  }
  private result(): Promise<OrderApiResult> {
    return Promise.resolve({ ok: false, error: apiError({ service: this.service, host: this.label, secrets: [] }, { kind: 'config', message: this.message }) });
  }
  findByNumber(): Promise<OrderApiResult> {
    return this.result();
  }
  findByEmail(): Promise<OrderApiResult> {
    return this.result();
  }
}
