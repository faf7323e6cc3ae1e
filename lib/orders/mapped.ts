/**
 * Any CSV or JSON file of orders, read through a column mapping the user confirms: the preview
 * shows the columns, a few rows and a suggested mapping; applying the mapping gives orders. A JSON
 * file is flattened into the same rows: nested objects give "customer.email"-style columns, and
 * one list of objects per order (its items) gives one row per element, as a CSV would.
 */
import { assembleOrders, isOrderField, ORDER_FIELDS, type OrderField } from './assemble';
import { headerKey, readCsv, type CsvRow, type CsvTable } from './csv';
import { orderList } from './json';
import { isShopifyExport, SHOPIFY_COLUMNS } from './shopify-csv';
import { columnLabels, dayFirstByField, tableRows, type ColumnNames } from './table';
import type { ParseResult } from './values';
import { isWooCommerceExport, WOOCOMMERCE_COLUMNS } from './woocommerce-csv';

/** Which column fills each order field. */
export type Mapping = Partial<Record<OrderField, string>>;

export interface FilePreview {
  columns: string[];
  /** The first rows, cell text by column. */
  sampleRows: Record<string, string>[];
  suggestedMapping: Mapping;
  /** When the file is one Deskpilot reads without a mapping, which one. */
  detected: 'shopify-csv' | 'woocommerce-csv' | null;
  /** Why the file shows no columns or rows, or rows that could not be read. */
  problems: string[];
}

const SAMPLE_ROWS = 5;

/** Names people give columns, in English, French, German and Spanish, besides the exports' own. */
const COMMON_NAMES: ColumnNames = {
  order_number: ['order_number', 'Order Number', 'Order No', 'Order Nr', 'Order #', 'Order', 'Order ID', 'Order Name', 'Number', 'Bestellnummer', 'Numéro de commande', 'Commande', 'Número de pedido', 'Pedido'],
  id: ['id', 'order_id'],
  email: ['email', 'E-mail', 'Email Address', 'Customer Email', 'customer.email', 'Mail', 'E-Mail-Adresse', 'Courriel', 'Adresse e-mail', 'Correo', 'Correo electrónico'],
  created_at: ['created_at', 'Created at', 'Order Date', 'Date', 'Ordered at', 'Purchase Date', 'Bestelldatum', 'Datum', 'Date de commande', 'Fecha', 'Fecha del pedido'],
  currency: ['currency', 'Currency', 'Währung', 'Devise', 'Moneda'],
  total_price: ['total_price', 'Total', 'Order Total', 'Total Price', 'Grand Total', 'Amount', 'Gesamtbetrag', 'Summe', 'Montant', 'Total TTC', 'Importe', 'Importe total'],
  status: ['status', 'Order Status', 'State', 'Bestellstatus', 'Statut', 'Estado'],
  financial_status: ['financial_status', 'Financial Status', 'Payment Status', 'Zahlungsstatus'],
  fulfillment_status: ['fulfillment_status', 'Fulfillment Status', 'Fulfilment Status', 'Shipping Status', 'Delivery Status', 'Versandstatus'],
  cancelled_at: ['cancelled_at', 'Cancelled at', 'Canceled at'],
  'customer.name': ['Customer', 'Customer Name', 'Full Name', 'customer_name', 'Kunde', 'Client', 'Cliente', 'Billing Name'],
  'customer.first_name': ['first_name', 'First Name', 'customer.first_name', 'Vorname', 'Prénom', 'Nombre'],
  'customer.last_name': ['last_name', 'Last Name', 'customer.last_name', 'Nachname', 'Nom', 'Apellidos'],
  'customer.phone': ['phone', 'Phone', 'customer.phone', 'Telephone', 'Telefon', 'Téléphone', 'Teléfono'],
  'line_items.title': ['line_items.title', 'line_items.name', 'items.name', 'items.title', 'Product', 'Item', 'Item Name', 'Product Name', 'Artikel', 'Produit', 'Producto'],
  'line_items.variant_title': ['line_items.variant_title', 'Variant', 'Variant Title', 'Option', 'Size', 'Variante'],
  'line_items.sku': ['line_items.sku', 'items.sku', 'SKU', 'Item SKU', 'Artikelnummer', 'Référence'],
  'line_items.quantity': ['line_items.quantity', 'items.quantity', 'Quantity', 'Qty', 'Menge', 'Anzahl', 'Quantité', 'Cantidad'],
  'line_items.price': ['line_items.price', 'items.price', 'Price', 'Unit Price', 'Item Price', 'Preis', 'Prix', 'Precio'],
  'line_items.total': ['Line Total', 'Item Total'],
  fulfilled_at: ['fulfilled_at', 'Shipped at', 'Ship Date', 'Shipped', 'fulfillments.created_at', 'Versanddatum', "Date d'expédition"],
  tracking_company: ['tracking_company', 'fulfillments.tracking_company', 'Carrier', 'Shipping Carrier', 'Courier', 'Tracking Company', 'Versanddienstleister', 'Transporteur', 'Transportista'],
  tracking_number: ['tracking_number', 'fulfillments.tracking_number', 'Tracking Number', 'Tracking', 'Tracking No', 'Tracking #', 'Sendungsnummer', 'Numéro de suivi', 'Número de seguimiento'],
  tracking_url: ['tracking_url', 'fulfillments.tracking_url', 'Tracking URL', 'Tracking Link', 'Tracking Page'],
  estimated_delivery_at: ['estimated_delivery_at', 'fulfillments.estimated_delivery_at', 'Estimated Delivery', 'ETA', 'Expected Delivery', 'Delivery Date'],
  refund_amount: ['refund_amount', 'Refunded', 'Refund', 'Refunded Amount', 'refunds.amount', 'Erstattet', 'Remboursé', 'Reembolsado'],
  refunded_at: ['refunded_at', 'Refunded at', 'refunds.created_at'],
  'shipping_address.name': ['shipping_address.name', 'Ship To', 'Recipient', 'Shipping Name'],
  'shipping_address.address1': ['shipping_address.address1', 'Address', 'Street', 'Shipping Address', 'Adresse', 'Straße', 'Dirección'],
  'shipping_address.city': ['shipping_address.city', 'City', 'Stadt', 'Ort', 'Ville', 'Ciudad'],
  'shipping_address.zip': ['shipping_address.zip', 'Zip', 'Postcode', 'Postal Code', 'PLZ', 'Code postal', 'Código postal'],
  'shipping_address.country': ['shipping_address.country', 'Country', 'Land', 'Pays', 'País'],
  order_status_url: ['order_status_url', 'Order Status URL', 'Status Page'],
};

