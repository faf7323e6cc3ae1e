import { edesk } from './edesk';
import { freshdesk } from './freshdesk';
import { front } from './front';
import { gmail } from './gmail';
import { gorgias } from './gorgias';
import { helpscout } from './helpscout';
import { hubspot } from './hubspot';
import { intercom } from './intercom';
import type { HelpdeskAdapter } from './types';
import { zendesk } from './zendesk';
import { zohodesk } from './zohodesk';

/** Every adapter, by hand: the registry test checks each has its fixture and test. */
export const HELPDESKS: readonly HelpdeskAdapter[] = [
  zendesk,
  freshdesk,
  gorgias,
  helpscout,
  intercom,
  front,
  zohodesk,
  hubspot,
  gmail,
  edesk,
];

/** Host part of an extension match pattern as a RegExp (`*.zendesk.com`: it and any subdomain). */
function hostPattern(pattern: string): RegExp {
  const host = /^[^:]+:\/\/([^/]+)\//.exec(pattern)?.[1] ?? '';
  if (host === '*') return /.*/;
  const anySubdomain = host.startsWith('*.');
  const rest = (anySubdomain ? host.slice(2) : host).replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${anySubdomain ? '(?:[^.]+\\.)*' : ''}${rest}$`, 'i');
}

export function helpdeskForUrl(url: URL): HelpdeskAdapter | null {
  return HELPDESKS.find((h) => h.matches.some((m) => hostPattern(m).test(url.hostname))) ?? null;
}

export function helpdeskById(id: string): HelpdeskAdapter | null {
  return HELPDESKS.find((h) => h.id === id) ?? null;
}

/** Every host pattern the content script is declared for. */
export const CONTENT_SCRIPT_MATCHES: string[] = [...new Set(HELPDESKS.flatMap((h) => h.matches))];
