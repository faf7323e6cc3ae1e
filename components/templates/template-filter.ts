import type { IntentId } from '@/lib/intent/types';
import type { OrderState, Template } from '@/lib/templates/types';

export const ORDER_STATE_LABELS: Record<OrderState, string> = {
  no_order: 'No order found',
  unfulfilled: 'Not shipped yet',
  shipped: 'Shipped',
  delivered: 'Delivered',
  late: 'Late',
  cancelled: 'Cancelled',
  refunded: 'Refunded',
};

export const ORDER_STATES = Object.keys(ORDER_STATE_LABELS) as OrderState[];

/** The library's languages, offered first; any other ISO 639-1 code can be typed. */
export const LANGUAGE_NAMES: Record<string, string> = { en: 'English', fr: 'French', de: 'German', es: 'Spanish', ro: 'Romanian' };

export function languageName(code: string): string {
  return LANGUAGE_NAMES[code] ?? code.toUpperCase();
}

export type Owner = 'all' | 'mine' | 'builtIn';

export interface TemplateFilter {
  query: string;
  intent: IntentId | 'all';
  language: string | 'all';
  owner: Owner;
}

export const NO_FILTER: TemplateFilter = { query: '', intent: 'all', language: 'all', owner: 'all' };

const fold = (value: string) => value.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '');

/** Every word of the query must appear in the name, a tag, the id or the body (accents ignored). */
export function filterTemplates(templates: readonly Template[], filter: TemplateFilter): Template[] {
  const words = fold(filter.query).split(/\s+/).filter(Boolean);
  return templates.filter((t) => {
    if (filter.intent !== 'all' && t.intent !== filter.intent) return false;
    if (filter.language !== 'all' && t.language !== filter.language) return false;
    if (filter.owner === 'mine' && t.builtIn) return false;
    if (filter.owner === 'builtIn' && !t.builtIn) return false;
    if (words.length === 0) return true;
    const haystack = fold([t.name, t.id, t.tags.join(' '), t.body].join('\n'));
    return words.every((w) => haystack.includes(w));
  });
}
