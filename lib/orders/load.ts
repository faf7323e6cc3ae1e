/**
 * One entry for order files whose format can be told from their content (the command line's
 * `--orders <file>`, and the import that needs no mapping): a JSON array of orders in the model,
 * a Shopify orders export or a WooCommerce orders export.
 */
import { readCsv } from './csv';
import { ordersFromJson, orderList } from './json';
import type { Order } from './model';
import { isShopifyExport, shopifyFromTable } from './shopify-csv';
import { isWooCommerceExport, wooCommerceFromTable } from './woocommerce-csv';

export type OrdersFileFormat = 'json' | 'shopify-csv' | 'woocommerce-csv';

export interface LoadedOrders {
  format: OrdersFileFormat;
  orders: Order[];
  problems: string[];
}

/**
 * Reads an orders file of a format told from its content. Row-level trouble is in `problems`;
 * a file that cannot be read at all, or whose format is none of the three, throws an Error with a
 * one-line message naming the file.
 */
export function loadOrdersFile(text: string, fileName: string): LoadedOrders {
  const body = text.replace(/^\uFEFF/, '');
  if (body.startsWith('PK\u0003\u0004')) throw new Error(`${fileName} is a spreadsheet or zip file, not CSV: save or export it as CSV first.`);
  if (looksBinary(body)) throw new Error(`${fileName} is not a text file: export the orders as CSV or JSON.`);
  const trimmed = body.trim();
  if (trimmed === '') throw new Error(`${fileName} is empty.`);

  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    let doc: unknown;
    try {
      doc = JSON.parse(trimmed);
    } catch (error) {
      throw new Error(`${fileName} is not valid JSON: ${oneLine(error instanceof Error ? error.message : String(error))}.`);
    }
    if (orderList(doc) === null) throw new Error(`${fileName} holds no list of orders: expected a JSON array of orders.`);
    return { format: 'json', ...ordersFromJson(doc, { kind: 'json', label: fileName }) };
  }

  const table = readCsv(body);
  if (table.headers.length < 2) {
    throw new Error(`${fileName} is not an orders file: no CSV columns were found.`);
  }
  if (isShopifyExport(table.headers)) return { format: 'shopify-csv', ...shopifyFromTable(table, fileName) };
  if (isWooCommerceExport(table.headers)) return { format: 'woocommerce-csv', ...wooCommerceFromTable(table, fileName) };
  const shown = table.headers.slice(0, 6).map((h) => `"${h}"`).join(', ');
  throw new Error(
    `${fileName} is neither a Shopify nor a WooCommerce orders export (its columns: ${shown}${table.headers.length > 6 ? ', ...' : ''}); import it with a column mapping instead.`,
  );
}

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  if (sample.includes('\u0000')) return true;
  let odd = 0;
  for (const ch of sample) {
    const code = ch.charCodeAt(0);
    if ((code < 32 && ch !== '\n' && ch !== '\r' && ch !== '\t') || ch === '\uFFFD') odd++;
  }
  return sample.length > 0 && odd / sample.length > 0.05;
}

function oneLine(message: string): string {
  return message.replace(/\s+/g, ' ').trim();
}
