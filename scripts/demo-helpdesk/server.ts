/**
 * The demo helpdesk: a Zendesk Agent Workspace look-alike, the saved fixture pages and an ordinary
 * non-helpdesk page, served on 127.0.0.1 and routed by the Host header. Chromium reaches it under the
 * real host names through `--host-resolver-rules=` + hostResolverRules(port).
 *
 * Run alone: `npx tsx scripts/demo-helpdesk/server.ts [port]`.
 */
import { readFileSync } from 'node:fs';
import { request, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AddressInfo } from 'node:net';
import { editorLabAsset, fixtureWithEditor } from './editors/routes';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const REPO_ROOT = resolve(HERE, '..', '..');
const ZENDESK_SITE = resolve(HERE, 'site', 'zendesk');
const CKEDITOR_DIST = resolve(REPO_ROOT, 'node_modules', 'ckeditor5', 'dist', 'browser');
const FIXTURES = resolve(REPO_ROOT, 'tests', 'fixtures', 'helpdesks');

/**
 * The value for Chromium's `--host-resolver-rules=`: every host name to this server, so helpdesk
 * pages (and any site a test names) load under their real addresses. These machines have no
 * other network; nothing else is reachable anyway.
 */
export function hostResolverRules(port: number): string {
  // Loopback stays loopback: local fake shops (WooCommerce over http) listen there.
  return `MAP * 127.0.0.1:${port}, EXCLUDE 127.0.0.1, EXCLUDE localhost`;
}

export interface HelpdeskServerOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /**
   * Requests for hosts ending in `hostSuffix` are passed to `target` (a local fake shop), so the
   * extension can reach "https://northwind.myshopify.com" in end-to-end tests.
   */
  proxy?: { hostSuffix: string; target: string }[];
}

export interface HelpdeskServer {
  port: number;
  close(): Promise<void>;
}

