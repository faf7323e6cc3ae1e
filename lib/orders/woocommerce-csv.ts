/**
 * WooCommerce order CSV exports. WooCommerce itself has no order export: shops use an extension,
 * and the three common ones write two kinds of columns, both read here:
 * - keys: "Customer / Order / Coupon Export" (woocommerce.com) and WebToffee's "Order Export &
 *   Import" write order_id, order_number, order_date, status, billing_email, billing_first_name,
 *   shipping_*, order_total, order_currency, refunded_total, and line items either one per row
 *   (item_name, item_sku, item_quantity, item_total) or combined in one cell per order
 *   (`line_items`, or line_item_1, line_item_2...: "name:Ridgeline Jacket|sku:RJ-M|quantity:1|total:189.00",
 *   several items separated by ";", or a JSON array);
 * - labels: "Advanced Order Export For WooCommerce" writes "Order Number", "Order Status",
 *   "Order Date", "Email (Billing)", "First Name (Billing)", "City (Shipping)", "Order Total
 *   Amount", "Currency", and one row per item with "Item Name", "SKU", "Quantity", "Item Cost".
 * WooCommerce statuses are mapped to Shopify's pair of states: pending and on-hold wait for
 * payment; processing is paid, not shipped; completed is paid and shipped; cancelled is voided;
 * refunded is refunded in full. Tracking columns of the Shipment Tracking extension
 * (tracking_provider, tracking_number, tracking_link, date_shipped) are read when present.
 */
import { assembleOrders, type InputRow, type RawLineItem } from './assemble';
import { headerKey, readCsv, type CsvTable } from './csv';
import { columnLabels, dayFirstByField, resolveColumns, tableRows, type ColumnNames } from './table';
import { addMoney, parseMoney, type ParseResult } from './values';

export const WOOCOMMERCE_COLUMNS: ColumnNames = {
  order_number: ['order_number', 'Order Number', 'order_number_formatted', 'order_id', 'Order ID'],
  id: ['order_id', 'Order ID'],
  created_at: ['order_date', 'Order Date', 'date_created'],
  status: ['status', 'order_status', 'Order Status'],
  total_price: ['order_total', 'Order Total Amount', 'Order Total'],
  currency: ['order_currency', 'Currency', 'Order Currency'],
  email: ['billing_email', 'Email (Billing)', 'Billing Email', 'customer_email', 'Customer Email', 'user_email', 'Customer User Email'],
  'customer.first_name': ['billing_first_name', 'First Name (Billing)', 'Billing First Name'],
  'customer.last_name': ['billing_last_name', 'Last Name (Billing)', 'Billing Last Name'],
  'customer.name': ['billing_full_name', 'Full Name (Billing)'],
  'customer.phone': ['billing_phone', 'Phone (Billing)', 'Billing Phone', 'shipping_phone', 'Phone (Shipping)'],
  'shipping_address.name': ['shipping_full_name', 'Full Name (Shipping)'],
  'shipping_address.address1': ['shipping_address_1', 'Address 1&2 (Shipping)', 'Address 1 (Shipping)', 'Shipping Address 1'],
  'shipping_address.city': ['shipping_city', 'City (Shipping)', 'Shipping City'],
  'shipping_address.zip': ['shipping_postcode', 'Postcode (Shipping)', 'Zip (Shipping)', 'Shipping Postcode'],
  'shipping_address.country': ['shipping_country', 'Country Code (Shipping)', 'Country Name (Shipping)', 'Shipping Country'],
  'line_items.title': ['item_name', 'Item Name', 'Product Name'],
  'line_items.sku': ['item_sku', 'SKU', 'Item SKU'],
  'line_items.quantity': ['item_quantity', 'Quantity', 'Quantity (- Refund)', 'Qty'],
  'line_items.price': ['Item Cost', 'item_price', 'Item Price'],
  'line_items.total': ['item_total', 'Order Line Total', 'Item Total'],
  'line_items.variant_title': ['item_meta', 'Item Meta', 'Variation'],
  refund_amount: ['refunded_total', 'Order Refund Amount', 'Refund Amount', 'order_refund'],
  fulfilled_at: ['date_shipped', 'Date Shipped', 'completed_date', 'Completed Date', 'date_completed'],
  tracking_number: ['tracking_number', 'Tracking Number'],
  tracking_company: ['tracking_provider', 'Tracking Provider', 'custom_tracking_provider'],
  tracking_url: ['tracking_link', 'Tracking Link', 'custom_tracking_link', 'Tracking URL'],
};

const SHIPPING_FIRST = ['shipping_first_name', 'First Name (Shipping)'];
const SHIPPING_LAST = ['shipping_last_name', 'Last Name (Shipping)'];
const COMBINED_ITEMS = ['line_items', 'Line Items', 'Products'];

export function isWooCommerceExport(headers: readonly string[]): boolean {
  const c = resolveColumns(headers, WOOCOMMERCE_COLUMNS);
  return c.order_number !== undefined && c.status !== undefined && (c.total_price !== undefined || c.email !== undefined);
}

export function parseWooCommerceCsv(text: string, fileName: string): ParseResult {
  return wooCommerceFromTable(readCsv(text), fileName);
}

