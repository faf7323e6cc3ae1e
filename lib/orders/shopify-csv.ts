/**
 * Shopify's "Export orders" CSV (Orders > Export). One row per line item: the first row of an
 * order carries the order's fields, the next rows repeat Name and Email with one more item each.
 * Shopify writes "Lineitem name" as "Product - Variant", dates as "2026-11-09 14:32:10 +0000",
 * and prefixes zip codes and phones with ' so that spreadsheets keep their leading zeros.
 *
 * Shopify's own export has no tracking columns (only "Fulfillment Status" and "Fulfilled at");
 * exports made by apps, or edited by hand, often add them, so "Tracking Number", "Tracking
 * Company" and "Tracking URL" (also as "Fulfillment: Tracking Number" etc.) are read when present.
 */
import { assembleOrders } from './assemble';
import { readCsv, type CsvTable } from './csv';
import { columnLabels, dayFirstByField, resolveColumns, tableRows, type ColumnNames } from './table';
import type { ParseResult } from './values';

export const SHOPIFY_COLUMNS: ColumnNames = {
  order_number: ['Name'],
  name: ['Name'],
  id: ['Id'],
  email: ['Email'],
  financial_status: ['Financial Status'],
  fulfillment_status: ['Fulfillment Status'],
  fulfilled_at: ['Fulfilled at'],
  currency: ['Currency'],
  total_price: ['Total'],
  created_at: ['Created at'],
  cancelled_at: ['Cancelled at'],
  refund_amount: ['Refunded Amount'],
  'customer.name': ['Billing Name'],
  'customer.phone': ['Phone', 'Billing Phone', 'Shipping Phone'],
  'line_items.title': ['Lineitem name'],
  'line_items.quantity': ['Lineitem quantity'],
  'line_items.price': ['Lineitem price'],
  'line_items.sku': ['Lineitem sku'],
  'shipping_address.name': ['Shipping Name'],
  'shipping_address.address1': ['Shipping Address1', 'Shipping Street'],
  'shipping_address.city': ['Shipping City'],
  'shipping_address.zip': ['Shipping Zip'],
  'shipping_address.country': ['Shipping Country'],
  tracking_number: ['Tracking Number', 'Fulfillment: Tracking Number', 'Tracking Numbers'],
  tracking_company: ['Tracking Company', 'Fulfillment: Tracking Company', 'Carrier'],
  tracking_url: ['Tracking URL', 'Fulfillment: Tracking URL', 'Tracking URLs'],
  estimated_delivery_at: ['Estimated Delivery', 'Estimated Delivery At'],
};

/** Columns every Shopify orders export has, whatever its version. */
const REQUIRED = ['Name', 'Email', 'Financial Status', 'Lineitem name'] as const;

export function isShopifyExport(headers: readonly string[]): boolean {
  const columns = resolveColumns(headers, { order_number: ['Name'], email: ['Email'], financial_status: ['Financial Status'], 'line_items.title': ['Lineitem name'] });
  return Object.keys(columns).length === REQUIRED.length;
}

export function parseShopifyCsv(text: string, fileName: string): ParseResult {
  return shopifyFromTable(readCsv(text), fileName);
}

export function shopifyFromTable(table: CsvTable, fileName: string): ParseResult {
  if (table.headers.length === 0) return { orders: [], problems: [...table.problems, 'The file is empty.'] };
  if (!isShopifyExport(table.headers)) {
    const missing = REQUIRED.filter((name) => !table.headers.some((h) => h.trim().toLowerCase() === name.toLowerCase()));
    return {
      orders: [],
      problems: [...table.problems, `This is not a Shopify orders export: it has no ${missing.map((m) => `"${m}"`).join(', ')} column.`],
    };
  }
  const columns = resolveColumns(table.headers, SHOPIFY_COLUMNS);
  const rows = tableRows(table, columns);
  const result = assembleOrders(rows, {
    source: { kind: 'shopify-csv', label: fileName },
    columns: columnLabels(columns),
    dayFirst: dayFirstByField(rows),
    splitVariantFromTitle: true,
  });
  return { orders: result.orders, problems: [...table.problems, ...result.problems] };
}
