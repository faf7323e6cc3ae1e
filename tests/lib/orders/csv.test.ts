import { describe, expect, it } from 'vitest';
import { findColumn, headerKey, readCsv } from '@/lib/orders/csv';

describe('CSV reading', () => {
  it('reads quoted fields, "" escapes, newlines inside quotes and CRLF', () => {
    const table = readCsv('Name,Notes,Total\r\n#1047,"Leave with neighbour, no. 10\r\n""fragile""",189.00\r\n#1048,,59.90\r\n');
    expect(table.headers).toEqual(['Name', 'Notes', 'Total']);
    expect(table.rows).toEqual([
      { row: 2, cells: { Name: '#1047', Notes: 'Leave with neighbour, no. 10\r\n"fragile"', Total: '189.00' } },
      { row: 3, cells: { Name: '#1048', Notes: '', Total: '59.90' } },
    ]);
    expect(table.problems).toEqual([]);
  });

  it('drops a byte order mark and guesses ; and tab delimiters', () => {
    const semi = readCsv('\uFEFFOrder;Total\n1047;189,00\n');
    expect(semi.delimiter).toBe(';');
    expect(semi.headers).toEqual(['Order', 'Total']);
    expect(semi.rows[0]?.cells).toEqual({ Order: '1047', Total: '189,00' });
    expect(readCsv('Order\tTotal\n1047\t189.00\n').rows[0]?.cells).toEqual({ Order: '1047', Total: '189.00' });
  });

  it('numbers rows as a spreadsheet does, skipping blank lines', () => {
    const table = readCsv('A,B\n\n1,2\n,\n3,4\n');
    expect(table.rows.map((r) => r.row)).toEqual([3, 5]);
  });

  it('says which rows are broken instead of throwing', () => {
    const extra = readCsv('A,B\n1,2,3\n4,5\n');
    expect(extra.problems).toEqual(['row 2: 3 values for 2 columns; the extra values were left out']);
    expect(extra.rows[1]?.cells).toEqual({ A: '4', B: '5' });
    const unclosed = readCsv('A,B\n1,"open\n2,3\n');
    expect(unclosed.problems[0]).toMatch(/^row 2: a quoted value is not closed/);
    expect(readCsv('').headers).toEqual([]);
    expect(readCsv('\n\n').rows).toEqual([]);
  });

  it('keeps repeated and empty headers apart', () => {
    expect(readCsv('Name,,Name\n1,2,3\n').headers).toEqual(['Name', 'Column 2', 'Name (2)']);
  });

  it('matches column names whatever their case, accents and punctuation', () => {
    expect(headerKey('Lineitem  Name')).toBe('lineitemname');
    expect(headerKey('Numéro de commande')).toBe('numerodecommande');
    expect(findColumn(['E-Mail', 'Total'], ['email', 'Email'])).toBe('E-Mail');
    expect(findColumn(['Total'], ['email'])).toBeNull();
  });
});
