import { describe, expect, it } from 'vitest';
import {
  connectionLabel,
  connectionOrigin,
  DEFAULT_PROFILE_ID,
  getShopConnection,
  normalizeShopConnection,
  normalizeShopDomain,
  normalizeSiteUrl,
  removeShopConnection,
  saveShopConnection,
  shopConnectionsItem,
} from '@/lib/settings/shop-credentials';

describe('shop credentials', () => {
  it.each([
    ['northwind', 'northwind.myshopify.com'],
    ['Northwind.myshopify.com', 'northwind.myshopify.com'],
    ['https://northwind.myshopify.com/admin/orders/5550001047', 'northwind.myshopify.com'],
    ['shop.northwind.com', null],
    ['north wind', null],
    ['', null],
  ])('shop domain %j -> %j', (input, expected) => {
    expect(normalizeShopDomain(input)).toBe(expected);
  });

  it.each([
    ['shop.example.com', 'https://shop.example.com'],
    ['https://shop.example.com/store/', 'https://shop.example.com/store'],
    ['https://shop.example.com/wp-json/wc/v3', 'https://shop.example.com'],
    ['http://shop.example.com', null],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080'],
    ['https://user:pass@shop.example.com', null],
    ['', null],
  ])('site URL %j -> %j', (input, expected) => {
    expect(normalizeSiteUrl(input)).toBe(expected);
  });

  it('gives the origin to ask host permission for, and a label without secrets', () => {
    const shopify = { kind: 'shopify', shopDomain: 'northwind', accessToken: 'shpat_secret' } as const;
    const woo = { kind: 'woocommerce', siteUrl: 'https://shop.example.com:8443/store', consumerKey: 'ck_1', consumerSecret: 'cs_1' } as const;
    expect(connectionOrigin(shopify)).toBe('https://northwind.myshopify.com/*');
    expect(connectionOrigin({ kind: 'shopify-client', shopDomain: 'northwind.myshopify.com', clientId: 'id', clientSecret: 's' })).toBe('https://northwind.myshopify.com/*');
    expect(connectionOrigin(woo)).toBe('https://shop.example.com/*');
    expect(connectionLabel(shopify)).toBe('northwind.myshopify.com');
    expect(connectionLabel(woo)).toBe('shop.example.com:8443/store');
  });

  it('keeps one connection per profile in local storage, normalised', async () => {
    expect(await getShopConnection()).toBeNull();
    expect(await saveShopConnection(DEFAULT_PROFILE_ID, { kind: 'shopify', shopDomain: 'Northwind', accessToken: ' shpat_abc ' })).toEqual({
      ok: true,
      connection: { kind: 'shopify', shopDomain: 'northwind.myshopify.com', accessToken: 'shpat_abc' },
    });
    await saveShopConnection('eu', { kind: 'woocommerce', siteUrl: 'shop.example.com/', consumerKey: 'ck_1', consumerSecret: 'cs_1' });
    expect(await getShopConnection('eu')).toEqual({ kind: 'woocommerce', siteUrl: 'https://shop.example.com', consumerKey: 'ck_1', consumerSecret: 'cs_1' });
    expect(Object.keys(await shopConnectionsItem.getValue())).toEqual(['default', 'eu']);

    await removeShopConnection(DEFAULT_PROFILE_ID);
    expect(await getShopConnection()).toBeNull();
    expect(await getShopConnection('eu')).not.toBeNull();
  });

  it('refuses an incomplete connection with a message that repeats no secret', async () => {
    const result = await saveShopConnection('default', { kind: 'woocommerce', siteUrl: 'http://shop.example.com', consumerKey: 'ck_secret_value', consumerSecret: 'cs_secret_value' });
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/https:\/\//) });
    expect(JSON.stringify(result)).not.toMatch(/secret_value/);
    expect(await saveShopConnection('default', { kind: 'shopify-client', shopDomain: 'northwind', clientId: 'id', clientSecret: ' ' })).toEqual({
      ok: false,
      message: expect.stringMatching(/client ID and the client secret/),
    });
    expect(await getShopConnection()).toBeNull();
  });

  it('drops stored values of the wrong shape', async () => {
    expect(normalizeShopConnection({ kind: 'shopify', shopDomain: 'northwind' })).toBeNull();
    expect(normalizeShopConnection({ kind: 'magento', url: 'x' })).toBeNull();
    expect(normalizeShopConnection('shpat_abc')).toBeNull();
    await shopConnectionsItem.setValue({ default: { kind: 'shopify', shopDomain: 'northwind', accessToken: 7 } } as never);
    expect(await getShopConnection()).toBeNull();
  });
});
