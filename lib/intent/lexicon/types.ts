import type { IntentId } from '../types';

/**
 * One weighted cue for an intent: `[weight, pattern]`.
 *
 * A pattern is a few words matched on folded text (lower case, no accents, so write them with
 * or without accents), in this order, inside one sentence:
 * - `word` the word itself; `word*` any word starting with it; `*word` any word ending with it
 *   (German compounds: `*adresse` matches "Lieferadresse");
 * - `a|b|c` any of these in one place; `{order}` a shared word class (see `WORD_CLASSES`);
 * - by default up to three other words may sit between two pattern words; a leading `=` wants
 *   them next to each other;
 * - a leading `!` makes the cue negatable: "I don't want to cancel" does not count for
 *   cancel_order (a negation among the three words before it, unless it is about ability:
 *   "I can't cancel" still counts).
 * Words of 5 letters or more (and `word*` stems of 6 or more) also match with one typo.
 *
 * Weights: about 4 for a cue that alone decides the intent ("refund policy"), 2 to 3 for a
 * strong word ("stornieren"), 1 for a hint. Scores add up per intent, so a second cue of the same
 * intent confirms it; a cue inside a stronger cue of another intent does not count.
 */
export type LexiconEntry = readonly [weight: number, pattern: string];

export type Lexicon = { readonly [K in IntentId]?: readonly LexiconEntry[] };
