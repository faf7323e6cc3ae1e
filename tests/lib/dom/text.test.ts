import { describe, expect, it } from 'vitest';
import { blockText, fieldText, inlineText, messageText, MOBILE_SIGNATURE, QUOTE_SEPARATOR, withoutElements, withoutQuotedHistory } from '@/lib/dom/text';
import { html } from './html';

describe('messageText', () => {
  it('keeps paragraphs and line breaks as newlines', () => {
    expect(messageText(html('<p>Hello,</p><p>Where is my <b>order</b>?<br>Thanks</p>'))).toBe('Hello,\nWhere is my order?\nThanks');
  });

  it('drops signatures, quoted history elements and hidden parts', () => {
    const body = html(
      '<p>My parcel never came.</p><div class="signature">Marie Dupont<br>+33 6 12 34 56 78</div>' +
        '<div class="gmail_quote"><p>On Tue, Northwind wrote:</p><blockquote>Your order #9999 shipped</blockquote></div>' +
        '<span aria-hidden="true">icon</span>',
    );
    expect(messageText(body)).toBe('My parcel never came.');
  });

  it('cuts at a quote header written as plain text, in several languages', () => {
    expect(withoutQuotedHistory('Merci !\nLe mar. 12 nov. 2026, Northwind Support a écrit :\n> ancien message')).toBe('Merci !');
    expect(withoutQuotedHistory('Danke.\nAm 12.11.2026 um 10:00 schrieb Northwind Support:\nalt')).toBe('Danke.');
    expect(withoutQuotedHistory('Thanks\nOn Tue, 12 Nov 2026 at 10:00, Northwind <help@northwind.test> wrote:\nold')).toBe('Thanks');
    expect(withoutQuotedHistory('Gracias\nEl mar, 12 nov 2026, Soporte escribió:\nviejo')).toBe('Gracias');
  });

  it('cuts at the Romanian Gmail quote header, which opens with "Pe"', () => {
    expect(withoutQuotedHistory('Mulțumesc!\nPe mar., 12 nov. 2026 la 10:14, Suport Northwind <help@northwind.test> a scris:\n> vechi')).toBe('Mulțumesc!');
  });

  it('cuts at Zoho’s "---- On … wrote ----" header', () => {
    expect(withoutQuotedHistory('Thanks, Tom\n---- On Mon, 03 Nov 2026 10:42:17 +0000 Amelia Price <amelia@example.co.uk> wrote ----\nold')).toBe('Thanks, Tom');
    expect(withoutQuotedHistory('Danke\n---- Am Mi, 19 Nov 2026 07:30:12 +0100 Katrin Schulz <k@example.de> schrieb ----\nalt')).toBe('Danke');
  });

  it('cuts at a quote header that a mail client wrapped onto two lines', () => {
    expect(withoutQuotedHistory('Any news?\nOn Tue, 12 Nov 2026 at 10:14, Marie Dupont <marie@example.fr>\nwrote:\n> old')).toBe('Any news?');
    expect(withoutQuotedHistory('Merci\nLe mar. 12 nov. 2026 à 10:14, Service client <help@northwind.test> a\nécrit :\nancien')).toBe('Merci');
  });

  it('keeps two lines of the customer’s own text that only look like a wrapped header', () => {
    const text = 'On Monday my neighbour took the parcel, and the note\nthat the courier wrote:\nit was left at number six.';
    expect(withoutQuotedHistory(text)).toBe(text);
  });

  it.each([
    ['en', 'Sent from my iPhone'],
    ['en', 'Sent from Outlook for iOS'],
    ['fr', 'Envoyé de mon iPhone'],
    ['de', 'Von meinem iPhone gesendet'],
    ['es', 'Enviado desde mi iPhone'],
    ['ro', 'Trimis de pe iPhone'],
  ])('cuts at a mobile signature (%s: %s)', (_lang, line) => {
    expect(MOBILE_SIGNATURE.test(line)).toBe(true);
    expect(withoutQuotedHistory(`Where is my parcel?\n${line}\nOn Tue, Northwind wrote:\nold`)).toBe('Where is my parcel?');
  });

  it('keeps a sentence that mentions a phone', () => {
    expect(withoutQuotedHistory('I sent from my iPhone a photo of the box, see attached.')).toBe('I sent from my iPhone a photo of the box, see attached.');
  });

  it('cuts at original-message and forwarded-message separators', () => {
    expect(QUOTE_SEPARATOR.test('-----Original Message-----')).toBe(true);
    expect(withoutQuotedHistory('See below.\n---------- Forwarded message ---------\nFrom: Carrier <info@carrier.test>')).toBe('See below.');
    expect(withoutQuotedHistory('Voilà.\n-------- Message d’origine --------\nancien')).toBe('Voilà.');
    expect(withoutQuotedHistory('Regards\n________________________________\nFrom: Northwind')).toBe('Regards');
  });

  it('reads quote headers whose spaces are non-breaking', () => {
    expect(withoutQuotedHistory('Thanks\nOn\u00a0Tue, 12 Nov 2026 at 10:14, Northwind wrote:\nold')).toBe('Thanks');
  });

  it('cuts at a signature delimiter', () => {
    expect(withoutQuotedHistory('Please help.\n-- \nJohn Smith\nCEO')).toBe('Please help.');
  });

  it('keeps a line that merely starts with From: without an address', () => {
    expect(withoutQuotedHistory('From: what I can see, the box was crushed.')).toBe('From: what I can see, the box was crushed.');
  });

  it('drops Zoho Desk’s and Zoho Mail’s quoted history and signature elements', () => {
    const body = html('<div>Hi Amelia, the refund left today.</div><div id="Zm-_Id_-Sgn">Tom Walker</div><div class="zmail_extra"><p>old</p></div><div data-id="quotedContent">older</div>');
    expect(messageText(body)).toBe('Hi Amelia, the refund left today.');
  });

  it('ignores scripts, styles and buttons', () => {
    expect(blockText(html('<p>Hi<script>alert(1)</script><button>Translate</button></p><style>p{}</style>'))).toBe('Hi');
  });
});

describe('withoutElements', () => {
  it('returns a copy without the matching descendants, and leaves the page alone', () => {
    const heading = html('<h2>Wrong size <button>Summarise</button><span aria-hidden="true">★</span></h2>');
    expect(inlineText(withoutElements(heading, ['button', '[aria-hidden="true"]']))).toBe('Wrong size');
    expect(heading.querySelector('button')).not.toBeNull();
  });
});

describe('messageText with the helpdesk’s own noise', () => {
  it('also drops the extra elements named by the adapter', () => {
    const bubble = html('<header>Ana Pop · 10:14</header><p>Where is order #1047?</p><div class="ajR">…</div>');
    expect(messageText(bubble)).toBe('Ana Pop · 10:14\nWhere is order #1047?\n…');
    expect(messageText(bubble, ['header', '.ajR'])).toBe('Where is order #1047?');
  });
});

describe('fieldText', () => {
  it('reads an input’s or textarea’s value, else the element’s text, on one line', () => {
    const root = html('<input id="i" value="  Where is   my order? "><textarea id="t">Refund\n for #1048</textarea><h1 id="h"> Wrong\n size </h1><input id="e">');
    expect(['#i', '#t', '#h', '#e'].map((s) => fieldText(root.querySelector(s)))).toEqual(['Where is my order?', 'Refund for #1048', 'Wrong size', '']);
    expect(fieldText(null)).toBe('');
  });
});
