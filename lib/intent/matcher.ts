import type { IntentId } from './types';
import type { Lexicon } from './lexicon/types';
import { WORD_CLASSES } from './lexicon/classes';
import { fold } from './normalize';
import type { Token } from './normalize';

/**
 * Compiles the lexicons' patterns (see lexicon/types.ts) into word "atoms" and phrases, and finds
 * the phrases in a token list. Compiling is done once, on first use; a token's atoms are cached.
 */

const EXACT = 0;
const PREFIX = 1;
const SUFFIX = 2;

export interface Phrase {
  id: number;
  intent: IntentId;
  weight: number;
  language: string;
  pattern: string;
  /** For each word of the pattern, the atoms that satisfy it. */
  slots: ReadonlySet<number>[];
  negatable: boolean;
  adjacent: boolean;
}

export interface PhraseMatch {
  phrase: Phrase;
  /** First and last token of the match (inclusive). */
  start: number;
  end: number;
  sentence: number;
  /** At least one word matched through a typo. */
  fuzzy: boolean;
  /** A negation stands right before it ("don't want to cancel"). */
  negated: boolean;
}

interface TokenInfo {
  atoms: number[];
  fuzzy: boolean;
}

export interface CompiledLexicon {
  phrases: Phrase[];
  /** Phrases by the atoms of their first word. */
  byFirstAtom: Map<number, Phrase[]>;
  exact: Map<string, number>;
  prefixes: Map<string, number>;
  suffixes: Map<string, number>;
  /** Typo candidates: cue words by first letter and length, stems by first letter. */
  fuzzyWords: Map<string, string[]>;
  fuzzyStems: Map<string, string[]>;
  /** Longest stem and suffix: a token's prefixes and suffixes are looked up to these lengths. */
  longestPrefix: number;
  longestSuffix: number;
  cache: Map<string, TokenInfo>;
}

/** Words of 5+ letters that are one typo away from a cue word but are words of their own. */
const NO_FUZZ = new Set([
  'older', 'other', 'others', 'order', 'there', 'their', 'these', 'those', 'where', 'which', 'while', 'would', 'could', 'should',
  'about', 'after', 'again', 'still', 'since', 'thing', 'think', 'thank', 'thanks', 'money', 'before',
  'merci', 'votre', 'notre', 'cette', 'comme', 'depuis', 'encore', 'aussi', 'avoir', 'faire', 'toute', 'toutes',
  'bitte', 'danke', 'diese', 'dieser', 'haben', 'meine', 'meinen', 'meiner', 'einen', 'einem', 'wurde', 'wieder', 'schon', 'keine', 'keinen',
  'gracias', 'porque', 'tengo', 'tiene', 'estoy', 'puedo', 'desde', 'quiero', 'pedido', 'todavia',
  'pentru', 'multumesc', 'inca', 'acum', 'dupa', 'foarte', 'doresc', 'vreau', 'puteti',
]);

export const NEGATIONS = new Set([
  'not', 'no', 'never', 'nothing', 'instead', 'rather',
  'pas', 'jamais', 'n', 'plutot', 'lieu',
  'nicht', 'kein', 'keine', 'keinen', 'nie', 'niemals', 'statt', 'anstatt',
  'nunca', 'vez', 'lugar',
  'nu', 'niciodata', 'loc',
]);

/** Words of ability or knowledge: "I can't cancel", "je n'arrive pas à annuler" still ask to cancel. */
const ABILITY = new Set([
  'can', 'could', 'able', 'unable', 'know', 'how', 'manage', 'managed', 'possible', 'allow', 'allowed', 'let',
  'peux', 'peut', 'pouvez', 'pu', 'arrive', 'reussi', 'reussis', 'sais', 'possible', 'moyen',
  'kann', 'kannst', 'konnen', 'konnte', 'weiss', 'moglich', 'geht', 'klappt', 'lasst',
  'puedo', 'puede', 'pude', 'podido', 'se', 'sabe', 'consigo', 'posible', 'deja',
  'pot', 'poate', 'putut', 'reusesc', 'reusit', 'stiu', 'posibil', 'lasa',
]);

const GAP = 3;
const NEGATION_WINDOW = 3;
const MIN_FUZZY_WORD = 5;
const MIN_FUZZY_STEM = 6;
const MAX_FUZZY_WORD = 30;
const CACHE_LIMIT = 20_000;

