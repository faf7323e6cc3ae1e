import type { Order } from './model';

/**
 * Orders a helpdesk shows beside the ticket (Shopify widgets in Zendesk and Gorgias, order panels
 * in eDesk, Freshdesk or HubSpot sidebars): small visible blocks that name an order and an amount.
 * Read by structure and text, since each app's widget markup differs and drifts. What such a
 * panel shows is partial (number, status, total, sometimes items); the order carries no e-mail,
 * so the panel asks the agent to confirm it before its facts go into a reply.
 */
const ORDER_REF = /(?:order|commande|bestellung|pedido|comanda)?\s*(?:#|n°\s*|nr\.?\s*)(\d{3,12})\b/i;
const MONEY = /([£$€])\s?(\d{1,7}(?:[.,]\d{3})*(?:[.,]\d{2}))|(\d{1,7}(?:[.,]\d{3})*[.,]\d{2})\s?(€|EUR|USD|GBP|RON|lei)/i;
const CURRENCIES: Record<string, string> = { '£': 'GBP', $: 'USD', '€': 'EUR', eur: 'EUR', usd: 'USD', gbp: 'GBP', ron: 'RON', lei: 'RON' };
// First match wins: "Unfulfilled" must be tested before "fulfilled".
const STATUSES: { re: RegExp; financial: string | null; fulfillment: string | null }[] = [
  { re: /\b(?:refunded|rembours[ée]e?|erstattet|reembolsado|rambursat[aă]?)\b/i, financial: 'refunded', fulfillment: null },
  { re: /\b(?:cancell?ed|annul[ée]e?|storniert|cancelado|anulat[aă]?)\b/i, financial: 'voided', fulfillment: null },
  { re: /\b(?:unfulfilled|processing|pending|en pr[ée]paration|in bearbeitung|pendiente|[îi]n procesare)\b/i, financial: null, fulfillment: null },
  { re: /\b(?:delivered|livr[ée]e?|zugestellt|entregado|livrat[aă]?)\b/i, financial: 'paid', fulfillment: 'fulfilled' },
  { re: /\b(?:in transit|shipped|fulfilled|exp[ée]di[ée]e?|versandt|enviado|expediat[aă]?)\b/i, financial: 'paid', fulfillment: 'fulfilled' },
];
/** Where conversation text lives: an order named there is the customer's words, not a panel. */
const NOT_A_PANEL = 'blockquote, textarea, [contenteditable], article, [data-test-id^="omni-log"], [class*="message" i], [class*="thread" i], [class*="bubble" i]';
const MAX_TEXT = 240;

function visible(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true') return false;
    if (view && view.getComputedStyle(e).display === 'none') return false;
  }
  return true;
}

function parseMoney(text: string): { amount: string; currency: string | null } | null {
  const m = MONEY.exec(text);
  if (!m) return null;
  const symbol = (m[1] ?? m[4] ?? '').toLowerCase();
  const raw = (m[2] ?? m[3] ?? '').replace(/[.,](?=\d{3}\b)/g, '').replace(',', '.');
  const amount = Number(raw);
  return Number.isFinite(amount) ? { amount: amount.toFixed(2), currency: CURRENCIES[symbol] ?? null } : null;
}

/** Text with a space between elements: "#1053" and "Unfulfilled" are often separate spans. */
function spacedText(el: Element): string {
  const parts: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.nodeValue ?? '');
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

function orderFrom(block: Element, label: string): Order | null {
  const text = spacedText(block);
  const number = ORDER_REF.exec(text)?.[1];
  const money = parseMoney(text);
  if (!number || !money) return null;
  const status = STATUSES.find((s) => s.re.test(text));
  return {
    id: `page:${number}`,
    name: `#${number}`,
    order_number: number,
    email: null,
    created_at: null,
    currency: money.currency,
    total_price: money.amount,
    financial_status: status?.financial ?? null,
    fulfillment_status: status?.fulfillment ?? null,
    cancelled_at: null,
    customer: null,
    line_items: [],
    fulfillments: [],
    refunds: [],
    shipping_address: null,
    order_status_url: null,
    source: { kind: 'page', label },
  };
}

export function readPageOrders(document: Document, label: string): Order[] {
  const candidates = [...document.body.querySelectorAll('li, tr, div, section')].filter((el) => {
    if ((el.textContent ?? '').length > MAX_TEXT || el.closest(NOT_A_PANEL) !== null) return false;
    const text = spacedText(el);
    return ORDER_REF.test(text) && MONEY.test(text);
  });
  // The smallest blocks: one order each.
  const blocks = candidates.filter((el) => !candidates.some((other) => other !== el && el.contains(other)));
  const orders = new Map<string, Order>();
  for (const block of blocks) {
    if (!visible(block)) continue;
    const order = orderFrom(block, label);
    if (order && !orders.has(order.order_number)) orders.set(order.order_number, order);
  }
  return [...orders.values()];
}
