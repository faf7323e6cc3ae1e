import { useEffect, useState } from 'react';
import { getShopConnection, shopConnectionsItem, type ShopConnection } from '@/lib/settings/shop-credentials';

/** The profile's shop connection: undefined while reading, null when there is none. */
export function useShopConnection(profileId: string): ShopConnection | null | undefined {
  const [connection, setConnection] = useState<{ profileId: string; value: ShopConnection | null } | null>(null);
  useEffect(() => {
    let live = true;
    const load = () => void getShopConnection(profileId).then((value) => live && setConnection({ profileId, value }));
    load();
    const unwatch = shopConnectionsItem.watch(load);
    return () => {
      live = false;
      unwatch();
    };
  }, [profileId]);
  // A value read for another profile (just switched) is not this one's.
  return connection?.profileId === profileId ? connection.value : undefined;
}
