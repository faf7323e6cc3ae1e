import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExtract } from '../../scripts/cli/extract';
import { FIXTURES_DIR } from '../lib/helpdesks/fixtures';

const page = join(FIXTURES_DIR, 'zendesk', 'en-where-is-my-order.html');
const expected = JSON.parse(readFileSync(join(FIXTURES_DIR, 'zendesk', 'en-where-is-my-order.expected.json'), 'utf8')) as { url: string };

describe('npm run extract', () => {
  it('prints the ticket JSON of a saved page', async () => {
    const out = await runExtract([page, '--url', expected.url]);
    expect(out.code).toBe(0);
    expect(out.stderr).toBe('');
    expect(JSON.parse(out.stdout)).toEqual(expected);
  });

  it('uses the generic reader where no adapter matches, or when asked, and prints its confidence', async () => {
    const dir = join(FIXTURES_DIR, 'generic');
    const name = readdirSync(dir).find((f) => f.startsWith('osticket') && f.endsWith('.html')) ?? '';
    const expectedGeneric = JSON.parse(readFileSync(join(dir, name.replace('.html', '.expected.json')), 'utf8')) as { url: string; confidence: number };
    const out = await runExtract([join(dir, name), '--url', expectedGeneric.url]);
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual(expectedGeneric);
    const forced = await runExtract([page, '--url', expected.url, '--helpdesk', 'generic']);
    expect(forced.code).toBe(0);
    expect(JSON.parse(forced.stdout)).toMatchObject({ helpdesk: 'generic', confidence: expect.any(Number) });
  });

  it.each([
    [[join(FIXTURES_DIR, 'generic', 'blog-article-not-a-conversation.html'), '--url', 'https://www.example.com/blog/1'], /Generic reader: .*\[no-conversation\]/],
    [[page, '--url', expected.url, '--helpdesk', 'nope'], /unknown helpdesk "nope"/],
    [['missing.html', '--url', expected.url], /cannot read missing\.html \(ENOENT\)/],
    [[page], /--url is required/],
    [[page, '--url', 'not a url'], /not a valid URL/],
    [[page, '--url', expected.url, '--verbose'], /unknown option --verbose/],
    [[page, '--url', 'https://northwind.zendesk.com/agent/dashboard'], /not a ticket.*\[no-ticket-open\]/],
  ])('fails with one clear line: %j', async (argv, message) => {
    const out = await runExtract(argv);
    expect(out.code).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(message);
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
  });
});
