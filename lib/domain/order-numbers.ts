/**
 * Order numbers as customers and agents write them: "#1047", "order 1052", "order no. 1053",
 * "commande n° 1049", "Bestellung 1050", "pedido #1051", "comanda nr. 1054", and marketplace
 * order numbers kept whole: Amazon "114-3941689-8772232", eBay "12-34567-89012".
 * Tracking numbers, phone numbers and amounts are not order numbers: a bare number counts only
 * after `#` or after an order word.
 */

const ORDER_WORDS = [
  'order', 'orders', 'order number', 'order no', 'order nr', 'order id',
  'commande', 'commandes', 'numéro de commande', 'n° de commande',
  'bestellung', 'bestellnummer', 'auftrag', 'auftragsnummer',
  'pedido', 'número de pedido', 'orden',
  'comanda', 'comenzi', 'comenzii', 'numărul comenzii',
  'ordine', 'bestelling', 'bestelnummer',
].join('|').replace(/ /g, '\\s+');

/** Amazon (3-7-7 digits) and eBay (2-5-5 digits) order numbers, tried before the shop's own format. */
const MARKETPLACE = '\\d{3}-\\d{7}-\\d{7}|\\d{2}-\\d{5}-\\d{5}';
/** The shop's own format ("1047", "NW-2291"), not the first group of a longer hyphenated number. */
const SHOP = '[A-Z]{0,4}-?\\d{3,12}(?!-\\d)';
const NUMBER = `(${MARKETPLACE}|${SHOP})`;
const WORD_THEN_NUMBER = new RegExp(
  `(?:${ORDER_WORDS})\\s*(?:(?:no|nr|n°|nº|num|number|numéro|número|nummer|numărul|#)\\.?\\s*)?:?\\s*#?\\s*${NUMBER}\\b`,
  'giu',
);
const HASH_NUMBER = new RegExp(`(?:^|[^\\w&])#\\s?${NUMBER}\\b`, 'giu');

export function findOrderNumbers(texts: readonly string[]): string[] {
  const found: { index: number; text: number; value: string }[] = [];
  texts.forEach((text, textIndex) => {
    for (const re of [WORD_THEN_NUMBER, HASH_NUMBER]) {
      re.lastIndex = 0;
      for (const match of text.matchAll(re)) {
        const value = match[1];
        if (value) found.push({ text: textIndex, index: match.index ?? 0, value });
      }
    }
  });
  found.sort((a, b) => a.text - b.text || a.index - b.index);
  const seen = new Set<string>();
  return found
    .filter((f) => !seen.has(f.value.toUpperCase()) && seen.add(f.value.toUpperCase()))
    .map((f) => f.value);
}
