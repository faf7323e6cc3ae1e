import { describe, expect, it } from 'vitest';
import { LEXICONS } from '@/lib/intent/lexicon';
import { WORD_CLASSES } from '@/lib/intent/lexicon/classes';
import { compileLexicons } from '@/lib/intent/matcher';
import { fold } from '@/lib/intent/normalize';
import { INTENTS } from '@/lib/intent/types';

describe('intent lexicons', () => {
  it('compile', () => {
    expect(compileLexicons(LEXICONS).phrases.length).toBeGreaterThan(500);
  });

  it('exist for the five template languages', () => {
    expect(Object.keys(LEXICONS).sort()).toEqual(['de', 'en', 'es', 'fr', 'ro']);
  });

  it.each(Object.entries(LEXICONS))('%s has cues for every intent, with sane weights and no duplicates', (_, lexicon) => {
    for (const intent of INTENTS) {
      const entries = lexicon[intent] ?? [];
      expect(entries.length, intent).toBeGreaterThan(0);
      for (const [weight] of entries) {
        expect(weight).toBeGreaterThan(0);
        expect(weight).toBeLessThanOrEqual(6);
      }
      const patterns = entries.map(([, pattern]) => fold(pattern));
      expect(new Set(patterns).size, intent).toBe(patterns.length);
    }
  });

  it('use every shared word class', () => {
    const used = new Set(Object.values(LEXICONS).flatMap((l) => Object.values(l).flatMap((entries) => entries.flatMap(([, p]) => [...p.matchAll(/\{(\w+)\}/g)].map((m) => m[1])))));
    expect([...used].sort()).toEqual(Object.keys(WORD_CLASSES).sort());
  });
});
