import type { Order } from '@/lib/orders/model';
import { Section } from '@/components/ui/Section';

const SOURCE_LABELS: Record<Order['source']['kind'], string> = {
  page: 'from the helpdesk page',
  'shopify-csv': 'from a Shopify export',
  'woocommerce-csv': 'from a WooCommerce export',
  'mapped-file': 'from an imported file',
  json: 'from an imported file',
  'shopify-api': 'from Shopify',
  'woocommerce-api': 'from WooCommerce',
};

function formatMoney(amount: string | null, currency: string | null, locale?: string): string {
  if (amount === null || amount === '') return '—';
  const value = Number(amount);
  if (!Number.isFinite(value)) return amount;
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency: currency ?? 'USD' }).format(value);
  } catch {
    return `${amount} ${currency ?? ''}`.trim();
  }
}

function formatDate(iso: string | null): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
}

/** Only web links are shown as links: order data is text from outside. */
export function safeUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function statusText(order: Order): string {
  if (order.cancelled_at) return 'Cancelled';
  const parts = [order.financial_status, order.fulfillment_status ?? 'unfulfilled'].filter(Boolean) as string[];
  return parts.map((p) => p.replace(/_/g, ' ')).join(' · ');
}

/** The order the reply is about: what an agent checks before answering. */
export function OrderCard({ order, aside }: { order: Order; aside?: React.ReactNode }) {
  const fulfillment = order.fulfillments.at(-1);
  const tracking = safeUrl(fulfillment?.tracking_url ?? null);
  return (
    <Section title={`Order ${order.name}`} aside={aside}>
      <p className="order-status">
        <span className="chip">{statusText(order)}</span>
        <span className="order-meta">
          {formatDate(order.created_at)} · {formatMoney(order.total_price, order.currency)} · {SOURCE_LABELS[order.source.kind]} ({order.source.label})
        </span>
      </p>
      <ul className="order-items" aria-label="Items">
        {order.line_items.map((item, i) => (
          <li key={i}>
            <span>
              {item.quantity} × {item.title}
              {item.variant_title ? ` (${item.variant_title})` : ''}
            </span>
            <span>{formatMoney(item.price, order.currency)}</span>
          </li>
        ))}
      </ul>
      {fulfillment && (
        <p className="order-line">
          Shipped {formatDate(fulfillment.created_at)}
          {fulfillment.tracking_company ? ` with ${fulfillment.tracking_company}` : ''}
          {fulfillment.tracking_number && (
            <>
              {' · '}
              {tracking ? (
                <a href={tracking} target="_blank" rel="noreferrer noopener">
                  {fulfillment.tracking_number}
                </a>
              ) : (
                fulfillment.tracking_number
              )}
            </>
          )}
          {fulfillment.estimated_delivery_at ? ` · expected ${formatDate(fulfillment.estimated_delivery_at)}` : ''}
        </p>
      )}
      {order.refunds.map((refund, i) => (
        <p key={i} className="order-line">
          Refunded {formatMoney(refund.amount, order.currency)} on {formatDate(refund.created_at)}
          {refund.note ? ` (${refund.note})` : ''}
        </p>
      ))}
    </Section>
  );
}
