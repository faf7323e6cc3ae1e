import { describe, expect, it } from 'vitest';
import { alternation, escapeRegExp, WORD_END, WORD_START, wholeWords } from '@/lib/dom/patterns';

describe('escapeRegExp', () => {
  it('makes a text match itself literally', () => {
    const text = 'n° (1) [a] 2.5$ ^x* +y? {z} a|b \\';
    expect(new RegExp(`^${escapeRegExp(text)}$`).test(text)).toBe(true);
  });
});

describe('alternation', () => {
  it('puts longer phrases first, drops repeats and lets a space match any white space', () => {
    expect(alternation(['order', 'order number', 'order'])).toBe('order\\s+number|order');
    expect(new RegExp(`^(?:${alternation(['order number'])})$`).test('order \n number')).toBe(true);
  });
});

describe('word edges', () => {
  it('know accented letters, which \\b does not', () => {
    const re = new RegExp(`${WORD_START}nov${WORD_END}`, 'u');
    expect(re.test('12 nov 2026')).toBe(true);
    expect(re.test('énov')).toBe(false);
    expect(re.test('nové')).toBe(false);
    expect(re.test('1nov')).toBe(false);
  });
});

describe('wholeWords', () => {
  it('matches any phrase as whole words, case-insensitive', () => {
    const re = wholeWords(['note interne', 'notă']);
    expect(re.test('Ajout: Note   interne')).toBe(true);
    expect(re.test('o notă internă')).toBe(true);
    expect(re.test('notăm')).toBe(false);
    expect(re.test('annote interne')).toBe(false);
  });
});