function parseAtom(text: string): { kind: number; text: string } | null {
  const word = /^[\p{L}\p{N}]+$/u;
  if (text.endsWith('*') && word.test(text.slice(0, -1))) return { kind: PREFIX, text: text.slice(0, -1) };
  if (text.startsWith('*') && word.test(text.slice(1))) return { kind: SUFFIX, text: text.slice(1) };
  if (!/^[\p{L}\p{N}]+$/u.test(text)) return null;
  return { kind: EXACT, text };
}

/** Throws on a malformed pattern: lexicons are code, and their test compiles them all. */
export function compileLexicons(lexicons: Readonly<Record<string, Lexicon>>): CompiledLexicon {
  const atomIds = new Map<string, number>();
  const exact = new Map<string, number>();
  const prefixes = new Map<string, number>();
  const suffixes = new Map<string, number>();
  const atomOf = (raw: string): number => {
    const atom = parseAtom(raw);
    if (!atom) throw new Error(`Bad word in lexicon pattern: "${raw}"`);
    if (atom.kind === PREFIX && atom.text.length < 3) throw new Error(`Stem too short: "${raw}"`);
    const key = `${atom.kind}:${atom.text}`;
    let id = atomIds.get(key);
    if (id === undefined) {
      id = atomIds.size;
      atomIds.set(key, id);
      (atom.kind === EXACT ? exact : atom.kind === PREFIX ? prefixes : suffixes).set(atom.text, id);
    }
    return id;
  };

  const phrases: Phrase[] = [];
  const byFirstAtom = new Map<number, Phrase[]>();
  for (const [language, lexicon] of Object.entries(lexicons)) {
    for (const [intent, entries] of Object.entries(lexicon) as [IntentId, readonly (readonly [number, string])[]][]) {
      for (const [weight, pattern] of entries) {
        let body = fold(pattern.trim());
        let negatable = false;
        let adjacent = false;
        while (body.startsWith('!') || body.startsWith('=')) {
          if (body.startsWith('!')) negatable = true;
          else adjacent = true;
          body = body.slice(1).trim();
        }
        const words = body.split(/\s+/).filter((w) => w !== '');
        if (words.length === 0) throw new Error(`Empty lexicon pattern for ${intent} (${language})`);
        const slots = words.map((word) => {
          const alternatives = word.split('|').flatMap((alternative) => {
            const name = /^\{(\w+)\}$/.exec(alternative)?.[1];
            if (name === undefined) return [alternative];
            const cls = WORD_CLASSES[name];
            if (cls === undefined) throw new Error(`Unknown word class {${name}} in "${pattern}"`);
            return fold(cls).split('|');
          });
          return new Set(alternatives.map(atomOf));
        });
        const phrase: Phrase = { id: phrases.length, intent, weight, language, pattern, slots, negatable, adjacent };
        phrases.push(phrase);
        for (const atom of slots[0] ?? []) {
          const list = byFirstAtom.get(atom);
          if (list) list.push(phrase);
          else byFirstAtom.set(atom, [phrase]);
        }
      }
    }
  }

  const fuzzyWords = new Map<string, string[]>();
  const fuzzyStems = new Map<string, string[]>();
  const push = (index: Map<string, string[]>, key: string, value: string) => {
    const list = index.get(key);
    if (list) list.push(value);
    else index.set(key, [value]);
  };
  for (const word of exact.keys()) if (word.length >= MIN_FUZZY_WORD && !NO_FUZZ.has(word)) push(fuzzyWords, `${word[0]}${word.length}`, word);
  for (const stem of prefixes.keys()) if (stem.length >= MIN_FUZZY_STEM) push(fuzzyStems, stem[0] ?? '', stem);
  const longest = (keys: Iterable<string>) => Math.max(0, ...[...keys].map((k) => k.length));
  return {
    phrases, byFirstAtom, exact, prefixes, suffixes, fuzzyWords, fuzzyStems,
    longestPrefix: longest(prefixes.keys()), longestSuffix: longest(suffixes.keys()), cache: new Map(),
  };
}

/** True when a and b differ by at most one insertion, deletion, substitution or swap of neighbours. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * A typo of a cue word: one edit away, with the same first letter unless the first two are
 * swapped ("rtack", "erfund"), and not just one letter more or less at the end, which is
 * grammar rather than a typo ("renvoyé" is not "renvoyer").
 */
