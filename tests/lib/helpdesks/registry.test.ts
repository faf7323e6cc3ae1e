import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_MATCHES, HELPDESKS, helpdeskById, helpdeskForUrl } from '@/lib/helpdesks/registry';
import { FIXTURES_DIR } from './fixtures';

const ROOT = join(import.meta.dirname, '..', '..', '..');

describe('helpdesk registry', () => {
  it.each(HELPDESKS.map((h) => [h.id, h] as const))('%s has its adapter file, saved pages with expectations and a test', (id) => {
    expect(existsSync(join(ROOT, 'lib', 'helpdesks', `${id}.ts`))).toBe(true);
    expect(existsSync(join(ROOT, 'tests', 'lib', 'helpdesks', `${id}.test.ts`))).toBe(true);
    const pages = existsSync(join(FIXTURES_DIR, id)) ? readdirSync(join(FIXTURES_DIR, id)).filter((f) => f.endsWith('.html')) : [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
    for (const page of pages) expect(existsSync(join(FIXTURES_DIR, id, page.replace(/\.html$/, '.expected.json')))).toBe(true);
  });

  it('has unique ids and valid match patterns', () => {
    expect(new Set(HELPDESKS.map((h) => h.id)).size).toBe(HELPDESKS.length);
    for (const pattern of CONTENT_SCRIPT_MATCHES) expect(pattern).toMatch(/^(\*|https?):\/\/(\*|\*\.[^/*]+|[^/*]+)\/.*$/);
  });

  it('finds the adapter by URL, subdomains included, and nothing for other sites', () => {
    expect(helpdeskForUrl(new URL('https://northwind.zendesk.com/agent/tickets/1'))?.id).toBe('zendesk');
    expect(helpdeskForUrl(new URL('https://zendesk.com/'))?.id).toBe('zendesk');
    expect(helpdeskForUrl(new URL('https://zendesk.com.evil.example/'))).toBeNull();
    expect(helpdeskForUrl(new URL('https://www.example.com/'))).toBeNull();
    expect(helpdeskById('zendesk')?.label).toBe('Zendesk');
  });
});
