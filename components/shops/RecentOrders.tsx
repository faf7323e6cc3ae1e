import type { Order } from '@/lib/orders/model';

function money(amount: string | null, currency: string | null): string {
  if (!amount) return '—';
  const value = Number(amount);
  if (!Number.isFinite(value) || !currency) return amount;
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(value);
  } catch {
    return `${amount} ${currency}`;
  }
}

function day(iso: string | null): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
}

function status(order: Order): string {
  if (order.cancelled_at) return 'cancelled';
  return [order.financial_status, order.fulfillment_status ?? 'unfulfilled']
    .filter((s): s is string => Boolean(s))
    .map((s) => s.replace(/_/g, ' '))
    .join(' · ');
}

/** The most recent imported orders, to check that an import read what it should. */
export function RecentOrders({ orders }: { orders: Order[] }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>Most recent orders</caption>
        <thead>
          <tr>
            <th scope="col">Order</th>
            <th scope="col">E-mail</th>
            <th scope="col">Date</th>
            <th scope="col">Total</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {orders.map((o) => (
            <tr key={o.order_number}>
              <td>{o.name}</td>
              <td>{o.email ?? o.customer?.email ?? '—'}</td>
              <td>{day(o.created_at)}</td>
              <td>{money(o.total_price, o.currency)}</td>
              <td>{status(o)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
