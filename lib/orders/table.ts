import type { InputRow, OrderField } from './assemble';
import { headerKey, type CsvTable } from './csv';
import { inferDayFirst } from './values';

/** Column names a format may use for each field, best first. */
export type ColumnNames = Partial<Record<OrderField, readonly string[]>>;

/** The file's columns for each field (several when a value may sit in any of them), best first. */
export function resolveColumns(headers: readonly string[], names: ColumnNames): Partial<Record<OrderField, string[]>> {
  const byKey = new Map<string, string[]>();
  for (const h of headers) byKey.set(headerKey(h), [...(byKey.get(headerKey(h)) ?? []), h]);
  const out: Partial<Record<OrderField, string[]>> = {};
  for (const [field, list] of Object.entries(names) as [OrderField, readonly string[]][]) {
    const found = list.flatMap((name) => byKey.get(headerKey(name)) ?? []);
    if (found.length > 0) out[field] = [...new Set(found)];
  }
  return out;
}

/** Rows with each field's value: the first non-empty of its columns. */
export function tableRows(table: CsvTable, columns: Partial<Record<OrderField, readonly string[]>>, unit = 'row'): InputRow[] {
  const entries = Object.entries(columns) as [OrderField, readonly string[]][];
  return table.rows.map(({ row, cells }) => {
    const values: Partial<Record<OrderField, string>> = {};
    for (const [field, names] of entries) {
      let value = '';
      for (const name of names) {
        const cell = cells[name];
        if (cell !== undefined && cell.trim() !== '') {
          value = cell;
          break;
        }
      }
      values[field] = value;
    }
    return { where: `${unit} ${row}`, values };
  });
}

/** The first column of each field, to name it in messages. */
export function columnLabels(columns: Partial<Record<OrderField, readonly string[]>>): Partial<Record<OrderField, string>> {
  const out: Partial<Record<OrderField, string>> = {};
  for (const [field, names] of Object.entries(columns) as [OrderField, readonly string[]][]) {
    if (names[0] !== undefined) out[field] = names[0];
  }
  return out;
}

const DATE_FIELDS: readonly OrderField[] = ['created_at', 'cancelled_at', 'fulfilled_at', 'estimated_delivery_at', 'refunded_at'];

/** Whether each date column writes slashed dates day first, read from all its values. */
export function dayFirstByField(rows: readonly InputRow[]): Partial<Record<OrderField, boolean>> {
  const out: Partial<Record<OrderField, boolean>> = {};
  for (const field of DATE_FIELDS) out[field] = inferDayFirst(valuesOf(rows, field));
  return out;
}

function* valuesOf(rows: readonly InputRow[], field: OrderField): Iterable<string> {
  for (const row of rows) {
    const value = row.values[field];
    if (value) yield value;
  }
}
