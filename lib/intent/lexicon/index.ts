import type { Lexicon } from './types';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { ro } from './ro';

/**
 * Every language's cues. All of them are matched on every message, because customers mix
 * languages ("Bonjour, my order #1047 n'est pas arrivé"); the language only names the reply.
 */
export const LEXICONS: Readonly<Record<string, Lexicon>> = { en, fr, de, es, ro };

export type { Lexicon, LexiconEntry } from './types';
