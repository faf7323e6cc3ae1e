import { describe, expect, it } from 'vitest';
import type { ReadResult, Ticket } from '@/lib/domain/ticket';
import { readGeneric } from '@/lib/helpdesks/generic';
import { fixtureCases, loadPage } from './fixtures';

/** A FreeScout-like ticket page: one `.thread` block per message, newest last. */
const URL_FS = new URL('https://help.northwind-shop.test/conversation/4711?folder_id=3');

interface Entry {
  cls?: string;
  name: string;
  date: string;
  body: string;
  badge?: string;
}

function thread({ cls = 'thread-type-customer', name, date, body, badge = '' }: Entry): string {
  return `<div class="thread ${cls}">
    <div class="thread-header"><span class="thread-person">${name}</span>${badge ? ` <span class="thread-badge">${badge}</span>` : ''}
      <span class="thread-date">${date}</span></div>
    <div class="thread-content">${body}</div>
  </div>`;
}

function page(threads: string, { title = 'Where is my lamp? - Northwind Help', before = '', after = '' } = {}): string {
  return `<!DOCTYPE html><html><head><title>${title}</title><style>.x{}</style><script>var x = "12 Nov 2026, 10:14 Marie";</script></head><body>
    <nav><a href="/">Mailbox</a> <a href="/conversation/4700">Order #5555 never arrived · 11 Nov 2026, 09:00</a></nav>
    ${before}
    <div id="conv-layout"><h1 class="conv-subject">Where is my lamp? (order #1047)</h1>
      <div class="conv-threads">${threads}</div></div>
    ${after}
  </body></html>`;
}

function read(html: string, url: URL = URL_FS): ReadResult {
  return readGeneric(loadPage(html, url.href), url);
}

function ticketOf(result: ReadResult): Ticket {
  if (!result.ok) throw new Error(`expected a ticket, got ${result.error.code}: ${result.error.message}`);
  return result.ticket;
}

const customer = (date: string, body: string, name = 'Marie Dupont'): string => thread({ name, date, body });
const agent = (date: string, body: string, name = 'Alex Rivera'): string => thread({ cls: 'thread-type-message', name, date, body });

describe('generic reader: saved pages', () => {
  const cases = fixtureCases('generic');

  it('has at least four conversations of different apps and one page that is not a conversation', () => {
    expect(cases.filter((c) => !('error' in c.expected)).length).toBeGreaterThanOrEqual(4);
    expect(cases.some((c) => 'error' in c.expected)).toBe(true);
  });

  describe.each(cases)('saved page $name', ({ name, html, expected }) => {
    const url = new URL(expected.url);

    it('reads exactly the expected result', () => {
      const result = readGeneric(loadPage(html, url.href), url);
      if ('error' in expected) expect(result).toEqual({ ok: false, error: expected.error });
      else expect(result).toEqual({ ok: true, ticket: expected });
    });

    it('pins a confidence in the range its content deserves', () => {
      const result = readGeneric(loadPage(html, url.href), url);
      if ('error' in expected) {
        expect(result.ok).toBe(false);
        return;
      }
      const ticket = ticketOf(result);
      expect(ticket.confidence).toBe(expected.confidence);
      // Requester, several dated messages with senders, and a subject: high. One message: medium.
      if (ticket.messages.length >= 2) expect(ticket.confidence, name).toBeGreaterThan(0.8);
      else expect(ticket.confidence, name).toBeGreaterThanOrEqual(0.4);
      expect(ticket.confidence).toBeLessThanOrEqual(1);
    });
  });
});

