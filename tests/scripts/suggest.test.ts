import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSettings, parseSuggestArgs, runSuggest, ticketProblem } from '../../scripts/cli/suggest';
import type { SuggestResult } from '../../lib/suggest/pipeline';

const DIR = resolve(import.meta.dirname, '..', 'fixtures', 'suggest');
const HELPDESKS = resolve(import.meta.dirname, '..', 'fixtures', 'helpdesks');
const at = (name: string) => join(DIR, name);
const NOW = ['--now', '2026-11-05T12:00:00Z'];
const tmp = mkdtempSync(join(tmpdir(), 'deskpilot-suggest-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function tmpFile(name: string, text: string): string {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
}

const parse = (stdout: string) => JSON.parse(stdout) as SuggestResult;

describe('npm run suggest', () => {
  it('prints one JSON object for one ticket, in the issue’s shape', async () => {
    const out = await runSuggest(['--ticket', at('ticket-fr.json'), '--orders', at('orders.json'), '--settings', at('settings.json'), '--json', ...NOW]);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    const result = parse(out.stdout);
    expect(result).toMatchObject({ intent: { id: 'track_order' }, language: 'fr', order: '#1047', orderState: 'shipped' });
    expect(result.intent.confidence).toBeGreaterThan(0);
    const [first] = result.suggestions;
    expect(first).toMatchObject({ source: 'template', templateId: 'track_order.shipped.fr', language: 'fr', warnings: [], gaps: [] });
    expect(first?.text).toContain('Bonne nouvelle : votre commande #1047 est en route. Elle a été expédiée le 3 novembre 2026 avec Colissimo');
    expect(first?.text).toContain('Northwind Outfitters');
    expect(first?.variables).toContainEqual({ name: 'order.name', value: '#1047', source: 'order:json' });
    expect(first?.variables).toContainEqual({ name: 'agent.name', value: 'Alex', source: 'settings' });
    expect(result.suggestions.length).toBeLessThanOrEqual(3);
  });

  it('prints one result per line of a .jsonl file, in order, each line with its own orders if it has them', async () => {
    const out = await runSuggest(['--ticket', at('tickets.jsonl'), '--orders', at('orders.json'), '--settings', at('settings.json'), '--json', ...NOW]);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    const lines = out.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    const results = lines.map(parse);
    expect(results.map((r) => r.order)).toEqual(['#1047', '#1050', null, '#1052']);
    expect(results.map((r) => r.language)).toEqual(['fr', 'de', 'en', 'en']);
    expect(results[1]?.suggestions[0]?.variables).toContainEqual({ name: 'order.name', value: '#1050', source: 'order:json' });
    expect(results[1]?.orderState).toBe('unfulfilled');
    expect(results[2]?.suggestions[0]?.text).toContain('Could you send me your order number');
    const mismatch = results[3]?.suggestions[0];
    expect(mismatch?.warnings[0]?.kind).toBe('order_mismatch');
    expect(mismatch?.text).toContain('[order.name]');
  });

  it('uses only the line’s orders when the line carries them', async () => {
    const out = await runSuggest(['--ticket', at('tickets.jsonl'), '--json', ...NOW]);
    expect(out.code).toBe(0);
    expect(out.stdout.trimEnd().split('\n').map((l) => parse(l).order)).toEqual([null, '#1050', null, null]);
  });

  it('reads a saved helpdesk page with the same adapters as the extension', async () => {
    const expected = JSON.parse(readFileSync(join(HELPDESKS, 'zendesk', 'fr-damaged-item.expected.json'), 'utf8')) as { url: string; ticketId: string };
    const out = await runSuggest(['--ticket', join(HELPDESKS, 'zendesk', 'fr-damaged-item.html'), '--url', expected.url, '--json', ...NOW]);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    const result = parse(out.stdout);
    expect(result.language).toBe('fr');
    expect(result.suggestions.length).toBeGreaterThan(0);
    for (const s of result.suggestions) expect(s.language).toBe('fr');
  });

  it('prints a readable summary without --json', async () => {
    const out = await runSuggest(['--ticket', at('tickets.jsonl'), '--orders', at('orders.json'), '--settings', at('settings.json'), ...NOW]);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('Ticket 5101 (zendesk): Où est ma commande #1047 ?');
    expect(out.stdout).toMatch(/Intent: track_order \d\.\d\d/);
    expect(out.stdout).toContain('Language: fr · Order: #1047 (shipped)');
    expect(out.stdout).toContain('1. track_order.shipped.fr [fr]\n   | Bonjour Marie,');
    expect(out.stdout).toContain('order.name ← order:json');
    expect(out.stdout).toContain('! order_mismatch: Order #1052 was placed with someone.else@example.com');
    expect(out.stdout.indexOf('Ticket 5101')).toBeLessThan(out.stdout.indexOf('Ticket 5102'));
  });

  it('follows --intent like the panel’s intent picker', async () => {
    const out = await runSuggest(['--ticket', at('ticket-fr.json'), '--orders', at('orders.json'), '--intent', 'invoice', '--json', ...NOW]);
    const result = parse(out.stdout);
    expect(result.intent).toEqual({ id: 'invoice', confidence: 1 });
    expect(result.suggestions[0]?.templateId).toBe('invoice.with_order.fr');
    expect(result.runnersUp.map((g) => g.id)).toContain('track_order');
  });

  it('evaluates thousands of tickets in one process', async () => {
    const lines = readFileSync(at('tickets.jsonl'), 'utf8').trimEnd().split('\n');
    const many = Array.from({ length: 2000 }, (_, i) => lines[i % lines.length]).join('\n');
    const out = await runSuggest(['--ticket', tmpFile('many.jsonl', many), '--orders', at('orders.json'), '--json', ...NOW]);
    expect(out.code).toBe(0);
    const results = out.stdout.trimEnd().split('\n');
    expect(results).toHaveLength(2000);
    expect(parse(results[1999] ?? '').order).toBe(parse(results[3] ?? '').order);
  }, 60_000);

  it.each([
    [['--ticket', at('ticket-fr.json'), '--verbose'], /unknown option --verbose/],
    [[at('ticket-fr.json')], /unexpected argument .*--ticket/],
    [[], /--ticket is required/],
    [['--ticket'], /--ticket needs a value/],
    [['--ticket', at('missing.json')], /cannot read .*missing\.json \(ENOENT\)/],
    [['--ticket', at('invalid.json')], /invalid\.json is not valid JSON/],
    [['--ticket', at('bad-line.jsonl')], /bad-line\.jsonl line 3: "helpdesk" is missing or not text/],
    [['--ticket', at('orders.json')], /orders\.json: not a JSON object/],
    [['--ticket', join(HELPDESKS, 'zendesk', 'fr-damaged-item.html')], /--url is required with a saved page/],
    [['--ticket', at('ticket-fr.json'), '--url', 'https://x.example/'], /--url is only for a saved page/],
    [['--ticket', join(HELPDESKS, 'zendesk', 'fr-damaged-item.html'), '--url', 'not a url'], /--url is not a valid URL/],
    [['--ticket', at('ticket-fr.json'), '--orders', at('invalid.json')], /invalid\.json is not valid JSON/],
    [['--ticket', at('ticket-fr.json'), '--settings', at('orders.json')], /expected a JSON object/],
    [['--ticket', at('ticket-fr.json'), '--intent', 'where_is_it'], /unknown intent "where_is_it"/],
    [['--ticket', at('ticket-fr.json'), '--now', 'yesterday'], /--now is not a date/],
  ])('fails with one line on stderr and a non-zero exit: %j', async (argv, message) => {
    const out = await runSuggest(argv);
    expect(out.code).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(message);
    expect(out.stderr.startsWith('suggest: ')).toBe(true);
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('names the line of a .jsonl file that is not JSON', async () => {
    const path = tmpFile('broken.jsonl', `${readFileSync(at('ticket-fr.json'), 'utf8').replace(/\n\s*/g, ' ')}\n{"oops"\n`);
    const out = await runSuggest(['--ticket', path]);
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/broken\.jsonl line 2 is not valid JSON/);
  });

  it('rejects a line whose orders are not a list, and says which', async () => {
    const ticket = JSON.parse(readFileSync(at('ticket-fr.json'), 'utf8')) as Record<string, unknown>;
    const path = tmpFile('orders-not-list.jsonl', `${JSON.stringify({ ...ticket, orders: { name: '#1' } })}\n`);
    const out = await runSuggest(['--ticket', path]);
    expect(out.stderr).toMatch(/orders-not-list\.jsonl line 1: "orders" is not a list of orders/);
  });
});

describe('argument and file checks', () => {
  it('parses the options', () => {
    expect(parseSuggestArgs(['--ticket', 't.json', '--json', '--orders', 'o.csv', '--now', '2026-01-02'])).toEqual({
      ticket: 't.json',
      url: null,
      orders: 'o.csv',
      settings: null,
      intent: null,
      now: new Date('2026-01-02'),
      json: true,
    });
  });

  it('says which ticket field is wrong', () => {
    const ticket = JSON.parse(readFileSync(at('ticket-fr.json'), 'utf8')) as Record<string, unknown>;
    expect(ticketProblem(ticket)).toBeNull();
    expect(ticketProblem({ ...ticket, customer: { name: 'x' } })).toMatch(/customer/);
    expect(ticketProblem({ ...ticket, messages: [{ author: 'bot', name: 'x', text: 'y', at: null }] })).toMatch(/message 1/);
    expect(ticketProblem({ ...ticket, orderNumbers: [1047] })).toMatch(/orderNumbers/);
    expect(ticketProblem({ ...ticket, language: undefined })).toMatch(/language/);
  });

  it('checks the settings file', () => {
    expect(parseSettings({ agentName: 'A', policies: { returns: { fr: 'x' } } }, 's.json')).toEqual({
      agentName: 'A',
      shopName: '',
      policies: { returns: { fr: 'x' } },
      shopDomains: [],
    });
    expect(parseSettings({ polices: {} }, 's.json')).toMatch(/unknown setting "polices"/);
    expect(parseSettings({ policies: { warranty: 'x' } }, 's.json')).toMatch(/unknown policy "warranty"/);
    expect(parseSettings({ policies: { returns: 3 } }, 's.json')).toMatch(/policy "returns" must be text/);
  });
});