function isTypoOf(text: string, candidate: string): boolean {
  const sameStart = candidate[0] === text[0] || (candidate[0] === text[1] && candidate[1] === text[0]);
  if (!sameStart || candidate.startsWith(text) || text.startsWith(candidate)) return false;
  return withinOneEdit(text, candidate);
}

/** The letters a typo of `word` may start with: its own first, or its second when swapped. */
function starts(word: string): string[] {
  const first = word[0] ?? '';
  const second = word[1] ?? '';
  return second !== '' && second !== first ? [first, second] : [first];
}

export function tokenInfo(compiled: CompiledLexicon, word: string): TokenInfo {
  const cached = compiled.cache.get(word);
  if (cached) return cached;
  const atoms: number[] = [];
  const id = compiled.exact.get(word);
  if (id !== undefined) atoms.push(id);
  for (let length = 3; length <= Math.min(word.length, compiled.longestPrefix); length++) {
    const prefix = compiled.prefixes.get(word.slice(0, length));
    if (prefix !== undefined) atoms.push(prefix);
  }
  for (let length = 3; length <= Math.min(word.length, compiled.longestSuffix); length++) {
    const suffix = compiled.suffixes.get(word.slice(word.length - length));
    if (suffix !== undefined) atoms.push(suffix);
  }
  let fuzzy = false;
  const fuzzable = word.length >= MIN_FUZZY_WORD && word.length <= MAX_FUZZY_WORD && !NO_FUZZ.has(word) && !/\d/.test(word);
  if (atoms.length === 0 && fuzzable) {
    const found = new Set<number>();
    for (const letter of starts(word)) {
      for (let length = word.length - 1; length <= word.length + 1; length++) {
        for (const candidate of compiled.fuzzyWords.get(`${letter}${length}`) ?? []) {
          if (isTypoOf(word, candidate)) found.add(compiled.exact.get(candidate) ?? -1);
        }
      }
      for (const stem of compiled.fuzzyStems.get(letter) ?? []) {
        for (let cut = stem.length - 1; cut <= stem.length + 1 && cut <= word.length; cut++) {
          if (isTypoOf(word.slice(0, cut), stem)) found.add(compiled.prefixes.get(stem) ?? -1);
        }
      }
    }
    found.delete(-1);
    atoms.push(...found);
    fuzzy = atoms.length > 0;
  }
  const info = { atoms, fuzzy };
  if (compiled.cache.size >= CACHE_LIMIT) compiled.cache.clear();
  compiled.cache.set(word, info);
  return info;
}

/** Every phrase occurrence in the tokens. */
export function findPhrases(compiled: CompiledLexicon, tokens: readonly Token[]): PhraseMatch[] {
  const infos = tokens.map((t) => tokenInfo(compiled, t.word));
  const matches: PhraseMatch[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const info = infos[i];
    if (!info || info.atoms.length === 0) continue;
    const sentence = tokens[i]?.sentence ?? 0;
    for (const atom of info.atoms) {
      for (const phrase of compiled.byFirstAtom.get(atom) ?? []) {
        const key = `${phrase.id}:${i}`;
        if (seen.has(key)) continue;
        seen.add(key);
        let fuzzy = info.fuzzy;
        let at = i;
        let ok = true;
        for (let s = 1; s < phrase.slots.length && ok; s++) {
          const slot = phrase.slots[s];
          const last = phrase.adjacent ? at + 1 : at + 1 + GAP;
          ok = false;
          for (let j = at + 1; j <= last && j < tokens.length; j++) {
            if (tokens[j]?.sentence !== sentence) break;
            const next = infos[j];
            if (slot && next && next.atoms.some((a) => slot.has(a))) {
              at = j;
              fuzzy ||= next.fuzzy;
              ok = true;
              break;
            }
          }
        }
        if (!ok) continue;
        const negated = phrase.negatable && isNegated(tokens, i);
        matches.push({ phrase, start: i, end: at, sentence, fuzzy, negated });
      }
    }
  }
  return matches;
}

function isNegated(tokens: readonly Token[], start: number): boolean {
  const sentence = tokens[start]?.sentence;
  let negation = false;
  for (let k = start - 1; k >= Math.max(0, start - NEGATION_WINDOW); k--) {
    const token = tokens[k];
    if (!token || token.sentence !== sentence) break;
    if (ABILITY.has(token.word)) return false;
    if (NEGATIONS.has(token.word)) negation = true;
  }
  return negation;
}