describe('generic reader: finding the conversation', () => {
  it('reads repeated message blocks with sender and date, oldest first', () => {
    const t = ticketOf(
      read(
        page(
          customer('12 Nov 2026, 10:14', '<p>Hello,</p><p>My lamp (order #1047) has not arrived.</p>') +
            agent('12 Nov 2026, 11:02', '<p>Hi Marie, it left our warehouse today.</p>') +
            customer('13 Nov 2026, 09:00', '<p>Thanks!</p>'),
        ),
      ),
    );
    expect(t.helpdesk).toBe('generic');
    expect(t.subject).toBe('Where is my lamp? (order #1047)');
    expect(t.messages.map((m) => [m.author, m.name, m.text, m.at])).toEqual([
      ['customer', 'Marie Dupont', 'Hello,\nMy lamp (order #1047) has not arrived.', '2026-11-12T10:14:00'],
      ['agent', 'Alex Rivera', 'Hi Marie, it left our warehouse today.', '2026-11-12T11:02:00'],
      ['customer', 'Marie Dupont', 'Thanks!', '2026-11-13T09:00:00'],
    ]);
    expect(t.ticketId).toBe('4711');
    expect(t.orderNumbers).toEqual(['1047']);
  });

  it('reads chat bubbles whose class names differ only by direction', () => {
    const bubble = (dir: string, name: string, time: string, text: string): string =>
      `<div class="message--${dir}"><div class="message__meta"><span class="message__author">${name}</span> <span class="message__time">${time}</span></div><div class="message__text">${text}</div></div>`;
    const html = page(
      bubble('incoming', 'Marie Dupont', '12/11/2026 10:14', 'Bonjour, où est ma lampe ?') +
        bubble('outgoing', 'Alex', '12/11/2026 10:20', 'Bonjour Marie, elle part demain.') +
        bubble('incoming', 'Marie Dupont', '12/11/2026 10:21', 'Merci !'),
    );
    expect(ticketOf(read(html)).messages.map((m) => [m.author, m.name, m.text])).toEqual([
      ['customer', 'Marie Dupont', 'Bonjour, où est ma lampe ?'],
      ['agent', 'Alex', 'Bonjour Marie, elle part demain.'],
      ['customer', 'Marie Dupont', 'Merci !'],
    ]);
  });

  it('puts newest-first timelines oldest first', () => {
    const t = ticketOf(
      read(page(customer('13 Nov 2026, 09:00', '<p>Any news?</p>') + agent('12 Nov 2026, 11:02', '<p>Hi Marie, it left today.</p>') + customer('12 Nov 2026, 10:14', '<p>Where is my lamp?</p>'))),
    );
    expect(t.messages.map((m) => m.text)).toEqual(['Where is my lamp?', 'Hi Marie, it left today.', 'Any news?']);
  });

  it('completes a time of day with the day header above it', () => {
    const day = (date: string, entries: string): string => `<section class="day"><h3 class="day-title">${date}</h3><div class="entries">${entries}</div></section>`;
    const html = page(
      day('12 de noviembre de 2026', customer('10:14', '<p>Hola, ¿dónde está mi pedido #1051?</p>', 'Lucía Fernández')) +
        day('13 de noviembre de 2026', agent('16:20', '<p>Hola, Lucía: salió ayer con Correos.</p>', 'Carmen Ruiz') + customer('18:02', '<p>¡Gracias!</p>', 'Lucía Fernández')),
    );
    const t = ticketOf(read(html));
    expect(t.messages.map((m) => [m.name, m.at])).toEqual([
      ['Lucía Fernández', '2026-11-12T10:14:00'],
      ['Carmen Ruiz', '2026-11-13T16:20:00'],
      ['Lucía Fernández', '2026-11-13T18:02:00'],
    ]);
    expect(t.language).toBe('es');
  });

  it('reads the date from <time datetime> or an absolute title when the text is relative', () => {
    const html = page(
      thread({ name: 'Marie Dupont', date: '<time datetime="2026-11-12T09:14:00Z">2 days ago</time>', body: '<p>Where is my lamp?</p>' }) +
        thread({ cls: 'thread-type-message', name: 'Alex Rivera', date: '<span title="12.11.2026 11:02">vor 2 Tagen</span>', body: '<p>It left today.</p>' }),
    );
    expect(ticketOf(read(html)).messages.map((m) => m.at)).toEqual(['2026-11-12T09:14:00.000Z', '2026-11-12T11:02:00']);
  });

  it('reads a single message when its block is named as one or shows an e-mail address', () => {
    const one = `<!DOCTYPE html><html><head><title>Mail</title></head><body><div class="mail-view">
      <h2 class="subject">Re: Commande n° 1049</h2>
      <div class="headers"><span>De :</span> <a href="mailto:marie@example.fr">Marie Dupont</a> <span>12/11/2026 10:14</span></div>
      <div class="mail-body"><p>Bonjour, la lampe est arrivée cassée.</p><p>Cordialement,<br>Marie</p></div></div></body></html>`;
    const t = ticketOf(read(one, new URL('https://mail.boutique-lumiere.example/mail/read?uid=88')));
    expect(t.messages).toEqual([{ author: 'customer', name: 'Marie Dupont', text: 'Bonjour, la lampe est arrivée cassée.\nCordialement,\nMarie', at: '2026-11-12T10:14:00' }]);
    expect(t.customer).toEqual({ name: 'Marie Dupont', email: 'marie@example.fr' });
    expect(t.subject).toBe('Commande n° 1049');
    expect(t.ticketId).toBe('88');
  });
});