/** A comment posted through the demo composer, kept in memory for the life of one server. */
interface SubmittedComment {
  id: number;
  ticketId: string;
  html: string;
  author: string;
  at: string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

const MAX_BODY_BYTES = 256 * 1024;
const AGENT_NAME = 'Alex Rivera';

export function startHelpdeskServer(options: HelpdeskServerOptions = {}): Promise<HelpdeskServer> {
  const comments = new Map<string, SubmittedComment[]>();
  let nextCommentId = 900001;

  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) {
        send(res, 500, 'text/plain; charset=utf-8', 'Internal server error');
      } else {
        res.destroy();
      }
      console.error('[demo-helpdesk]', error);
    });
  };
  // HTTPS with a self-signed certificate (launch.ts tells Chromium to accept it): some helpdesk
  // hosts (mail.google.com) are HTTPS-only in every browser, so every page is served that way.
  const server = createHttpsServer({ key: readFileSync(resolve(HERE, 'tls', 'key.pem')), cert: readFileSync(resolve(HERE, 'tls', 'cert.pem')) }, onRequest);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const host = hostName(req.headers.host);
    const path = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/';

    const fixture = /^\/__fixtures\/([^/]+)\/([^/]+)\.html$/.exec(path);
    if (fixture) {
      if (!isRead(method)) return methodNotAllowed(res, 'GET, HEAD');
      const [, helpdesk = '', name = ''] = fixture;
      if (!isSafeSegment(helpdesk) || !isSafeSegment(name)) return notFound(res);
      // ?mount=<editor>&target=<selector>: the page with a real editor on its composer (editors/routes.ts).
      const mounted = await fixtureWithEditor(resolve(FIXTURES, helpdesk, `${name}.html`), new URL(req.url ?? '/', 'http://x').searchParams);
      if (mounted) return send(res, mounted.status, mounted.type, mounted.body);
      return sendFile(res, FIXTURES, `${helpdesk}/${name}.html`);
    }

    // The editor lab, on any host: /__editors/<name>.html|.js|.css (editors/routes.ts).
    if (path.startsWith('/__editors/')) {
      if (!isRead(method)) return methodNotAllowed(res, 'GET, HEAD');
      const asset = await editorLabAsset(path, new URL(req.url ?? '/', 'http://x').searchParams);
      return asset ? send(res, asset.status, asset.type, asset.body) : notFound(res);
    }

    const upstream = options.proxy?.find((p) => host.endsWith(p.hostSuffix));
    if (upstream) return forward(req, res, upstream.target);

    // A saved page at its real address (the URL in its .expected.json), as the helpdesk serves it,
    // or at any address with ?deskpilot-fixture=<helpdesk>/<case> (a helpdesk on a custom domain).
    const asked = new URL(req.url ?? '/', 'http://x').searchParams.get('deskpilot-fixture');
    const [askedHelpdesk = '', askedCase = ''] = asked?.split('/') ?? [];
    const saved = asked ? (isSafeSegment(askedHelpdesk) && isSafeSegment(askedCase) ? `${askedHelpdesk}/${askedCase}.html` : null) : (await savedPages()).get(`${host}${path}`);
    if (asked && !saved) return notFound(res);
    if (saved && isRead(method)) return sendFile(res, FIXTURES, saved);

    if (host.endsWith('.zendesk.com')) {
      const api = /^\/api\/tickets\/(\d{1,12})\/comments$/.exec(path);
      if (api) {
        const ticketId = api[1] ?? '';
        if (method === 'GET' || method === 'HEAD') {
          return sendJson(res, 200, { comments: comments.get(ticketId) ?? [] });
        }
        if (method !== 'POST') return methodNotAllowed(res, 'GET, HEAD, POST');
        const body = await readJsonBody(req);
        if (!body.ok) return sendJson(res, body.status, { error: body.error });
        const html = isRecord(body.value) ? body.value['html'] : undefined;
        if (typeof html !== 'string' || html.trim() === '') {
          return sendJson(res, 400, { error: 'Expected a JSON body { "html": "..." }.' });
        }
        const comment: SubmittedComment = {
          id: nextCommentId++,
          ticketId,
          html,
          author: AGENT_NAME,
          at: new Date().toISOString(),
        };
        const list = comments.get(ticketId) ?? [];
        list.push(comment);
        comments.set(ticketId, list);
        return sendJson(res, 201, { comment });
      }
      if (!isRead(method)) return methodNotAllowed(res, 'GET, HEAD');
      if (path === '/' || path === '/agent' || path === '/agent/') {
        res.writeHead(302, { location: '/agent/dashboard', 'cache-control': 'no-store' });
        res.end();
        return;
      }
      if (/^\/agent\/(dashboard|tickets\/\d{1,12}(\/events)?)\/?$/.test(path)) {
        return sendFile(res, ZENDESK_SITE, 'index.html');
      }
      if (path.startsWith('/assets/')) {
        return sendFile(res, ZENDESK_SITE, path.slice('/assets/'.length));
      }
      if (path.startsWith('/vendor/ckeditor5/')) {
        return sendFile(res, CKEDITOR_DIST, path.slice('/vendor/ckeditor5/'.length));
      }
      return notFound(res);
    }

    // Any other host: an ordinary shop blog, with no ticket on it.
    if (!isRead(method)) return methodNotAllowed(res, 'GET, HEAD');
    if (path === '/' || path.startsWith('/blog/')) {
      return send(res, 200, CONTENT_TYPES['.html'] ?? 'text/html', blogPage(host));
    }
    return notFound(res);
  }

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      resolvePromise({
        port,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}

/** Passes a request on to a local upstream server, as is. */
function forward(req: IncomingMessage, res: ServerResponse, target: string): Promise<void> {
  return new Promise((done) => {
    const upstream = request(new URL(req.url ?? '/', target), { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res).on('finish', done);
    });
    upstream.on('error', () => {
      if (!res.headersSent) send(res, 502, 'text/plain; charset=utf-8', 'Upstream unavailable');
      done();
    });
    req.pipe(upstream);
  });
}

