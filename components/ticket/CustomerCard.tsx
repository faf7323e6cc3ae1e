import type { Ticket } from '@/lib/domain/ticket';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return (parts.length > 1 ? `${parts[0]?.[0] ?? ''}${parts[parts.length - 1]?.[0] ?? ''}` : (parts[0] ?? '?').slice(0, 2)).toUpperCase();
}

export function CustomerCard({ customer, orderNumbers }: { customer: Ticket['customer']; orderNumbers: string[] }) {
  return (
    <div className="customer-card" role="group" aria-label="Customer">
      <div className="avatar" aria-hidden="true">
        {initials(customer.name || customer.email || '?')}
      </div>
      <div className="customer-lines">
        <div className="customer-name">{customer.name || 'Unknown customer'}</div>
        <div className="customer-email">{customer.email ?? 'No e-mail on the page'}</div>
      </div>
      <ul className="order-chips" aria-label="Orders mentioned">
        {orderNumbers.length === 0 ? (
          <li className="chip chip-muted">No order number</li>
        ) : (
          orderNumbers.map((n) => (
            <li key={n} className="chip">
              #{n}
            </li>
          ))
        )}
      </ul>
    </div>
  );
}
