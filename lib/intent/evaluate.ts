import { detectIntent } from './detect';
import type { DetectOptions } from './detect';
import { INTENTS, isIntentId } from './types';
import type { IntentId, IntentResult } from './types';

/**
 * Measuring intent detection: the labelled e-mail fixtures, Bitext's files (read, never bundled:
 * nothing in the extension imports this module) and the metrics scripts/eval-intent.ts prints.
 */

export interface LabelledText {
  text: string;
  subject?: string;
  intent: IntentId;
  language?: string;
}

/** One labelled e-mail per line: {"text", "subject"?, "intent", "language"}. Throws on a bad line. */
export function parseLabelledJsonl(content: string): LabelledText[] {
  return content
    .split('\n')
    .map((line, index) => ({ line: line.trim(), index }))
    .filter(({ line }) => line !== '')
    .map(({ line, index }) => {
      const value: unknown = JSON.parse(line);
      if (typeof value !== 'object' || value === null) throw new Error(`line ${index + 1}: not an object`);
      const { text, subject, intent, language } = value as Record<string, unknown>;
      if (typeof text !== 'string' || text.trim() === '') throw new Error(`line ${index + 1}: no text`);
      if (!isIntentId(intent)) throw new Error(`line ${index + 1}: unknown intent ${String(intent)}`);
      if (subject !== undefined && typeof subject !== 'string') throw new Error(`line ${index + 1}: bad subject`);
      if (language !== undefined && typeof language !== 'string') throw new Error(`line ${index + 1}: bad language`);
      return { text, intent, ...(subject !== undefined ? { subject } : {}), ...(language !== undefined ? { language } : {}) };
    });
}