describe('generic reader: visible text only', () => {
  const visible = customer('12 Nov 2026, 10:14', '<p>Where is my lamp?</p><p hidden>hidden order #9001</p><p style="color:red; display: none">display none order #9002</p><span aria-hidden="true">icon order #9003</span><template><p>order #9004</p></template><script>var order = "#9005";</script>');
  const html = page(visible + agent('12 Nov 2026, 11:02', '<p>It left today.</p>'), {
    before: `<div hidden>${customer('01 Nov 2026, 10:00', '<p>A hidden old message about order #9006</p>', 'Hidden Person')}${agent('01 Nov 2026, 11:00', '<p>Hidden reply #9007</p>')}</div>`,
    after: `<aside class="sidebar">
        <h3>Other conversations</h3>
        <ul class="conv-list">
          <li><a href="/conversation/4690">Order #5501 – broken shade</a> <span class="person">Paul Girard</span> <span class="date">10 Nov 2026, 09:00</span></li>
          <li><a href="/conversation/4655">Order #5502 – refund please</a> <span class="person">Claire Martin</span> <span class="date">09 Nov 2026, 15:40</span></li>
          <li><a href="/conversation/4621">Order #5503 – wrong colour</a> <span class="person">Jean Petit</span> <span class="date">08 Nov 2026, 12:12</span></li>
        </ul>
      </aside>
      <form class="reply"><div contenteditable="true"><p>Draft: order #7777</p></div><textarea>order #7778</textarea></form>`,
  });

  it('skips hidden, aria-hidden, script, style, template, nav, other-ticket lists and composers', () => {
    const t = ticketOf(read(html));
    expect(t.messages.map((m) => m.text)).toEqual(['Where is my lamp?', 'It left today.']);
    expect(t.orderNumbers).toEqual(['1047']);
  });
});

