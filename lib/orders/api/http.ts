import { type ErrorContext, fail, serviceName } from './errors';

/**
 * The shop clients' one way to the network: plain `fetch` (the background's), every effect
 * injectable so tests run against local servers with a fake clock and no real waiting.
 */
export interface HttpDeps {
  fetch: typeof fetch;
  /** Waits `ms`; rejects when `signal` aborts. */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** A signal that aborts after `ms` with a "TimeoutError" (AbortSignal.timeout). */
  timeoutSignal: (ms: number) => AbortSignal;
  /** Per request, body included. */
  timeoutMs: number;
  /** How many times one request is retried after a 429 or a throttle. */
  maxRetries: number;
  /** Longest single wait for a rate limit; a shop asking for more gets an error instead. */
  maxWaitMs: number;
  now: () => number;
}

export type ApiDeps = Partial<HttpDeps>;

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_RETRIES = 3;
export const DEFAULT_MAX_WAIT_MS = 10_000;

export function realSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export function resolveDeps(deps: ApiDeps = {}): HttpDeps {
  return {
    // Called as a plain function: `fetch` must not be invoked with the deps object as `this`.
    fetch: deps.fetch ?? ((input, init) => fetch(input, init)),
    sleep: deps.sleep ?? realSleep,
    timeoutSignal: deps.timeoutSignal ?? ((ms) => AbortSignal.timeout(ms)),
    timeoutMs: deps.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxRetries: deps.maxRetries ?? DEFAULT_MAX_RETRIES,
    maxWaitMs: deps.maxWaitMs ?? DEFAULT_MAX_WAIT_MS,
    now: deps.now ?? (() => Date.now()),
  };
}

export interface HttpRequest {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** The caller's cancellation (the agent left the ticket). */
  signal?: AbortSignal;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  text: string;
}

function anySignal(signals: AbortSignal[]): AbortSignal {
  if (signals.length === 1 && signals[0]) return signals[0];
  if (typeof AbortSignal.any === 'function') return AbortSignal.any(signals);
  const controller = new AbortController();
  for (const s of signals) {
    if (s.aborted) controller.abort(s.reason);
    else s.addEventListener('abort', () => controller.abort(s.reason), { once: true });
  }
  return controller.signal;
}

function errorName(value: unknown): string | null {
  return typeof value === 'object' && value !== null && typeof (value as { name?: unknown }).name === 'string' ? (value as { name: string }).name : null;
}

/** One request, its body read in full. Timeouts, cancellation and unreachable hosts become failures. */
export async function send(ctx: ErrorContext, deps: HttpDeps, request: HttpRequest): Promise<HttpResponse> {
  const timeout = deps.timeoutSignal(deps.timeoutMs);
  const signal = anySignal(request.signal ? [timeout, request.signal] : [timeout]);
  const name = serviceName(ctx.service);
  try {
    const response = await deps.fetch(request.url, {
      method: request.method ?? 'GET',
      headers: request.headers,
      body: request.body,
      signal,
      credentials: 'omit',
      redirect: 'follow',
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, text };
  } catch (error) {
    if (timeout.aborted || errorName(error) === 'TimeoutError') {
      return fail(ctx, {
        kind: 'timeout',
        message: `${ctx.host} did not answer within ${Math.round(deps.timeoutMs / 1000)} seconds. The shop may be slow or down; try again in a moment.`,
      });
    }
    if (request.signal?.aborted || errorName(error) === 'AbortError') {
      return fail(ctx, { kind: 'aborted', message: `The ${name} lookup was cancelled.` });
    }
    if (error instanceof TypeError) {
      return fail(ctx, {
        kind: 'offline',
        message: `Could not reach ${ctx.host}. This computer may be offline, the address may be wrong, or Deskpilot was not allowed to contact this shop (check the shop connection in the settings).`,
      });
    }
    throw error;
  }
}

/**
 * Seconds from a Retry-After header: "2", "2.0" (Shopify) or an HTTP date. Null when absent or
 * unreadable.
 */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (value === null || !value.trim()) return null;
  const seconds = Number(value.trim());
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, (date - now) / 1000);
}

/** How long to wait before retrying, or null when the response is not a throttle. */
export type ThrottleCheck = (response: HttpResponse) => { waitMs: number } | null;

/** A 429: wait as Retry-After says, or back off 1 s, 2 s, 4 s... when it says nothing. */
export function retryAfterThrottle(now: () => number): (response: HttpResponse, attempt: number) => { waitMs: number } | null {
  return (response, attempt) => {
    if (response.status !== 429) return null;
    const seconds = parseRetryAfter(response.headers.get('retry-after'), now());
    return { waitMs: seconds === null ? 1000 * 2 ** attempt : Math.ceil(seconds * 1000) };
  };
}

/**
 * Sends a request and retries it while the shop says to slow down, at most `maxRetries` times and
 * never waiting longer than `maxWaitMs` at once. `throttle` can recognise a service's own throttle
 * (Shopify's GraphQL THROTTLED) before the plain 429 rule applies.
 */
export async function sendWithRetry(
  ctx: ErrorContext,
  deps: HttpDeps,
  request: HttpRequest,
  throttle?: ThrottleCheck,
): Promise<HttpResponse> {
  const fallback = retryAfterThrottle(deps.now);
  for (let attempt = 0; ; attempt++) {
    const response = await send(ctx, deps, request);
    const wait = throttle?.(response) ?? fallback(response, attempt);
    if (!wait) return response;
    const seconds = Math.max(1, Math.ceil(wait.waitMs / 1000));
    if (attempt >= deps.maxRetries || wait.waitMs > deps.maxWaitMs) {
      return fail(ctx, {
        kind: 'rate-limited',
        retryAfterSeconds: seconds,
        message:
          attempt >= deps.maxRetries
            ? `${ctx.host} is limiting requests and still did after ${deps.maxRetries} retries. Try again in about ${seconds} seconds.`
            : `${ctx.host} is limiting requests and asked to wait ${seconds} seconds. Try again then.`,
      });
    }
    try {
      await deps.sleep(wait.waitMs, request.signal);
    } catch {
      return fail(ctx, { kind: 'aborted', message: `The ${serviceName(ctx.service)} lookup was cancelled.` });
    }
  }
}

/** The body as JSON, or a `malformed` failure that says what came instead. */
export function parseJson(ctx: ErrorContext, response: HttpResponse): unknown {
  try {
    return JSON.parse(response.text) as unknown;
  } catch {
    const type = response.headers.get('content-type')?.split(';')[0]?.trim() || 'no content type';
    const hint = type.includes('html') ? ' (a web page: a login, maintenance or security page may be in the way)' : '';
    return fail(ctx, {
      kind: 'malformed',
      message: `${ctx.host} answered with something that is not JSON (${type}, status ${response.status})${hint}.`,
    });
  }
}

/** 5xx and any status the caller did not expect, said plainly. */
export function failForStatus(ctx: ErrorContext, response: HttpResponse): never {
  if (response.status >= 500) {
    return fail(ctx, {
      kind: 'server',
      status: response.status,
      message: `${ctx.host} had an error of its own (HTTP ${response.status}). This is on the shop's side; try again in a moment.`,
    });
  }
  return fail(ctx, {
    kind: 'http',
    status: response.status,
    message: `${ctx.host} answered with an unexpected HTTP ${response.status}.`,
  });
}
