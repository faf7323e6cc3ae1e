import { useCallback } from 'react';
import { getShopConnection, shopConnectionsItem, type ShopConnection } from '@/lib/settings/shop-credentials';
import { useStoredValue } from '@/lib/settings/use-stored-value';

/** The profile's shop connection: undefined while reading, null when there is none. */
export function useShopConnection(profileId: string): ShopConnection | null | undefined {
  const read = useCallback(async () => ({ profileId, value: await getShopConnection(profileId) }), [profileId]);
  const connection = useStoredValue<{ profileId: string; value: ShopConnection | null } | null>(shopConnectionsItem, read, null);
  // A value read for another profile (just switched) is not this one's.
  return connection?.profileId === profileId ? connection.value : undefined;
}
