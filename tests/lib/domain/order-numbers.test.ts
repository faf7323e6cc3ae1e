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
  ])('%s', (text, expected) => {
    expect(findOrderNumbers([text])).toEqual(expected);
  });

  it('does not take tracking numbers, phone numbers or amounts', () => {
    expect(findOrderNumbers(['Tracking 1Z999AA10123456784, call +33 6 12 34 56 78, total 129.00 EUR'])).toEqual([]);
  });

  it('keeps the order of first appearance across texts and removes duplicates', () => {
    expect(findOrderNumbers(['Re: order #1047', 'I also ordered #1060, and #1047 is late'])).toEqual(['1047', '1060']);
  });

  it('does not read an HTML entity left in text as an order', () => {
    expect(findOrderNumbers(['it&#8217;s late'])).toEqual([]);
  });
});