/** Bitext's e-commerce intents (its README) and ours; the other Bitext intents are left out. */
export const BITEXT_INTENTS: Readonly<Record<string, IntentId>> = {
  track_order: 'track_order',
  delivery_period: 'delivery_period',
  delivery_options: 'delivery_options',
  cancel_order: 'cancel_order',
  change_order: 'change_order',
  change_shipping_address: 'change_shipping_address',
  get_refund: 'get_refund',
  track_refund: 'track_refund',
  check_refund_policy: 'check_refund_policy',
  payment_issue: 'payment_issue',
  check_invoice: 'invoice',
  get_invoice: 'invoice',
  complaint: 'complaint',
  contact_human_agent: 'contact_human_agent',
};

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(content: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < content.length; i++) {
    const c = content[i];
    if (quoted) {
      if (c === '"') {
        if (content[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && content[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.length > 1 || (r[0] ?? '') !== '');
}

/** customer-support-training.csv: its `instruction` and `intent` columns, e-commerce intents only. */
export function readBitextCsv(content: string): LabelledText[] {
  const [header, ...rows] = parseCsv(content);
  const textColumn = header?.indexOf('instruction') ?? -1;
  const intentColumn = header?.indexOf('intent') ?? -1;
  if (textColumn < 0 || intentColumn < 0) throw new Error('Bitext CSV without instruction and intent columns');
  return rows.flatMap((row) => {
    const intent = BITEXT_INTENTS[row[intentColumn] ?? ''];
    const text = (row[textColumn] ?? '').trim();
    return intent && text ? [{ text, intent }] : [];
  });
}

/** rasa-train.yml (RASA NLU 2.0): `- intent: x` then `examples: |` and `- text` lines. */
export function readRasaYaml(content: string): LabelledText[] {
  const out: LabelledText[] = [];
  let current: IntentId | undefined;
  for (const line of content.split(/\r?\n/)) {
    const intent = /^\s*- intent:\s*(\S+)\s*$/.exec(line)?.[1];
    if (intent !== undefined) {
      current = BITEXT_INTENTS[intent];
      continue;
    }
    const example = /^\s+- (.+)$/.exec(line)?.[1]?.trim();
    if (example && current) out.push({ text: example.replace(/^(["'])(.*)\1$/, '$2'), intent: current });
  }
  return out;
}

export interface IntentRow {
  support: number;
  correct: number;
  predicted: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Evaluation {
  total: number;
  correct: number;
  accuracy: number;
  /** Of the texts with a language label: how often the detected language matched. */
  languageAccuracy: number | null;
  perIntent: Partial<Record<IntentId, IntentRow>>;
  perLanguage: Record<string, { total: number; correct: number; accuracy: number }>;
  /** Most frequent mistakes first. */
  confusions: { expected: IntentId; predicted: IntentId; count: number }[];
  /** Expected calibration error over 10 confidence bins, and mean confidence. */
  calibrationError: number;
  meanConfidence: number;
  errors: { text: string; subject?: string; expected: IntentId; predicted: IntentResult }[];
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 10_000) / 10_000);

export function evaluate(
  samples: readonly LabelledText[],
  detect: (text: string, options: DetectOptions) => IntentResult = detectIntent,
): Evaluation {
  const perIntent: Partial<Record<IntentId, IntentRow>> = {};
  const row = (id: IntentId): IntentRow => (perIntent[id] ??= { support: 0, correct: 0, predicted: 0, precision: 0, recall: 0, f1: 0 });
  const perLanguage: Evaluation['perLanguage'] = {};
  const confusions = new Map<string, number>();
  const bins = Array.from({ length: 10 }, () => ({ n: 0, confidence: 0, correct: 0 }));
  const errors: Evaluation['errors'] = [];
  let correct = 0;
  let languageLabelled = 0;
  let languageCorrect = 0;
  let confidenceSum = 0;
  for (const sample of samples) {
    const result = detect(sample.text, sample.subject !== undefined ? { subject: sample.subject } : {});
    const ok = result.id === sample.intent;
    row(sample.intent).support++;
    row(result.id).predicted++;
    if (ok) {
      correct++;
      row(sample.intent).correct++;
    } else {
      const key = `${sample.intent}\u0000${result.id}`;
      confusions.set(key, (confusions.get(key) ?? 0) + 1);
      errors.push({ text: sample.text, ...(sample.subject !== undefined ? { subject: sample.subject } : {}), expected: sample.intent, predicted: result });
    }
    if (sample.language) {
      languageLabelled++;
      if (result.language === sample.language) languageCorrect++;
      const lang = (perLanguage[sample.language] ??= { total: 0, correct: 0, accuracy: 0 });
      lang.total++;
      if (ok) lang.correct++;
    }
    const bin = bins[Math.min(9, Math.floor(result.confidence * 10))];
    if (bin) {
      bin.n++;
      bin.confidence += result.confidence;
      if (ok) bin.correct++;
    }
    confidenceSum += result.confidence;
  }
  for (const id of INTENTS) {
    const r = perIntent[id];
    if (!r) continue;
    r.precision = ratio(r.correct, r.predicted);
    r.recall = ratio(r.correct, r.support);
    r.f1 = r.precision + r.recall === 0 ? 0 : Math.round(((2 * r.precision * r.recall) / (r.precision + r.recall)) * 10_000) / 10_000;
  }
  for (const lang of Object.values(perLanguage)) lang.accuracy = ratio(lang.correct, lang.total);
  const total = samples.length;
  const calibrationError = bins.reduce((sum, b) => (b.n === 0 ? sum : sum + (b.n / total) * Math.abs(b.correct / b.n - b.confidence / b.n)), 0);
  return {
    total,
    correct,
    accuracy: ratio(correct, total),
    languageAccuracy: languageLabelled === 0 ? null : ratio(languageCorrect, languageLabelled),
    perIntent,
    perLanguage,
    confusions: [...confusions]
      .map(([key, count]) => {
        const [expected, predicted] = key.split('\u0000') as [IntentId, IntentId];
        return { expected, predicted, count };
      })
      .sort((a, b) => b.count - a.count || a.expected.localeCompare(b.expected)),
    calibrationError: Math.round(calibrationError * 10_000) / 10_000,
    meanConfidence: ratio(confidenceSum, total),
    errors,
  };
}