describe('generic reader: quoted history, signatures, notes and history lines', () => {
  const quotes: [string, string][] = [
    ['en', 'On Tue, 12 Nov 2026 at 11:02, Northwind Support &lt;help@northwind.test&gt; wrote:'],
    ['fr', 'Le mar. 12 nov. 2026 à 11:02, Service client &lt;help@northwind.test&gt; a écrit :'],
    ['de', 'Am 12.11.2026 um 11:02 schrieb Northwind Support &lt;help@northwind.test&gt;:'],
    ['es', 'El mar, 12 nov 2026 a las 11:02, Soporte Northwind (&lt;help@northwind.test&gt;) escribió:'],
    ['ro', 'În mar., 12 nov. 2026 la 11:02, Suport Northwind &lt;help@northwind.test&gt; a scris:'],
  ];

  it.each(quotes)('cuts quoted history after a %s quote marker, in a blockquote or as plain lines', (_lang, marker) => {
    const asPlainLines = `<div>Merci, still waiting.<br><br>${marker}<br>&gt; Your order #9999 shipped.<br>&gt; Regards</div>`;
    const asBlockquote = `<div>Merci, still waiting.</div><div>${marker}</div><blockquote>Your order #9999 shipped.</blockquote>`;
    for (const body of [asPlainLines, asBlockquote]) {
      const t = ticketOf(read(page(customer('12 Nov 2026, 10:14', '<p>Where is my lamp?</p>') + agent('12 Nov 2026, 11:02', '<p>It shipped.</p>') + customer('13 Nov 2026, 09:00', body))));
      expect(t.messages[2]?.text).toBe('Merci, still waiting.');
      expect(t.orderNumbers).not.toContain('9999');
    }
  });

  it.each([
    ['-- delimiter', '<p>Where is my lamp?</p><p>-- <br>Marie Dupont<br>+33 6 12 34 56 78</p>', 'Where is my lamp?'],
    ['Sent from my iPhone', '<p>Where is my lamp?</p><p>Sent from my iPhone</p>', 'Where is my lamp?'],
    ['Envoyé de mon iPhone', '<p>Où est ma lampe ?</p><p>Envoyé de mon iPhone</p>', 'Où est ma lampe ?'],
    ['a signature element', '<p>Where is my lamp?</p><div class="signature">Marie Dupont | CEO</div>', 'Where is my lamp?'],
    [
      'a sign-off block with phone and website',
      '<p>Where is my lamp?</p><p>Kind regards,<br>Marie Dupont<br>Head of Purchasing, Lumen SARL<br>Tel: +33 1 23 45 67 89<br>www.lumen.example</p>',
      'Where is my lamp?\nKind regards,\nMarie Dupont',
    ],
  ])('trims a signature: %s', (_what, body, text) => {
    const t = ticketOf(read(page(customer('12 Nov 2026, 10:14', body) + agent('12 Nov 2026, 11:02', '<p>It shipped.</p>'))));
    expect(t.messages[0]?.text).toBe(text);
  });

  it.each(['Internal note', 'Private note', 'Note interne', 'Interne Notiz', 'Nota interna', 'Notă internă', 'added a private note'])(
    'makes a block labelled “%s” a note, never a message',
    (label) => {
      const note = thread({ cls: 'thread-type-message', name: 'Alex Rivera', badge: label, date: '12 Nov 2026, 10:40', body: '<p>Carrier says the parcel is in Lyon, order #1061 as backup.</p>' });
      const t = ticketOf(read(page(customer('12 Nov 2026, 10:14', '<p>Where is my lamp?</p>') + note + agent('12 Nov 2026, 11:02', '<p>It is in Lyon.</p>'))));
      expect(t.notes).toEqual([{ name: 'Alex Rivera', text: 'Carrier says the parcel is in Lyon, order #1061 as backup.' }]);
      expect(t.messages.map((m) => m.text)).toEqual(['Where is my lamp?', 'It is in Lyon.']);
      expect(t.orderNumbers).toEqual(['1047', '1061']);
    },
  );

  it('makes blocks whose class names say note, internal or private notes', () => {
    const note = thread({ cls: 'thread-type-note', name: 'Alex Rivera', date: '12 Nov 2026, 10:40', body: '<p>Checked with the warehouse.</p>' });
    const t = ticketOf(read(page(customer('12 Nov 2026, 10:14', '<p>Where is my lamp?</p>') + note + agent('12 Nov 2026, 11:02', '<p>It is in Lyon.</p>'))));
    expect(t.notes.map((n) => n.text)).toEqual(['Checked with the warehouse.']);
  });

  it.each([
    'Alex Rivera changed the status from Active to Pending',
    'Ticket closed by Alex Rivera',
    'Ticket reopened',
    'Alex Rivera assigned the ticket to Julien Moreau',
    'Statut modifié : Ouvert → En attente',
    'Status geändert von „neu“ zu „offen“',
    'Merged into conversation #4702',
    'Tags added: refund, damaged',
    'Estado cambiado a Pendiente',
  ])('drops the history line “%s”', (line) => {
    const event = `<div class="thread thread-type-lineitem"><span class="thread-info">${line}</span> <span class="thread-date">12 Nov 2026, 10:30</span></div>`;
    const t = ticketOf(read(page(customer('12 Nov 2026, 10:14', '<p>Where is my lamp?</p>') + event + agent('12 Nov 2026, 11:02', '<p>It is in Lyon.</p>'))));
    expect(t.messages.map((m) => m.text)).toEqual(['Where is my lamp?', 'It is in Lyon.']);
    expect(t.notes).toEqual([]);
  });
});