/** Reads a file as columns and rows: a CSV, or a JSON list of (possibly nested) order objects. */
export function readTable(text: string, fileName: string): CsvTable & { unit: string } {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (/\.json$/i.test(fileName) || trimmed.startsWith('[') || trimmed.startsWith('{')) {
    return { ...jsonTable(trimmed), unit: 'record' };
  }
  return { ...readCsv(text), unit: 'row' };
}

export function previewFile(text: string, fileName: string): FilePreview {
  const table = readTable(text, fileName);
  const problems = [...table.problems];
  if (table.headers.length === 0 && problems.length === 0) problems.push('The file is empty.');
  else if (table.rows.length === 0 && table.headers.length > 0) problems.push('The file has column names but no rows.');
  const isCsv = table.unit === 'row';
  return {
    columns: table.headers,
    sampleRows: table.rows.slice(0, SAMPLE_ROWS).map((r) => r.cells),
    suggestedMapping: suggestMapping(table.headers),
    detected: isCsv && isShopifyExport(table.headers) ? 'shopify-csv' : isCsv && isWooCommerceExport(table.headers) ? 'woocommerce-csv' : null,
    problems,
  };
}

/** Each field gets the first column whose name is one of the field's usual names; a column serves one field. */
export function suggestMapping(columns: readonly string[]): Mapping {
  const byKey = new Map<string, string>();
  for (const c of columns) if (!byKey.has(headerKey(c))) byKey.set(headerKey(c), c);
  const used = new Set<string>();
  const mapping: Mapping = {};
  for (const { field } of ORDER_FIELDS) {
    if (field === 'name') continue; // derived from the order number unless the user picks a column
    const names = [field, ...(SHOPIFY_COLUMNS[field] ?? []), ...(WOOCOMMERCE_COLUMNS[field] ?? []), ...(COMMON_NAMES[field] ?? [])];
    for (const name of names) {
      const column = byKey.get(headerKey(name));
      if (column !== undefined && !used.has(column)) {
        mapping[field] = column;
        used.add(column);
        break;
      }
    }
  }
  return mapping;
}

