import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';

export const FIXTURES_DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'helpdesks');

export interface FixtureCase {
  name: string;
  html: string;
  expected: { url: string } & Record<string, unknown>;
}

/** Saved pages of one helpdesk with the ticket a correct reader must return for each. */
export function fixtureCases(helpdesk: string): FixtureCase[] {
  const dir = join(FIXTURES_DIR, helpdesk);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => {
      const name = f.replace(/\.html$/, '');
      const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as FixtureCase['expected'];
      return { name, html: readFileSync(join(dir, f), 'utf8'), expected };
    });
}

export function loadPage(html: string, url: string): Document {
  return new JSDOM(html, { url }).window.document;
}
