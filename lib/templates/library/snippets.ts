/**
 * Liquid fragments the language files share. They hold no words of any language: only the order's
 * own data, laid out. An empty list prints its own gap (`[order.line_items]`), never nothing.
 */

/** `- 2 × Linen shirt (M)` per line item. */
export const ITEMS =
  '{% for item in order.line_items %}- {{ item.quantity }} × {{ item.title }}{% if item.variant_title %} ({{ item.variant_title }}){% endif %}\n{% else %}- {{ order.line_items }}\n{% endfor %}';

/** `- €20.00 <on> 3 March 2025` per refund; `on` is the language's preposition before a date. */
export function refunds(on: string): string {
  return `{% for refund in order.refunds %}- {{ refund.amount | money }} ${on} {{ refund.created_at | date }}\n{% else %}- {{ order.refunds }}\n{% endfor %}`;
}

/** The shipping address as a block of lines. */
export const ADDRESS =
  '{{ order.shipping_address.name }}\n{{ order.shipping_address.address1 }}\n{{ order.shipping_address.zip }} {{ order.shipping_address.city }}\n{{ order.shipping_address.country }}';

/** The greeting, the paragraphs, the sign-off: one blank line between each. */
export function letter(hello: string, bye: string) {
  return (...paragraphs: string[]): string => [hello, ...paragraphs, bye].join('\n\n');
}

/** Signs with the agent's and the shop's names when set (Settings: empty means no name). */
export function signOff(closing: string): string {
  return `${closing}{% if agent.name %}\n{{ agent.name }}{% endif %}{% if shop.name %}\n{{ shop.name }}{% endif %}`;
}

/**
 * For a ticket whose order was not found: when the customer gave its number, `known` acknowledges
 * it (the agent looks the order up); otherwise the `ask` paragraphs ask for it.
 */
export function byNumber(known: string, ...ask: string[]): string {
  return `{% if ticket.order_number %}${known}{% else %}${ask.join('\n\n')}{% endif %}`;
}