let savedPageIndex: Promise<Map<string, string>> | null = null;

/** "host/path" of every saved page's expected URL -> its file under tests/fixtures/helpdesks. */
function savedPages(): Promise<Map<string, string>> {
  savedPageIndex ??= (async () => {
    const index = new Map<string, string>();
    const helpdesks = await readdir(FIXTURES).catch(() => []);
    for (const helpdesk of helpdesks) {
      const files = await readdir(resolve(FIXTURES, helpdesk)).catch(() => []);
      for (const file of files.filter((f) => f.endsWith('.expected.json'))) {
        try {
          const expected: unknown = JSON.parse(await readFile(resolve(FIXTURES, helpdesk, file), 'utf8'));
          const url = isRecord(expected) && typeof expected['url'] === 'string' ? new URL(expected['url']) : null;
          if (url) index.set(`${url.hostname}${url.pathname}`, `${helpdesk}/${file.replace(/\.expected\.json$/, '.html')}`);
        } catch {
          // A broken expectation file is the fixture tests' business, not the server's.
        }
      }
    }
    return index;
  })();
  return savedPageIndex;
}

function hostName(header: string | undefined): string {
  const value = (header ?? '').trim().toLowerCase();
  // "[::1]:8080", "demo.zendesk.com:8080", "demo.zendesk.com"
  if (value.startsWith('[')) return value.slice(0, value.indexOf(']') + 1);
  const colon = value.lastIndexOf(':');
  return colon === -1 ? value : value.slice(0, colon);
}

function isRead(method: string): boolean {
  return method === 'GET' || method === 'HEAD';
}

function isSafeSegment(segment: string): boolean {
  return /^[a-z0-9][a-z0-9._-]*$/i.test(segment) && !segment.includes('..');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Serves `relative` from inside `root` only: decoded, normalised and checked against traversal. */
async function sendFile(res: ServerResponse, root: string, relative: string): Promise<void> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relative);
  } catch {
    return notFound(res);
  }
  if (decoded === '' || decoded.includes('\0') || decoded.includes('\\')) return notFound(res);
  const file = resolve(root, decoded);
  if (!file.startsWith(root + sep)) return notFound(res);
  try {
    const info = await stat(file);
    if (!info.isFile()) return notFound(res);
  } catch {
    return notFound(res);
  }
  const body = await readFile(file);
  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  res.writeHead(200, {
    'content-type': type,
    'content-length': body.length,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(body);
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, {
    'content-type': type,
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(body);
}

/** Node drops the body of a response to HEAD by itself, keeping content-length. */
function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, CONTENT_TYPES['.json'] ?? 'application/json', JSON.stringify(value));
}

function notFound(res: ServerResponse): void {
  send(res, 404, 'text/plain; charset=utf-8', 'Not found');
}

function methodNotAllowed(res: ServerResponse, allow: string): void {
  res.setHeader('allow', allow);
  send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');
}

type BodyResult = { ok: true; value: unknown } | { ok: false; status: number; error: string };

