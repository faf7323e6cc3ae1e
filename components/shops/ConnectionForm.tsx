import { useState } from 'react';
import type { ShopConnection, ShopConnectionKind } from '@/lib/settings/shop-credentials';
import { Button } from '@/components/ui/Button';
import { connectShop } from './shop-access';

const KINDS: { kind: ShopConnectionKind; label: string }[] = [
  { kind: 'shopify', label: 'Shopify: Admin API access token' },
  { kind: 'shopify-client', label: 'Shopify: client ID and secret' },
  { kind: 'woocommerce', label: 'WooCommerce: REST API keys' },
];

const HINTS: Record<ShopConnectionKind, string> = {
  shopify:
    'A custom app made in Shopify admin › Settings › Apps and sales channels › Develop apps, with the read_orders scope (read_all_orders for orders older than 60 days, read_customers for names). Paste its Admin API access token.',
  'shopify-client':
    'An app from the Dev Dashboard installed on the shop, with the read_orders scope (read_all_orders for orders older than 60 days, read_customers for names): its client ID and secret, from the app’s Settings.',
  woocommerce: 'WooCommerce › Settings › Advanced › REST API › Add key, with Read permission. The shop must be on https.',
};

interface Fields {
  shop: string;
  secret: string;
  clientId: string;
  key: string;
}

const EMPTY: Fields = { shop: '', secret: '', clientId: '', key: '' };

function draft(kind: ShopConnectionKind, f: Fields): ShopConnection {
  switch (kind) {
    case 'shopify':
      return { kind, shopDomain: f.shop, accessToken: f.secret };
    case 'shopify-client':
      return { kind, shopDomain: f.shop, clientId: f.clientId, clientSecret: f.secret };
    case 'woocommerce':
      return { kind, siteUrl: f.shop, consumerKey: f.key, consumerSecret: f.secret };
  }
}

/** Where the profile's live orders come from. Saving asks the browser for access to that one shop. */
export function ConnectionForm({ profileId, onConnected }: { profileId: string; onConnected: (connection: ShopConnection) => void }) {
  const [kind, setKind] = useState<ShopConnectionKind>('shopify');
  const [fields, setFields] = useState<Fields>(EMPTY);
  const [error, setError] = useState<string | null>(null);
  const set = (patch: Partial<Fields>) => setFields((f) => ({ ...f, ...patch }));
  const woo = kind === 'woocommerce';
  return (
    <form
      className="settings-form connection-form"
      onSubmit={(e) => {
        e.preventDefault();
        // connectShop asks for the permission before its first await: this is still the click.
        void connectShop(profileId, draft(kind, fields)).then((r) => {
          if (r.ok) onConnected(r.connection);
          else setError(r.message);
        });
      }}
    >
      <label>
        Shop platform
        <select value={kind} onChange={(e) => setKind(KINDS.find((k) => k.kind === e.target.value)?.kind ?? 'shopify')}>
          {KINDS.map((k) => (
            <option key={k.kind} value={k.kind}>
              {k.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {woo ? 'Shop address' : 'Shop’s myshopify.com address'}
        <input value={fields.shop} onChange={(e) => set({ shop: e.target.value })} placeholder={woo ? 'https://shop.example.com' : 'northwind.myshopify.com'} />
      </label>
      {kind === 'shopify-client' && (
        <label>
          Client ID
          <input value={fields.clientId} onChange={(e) => set({ clientId: e.target.value })} autoComplete="off" />
        </label>
      )}
      {woo && (
        <label>
          Consumer key
          <input type="password" value={fields.key} onChange={(e) => set({ key: e.target.value })} autoComplete="off" placeholder="ck_…" />
        </label>
      )}
      <label>
        {kind === 'shopify' ? 'Admin API access token' : woo ? 'Consumer secret' : 'Client secret'}
        <input
          type="password"
          value={fields.secret}
          onChange={(e) => set({ secret: e.target.value })}
          autoComplete="off"
          placeholder={kind === 'shopify' ? 'shpat_…' : woo ? 'cs_…' : undefined}
        />
      </label>
      <p className="hint form-wide">{HINTS[kind]}</p>
      <div className="form-actions">
        <Button type="submit" variant="primary">
          Save connection
        </Button>
        {error && (
          <span role="alert" className="field-error">
            {error}
          </span>
        )}
      </div>
    </form>
  );
}
