/**
 * The order as Deskpilot works with it: a subset of the Shopify Admin REST order object
 * (snake_case), the model e-commerce people and Shopify's own Liquid notifications already use.
 * Every source (the helpdesk page, an export file, a shop's API) is normalised into it, and the
 * order remembers where it came from, field by field where sources were merged.
 */
export type OrderSourceKind =
  | 'page' // an order panel the helpdesk shows beside the ticket
  | 'shopify-csv'
  | 'woocommerce-csv'
  | 'mapped-file' // any CSV/JSON with a column mapping the user confirmed
  | 'json' // a JSON array already in this model
  | 'shopify-api'
  | 'woocommerce-api';

export interface OrderSource {
  kind: OrderSourceKind;
  /** Human-readable origin: "orders_export.csv", "northwind.myshopify.com", "Gorgias sidebar". */
  label: string;
}

export interface LineItem {
  title: string;
  variant_title: string | null;
  sku: string | null;
  quantity: number;
  /** Decimal string in the order's currency, as Shopify writes it ("49.00"). */
  price: string;
}

export interface Fulfillment {
  status: string | null;
  created_at: string | null;
  tracking_company: string | null;
  tracking_number: string | null;
  tracking_url: string | null;
  estimated_delivery_at: string | null;
}

export interface Refund {
  created_at: string | null;
  amount: string;
  note: string | null;
}

export interface Address {
  name: string | null;
  address1: string | null;
  city: string | null;
  zip: string | null;
  country: string | null;
}

export interface Customer {
  first_name: string | null;
  last_name: string | null;
  email: string | null;
  phone: string | null;
}

export interface Order {
  id: string;
  /** As the shop shows it: "#1047". */
  name: string;
  order_number: string;
  email: string | null;
  created_at: string | null;
  currency: string | null;
  total_price: string | null;
  financial_status: string | null;
  fulfillment_status: string | null;
  cancelled_at: string | null;
  customer: Customer | null;
  line_items: LineItem[];
  fulfillments: Fulfillment[];
  refunds: Refund[];
  shipping_address: Address | null;
  order_status_url: string | null;
  /** Where this order came from. */
  source: OrderSource;
  /** Sources of single fields when an order was merged from several ("fulfillments.0.tracking_number"). */
  field_sources?: Record<string, OrderSource>;
}

/** The order number as tickets write it: "#1047" and "1047" both give "1047". */
export function orderKey(value: string): string {
  return value.trim().replace(/^#\s*/, '').toUpperCase();
}
