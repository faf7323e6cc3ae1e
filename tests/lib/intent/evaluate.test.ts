import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, parseCsv, parseLabelledJsonl, readBitextCsv, readRasaYaml } from '@/lib/intent/evaluate';
import type { LabelledText } from '@/lib/intent/evaluate';
import { INTENTS } from '@/lib/intent/types';
import type { IntentResult } from '@/lib/intent/types';

const FIXTURES = join(resolve(import.meta.dirname, '..', '..', '..'), 'tests', 'fixtures', 'intent');

describe('Bitext readers', () => {
  it('parses CSV with quoted commas, quotes and line breaks', () => {
    expect(parseCsv('a,b,c\n1,"x, ""y""\nz",3\r\n4,5,6\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, "y"\nz', '3'],
      ['4', '5', '6'],
    ]);
  });

  it('keeps the e-commerce intents of the CSV and maps invoices', () => {
    const csv = 'flags,instruction,category,intent\nB,"where is order 123, please",ORDER,track_order\nB,get my bill,INVOICE,get_invoice\nB,see my invoice,INVOICE,check_invoice\nB,delete my account,ACCOUNT,delete_account\n';
    expect(readBitextCsv(csv)).toEqual([
      { text: 'where is order 123, please', intent: 'track_order' },
      { text: 'get my bill', intent: 'invoice' },
      { text: 'see my invoice', intent: 'invoice' },
    ]);
    expect(() => readBitextCsv('a,b\n1,2\n')).toThrow();
  });

  it('reads RASA NLU examples under the mapped intents only', () => {
    const yaml = "version: '2.0'\nnlu:\n  - intent: cancel_order\n    examples: |\n      - cancel my order\n      - \"stop the purchase\"\n  - intent: newsletter_subscription\n    examples: |\n      - subscribe me\n  - intent: check_invoice\n    examples: |\n      - show my bill\n";
    expect(readRasaYaml(yaml)).toEqual([
      { text: 'cancel my order', intent: 'cancel_order' },
      { text: 'stop the purchase', intent: 'cancel_order' },
      { text: 'show my bill', intent: 'invoice' },
    ]);
  });
});

describe('parseLabelledJsonl', () => {
  it('reads labelled lines and skips blank ones', () => {
    expect(parseLabelledJsonl('{"text":"hi","subject":"s","intent":"other","language":"en"}\n\n')).toEqual([
      { text: 'hi', subject: 's', intent: 'other', language: 'en' },
    ]);
  });
  it.each(['{"text":"hi","intent":"nope"}', '{"intent":"other"}', '[1]', '{"text":"x","intent":"other","subject":3}', 'not json'])('rejects %s', (line) => {
    expect(() => parseLabelledJsonl(line)).toThrow();
  });
});

describe('evaluate', () => {
  it('counts accuracy, per-intent recall and precision, languages and confusions', () => {
    const samples: LabelledText[] = [
      { text: 'a', intent: 'track_order', language: 'en' },
      { text: 'b', intent: 'track_order', language: 'fr' },
      { text: 'c', intent: 'invoice', language: 'en' },
      { text: 'd', intent: 'invoice', language: 'en' },
    ];
    const answers: Record<string, IntentResult> = {
      a: { id: 'track_order', confidence: 0.9, runnersUp: [], language: 'en' },
      b: { id: 'invoice', confidence: 0.6, runnersUp: [], language: 'en' },
      c: { id: 'invoice', confidence: 0.8, runnersUp: [], language: 'en' },
      d: { id: 'invoice', confidence: 0.8, runnersUp: [], language: 'en' },
    };
    const result = evaluate(samples, (text) => answers[text] ?? { id: 'other', confidence: 0, runnersUp: [], language: null });
    expect(result.accuracy).toBe(0.75);
    expect(result.languageAccuracy).toBe(0.75);
    expect(result.perIntent.track_order).toMatchObject({ support: 2, correct: 1, predicted: 1, recall: 0.5, precision: 1 });
    expect(result.perIntent.invoice).toMatchObject({ support: 2, correct: 2, predicted: 3, recall: 1, precision: 0.6667 });
    expect(result.perLanguage).toEqual({ en: { total: 3, correct: 3, accuracy: 1 }, fr: { total: 1, correct: 0, accuracy: 0 } });
    expect(result.confusions).toEqual([{ expected: 'track_order', predicted: 'invoice', count: 1 }]);
    expect(result.errors).toHaveLength(1);
    // Bins: 0.9 right (gap 0.1), 0.6 wrong (gap 0.6), two 0.8 right (gap 0.2).
    expect(result.calibrationError).toBeCloseTo((1 / 4) * 0.1 + (1 / 4) * 0.6 + (2 / 4) * 0.2, 4);
  });
});

describe('the e-mail fixtures', () => {
  const tune = parseLabelledJsonl(readFileSync(join(FIXTURES, 'emails.jsonl'), 'utf8'));
  const heldout = parseLabelledJsonl(readFileSync(join(FIXTURES, 'emails.heldout.jsonl'), 'utf8'));
  const all = [...tune, ...heldout];

  it('hold at least 120 whole e-mails, about 30% of them held out', () => {
    expect(all.length).toBeGreaterThanOrEqual(120);
    const share = heldout.length / all.length;
    expect(share).toBeGreaterThan(0.27);
    expect(share).toBeLessThan(0.35);
    for (const e of all) {
      expect(e.text.split('\n').length, e.text).toBeGreaterThanOrEqual(3);
      expect(e.text.length, e.text).toBeGreaterThanOrEqual(80);
    }
    expect(new Set(all.map((e) => e.text)).size).toBe(all.length);
  });

  it('cover the 19 intents and five languages in both sets', () => {
    for (const set of [tune, heldout]) {
      expect(new Set(set.map((e) => e.intent))).toEqual(new Set(INTENTS));
      expect(new Set(set.map((e) => e.language))).toEqual(new Set(['en', 'fr', 'de', 'es', 'ro']));
    }
  });

  it('include quoted history, signatures and subjects', () => {
    expect(all.filter((e) => /wrote:|a écrit|schrieb|escribió|a scris|^>|Ursprüngliche|From:/m.test(e.text)).length).toBeGreaterThanOrEqual(9);
    expect(all.filter((e) => /^--\s*$|iPhone|Outlook/m.test(e.text)).length).toBeGreaterThanOrEqual(8);
    expect(all.filter((e) => e.subject !== undefined).length).toBeGreaterThanOrEqual(80);
  });
});
