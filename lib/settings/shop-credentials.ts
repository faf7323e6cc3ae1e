import { storage } from 'wxt/utils/storage';
import { DEFAULT_PROFILE } from './profiles';
import { typedHost } from '../domain/host';

/**
 * How Deskpilot reaches a shop's own API, one connection per profile. Secrets live here, in
 * `storage.local`: only the background and extension pages read this item (never a content
 * script, which runs beside the helpdesk's page), and no value of it is ever logged, exported
 * or written into an error message.
 */
export type ShopConnection =
  /** A custom app made in the Shopify admin: its Admin API access token ("shpat_..."). */
  | { kind: 'shopify'; shopDomain: string; accessToken: string }
  /** An app from the Dev Dashboard: client id + secret, exchanged for 24-hour tokens. */
  | { kind: 'shopify-client'; shopDomain: string; clientId: string; clientSecret: string }
  /** WooCommerce REST API keys (WooCommerce › Settings › Advanced › REST API), Read permission. */
  | { kind: 'woocommerce'; siteUrl: string; consumerKey: string; consumerSecret: string };

export type ShopConnectionKind = ShopConnection['kind'];

/** The profile a lone shop uses (profiles.ts). */
export const DEFAULT_PROFILE_ID = DEFAULT_PROFILE.id;

/** Connections by profile id. */
export type ShopConnections = Record<string, ShopConnection>;

export const shopConnectionsItem = storage.defineItem<ShopConnections>('local:shopConnections', {
  fallback: {},
  version: 1,
});

const SHOP_HANDLE = /^[a-z0-9][a-z0-9-]{0,62}$/;

/**
 * A shop as typed by a user ("Northwind", "northwind.myshopify.com",
 * "https://northwind.myshopify.com/admin/orders") -> "northwind.myshopify.com", or null. The Admin
 * API answers only on the myshopify.com address, never on the shop's own domain.
 */
export function normalizeShopDomain(input: string): string | null {
  const host = typedHost(input);
  if (!host) return null;
  const handle = host.endsWith('.myshopify.com') ? host.slice(0, -'.myshopify.com'.length) : host.includes('.') ? null : host;
  return handle !== null && SHOP_HANDLE.test(handle) ? `${handle}.myshopify.com` : null;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** True for hosts that never leave this machine, where plain http is acceptable. */
export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK.has(hostname) || hostname.endsWith('.localhost');
}

/**
 * A WordPress address as typed ("shop.example.com", "https://shop.example.com/store/") ->
 * "https://shop.example.com/store" (no trailing slash, subdirectory kept), or null. WooCommerce
 * accepts keys over https only (plain http needs OAuth 1.0a signatures), so http is kept only for
 * this machine's own addresses.
 */
export function normalizeSiteUrl(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) return null;
  if (!url.hostname || url.username || url.password) return null;
  const path = url.pathname.replace(/\/+$/, '').replace(/\/wp-json(\/.*)?$/, '');
  return `${url.protocol}//${url.host}${path}`;
}

/** The match pattern to ask host permission for before the background calls this shop. */
export function connectionOrigin(connection: ShopConnection): string {
  if (connection.kind === 'woocommerce') {
    const url = new URL(normalizeSiteUrl(connection.siteUrl) ?? connection.siteUrl);
    return `${url.protocol}//${url.hostname}/*`;
  }
  return `https://${normalizeShopDomain(connection.shopDomain) ?? connection.shopDomain}/*`;
}

/** What the agent reads as the source of an order: "northwind.myshopify.com", "shop.example.com/store". */
export function connectionLabel(connection: ShopConnection): string {
  if (connection.kind === 'woocommerce') {
    const site = normalizeSiteUrl(connection.siteUrl);
    return site ? site.replace(/^https?:\/\//, '') : connection.siteUrl;
  }
  return normalizeShopDomain(connection.shopDomain) ?? connection.shopDomain;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/** Narrows a stored value; incomplete or mistyped connections are dropped (null). */
export function normalizeShopConnection(value: unknown): ShopConnection | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (v.kind === 'shopify' || v.kind === 'shopify-client') {
    const shopDomain = normalizeShopDomain(typeof v.shopDomain === 'string' ? v.shopDomain : '');
    if (!shopDomain) return null;
    if (v.kind === 'shopify') {
      const accessToken = text(v.accessToken);
      return accessToken ? { kind: 'shopify', shopDomain, accessToken } : null;
    }
    const clientId = text(v.clientId);
    const clientSecret = text(v.clientSecret);
    return clientId && clientSecret ? { kind: 'shopify-client', shopDomain, clientId, clientSecret } : null;
  }
  if (v.kind === 'woocommerce') {
    const siteUrl = normalizeSiteUrl(typeof v.siteUrl === 'string' ? v.siteUrl : '');
    const consumerKey = text(v.consumerKey);
    const consumerSecret = text(v.consumerSecret);
    return siteUrl && consumerKey && consumerSecret ? { kind: 'woocommerce', siteUrl, consumerKey, consumerSecret } : null;
  }
  return null;
}

export function normalizeShopConnections(value: unknown): ShopConnections {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const out: ShopConnections = {};
  for (const [profileId, raw] of Object.entries(value)) {
    const connection = normalizeShopConnection(raw);
    if (connection) out[profileId] = connection;
  }
  return out;
}

export async function getShopConnection(profileId: string = DEFAULT_PROFILE_ID): Promise<ShopConnection | null> {
  return normalizeShopConnections(await shopConnectionsItem.getValue())[profileId] ?? null;
}

export type SaveConnectionResult = { ok: true; connection: ShopConnection } | { ok: false; message: string };

/**
 * Checks and stores one profile's connection (addresses normalised, blanks trimmed). Asking for
 * the host permission of `connectionOrigin(connection)` is the caller's part: it needs a click.
 */
export async function saveShopConnection(profileId: string, connection: ShopConnection): Promise<SaveConnectionResult> {
  const normalized = normalizeShopConnection(connection);
  if (!normalized) return { ok: false, message: invalidConnectionMessage(connection) };
  const all = normalizeShopConnections(await shopConnectionsItem.getValue());
  await shopConnectionsItem.setValue({ ...all, [profileId]: normalized });
  return { ok: true, connection: normalized };
}

export async function removeShopConnection(profileId: string): Promise<void> {
  const all = normalizeShopConnections(await shopConnectionsItem.getValue());
  await shopConnectionsItem.setValue(Object.fromEntries(Object.entries(all).filter(([id]) => id !== profileId)));
}

/** Says which field is wrong, never echoing a secret. */
function invalidConnectionMessage(connection: ShopConnection): string {
  switch (connection.kind) {
    case 'shopify':
    case 'shopify-client':
      if (!normalizeShopDomain(connection.shopDomain)) return 'Give the shop’s myshopify.com address (Shopify admin › Settings › Domains), for example northwind.myshopify.com.';
      if (connection.kind === 'shopify') return 'Paste the Admin API access token of the shop’s custom app.';
      return 'Give both the client ID and the client secret of the app (Dev Dashboard › your app › Settings).';
    case 'woocommerce':
      if (!normalizeSiteUrl(connection.siteUrl)) return 'Give the shop’s address starting with https:// (WooCommerce accepts API keys only over https).';
      return 'Give both the consumer key and the consumer secret (WooCommerce › Settings › Advanced › REST API).';
  }
}