export function wooCommerceFromTable(table: CsvTable, fileName: string): ParseResult {
  if (table.headers.length === 0) return { orders: [], problems: [...table.problems, 'The file is empty.'] };
  if (!isWooCommerceExport(table.headers)) {
    return {
      orders: [],
      problems: [
        ...table.problems,
        'This is not a WooCommerce orders export: it needs an order number ("order_number" or "Order Number"), a status ("status" or "Order Status") and a total or an e-mail column.',
      ],
    };
  }
  const columns = resolveColumns(table.headers, WOOCOMMERCE_COLUMNS);
  const rows = tableRows(table, columns);
  const combined = table.headers.filter(
    (h) => COMBINED_ITEMS.some((c) => headerKey(c) === headerKey(h)) || /^line_?item_?\d+$/i.test(h.trim()),
  );
  const firstNames = table.headers.filter((h) => SHIPPING_FIRST.some((c) => headerKey(c) === headerKey(h)));
  const lastNames = table.headers.filter((h) => SHIPPING_LAST.some((c) => headerKey(c) === headerKey(h)));
  const problems = [...table.problems];
  table.rows.forEach(({ cells }, i) => {
    const row = rows[i];
    if (!row) return;
    completeRow(row, cells, { combined, firstNames, lastNames }, problems);
  });
  const result = assembleOrders(rows, {
    source: { kind: 'woocommerce-csv', label: fileName },
    columns: columnLabels(columns),
    dayFirst: dayFirstByField(rows),
    splitVariantFromTitle: true, // a variation's item name is "Product - M, Slate"
  });
  for (const order of result.orders) {
    // A completed order with part of its money back: Shopify calls it partially refunded.
    const refunded = addMoney(order.refunds.map((r) => r.amount));
    if (order.financial_status === 'paid' && Number(refunded) > 0) {
      order.financial_status = order.total_price !== null && Number(refunded) >= Number(order.total_price) ? 'refunded' : 'partially_refunded';
    }
  }
  return { orders: result.orders, problems: [...problems, ...result.problems] };
}

function completeRow(
  row: InputRow,
  cells: Record<string, string>,
  cols: { combined: string[]; firstNames: string[]; lastNames: string[] },
  problems: string[],
): void {
  const v = row.values;
  if (!v['shipping_address.name']?.trim()) {
    const first = firstValue(cells, cols.firstNames);
    const last = firstValue(cells, cols.lastNames);
    const name = [first, last].filter(Boolean).join(' ');
    if (name) v['shipping_address.name'] = name;
  }
  if (v['line_items.variant_title']) v['line_items.variant_title'] = variantFromMeta(v['line_items.variant_title']);
  const items: RawLineItem[] = [];
  for (const column of cols.combined) {
    const cell = cells[column]?.trim();
    if (!cell) continue;
    const read = readCombinedItems(cell);
    if (read === null) problems.push(`${row.where}: ${column} could not be read as line items`);
    else items.push(...read);
  }
  if (items.length > 0) row.items = items;
}

function firstValue(cells: Record<string, string>, columns: string[]): string {
  for (const c of columns) {
    const v = cells[c]?.trim();
    if (v) return v;
  }
  return '';
}

/** "pa_size=M, colour=Slate" or "Size: M | Colour: Slate" -> "M / Slate". */
export function variantFromMeta(meta: string): string {
  const parts = meta
    .split(/[,|;\n]/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const m = /^[^=:]+[=:]\s*(.+)$/.exec(p);
      return (m?.[1] ?? p).trim();
    });
  return parts.join(' / ');
}

/**
 * Line items written in one cell: "name:A|sku:X|quantity:1|total:10.00;name:B|..." (pairs by
 * "|", items by ";") or a JSON array of objects. Null when the cell is neither.
 */
export function readCombinedItems(cell: string): RawLineItem[] | null {
  if (cell.startsWith('[') || cell.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(cell);
    } catch {
      return null;
    }
    const list = Array.isArray(parsed) ? parsed : [parsed];
    const items: RawLineItem[] = [];
    for (const entry of list) {
      if (typeof entry !== 'object' || entry === null) return null;
      const item = itemFromPairs(new Map(Object.entries(entry).map(([k, val]) => [k.toLowerCase(), scalar(val)])));
      if (item) items.push(item);
    }
    return items;
  }
  if (!cell.includes(':')) return null;
  const items: RawLineItem[] = [];
  for (const chunk of cell.split(/;(?=\s*[a-z_]+:)/i)) {
    const pairs = new Map<string, string>();
    let last: string | null = null;
    for (const part of chunk.split('|')) {
      const m = /^\s*([a-z_]+)\s*:(.*)$/i.exec(part);
      if (m?.[1] !== undefined && m[2] !== undefined) {
        last = m[1].toLowerCase();
        pairs.set(last, m[2]);
      } else if (last !== null) {
        pairs.set(last, `${pairs.get(last) ?? ''}|${part}`); // a "|" inside a value
      }
    }
    const item = itemFromPairs(new Map([...pairs].map(([k, v]) => [k, v.trim()])));
    if (item) items.push(item);
  }
  return items.length > 0 ? items : null;
}

function itemFromPairs(pairs: Map<string, string>): RawLineItem | null {
  const title = pairs.get('name') ?? pairs.get('product_name') ?? pairs.get('title') ?? '';
  if (title.trim() === '') return null;
  const meta = pairs.get('meta') ?? pairs.get('variation');
  return {
    title,
    variant_title: meta ? variantFromMeta(meta) : undefined,
    sku: pairs.get('sku'),
    quantity: pairs.get('quantity') ?? pairs.get('qty'),
    price: pairs.get('price') ?? pairs.get('item_cost'),
    total: grossTotal(pairs.get('total') ?? pairs.get('line_total'), pairs.get('total_tax')),
  };
}

/** WooCommerce line totals are before tax: the customer paid total + total_tax. */
function grossTotal(total: string | undefined, tax: string | undefined): string | undefined {
  const net = total === undefined ? null : parseMoney(total);
  const t = tax === undefined ? null : parseMoney(tax);
  return net && t ? addMoney([net.amount, t.amount]) : total;
}

function scalar(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}
