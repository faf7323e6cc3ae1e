import Papa from 'papaparse';

/**
 * A CSV file as a table of named cells. papaparse reads it (quoted fields, newlines and delimiters
 * inside quotes, "" escapes, a byte order mark, and `,` `;` tab or `|` as the delimiter, guessed
 * from the file's first rows), because those are what hand-written CSV code gets wrong on real exports.
 */
export interface CsvRow {
  /** As a spreadsheet numbers it: the header is row 1, so the first order row is row 2. */
  row: number;
  cells: Record<string, string>;
}

export interface CsvTable {
  headers: string[];
  rows: CsvRow[];
  delimiter: string;
  /** Rows papaparse could not read cleanly, as "row N: ..." sentences. */
  problems: string[];
}

export function readCsv(input: string): CsvTable {
  const text = input.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimiter: guessDelimiter(text) });
  const problems: string[] = [];
  const seenErrorRows = new Set<number>();
  for (const error of parsed.errors) {
    if (error.type === 'Delimiter') continue; // one column: papaparse falls back to ",", which is right
    const row = typeof error.row === 'number' ? error.row + 1 : null;
    if (row !== null && seenErrorRows.has(row)) continue;
    if (row !== null) seenErrorRows.add(row);
    const where = row !== null ? `row ${row}` : 'file';
    problems.push(
      error.type === 'Quotes'
        ? `${where}: a quoted value is not closed, so the rows after it may be misread`
        : `${where}: ${error.message}`,
    );
  }
  const records = parsed.data;
  const headerIndex = records.findIndex((r) => !isBlank(r));
  if (headerIndex < 0) return { headers: [], rows: [], delimiter: parsed.meta.delimiter, problems };
  const headers = uniqueHeaders((records[headerIndex] ?? []).map((h) => h.trim()));
  const rows: CsvRow[] = [];
  for (let i = headerIndex + 1; i < records.length; i++) {
    const record = records[i] ?? [];
    if (isBlank(record)) continue;
    const row = i + 1;
    if (record.length > headers.length && record.slice(headers.length).some((c) => c.trim() !== '')) {
      problems.push(`row ${row}: ${record.length} values for ${headers.length} columns; the extra values were left out`);
    }
    const cells: Record<string, string> = {};
    headers.forEach((h, c) => {
      cells[h] = record[c] ?? '';
    });
    rows.push({ row, cells });
  }
  return { headers, rows, delimiter: parsed.meta.delimiter, problems };
}

const DELIMITERS = [',', ';', '\t', '|'] as const;

/**
 * The delimiter that splits the first rows into the same number of columns as the header, most
 * columns first (papaparse's own guess stumbles on "Order;Total" rows with decimal commas).
 */
export function guessDelimiter(text: string): string {
  let best: { delimiter: string; score: number; columns: number } = { delimiter: ',', score: -1, columns: 1 };
  for (const delimiter of DELIMITERS) {
    const rows = Papa.parse<string[]>(text, { header: false, delimiter, preview: 20, skipEmptyLines: 'greedy' }).data;
    const columns = rows[0]?.length ?? 0;
    if (columns < 2) continue;
    const score = rows.slice(1).filter((r) => r.length === columns).length;
    if (score > best.score || (score === best.score && columns > best.columns)) best = { delimiter, score, columns };
  }
  return best.delimiter;
}

function isBlank(record: readonly string[]): boolean {
  return record.every((cell) => cell.trim() === '');
}

/** Empty and repeated headers get a number so that no column hides another. */
function uniqueHeaders(headers: string[]): string[] {
  const seen = new Map<string, number>();
  return headers.map((h, i) => {
    const base = h === '' ? `Column ${i + 1}` : h;
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base} (${count + 1})`;
  });
}

/** Compares header names the way people write them: case, accents, spaces and punctuation aside. */
export function headerKey(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** The first header that matches one of the names, in the order of the names. */
export function findColumn(headers: readonly string[], names: readonly string[]): string | null {
  const byKey = new Map<string, string>();
  for (const h of headers) if (!byKey.has(headerKey(h))) byKey.set(headerKey(h), h);
  for (const name of names) {
    const found = byKey.get(headerKey(name));
    if (found !== undefined) return found;
  }
  return null;
}
