/**
 * The host name in an address as a user types it ("Support.MyShop.com", "https://x.com/agent"),
 * lower-cased, or null when it is not an address.
 */
export function typedHost(input: string): string | null {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return null;
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(trimmed) ? trimmed : `https://${trimmed}`).hostname || null;
  } catch {
    return null;
  }
}
