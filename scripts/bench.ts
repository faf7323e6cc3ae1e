import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { JSDOM } from 'jsdom';
import { helpdeskById } from '../lib/helpdesks/registry';
import { detectIntent } from '../lib/intent/detect';
import { loadOrdersFile } from '../lib/orders/load';
import { lookupOrder, orderState } from '../lib/orders/lookup';
import { suggest } from '../lib/suggest/pipeline';
import { BUILT_IN_TEMPLATES } from '../lib/templates/library';
import { detectLanguage } from '../lib/intent/language';
import type { Ticket } from '../lib/domain/ticket';

/**
 * `npm run bench`: how long Deskpilot's hot paths take on these machines, as a table and as
 * JSON in bench-results/. Reading runs after every burst of DOM changes in the helpdesk tab, and
 * suggestions on every ticket switch, so both must stay far below a frame's budget.
 */
const ROOT = resolve(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'helpdesks');
const RUNS = 200;

interface Row {
  task: string;
  runs: number;
  medianMs: number;
  p95Ms: number;
}

function measure(task: string, fn: () => unknown): Row {
  for (let i = 0; i < 20; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => Number((times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(3));
  return { task, runs: RUNS, medianMs: at(0.5), p95Ms: at(0.95) };
}

const rows: Row[] = [];
const tickets: Ticket[] = [];
for (const helpdesk of (await readdir(FIXTURES)).sort()) {
  const adapter = helpdeskById(helpdesk);
  if (!adapter) continue;
  for (const file of (await readdir(join(FIXTURES, helpdesk))).filter((f) => f.endsWith('.html')).sort()) {
    const expected = JSON.parse(await readFile(join(FIXTURES, helpdesk, file.replace(/\.html$/, '.expected.json')), 'utf8')) as { url: string };
    const url = new URL(expected.url);
    const dom = new JSDOM(await readFile(join(FIXTURES, helpdesk, file), 'utf8'), { url: url.href });
    const document = dom.window.document;
    const result = adapter.extract(document, url);
    if (result.ok) tickets.push(result.ticket);
    rows.push(measure(`read ${helpdesk}/${file} (${document.getElementsByTagName('*').length} elements)`, () => adapter.extract(document, url)));
    dom.window.close();
  }
}
const orders = loadOrdersFile(await readFile(join(ROOT, 'tests', 'fixtures', 'orders', 'orders.json'), 'utf8'), 'orders.json').orders;
const settings = { agentName: 'Alex', shopName: 'Northwind Outfitters' };
const deps = { detectIntent, lookupOrder, orderState };
for (const ticket of tickets.slice(0, 4)) {
  rows.push(
    measure(`suggest offline: ${ticket.helpdesk} #${ticket.ticketId} (intent, order, 3 templates)`, () =>
      suggest({ ticket, orders, templates: BUILT_IN_TEMPLATES, settings, now: new Date('2026-11-20T12:00:00Z') }, deps),
    ),
  );
}
const longest = tickets.flatMap((t) => t.messages).sort((a, b) => b.text.length - a.text.length)[0]?.text ?? '';
rows.push(measure(`detect intent (${longest.length} chars)`, () => detectIntent(longest)));
rows.push(measure(`detect language (${longest.length} chars)`, () => detectLanguage(longest)));

const memory = process.memoryUsage();
const report = {
  date: new Date().toISOString(),
  node: process.version,
  rows,
  memoryMiB: { rss: Math.round(memory.rss / 2 ** 20), heapUsed: Math.round(memory.heapUsed / 2 ** 20) },
};
await mkdir(join(ROOT, 'bench-results'), { recursive: true });
const out = join(ROOT, 'bench-results', 'bench.json');
await writeFile(out, `${JSON.stringify(report, null, 2)}\n`);

const width = Math.max(...rows.map((r) => r.task.length));
console.log(`${'task'.padEnd(width)}  ${'median ms'.padStart(10)}  ${'p95 ms'.padStart(8)}`);
for (const r of rows) console.log(`${r.task.padEnd(width)}  ${r.medianMs.toFixed(3).padStart(10)}  ${r.p95Ms.toFixed(3).padStart(8)}`);
console.log(`memory: rss ${report.memoryMiB.rss} MiB, heap ${report.memoryMiB.heapUsed} MiB\nwrote ${out}`);