async function readJsonBody(req: IncomingMessage): Promise<BodyResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return { ok: false, status: 413, error: 'Body too large.' };
    chunks.push(buffer);
  }
  try {
    const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    return { ok: true, value };
  } catch {
    return { ok: false, status: 400, error: 'Body is not valid JSON.' };
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function blogPage(host: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>How to layer for a winter hike – Northwind Outfitters Journal</title>
<link rel="icon" href="data:,">
<style>
  body { margin: 0; font: 17px/1.65 Georgia, 'DejaVu Serif', serif; color: #26323a; background: #fbfaf7; }
  header { background: #1d3b2f; color: #f3efe4; padding: 14px 0; }
  .wrap { max-width: 760px; margin: 0 auto; padding: 0 24px; }
  header .wrap { display: flex; align-items: center; justify-content: space-between; font: 600 15px/1 Arial, sans-serif; }
  header a { color: #f3efe4; text-decoration: none; margin-left: 22px; font-weight: 400; }
  .brand { font-size: 19px; letter-spacing: .04em; }
  main.wrap { padding-top: 40px; padding-bottom: 60px; }
  .kicker { font: 600 13px/1 Arial, sans-serif; text-transform: uppercase; letter-spacing: .12em; color: #8a6d3b; }
  h1 { font-size: 38px; line-height: 1.2; margin: 10px 0 8px; }
  .meta { font: 14px/1.4 Arial, sans-serif; color: #6b7780; margin-bottom: 28px; }
  .hero { display: block; width: 100%; height: auto; border-radius: 6px; margin-bottom: 30px; }
  h2 { font-size: 24px; margin: 34px 0 8px; }
  aside { font: 15px/1.5 Arial, sans-serif; background: #efe9da; border-left: 4px solid #8a6d3b; padding: 14px 18px; margin: 30px 0; }
  footer { font: 13px/1.5 Arial, sans-serif; color: #6b7780; border-top: 1px solid #e2ddd0; padding: 24px 0 40px; }
</style>
</head>
<body>
<header><div class="wrap"><span class="brand">NORTHWIND OUTFITTERS</span>
<nav><a href="/">Shop</a><a href="/blog/">Journal</a><a href="/">Stores</a><a href="/">Help</a></nav></div></header>
<main class="wrap">
<article>
<div class="kicker">Trail Journal</div>
<h1>How to layer for a winter hike</h1>
<div class="meta">By Hannah Lee · 14 November 2026 · 6 min read</div>
<svg class="hero" viewBox="0 0 760 240" role="img" aria-label="Snowy hills under a pale sky">
<rect width="760" height="240" fill="#c9d8e2"/><circle cx="610" cy="62" r="26" fill="#f4efe0"/>
<path d="M0 190 L120 90 L190 140 L300 50 L420 160 L500 110 L620 180 L760 120 V240 H0Z" fill="#7d93a3"/>
<path d="M300 50 L338 84 L318 80 L300 92 L282 82 L262 86Z M120 90 L146 112 L128 110 L112 118 L98 108Z" fill="#f7f9fa"/>
<path d="M0 215 L160 170 L330 205 L520 160 L760 200 V240 H0Z" fill="#3f5d45"/></svg>
<p>The secret to staying comfortable on a cold day outside is not one thick coat but three thin layers that each do one job: move sweat away from your skin, keep warm air close, and stop wind and rain.</p>
<h2>1. The base layer</h2>
<p>Choose merino wool or a synthetic fabric next to your skin. Cotton holds moisture and chills you as soon as you stop walking. A snug fit works best, with flat seams under the straps of your pack.</p>
<h2>2. The mid layer</h2>
<p>A light fleece or a thin insulated jacket traps warm air. On steep climbs, open the zip before you start to sweat rather than after; on breaks, pull it back on straight away.</p>
<h2>3. The shell</h2>
<p>Your outer jacket should be windproof and waterproof but breathable. Look for pit zips and a hood that turns with your head. Keep it at the top of your pack so you can reach it in a minute.</p>
<aside>Planning a trip over the holidays? Orders placed before 18 December arrive before Christmas with standard delivery.</aside>
<p>Add a warm hat, gloves you can use a phone with, and a spare pair of socks in a dry bag, and you are ready for almost anything the hills will throw at you.</p>
</article>
</main>
<footer><div class="wrap">© 2026 Northwind Outfitters · ${escapeHtml(host || 'www.example.com')} · Free returns within 30 days</div></footer>
</body>
</html>
`;
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  const requested = Number(process.argv[2] ?? '0');
  const { port } = await startHelpdeskServer({ port: Number.isInteger(requested) ? requested : 0 });
  console.log(`Demo helpdesk on https://127.0.0.1:${port}`);
  console.log(`Chromium flag: --host-resolver-rules=${hostResolverRules(port)}`);
  console.log(`Then open https://northwind.zendesk.com/agent/tickets/48213`);
}
