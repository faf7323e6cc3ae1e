import { loadOrdersFile, type LoadedOrders, type OrdersFileFormat } from '@/lib/orders/load';
import { previewFile, type FilePreview } from '@/lib/orders/mapped';
import type { ImportSummary } from '@/lib/db/orders';

/** What a chosen file turned out to be. */
export type FileReading =
  /** A Shopify or WooCommerce export, or JSON orders: imported as is. */
  | { kind: 'known'; loaded: LoadedOrders }
  /** Any other table of rows: imported once the user confirms which column is which. */
  | { kind: 'needs-mapping'; preview: FilePreview }
  | { kind: 'unreadable'; message: string };

/**
 * Reads a file the user chose. Known formats load directly; a CSV or JSON with rows in another
 * shape gets a preview for a column mapping; anything else gives the reader's one-line reason.
 */
export function readOrdersFile(text: string, fileName: string): FileReading {
  try {
    return { kind: 'known', loaded: loadOrdersFile(text, fileName) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // A spreadsheet or binary file would preview as garbage columns: its reason says what to do.
    if (!looksLikeText(text)) return { kind: 'unreadable', message };
    const preview = previewFile(text, fileName);
    if (preview.columns.length < 2 || preview.sampleRows.length === 0) return { kind: 'unreadable', message };
    return { kind: 'needs-mapping', preview };
  }
}

/** No zip signature (xlsx, ods), no NUL bytes, few undecodable characters. */
function looksLikeText(text: string): boolean {
  const sample = text.replace(/^\uFEFF/, '').slice(0, 4096);
  if (sample.startsWith('PK\u0003\u0004') || sample.includes('\u0000')) return false;
  let odd = 0;
  for (const ch of sample) {
    const code = ch.charCodeAt(0);
    if (ch === '\uFFFD' || (code < 32 && ch !== '\n' && ch !== '\r' && ch !== '\t')) odd++;
  }
  return odd <= sample.length * 0.05;
}

const FORMAT_LABELS: Record<OrdersFileFormat | 'mapped', string> = {
  'shopify-csv': 'Shopify export',
  'woocommerce-csv': 'WooCommerce export',
  json: 'JSON orders',
  mapped: 'with your column mapping',
};

/** One import, as the page reports it. */
export interface ImportOutcome {
  fileName: string;
  format: OrdersFileFormat | 'mapped';
  stored: ImportSummary;
  problems: string[];
}

/** "8 orders from orders_export.csv (Shopify export): 6 new, 2 updated." */
export function importSummaryLine(o: ImportOutcome): string {
  const from = `${o.fileName} (${FORMAT_LABELS[o.format]})`;
  const { added, updated, unchanged } = o.stored;
  const orders = added + updated + unchanged;
  if (orders === 0) return `No orders could be read from ${from}; nothing was imported.`;
  const parts = [added > 0 && `${added} new`, updated > 0 && `${updated} updated`, unchanged > 0 && `${unchanged} already stored as they are`].filter(
    (p): p is string => typeof p === 'string',
  );
  return `${orders} ${orders === 1 ? 'order' : 'orders'} from ${from}: ${parts.join(', ')}.`;
}