export function applyMapping(text: string, fileName: string, mapping: Mapping): ParseResult {
  const table = readTable(text, fileName);
  const problems = [...table.problems];
  const columns: Partial<Record<OrderField, string[]>> = {};
  for (const [field, column] of Object.entries(mapping) as [string, unknown][]) {
    if (!isOrderField(field) || typeof column !== 'string' || column === '') continue;
    if (!table.headers.includes(column)) {
      problems.push(`The column "${column}" chosen for ${fieldLabel(field)} is not in the file.`);
      continue;
    }
    columns[field] = [column];
  }
  if (!columns.order_number && !columns.name) {
    return { orders: [], problems: [...problems, 'Choose the column that holds the order number.'] };
  }
  const rows = tableRows(table, columns, table.unit);
  const result = assembleOrders(rows, {
    source: { kind: 'mapped-file', label: fileName },
    columns: columnLabels(columns),
    dayFirst: dayFirstByField(rows),
  });
  return { orders: result.orders, problems: [...problems, ...result.problems] };
}

function fieldLabel(field: OrderField): string {
  return ORDER_FIELDS.find((f) => f.field === field)?.label.toLowerCase() ?? field;
}

// ---- JSON as a table ----

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Lists of objects that hold an order's items, most likely first. */
const ITEM_LISTS = ['line_items', 'items', 'lineItems', 'products', 'lines', 'articles'];

function jsonTable(text: string): CsvTable {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    return { headers: [], rows: [], delimiter: '', problems: [`The file is not valid JSON (${error instanceof Error ? error.message : 'unreadable'}).`] };
  }
  const records = orderList(doc) ?? firstObjectList(doc);
  if (records === null) return { headers: [], rows: [], delimiter: '', problems: ['The file holds no list of records.'] };
  const headers = new Set<string>();
  const rows: CsvRow[] = [];
  const problems: string[] = [];
  records.forEach((record, i) => {
    if (!isObject(record)) {
      problems.push(`record ${i + 1}: not an object; it was left out`);
      return;
    }
    for (const cells of flattenRecord(record)) {
      for (const key of Object.keys(cells)) headers.add(key);
      rows.push({ row: i + 1, cells });
    }
  });
  const list = [...headers];
  for (const r of rows) for (const h of list) r.cells[h] ??= '';
  return { headers: list, rows, delimiter: '', problems };
}

function firstObjectList(doc: unknown): unknown[] | null {
  if (!isObject(doc)) return null;
  for (const value of Object.values(doc)) if (Array.isArray(value) && value.some(isObject)) return value;
  return null;
}

/** One record as rows of "a.b.c" cells; its item list (if any) gives one row per item. */
function flattenRecord(record: Json): Record<string, string>[] {
  const base: Record<string, string> = {};
  let itemsKey: string | null = null;
  let items: Json[] = [];
  const walk = (value: unknown, path: string, top: boolean) => {
    if (Array.isArray(value)) {
      const objects = value.filter(isObject);
      if (objects.length === 0) {
        base[path] = value.map(cellText).filter(Boolean).join(', ');
      } else if (top && itemsKey === null && ITEM_LISTS.includes(path)) {
        itemsKey = path;
        items = objects;
      } else if (objects[0]) {
        walk(objects[0], path, false); // other lists (fulfillments, refunds): their first entry
      }
    } else if (isObject(value)) {
      for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k, false);
    } else {
      base[path] = cellText(value);
    }
  };
  for (const [k, v] of Object.entries(record)) walk(v, k, true);
  if (itemsKey === null || items.length === 0) return [base];
  return items.map((item) => {
    const cells = { ...base };
    const put = (value: unknown, path: string) => {
      if (isObject(value)) for (const [k, v] of Object.entries(value)) put(v, `${path}.${k}`);
      else if (Array.isArray(value)) cells[path] = value.map(cellText).filter(Boolean).join(', ');
      else cells[path] = cellText(value);
    };
    for (const [k, v] of Object.entries(item)) put(v, `${itemsKey}.${k}`);
    return cells;
  });
}

function cellText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}