describe('generic reader: customer or agent', () => {
  it('tells agents by class names (staff, agent, outgoing, response)', () => {
    for (const cls of ['staff', 'agent', 'message--outgoing', 'response']) {
      const t = ticketOf(read(page(customer('12 Nov 2026, 10:14', '<p>Where is my lamp?</p>') + thread({ cls, name: 'Marie Dupont', date: '12 Nov 2026, 11:02', body: '<p>Hello from the shop.</p>' }))));
      expect(t.messages.map((m) => m.author), cls).toEqual(['customer', 'agent']);
    }
  });

  it('tells agents by a badge next to the name', () => {
    const badged = thread({ cls: 'thread-type-x', name: 'Sam Lee', badge: 'Staff', date: '12 Nov 2026, 10:14', body: '<p>Hello Marie, we saw your order.</p>' });
    const t = ticketOf(read(page(badged + customer('12 Nov 2026, 11:02', '<p>Thanks, where is it?</p>'))));
    expect(t.messages.map((m) => [m.author, m.name])).toEqual([
      ['agent', 'Sam Lee'],
      ['customer', 'Marie Dupont'],
    ]);
    expect(t.customer.name).toBe('Marie Dupont');
  });

  it('takes the requester from a Requester / Customer / Kunde field and compares senders with it', () => {
    for (const label of ['Requester', 'Customer:', 'Client', 'Kunde']) {
      const field = `<div class="ticket-props"><span class="prop-label">${label}</span> <span class="prop-value">Marie Dupont &lt;marie@example.fr&gt;</span></div>`;
      // The agent writes first here: the first sender is not the requester.
      const t = ticketOf(read(page(agent('12 Nov 2026, 09:00', '<p>Hello Marie, your order is delayed.</p>') + thread({ cls: 'thread-type-x', name: 'Marie Dupont', date: '12 Nov 2026, 10:14', body: '<p>Why?</p>' }), { before: field })));
      expect(t.customer, label).toEqual({ name: 'Marie Dupont', email: 'marie@example.fr' });
      expect(t.messages.map((m) => m.author), label).toEqual(['agent', 'customer']);
    }
  });

  it('without markers, takes the first sender as the requester and the others as agents', () => {
    const plain = (name: string, date: string, body: string): string => thread({ cls: 'thread-type-x', name, date, body });
    const t = ticketOf(read(page(plain('Marie Dupont', '12 Nov 2026, 10:14', '<p>Where is my lamp?</p>') + plain('Alex Rivera', '12 Nov 2026, 11:02', '<p>It shipped.</p>') + plain('Marie Dupont', '13 Nov 2026, 09:00', '<p>Thanks.</p>'))));
    expect(t.messages.map((m) => m.author)).toEqual(['customer', 'agent', 'customer']);
  });
});

describe('generic reader: subject and ticket id', () => {
  const two = customer('12 Nov 2026, 10:14', '<p>Where is my lamp?</p>') + agent('12 Nov 2026, 11:02', '<p>It shipped.</p>');
  const bare = (title: string, heading = ''): string => `<!DOCTYPE html><html><head><title>${title}</title></head><body>${heading}<div class="threads">${two}</div></body></html>`;

  it('falls back to the document title without app names and ticket numbers', () => {
    const t = ticketOf(read(bare('[#4711] Where is my lamp? | FreeScout')));
    expect(t.subject).toBe('Where is my lamp?');
  });

  it('takes a "#1234" / "Ticket 1234" label near the subject when the URL has no number', () => {
    const url = new URL('https://desk.example.test/tickets/view');
    expect(ticketOf(read(bare('Northwind', '<h2>Ticket #48213</h2><h3>Where is my lamp?</h3>'), url)).ticketId).toBe('48213');
    expect(ticketOf(read(bare('Where is my lamp? – Ticket 5120 – Helpdesk'), url)).ticketId).toBe('5120');
  });

  it('otherwise uses a stable hash of subject and first message', () => {
    const url = new URL('https://desk.example.test/inbox');
    const a = ticketOf(read(bare('Where is my lamp?'), url));
    const b = ticketOf(read(bare('Where is my lamp?'), url));
    expect(a.ticketId).toMatch(/^h[0-9a-z]+$/);
    expect(b.ticketId).toBe(a.ticketId);
    expect(ticketOf(read(bare('Another subject'), url)).ticketId).not.toBe(a.ticketId);
  });
});

