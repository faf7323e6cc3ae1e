import { describe, expect, it } from 'vitest';
import { findOrderNumbers } from '@/lib/domain/order-numbers';

describe('findOrderNumbers', () => {
  it.each([
    ['Where is my order #1047?', ['1047']],
    ['about order 1052 please', ['1052']],
    ['Order no. 1053 arrived damaged', ['1053']],
    ['ma commande n° 1049 est arrivée', ['1049']],
    ['Meine Bestellung 1050 ist noch nicht da', ['1050']],
    ['Mi pedido #1051 no ha llegado', ['1051']],
    ['comanda nr. 1054 nu a ajuns', ['1054']],
    ['Order ID: NW-2291', ['NW-2291']],
    ['My Amazon order 114-3941689-8772232 has not arrived', ['114-3941689-8772232']],
    ['Amazon order #114-3941689-8772232', ['114-3941689-8772232']],
    ['Bestellnummer: 302-1234567-7654321', ['302-1234567-7654321']],
    ['commande n° 171-0000000-1111111 et #1049', ['171-0000000-1111111', '1049']],
    ['eBay order 12-34567-89012', ['12-34567-89012']],
    ['About #12-34567-89012, the buyer wrote again', ['12-34567-89012']],
  ])('%s', (text, expected) => {
    expect(findOrderNumbers([text])).toEqual(expected);
  });

  it('does not take tracking numbers, phone numbers or amounts', () => {
    expect(findOrderNumbers(['Tracking 1Z999AA10123456784, call +33 6 12 34 56 78, total 129.00 EUR'])).toEqual([]);
    expect(findOrderNumbers(['Order questions? Call 06-12345-67890 or 020-7946-0958.'])).toEqual([]);
    expect(findOrderNumbers(['Tracking 114-3941689-8772232 is the parcel, not the order'])).toEqual([]);
  });

  it('does not take the first group of a longer hyphenated number as the order', () => {
    expect(findOrderNumbers(['Order 114-3941689 (the rest is smudged)'])).toEqual([]);
    expect(findOrderNumbers(['order 2026-11-12'])).toEqual([]);
    expect(findOrderNumbers(['order #NW-2291-7'])).toEqual([]);
  });

  it('keeps the order of first appearance across texts and removes duplicates', () => {
    expect(findOrderNumbers(['Re: order #1047', 'I also ordered #1060, and #1047 is late'])).toEqual(['1047', '1060']);
  });

  it('does not read an HTML entity left in text as an order', () => {
    expect(findOrderNumbers(['it&#8217;s late'])).toEqual([]);
  });
});
