/**
 * Building blocks for the text patterns of the readers (dates, sender lines, labels in several
 * languages). `\b` does not know accented letters, so word edges are written as look-arounds on
 * Unicode letters and digits; patterns built with them need the `u` flag.
 */

/** Text that matches itself literally inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * `a|b|c` of a phrase list, literal, longest first (so "order number" wins over "order"), with
 * any run of white space allowed where a phrase has a space.
 */
export function alternation(phrases: Iterable<string>): string {
  return [...new Set(phrases)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|').replace(/ /g, '\\s+');
}

/** Not preceded by a letter or digit. */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
/** Not followed by a letter or digit. */
export const WORD_END = '(?![\\p{L}\\p{N}])';

/** Any of the phrases as whole words (not inside a longer word), case-insensitive. */
export function wholeWords(phrases: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}])(?:${alternation(phrases)})(?![\\p{L}])`, 'iu');
}
