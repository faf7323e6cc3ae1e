import { readFile } from 'node:fs/promises';
import { JSDOM } from 'jsdom';
import type { ReadResult } from '../../lib/domain/ticket';
import { readGeneric } from '../../lib/helpdesks/generic';
import { helpdeskById, helpdeskForUrl, HELPDESKS } from '../../lib/helpdesks/registry';

export interface CliOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

const USAGE = 'usage: npm run extract -- <saved-page.html> --url <page URL> [--helpdesk <id>|generic]';

const fail = (message: string): CliOutcome => ({ code: 1, stdout: '', stderr: `${message}\n` });

export function parseExtractArgs(argv: readonly string[]): { file: string; url: string; helpdesk: string | null } | string {
  let file: string | null = null;
  let url: string | null = null;
  let helpdesk: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--url' || arg === '--helpdesk') {
      const value = argv[++i];
      if (!value) return `${arg} needs a value. ${USAGE}`;
      if (arg === '--url') url = value;
      else helpdesk = value;
    } else if (arg.startsWith('--')) {
      return `unknown option ${arg}. ${USAGE}`;
    } else if (file === null) {
      file = arg;
    } else {
      return `unexpected argument ${arg}. ${USAGE}`;
    }
  }
  if (!file) return `no saved page given. ${USAGE}`;
  if (!url) return `--url is required: adapters read the ticket id from the page's address. ${USAGE}`;
  return { file, url, helpdesk };
}

/** `npm run extract`: the extension's own adapter code on a saved page, printed as ticket JSON. */
export async function runExtract(argv: readonly string[]): Promise<CliOutcome> {
  const args = parseExtractArgs(argv);
  if (typeof args === 'string') return fail(`extract: ${args}`);
  let url: URL;
  try {
    url = new URL(args.url);
  } catch {
    return fail(`extract: --url is not a valid URL: ${args.url}`);
  }
  // --helpdesk names an adapter or 'generic'; without it, the URL's adapter, else the generic reader.
  const generic = args.helpdesk === 'generic';
  const adapter = generic ? null : args.helpdesk ? helpdeskById(args.helpdesk) : helpdeskForUrl(url);
  if (args.helpdesk && !generic && !adapter) {
    return fail(`extract: unknown helpdesk "${args.helpdesk}" (known: ${HELPDESKS.map((h) => h.id).join(', ')}, generic)`);
  }
  const label = adapter?.label ?? 'Generic reader';
  let html: string;
  try {
    html = await readFile(args.file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(`extract: cannot read ${args.file}${code ? ` (${code})` : ''}`);
  }
  const dom = new JSDOM(html, { url: url.href });
  try {
    const result: ReadResult = adapter ? adapter.extract(dom.window.document, url) : readGeneric(dom.window.document, url);
    if (!result.ok) return fail(`extract: ${label}: ${result.error.message} [${result.error.code}]`);
    return { code: 0, stdout: `${JSON.stringify(result.ticket, null, 2)}\n`, stderr: '' };
  } catch (error) {
    return fail(`extract: ${label} failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    dom.window.close();
  }
}
