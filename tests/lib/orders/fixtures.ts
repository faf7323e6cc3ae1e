import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ORDER_FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'orders');

export function orderFixture(name: string): string {
  return readFileSync(join(ORDER_FIXTURES, name), 'utf8');
}
