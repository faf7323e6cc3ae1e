import { fold } from './normalize';

/**
 * Offline language identification for short support messages: scores function words and
 * diacritics of the languages Deskpilot ships templates for, plus a few neighbours so that an
 * Italian or Dutch message is not forced into one of them. Words are compared without accents
 * ("todavia", "multumesc", "recu" count), diacritics still add their own evidence.
 */

const PROFILES: Record<string, { words: string[]; chars?: RegExp }> = {
  en: {
    words: ['the', 'and', 'is', 'my', 'you', 'your', 'i', 'it', 'to', 'of', 'have', 'not', 'was', 'please', 'thanks', 'thank', 'hi', 'hello', 'order', 'where', 'when', 'with', 'for', 'this', 'that', 'can', 'would', 'still', 'yet', 'received', 'what', 'are', 'be', 'me', 'on'],
  },
  fr: {
    words: ['le', 'la', 'les', 'et', 'est', 'je', 'vous', 'mon', 'ma', 'mes', 'pas', 'une', 'un', 'des', 'du', 'de', 'bonjour', 'merci', 'commande', 'colis', 'pour', 'avec', 'que', 'qui', 'ai', 'reçu', 'toujours', 'votre', 'cordialement', 'madame', 'monsieur', 'suis', 'il', 'ne', 'au'],
    chars: /[éèêàçùœ]/g,
  },
  de: {
    words: ['der', 'die', 'das', 'und', 'ist', 'ich', 'sie', 'mein', 'meine', 'nicht', 'ein', 'eine', 'mit', 'für', 'hallo', 'danke', 'bestellung', 'paket', 'noch', 'habe', 'wann', 'wo', 'bitte', 'grüße', 'freundlichen', 'guten', 'tag', 'ihr', 'ihre', 'auf', 'zu', 'es', 'wurde', 'kein', 'keine'],
    chars: /[äöüß]/g,
  },
  es: {
    words: ['el', 'la', 'los', 'las', 'y', 'es', 'mi', 'mis', 'no', 'un', 'una', 'de', 'que', 'por', 'para', 'con', 'hola', 'gracias', 'pedido', 'paquete', 'todavía', 'aún', 'he', 'recibido', 'cuándo', 'dónde', 'saludos', 'favor', 'está', 'usted', 'quiero', 'buenos', 'días', 'lo', 'se'],
    chars: /[ñ¿¡áíóú]/g,
  },
  ro: {
    words: ['și', 'si', 'este', 'nu', 'am', 'un', 'o', 'de', 'la', 'pe', 'cu', 'mea', 'meu', 'comanda', 'comandă', 'coletul', 'bună', 'buna', 'mulțumesc', 'multumesc', 'când', 'unde', 'încă', 'inca', 'primit', 'vă', 'va', 'rog', 'ziua', 'pentru', 'că', 'să', 'sa', 'dumneavoastră', 'ce', 'aveți', 'puteți', 'poate', 'ați', 'aș', 'dori', 'vreau', 'ajuns', 'fost', 'foarte', 'sunt', 'dar', 'sau', 'din', 'mai', 'acum', 'după'],
    chars: /[ăâîșțşţ]/g,
  },
  it: {
    words: ['il', 'lo', 'la', 'gli', 'le', 'e', 'è', 'non', 'mio', 'mia', 'un', 'una', 'di', 'che', 'per', 'con', 'ciao', 'grazie', 'ordine', 'pacco', 'ancora', 'ho', 'ricevuto', 'quando', 'dove', 'cordiali', 'saluti', 'buongiorno', 'sono'],
  },
  nl: {
    words: ['de', 'het', 'een', 'en', 'is', 'ik', 'mijn', 'niet', 'met', 'voor', 'van', 'hallo', 'bedankt', 'bestelling', 'pakket', 'nog', 'heb', 'wanneer', 'waar', 'groeten', 'graag', 'u', 'uw', 'ontvangen', 'dank'],
  },
  pt: {
    words: ['o', 'a', 'os', 'as', 'e', 'é', 'meu', 'minha', 'não', 'um', 'uma', 'de', 'que', 'para', 'com', 'olá', 'obrigado', 'obrigada', 'encomenda', 'pedido', 'ainda', 'recebi', 'quando', 'onde', 'cumprimentos', 'você'],
    chars: /[ãõç]/g,
  },
};

/** The profiles' words without accents, built on first use: customers often type without them. */
let folded: { language: string; words: Set<string>; chars?: RegExp }[] | undefined;
function profiles() {
  folded ??= Object.entries(PROFILES).map(([language, profile]) => ({
    language,
    words: new Set(profile.words.map(fold)),
    ...(profile.chars ? { chars: profile.chars } : {}),
  }));
  return folded;
}

export interface LanguageGuess {
  language: string;
  confidence: number;
}

/** Ranked guesses; empty when the text has too few words to tell. */
export function detectLanguages(text: string): LanguageGuess[] {
  const lower = text.toLowerCase();
  const tokens = fold(lower).match(/\p{L}+/gu) ?? [];
  if (tokens.length === 0) return [];
  const scores = profiles().map(({ language, words, chars }) => {
    let score = 0;
    for (const token of tokens) if (words.has(token)) score += 1;
    if (chars) score += 0.5 * (lower.match(chars)?.length ?? 0);
    return { language, score };
  });
  const total = scores.reduce((sum, s) => sum + s.score, 0);
  if (total === 0) return [];
  return scores
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score)
    .map((s) => ({ language: s.language, confidence: Math.round((s.score / total) * 100) / 100 }));
}

export function detectLanguage(text: string): string | null {
  return detectLanguages(text)[0]?.language ?? null;
}
