import { browser } from 'wxt/browser';
import { listSites } from '@/lib/sites/sites';
import {
  connectionLabel,
  connectionOrigin,
  getShopConnection,
  normalizeShopConnection,
  normalizeShopConnections,
  removeShopConnection,
  saveShopConnection,
  shopConnectionsItem,
  type ShopConnection,
} from '@/lib/settings/shop-credentials';

export type ConnectResult = { ok: true; connection: ShopConnection } | { ok: false; message: string };

/**
 * Asks the browser for the shop's host permission, then saves the connection. Call it straight
 * from a click handler: the browser shows its prompt only for a user gesture, which an `await`
 * before the request would lose, so the request is made before anything else waits.
 */
export function connectShop(profileId: string, draft: ShopConnection): Promise<ConnectResult> {
  const connection = normalizeShopConnection(draft);
  // Nothing to ask for: saving refuses the draft and says which field is wrong, without a secret.
  if (!connection) return saveShopConnection(profileId, draft);
  const shop = connectionLabel(connection);
  let asked: Promise<boolean>;
  try {
    asked = browser.permissions.request({ origins: [connectionOrigin(connection)] });
  } catch (error) {
    asked = Promise.reject(error);
  }
  return asked.then(
    (granted) =>
      granted
        ? saveShopConnection(profileId, connection)
        : { ok: false, message: `The browser did not allow Deskpilot to reach ${shop}. Nothing was saved.` },
    (error: unknown) => ({ ok: false, message: `The browser could not ask for access to ${shop}: ${error instanceof Error ? error.message : String(error)}` }),
  );
}

/** Asks again for a saved connection's host permission (removed in the browser's settings). Call from a click. */
export function allowShop(connection: ShopConnection): Promise<boolean> {
  try {
    return browser.permissions.request({ origins: [connectionOrigin(connection)] }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

/** Whether the background may call this shop; true when the browser cannot say. */
export async function canReachShop(connection: ShopConnection): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [connectionOrigin(connection)] });
  } catch {
    return true;
  }
}

/**
 * Removes the profile's connection and gives back its host permission, unless another profile's
 * connection or a helpdesk site the user added still needs that host.
 */
export async function disconnectShop(profileId: string): Promise<void> {
  const connection = await getShopConnection(profileId);
  await removeShopConnection(profileId);
  if (!connection) return;
  const origin = connectionOrigin(connection);
  const host = new URL(origin.replace('/*', '/')).hostname;
  const others = Object.values(normalizeShopConnections(await shopConnectionsItem.getValue()));
  if (others.some((c) => connectionOrigin(c) === origin)) return;
  if ((await listSites()).some((s) => s.host === host)) return;
  await Promise.resolve()
    .then(() => browser.permissions.remove({ origins: [origin] }))
    .catch(() => false);
}
