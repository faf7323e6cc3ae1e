import { describe, expect, it } from 'vitest';
import { detectLanguage, detectLanguages } from '@/lib/intent/language';

describe('detectLanguage', () => {
  it.each([
    ['en', 'Hi, I ordered a jacket two weeks ago and it still has not arrived. Can you tell me where it is?'],
    ['fr', 'Bonjour, j’ai reçu ma commande mais la veste est déchirée. Que dois-je faire ? Merci'],
    ['de', 'Hallo, meine Bestellung ist noch nicht angekommen. Wann wird sie geliefert? Viele Grüße'],
    ['es', 'Hola, quiero cancelar mi pedido porque me equivoqué de talla. Gracias'],
    ['ro', 'Bună ziua, nu am primit încă coletul. Vă rog să verificați comanda mea. Mulțumesc'],
    ['it', 'Buongiorno, non ho ancora ricevuto il mio ordine. Grazie'],
  ])('%s', (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('returns nothing for text with no words', () => {
    expect(detectLanguage('#1047 12/11 €')).toBeNull();
    expect(detectLanguages('')).toEqual([]);
  });

  it('ranks runners-up with confidences that sum to at most 1', () => {
    const guesses = detectLanguages('Bonjour, my order is late, merci');
    expect(guesses.length).toBeGreaterThan(1);
    expect(guesses.reduce((s, g) => s + g.confidence, 0)).toBeLessThanOrEqual(1.01);
  });
});

describe('detectLanguage without diacritics', () => {
  it.each([
    ['es', 'Hola, todavia no me ha llegado el pedido, donde esta? Gracias'],
    ['ro', 'Buna ziua, as dori sa stiu ce metode de livrare aveti. Multumesc'],
    ['fr', 'Bonjour, je n ai toujours pas recu ma commande, merci'],
    ['de', 'Hallo, meine Bestellung ist noch nicht da. Viele Gruesse'],
  ])('%s', (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });
});
