import { storage } from 'wxt/utils/storage';
import { typedHost } from '../domain/host';
import type { HelpdeskId } from '../domain/ticket';

/**
 * Sites the user assigned a reader to: a helpdesk on their own domain (support.myshop.com as
 * Zendesk), or any page read by the generic reader. Each assignment comes with the host
 * permission for that site only, asked for when the user adds it.
 */
export interface SiteAssignment {
  host: string;
  helpdesk: HelpdeskId;
}

export const sitesItem = storage.defineItem<SiteAssignment[]>('local:sites', { fallback: [], version: 1 });

const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** A host as typed by a user ("https://Support.MyShop.com/agent") -> "support.myshop.com", or null. */
export function normalizeHost(input: string): string | null {
  const host = typedHost(input);
  return host && HOST.test(host) ? host : null;
}

export function originPattern(host: string): string {
  return `*://${host}/*`;
}

export function isSiteList(value: unknown): value is SiteAssignment[] {
  return (
    Array.isArray(value) &&
    value.every((s) => typeof s === 'object' && s !== null && typeof (s as SiteAssignment).host === 'string' && typeof (s as SiteAssignment).helpdesk === 'string')
  );
}

export async function listSites(): Promise<SiteAssignment[]> {
  const value = await sitesItem.getValue();
  return isSiteList(value) ? value : [];
}

export async function assignmentFor(host: string): Promise<SiteAssignment | null> {
  return (await listSites()).find((s) => s.host === host) ?? null;
}

/** Adds or replaces the assignment of one host. */
export async function saveSite(site: SiteAssignment): Promise<SiteAssignment[]> {
  const next = [...(await listSites()).filter((s) => s.host !== site.host), site].sort((a, b) => a.host.localeCompare(b.host));
  await sitesItem.setValue(next);
  return next;
}

export async function removeSite(host: string): Promise<SiteAssignment[]> {
  const next = (await listSites()).filter((s) => s.host !== host);
  await sitesItem.setValue(next);
  return next;
}
