import type { Fulfillment, Order } from '../../../lib/orders/model';
import type { OrderState } from '../../../lib/templates/types';
import type { RenderContext } from '../../../lib/templates/engine';

export const FULFILLMENT: Fulfillment = {
  status: 'success',
  created_at: '2025-03-12T09:00:00Z',
  tracking_company: 'DHL',
  tracking_number: 'JD014600006281',
  tracking_url: 'https://www.dhl.com/track?tracking-id=JD014600006281',
  estimated_delivery_at: '2025-03-15',
};

/** An order with every field the templates read filled in. */
export function completeOrder(overrides: Partial<Order> = {}): Order {
  return {
    id: '5001',
    name: '#1047',
    order_number: '1047',
    email: 'marie@example.com',
    created_at: '2025-03-10T23:30:00-05:00',
    currency: 'EUR',
    total_price: '89.90',
    financial_status: 'paid',
    fulfillment_status: 'fulfilled',
    cancelled_at: '2025-03-11T10:00:00Z',
    customer: { first_name: 'Marie', last_name: 'Curie', email: 'marie@example.com', phone: null },
    line_items: [
      { title: 'Linen shirt', variant_title: 'M / Blue', sku: 'LS-M', quantity: 2, price: '39.95' },
      { title: 'Wool socks', variant_title: null, sku: 'WS', quantity: 1, price: '10.00' },
    ],
    fulfillments: [FULFILLMENT],
    refunds: [{ created_at: '2025-03-20T08:00:00Z', amount: '39.95', note: null }],
    shipping_address: { name: 'Marie Curie', address1: '12 rue des Lilas', city: 'Lyon', zip: '69003', country: 'France' },
    order_status_url: 'https://northwind.example/orders/abc123',
    source: { kind: 'shopify-csv', label: 'orders_export.csv' },
    ...overrides,
  };
}

export const POLICIES = {
  shipping: 'Orders leave our warehouse within 2 working days; delivery takes 2–4 working days.',
  returns: 'You can return unworn items within 30 days of delivery.',
  refunds: 'Refunds reach your account 5–10 working days after we issue them.',
};

export function contextFor(language: string, order: Order | null, overrides: Partial<RenderContext> = {}): RenderContext {
  return {
    language,
    order,
    ticket: { id: '4211', subject: 'Where is my order?', customerName: 'Marie Curie', customerEmail: 'marie@example.com', orderNumber: '1047' },
    agent: { name: 'Alex' },
    shop: { name: 'Northwind', policies: POLICIES },
    ...overrides,
  };
}

/** An order in the given state (as lib/orders/lookup.ts orderState would read it). */
export function orderIn(state: OrderState): Order | null {
  const base = completeOrder({ cancelled_at: null });
  switch (state) {
    case 'no_order':
      return null;
    case 'unfulfilled':
      return { ...base, fulfillment_status: null, fulfillments: [], refunds: [] };
    case 'shipped':
    case 'late':
      return { ...base, refunds: [] };
    case 'delivered':
      return { ...base, refunds: [], fulfillments: base.fulfillments.map((f) => ({ ...f, status: 'delivered' })) };
    case 'cancelled':
      return { ...completeOrder(), fulfillment_status: null, fulfillments: [] };
    case 'refunded':
      return { ...base, financial_status: 'refunded' };
  }
}