describe('generic reader: confidence', () => {
  it('is high with a requester, several dated messages with senders and a subject', () => {
    const t = ticketOf(read(page(customer('12 Nov 2026, 10:14', '<p>Where is my lamp?</p>') + agent('12 Nov 2026, 11:02', '<p>It shipped.</p>'))));
    expect(t.confidence).toBeGreaterThan(0.8);
    expect(t.confidence).toBe(Math.round((t.confidence ?? 0) * 100) / 100);
  });

  it('drops when dates and subject are missing', () => {
    const noDates = `<!DOCTYPE html><html><head><title></title></head><body><div class="threads">
      ${thread({ name: 'Marie Dupont', date: 'yesterday', body: '<p>Where is my lamp?</p>' })}
      ${thread({ cls: 'thread-type-message', name: 'Alex Rivera', date: 'today', body: '<p>It shipped.</p>' })}</div></body></html>`;
    const t = ticketOf(read(noDates, new URL('https://desk.example.test/inbox')));
    expect(t.missing).toEqual(['subject', 'customerEmail', 'messageTimes']);
    expect(t.confidence).toBeLessThan(0.5);
  });

  it('is low (< 0.4) on a product page whose reviews look like messages', () => {
    const review = (name: string, date: string, text: string): string =>
      `<div class="review"><div class="review-header"><span class="review-author">${name}</span> <span class="review-date">${date}</span></div><p class="review-body">${text}</p></div>`;
    const html = `<!DOCTYPE html><html><head><title>Lampe Nube – Boutique</title></head><body><h1>Lampe Nube</h1><p class="price">59,90 €</p>
      <section class="reviews">${review('Paul Girard', '02 Nov 2026', 'Très belle lumière, montage facile.')}${review('Claire Martin', '28 Oct 2026', 'Un peu petite mais jolie.')}${review('Jean Petit', '20 Oct 2026', 'Livraison rapide, je recommande.')}${review('Ana Popescu', '11 Oct 2026', 'Foarte frumoasă, mulțumesc!')}${review('Jonas Becker', '01 Oct 2026', 'Gute Qualität.')}</section></body></html>`;
    const t = ticketOf(read(html, new URL('https://boutique.example.fr/products/lampe-nube')));
    expect(t.messages).toHaveLength(5);
    expect(t.confidence).toBeLessThan(0.4);
  });

  it('gives no-conversation, saying what it looked for, on a page with no conversation', () => {
    const html = `<!DOCTYPE html><html><head><title>Lampe Nube</title></head><body><h1>Lampe Nube</h1><p>Une lampe de table en verre soufflé, 59,90 €.</p><p>Livraison en 2 à 4 jours.</p><button>Ajouter au panier</button></body></html>`;
    const result = read(html, new URL('https://boutique.example.fr/products/lampe-nube'));
    expect(result).toMatchObject({ ok: false, error: { code: 'no-conversation' } });
    if (!result.ok) expect(result.error.message).toMatch(/sender.*date/);
  });
});

describe('generic reader: bounded work', () => {
  const filler = (n: number): string =>
    Array.from({ length: n }, (_, i) => `<div class="card"><span class="k">Field ${i}</span><span class="v">Value ${i}</span></div>`).join('');

  it('reads the conversation at the end of a generated 5,000-element page', () => {
    const html = page(customer('12 Nov 2026, 10:14', '<p>Where is my lamp?</p>') + agent('12 Nov 2026, 11:02', '<p>It shipped.</p>'), { before: `<div class="grid">${filler(1700)}</div>` });
    const doc = loadPage(html, URL_FS.href);
    expect(doc.getElementsByTagName('*').length).toBeGreaterThanOrEqual(5000);
    const t = ticketOf(readGeneric(doc, URL_FS));
    expect(t.messages.map((m) => m.text)).toEqual(['Where is my lamp?', 'It shipped.']);
  });

  it('completes on a generated 5,000-element page of dated rows with no conversation', () => {
    const rows = Array.from({ length: 1250 }, (_, i) => `<tr><td>Row ${i}</td><td>${(i % 28) + 1} Nov 2026, 10:${String(i % 60).padStart(2, '0')}</td><td>${i * 3} €</td></tr>`).join('');
    const html = `<!DOCTYPE html><html><head><title>Report</title></head><body><table><tbody>${rows}</tbody></table></body></html>`;
    const doc = loadPage(html, 'https://shop.example.test/admin/report');
    expect(doc.getElementsByTagName('*').length).toBeGreaterThanOrEqual(5000);
    expect(readGeneric(doc, new URL('https://shop.example.test/admin/report'))).toMatchObject({ ok: false, error: { code: 'no-conversation' } });
  });

  // jsdom takes seconds to parse 5,000 nested elements (the reader itself, ~0.2 s): a generous
  // timeout keeps this a test of the stack, not of a busy machine.
  it('completes on a 5,000-deep page without overflowing the stack', { timeout: 60_000 }, () => {
    const deep = `${'<div>'.repeat(5000)}${customer('12 Nov 2026, 10:14', '<p>Where is my lamp?</p>')}${agent('12 Nov 2026, 11:02', '<p>It shipped.</p>')}${'</div>'.repeat(5000)}`;
    const doc = loadPage(`<!DOCTYPE html><html><head><title>Deep</title></head><body>${deep}</body></html>`, URL_FS.href);
    const result = readGeneric(doc, URL_FS);
    expect(result.ok).toBe(true);
  });
});
