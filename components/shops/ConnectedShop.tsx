import { useEffect, useState } from 'react';
import { connectionLabel, type ShopConnection } from '@/lib/settings/shop-credentials';
import { Button } from '@/components/ui/Button';
import { ConfirmButton } from '@/components/ui/ConfirmButton';
import { Notice } from '@/components/ui/Notice';
import { allowShop, canReachShop } from './shop-access';

const KIND_LABELS: Record<ShopConnection['kind'], string> = {
  shopify: 'Shopify, Admin API access token',
  'shopify-client': 'Shopify, client ID and secret',
  woocommerce: 'WooCommerce, REST API keys',
};

/** A stored secret, never shown: "saved", and its last 4 characters when it is long enough to keep most hidden. */
export function maskSecret(secret: string): string {
  return secret.length >= 16 ? `saved, ending in …${secret.slice(-4)}` : 'saved';
}

function secrets(c: ShopConnection): [string, string][] {
  switch (c.kind) {
    case 'shopify':
      return [['Access token', c.accessToken]];
    case 'shopify-client':
      return [
        ['Client ID', c.clientId],
        ['Client secret', c.clientSecret],
      ];
    case 'woocommerce':
      return [
        ['Consumer key', c.consumerKey],
        ['Consumer secret', c.consumerSecret],
      ];
  }
}

/** The profile's connected shop, whether the browser still lets Deskpilot reach it, and Disconnect. */
export function ConnectedShop({ connection, onDisconnect }: { connection: ShopConnection; onDisconnect: () => void }) {
  const shop = connectionLabel(connection);
  const [reachable, setReachable] = useState(true);
  useEffect(() => {
    let live = true;
    void canReachShop(connection).then((ok) => live && setReachable(ok));
    return () => {
      live = false;
    };
  }, [connection]);
  return (
    <div className="connected-shop">
      <p>
        Connected to <strong>{shop}</strong> ({KIND_LABELS[connection.kind]}).
      </p>
      <dl className="secrets">
        {secrets(connection).map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{maskSecret(value)}</dd>
          </div>
        ))}
      </dl>
      {!reachable && (
        <Notice tone="warning" title={`Deskpilot may not reach ${shop}`}>
          <p>The browser’s access to this shop was removed, so the panel cannot look up its orders.</p>
          <Button onClick={() => void allowShop(connection).then(setReachable)}>Allow access to {shop}</Button>
        </Notice>
      )}
      <div className="form-actions">
        <ConfirmButton label="Disconnect" question={`Disconnect ${shop}? Its keys are deleted from this browser.`} confirmLabel="Yes, disconnect" onConfirm={onDisconnect} />
      </div>
    </div>
  );
}
