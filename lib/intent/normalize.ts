/**
 * Text folding and tokenising shared by the lexicon compiler and the detector, so that a lexicon
 * written with accents ("remboursé", "Rückerstattung", "rambursă") matches customers who type
 * without them ("rembourse", "Rueckerstattung" aside, "ruckerstattung", "rambursa").
 */

export interface Token {
  /** Folded word: lower case, no diacritics, ß as ss. */
  word: string;
  /** Index of the sentence (or paragraph) the word belongs to; phrases never cross one. */
  sentence: number;
}

const LETTER_MAP: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ı: 'i' };
const LETTERS = /[ßæœøłđı]/g;
const MARKS = /\p{M}+/gu;
const APOSTROPHES = /[’‘`´ʼ]/g;

/** Lower case without diacritics: "Bună ziua, n’ai" -> "buna ziua, n'ai". */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(LETTERS, (c) => LETTER_MAP[c] ?? c)
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(APOSTROPHES, "'");
}

/** English contractions written with or without the apostrophe, spelled out. */
const CONTRACTIONS: Record<string, readonly string[]> = {
  "can't": ['can', 'not'], cant: ['can', 'not'], cannot: ['can', 'not'],
  "won't": ['will', 'not'], "don't": ['do', 'not'], dont: ['do', 'not'],
  "doesn't": ['does', 'not'], doesnt: ['does', 'not'], "didn't": ['did', 'not'], didnt: ['did', 'not'],
  "isn't": ['is', 'not'], isnt: ['is', 'not'], "wasn't": ['was', 'not'], wasnt: ['was', 'not'],
  "aren't": ['are', 'not'], arent: ['are', 'not'], "haven't": ['have', 'not'], havent: ['have', 'not'],
  "hasn't": ['has', 'not'], hasnt: ['has', 'not'], "hadn't": ['had', 'not'], "couldn't": ['could', 'not'],
  couldnt: ['could', 'not'], "wouldn't": ['would', 'not'], "shouldn't": ['should', 'not'],
};

/**
 * An e-mail address is not a shipping address: "e-mail address", "adresse e-mail",
 * "E-Mail-Adresse", "dirección de correo", "adresa de email" become the one word "emailaddress".
 */
const EMAIL_ADDRESS = /\be[-\s]?mail[-\s]?(?:address(?:es)?|adresse[n]?|adresa|adresei)\b|\b(?:adresse|adresa|direccion|address)(?:\s+(?:de|of))?\s+(?:e[-\s]?mail|mail|courriel|correo(?:\s+electronico)?)\b/g;

/** A word (letters and digits, with an inner English "n't"), or a sentence end. */
const PIECES = /[\p{L}\p{N}]+(?:'t\b)?|[.!?;]+(?=\s|$)|\n[^\S\n]*\n/gu;

/** Folded words with their sentence index. Paragraph breaks and . ! ? ; end a sentence. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let inSentence = false;
  for (const match of fold(text).replace(EMAIL_ADDRESS, 'emailaddress').matchAll(PIECES)) {
    const piece = match[0];
    const first = piece.charCodeAt(0);
    // '.', '!', '?', ';' or a newline: close the sentence if it has words.
    if (first === 46 || first === 33 || first === 63 || first === 59 || first === 10) {
      if (inSentence) sentence += 1;
      inSentence = false;
      continue;
    }
    const expanded = CONTRACTIONS[piece];
    if (expanded) for (const word of expanded) tokens.push({ word, sentence });
    else tokens.push({ word: piece.endsWith("'t") ? piece.slice(0, -2) : piece, sentence });
    inSentence = true;
  }
  return tokens;
}
