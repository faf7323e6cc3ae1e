import { useState } from 'react';
import { connectionLabel } from '@/lib/settings/shop-credentials';
import type { Profile } from '@/lib/settings/profiles';
import { Notice } from '@/components/ui/Notice';
import { Section } from '@/components/ui/Section';
import { ConnectedShop } from './ConnectedShop';
import { ConnectionForm } from './ConnectionForm';
import { disconnectShop } from './shop-access';
import { useShopConnection } from './use-shop-connection';

/** Optional: the active shop's API, for live orders. Keys stay in this browser, read by Deskpilot’s background only. */
export function ConnectionSection({ profile }: { profile: Profile }) {
  const connection = useShopConnection(profile.id);
  const [message, setMessage] = useState<string | null>(null);
  return (
    <Section title={`Shop connection: ${profile.name}`}>
      <p className="hint">
        Optional. Connected, the panel reads orders live from the shop; without it, it uses the orders you import below. Keys stay in this
        browser and are only sent to the shop itself.
      </p>
      {connection === undefined ? (
        <p role="status">Loading…</p>
      ) : connection === null ? (
        <ConnectionForm
          profileId={profile.id}
          onConnected={(c) => setMessage(`Connected to ${connectionLabel(c)}. The panel now looks up its orders live.`)}
        />
      ) : (
        <ConnectedShop
          connection={connection}
          onDisconnect={() => {
            const shop = connectionLabel(connection);
            void disconnectShop(profile.id).then(() => setMessage(`Disconnected from ${shop}. Its keys were deleted.`));
          }}
        />
      )}
      {message && <Notice tone="success">{message}</Notice>}
    </Section>
  );
}
