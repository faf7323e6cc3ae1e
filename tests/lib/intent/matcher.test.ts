import { describe, expect, it } from 'vitest';
import { compileLexicons, findPhrases, withinOneEdit } from '@/lib/intent/matcher';
import { fold, tokenize } from '@/lib/intent/normalize';
import type { Lexicon } from '@/lib/intent/lexicon';

describe('fold and tokenize', () => {
  it('folds case, accents and special letters', () => {
    expect(fold('Bună ziua, ȘTIU că Rückerstattung Straße œuvre n’ai')).toBe("buna ziua, stiu ca ruckerstattung strasse oeuvre n'ai");
    expect(fold('şi ţară')).toBe('si tara');
  });

  it('spells out English contractions, with or without the apostrophe', () => {
    expect(tokenize("I can't, it doesnt, we won't").map((t) => t.word)).toEqual(['i', 'can', 'not', 'it', 'does', 'not', 'we', 'will', 'not']);
  });

  it('numbers sentences at . ! ? ; and blank lines, not at single line breaks', () => {
    const tokens = tokenize('Where is it? It is late.\nReally late\n\nThanks; bye');
    expect(tokens.map((t) => `${t.word}${t.sentence}`)).toEqual(['where0', 'is0', 'it0', 'it1', 'is1', 'late1', 'really2', 'late2', 'thanks3', 'bye4']);
  });

  it('reads e-mail addresses (the field) as one word', () => {
    for (const text of ['my e-mail address', 'mon adresse e-mail', 'meine E-Mail-Adresse', 'mi dirección de correo', 'adresa de email']) {
      expect(tokenize(text).map((t) => t.word)).toContain('emailaddress');
    }
    expect(tokenize('my delivery address').map((t) => t.word)).toContain('address');
  });
});

describe('withinOneEdit', () => {
  it.each([
    ['cancel', 'cancel', true],
    ['cancle', 'cancel', true],
    ['recieve', 'receive', true],
    ['adress', 'address', true],
    ['refound', 'refund', true],
    ['rtack', 'track', true],
    ['cancel', 'cancer', true],
    ['refund', 'return', false],
    ['cancel', 'canceled', false],
    ['abc', 'xyz', false],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
    expect(withinOneEdit(b, a)).toBe(expected);
  });
});

const lexicon: Record<string, Lexicon> = {
  en: {
    cancel_order: [[3, '!cancel* {order}'], [2, '=please cancel']],
    wrong_item: [[3, 'wrong colour']],
    discount_code: [[4, 'voucher'], [3, 'discount*'], [3, 'promo*']],
  },
};
const compiled = compileLexicons(lexicon);
const found = (text: string) => findPhrases(compiled, tokenize(text)).map((m) => `${m.phrase.pattern}${m.negated ? ' (negated)' : ''}${m.fuzzy ? ' (typo)' : ''}`);

describe('compileLexicons', () => {
  it.each([
    ['a lone star', [3, 'cancel * order']],
    ['a short stem', [3, 'ca* order']],
    ['an unknown class', [3, 'cancel {nothing}']],
    ['punctuation', [3, "cancel order's"]],
    ['nothing', [3, '  ']],
  ] as const)('rejects %s', (_, entry) => {
    expect(() => compileLexicons({ en: { cancel_order: [entry] } })).toThrow();
  });
});

describe('findPhrases', () => {
  it('finds words in order with up to three words between, inside one sentence', () => {
    expect(found('Can you cancel my last big order?')).toEqual(['!cancel* {order}']);
    expect(found('Can you cancel the very last big order?')).toEqual([]);
    expect(found('Cancel it. The order was wrong.')).toEqual([]);
    expect(found('Order, cancel it')).toEqual([]);
  });

  it('wants adjacent words for an "=" pattern', () => {
    expect(found('please cancel')).toEqual(['=please cancel']);
    expect(found('please do cancel')).toEqual([]);
  });

  it('marks a negated cue, not one about ability', () => {
    expect(found("I don't want to cancel my order")).toEqual(['!cancel* {order} (negated)']);
    expect(found('I can not cancel my order')).toEqual(['!cancel* {order}']);
    expect(found('Wrong colour, not voucher')).toEqual(['wrong colour', 'voucher']);
  });

  it('matches words of five letters or more with one typo, and stems of six or more', () => {
    expect(found('a vuocher')).toEqual(['voucher (typo)']);
    expect(found('please cancle my orderr')).toEqual(['=please cancel (typo)', '!cancel* {order} (typo)']);
    expect(found('a discuonted price')).toEqual(['discount* (typo)']);
    expect(found('a pormotion')).toEqual([]);
    expect(found('a vouch')).toEqual([]);
  });

  it('does not take a first-letter change or a different ending for a typo', () => {
    expect(found('a boucher')).toEqual([]);
    expect(found('vouchers')).toEqual([]);
  });
});
