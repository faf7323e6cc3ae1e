import { describe, expect, it } from 'vitest';
import { blockText, messageText, withoutQuotedHistory } from '@/lib/dom/text';

function el(html: string): Element {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('messageText', () => {
  it('keeps paragraphs and line breaks as newlines', () => {
    expect(messageText(el('<p>Hello,</p><p>Where is my <b>order</b>?<br>Thanks</p>'))).toBe('Hello,\nWhere is my order?\nThanks');
  });

  it('drops signatures, quoted history elements and hidden parts', () => {
    const body = el(
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

  it('cuts at a signature delimiter', () => {
    expect(withoutQuotedHistory('Please help.\n-- \nJohn Smith\nCEO')).toBe('Please help.');
  });

  it('keeps a line that merely starts with From: without an address', () => {
    expect(withoutQuotedHistory('From: what I can see, the box was crushed.')).toBe('From: what I can see, the box was crushed.');
  });

  it('ignores scripts, styles and buttons', () => {
    expect(blockText(el('<p>Hi<script>alert(1)</script><button>Translate</button></p><style>p{}</style>'))).toBe('Hi');
  });
});
