import { describe, expect, it } from 'vitest';
import { EMAIL_SOURCE, emailIn, findEmail, firstEmail, isEmail } from '@/lib/dom/email';
import { html } from './html';

describe('findEmail', () => {
  it.each([
    ['Marie Dupont <marie.dupont@example.fr>', 'marie.dupont@example.fr'],
    ['(jordan+orders@mail.example.co.uk),', 'jordan+orders@mail.example.co.uk'],
    ['From: josé.núñez@correo.es', 'josé.núñez@correo.es'],
    ['mailto:ana_pop@example.ro?subject=x', 'ana_pop@example.ro'],
    ['Email:jordan@example.net.', 'jordan@example.net'],
  ])('finds the address in %s', (text, expected) => {
    expect(findEmail(text)).toBe(expected);
  });

  it.each(['no address here', 'user@localhost', 'a@b.c', '@example.com', 'price 12@3.50'])('finds none in %s', (text) => {
    expect(findEmail(text)).toBeNull();
  });

  it('exports its source for patterns built on it', () => {
    expect(new RegExp(EMAIL_SOURCE, 'gu')[Symbol.replace]('a@example.com and b@example.org', 'X')).toBe('X and X');
  });
});

describe('isEmail', () => {
  it('is true only for a text that is one address', () => {
    expect(isEmail('owner@shop.example')).toBe(true);
    expect(isEmail('Owner <owner@shop.example>')).toBe(false);
    expect(isEmail('Inbox (3)')).toBe(false);
  });
});

describe('emailIn', () => {
  it('reads a mailto link first, then the title, then the text', () => {
    const el = html(
      '<a id="a" href="mailto:Help%40Shop.example">Write to us: other@example.com</a>' +
        '<span id="b" title="Ana Pop <ana@example.com>">Ana Pop</span>' +
        '<span id="c"><b>Email</b> bo@example.org</span>' +
        '<a id="d" href="/customers/12">Bo</a>',
    );
    expect(['#a', '#b', '#c', '#d'].map((s) => emailIn(el.querySelector(s)))).toEqual(['Help@Shop.example', 'ana@example.com', 'bo@example.org', null]);
    expect(emailIn(null)).toBeNull();
  });
});

describe('firstEmail', () => {
  it('tries every match of each selector in order, and skips what accept leaves out', () => {
    const el = html(
      '<div class="channel">Phone: +33 1 23 45 67 89</div><div class="channel">ana@example.com</div>' +
        '<a class="mail" href="mailto:old@example.com">x</a><div class="body"><span class="channel">quoted@example.com</span></div>',
    );
    expect(firstEmail(el, ['.missing', '.channel', '.mail'])).toBe('ana@example.com');
    expect(firstEmail(el, ['.mail', '.channel'])).toBe('old@example.com');
    expect(firstEmail(el, ['.body .channel', '.mail'], (e) => !e.closest('.body'))).toBe('old@example.com');
    expect(firstEmail(el, ['.none'])).toBeNull();
  });
});
