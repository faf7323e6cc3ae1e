import { findOrderNumbers } from '../domain/order-numbers';
import { cleanMessage } from './clean';
import { detectLanguages } from './language';
import { LEXICONS } from './lexicon';
import { compileLexicons, findPhrases } from './matcher';
import type { CompiledLexicon, PhraseMatch } from './matcher';
import { tokenize } from './normalize';
import type { Token } from './normalize';
import { INTENTS } from './types';
import type { IntentGuess, IntentId, IntentResult } from './types';

/**
 * Offline intent detection: weighted multilingual cues (lexicon/<lang>.ts) matched on the
 * cleaned message (no quoted history, greeting or signature), the subject counting less, and
 * scores turned into confidences by a softmax whose temperature was fitted on the tuning sets
 * (scripts/eval-intent.ts --calibrate). Pure and synchronous; the lexicons compile on first use.
 */

export interface DetectOptions {
  /** The ticket's or e-mail's subject, if any: weighs less than the body. */
  subject?: string;
}

export interface IntentEvidence {
  intent: IntentId;
  /** The lexicon pattern and its language. */
  pattern: string;
  language: string;
  /** What it added to the intent's score. */
  weight: number;
  where: 'subject' | 'body';
  /** The words it matched, folded. */
  text: string;
}

export interface IntentScores {
  scores: Record<IntentId, number>;
  evidence: IntentEvidence[];
  language: string | null;
  hasOrderNumber: boolean;
}

export interface Tuning {
  /** A subject's cue counts this much of a body's. */
  subjectWeight: number;
  /** A cue matched through a typo counts this much. */
  fuzzyFactor: number;
  /** Each repeat of the same cue counts this much of the previous one. */
  repeatFactor: number;
  /** An order number makes order-bound intents likelier and pre-purchase questions less. */
  orderBoost: number;
  orderDamp: number;
  /** 'Other' scores at least this: an intent needs more evidence to be chosen. */
  otherBase: number;
  /** Softmax temperature: lower is more confident. */
  temperature: number;
}

/**
 * `otherBase` and `temperature` are fitted on the tuning sets by `npm run eval:intent --
 * --calibrate` (log-likelihood); the others are set by hand. See tests/fixtures/intent/REPORT.md.
 */
export const TUNING: Readonly<Tuning> = {
  subjectWeight: 0.5,
  fuzzyFactor: 0.8,
  repeatFactor: 0.5,
  orderBoost: 1.15,
  orderDamp: 0.85,
  otherBase: 0.5,
  temperature: 0.4,
};

/** Intents about an order the customer already placed. */
const ORDER_BOUND = new Set<IntentId>([
  'track_order', 'cancel_order', 'change_order', 'change_shipping_address', 'return_request', 'get_refund',
  'track_refund', 'damaged_item', 'wrong_item', 'missing_item', 'invoice',
]);
/** Questions usually asked before buying. */
const PRE_PURCHASE = new Set<IntentId>(['delivery_period', 'delivery_options', 'check_refund_policy', 'other']);

/** The ask sits near the top: longer bodies are read up to here, which bounds the work. */
const MAX_BODY_CHARS = 10_000;

const REPLY_PREFIX = /^\s*((re|fw|fwd|tr|aw|wg|rv|antw|r|rif)\s*(\[\d+\])?\s*:\s*|\[[^\]]{0,40}\]\s*)+/i;

let compiled: CompiledLexicon | undefined;
function lexicon(): CompiledLexicon {
  compiled ??= compileLexicons(LEXICONS);
  return compiled;
}

/** Raw scores per intent, with the cues behind them: for tuning and for showing "why". */
export function scoreIntents(text: string, options: DetectOptions = {}): IntentScores {
  const body = cleanMessage(text).slice(0, MAX_BODY_CHARS);
  const subject = (options.subject ?? '').slice(0, 500).replace(REPLY_PREFIX, '');
  const scores = Object.fromEntries(INTENTS.map((id) => [id, 0])) as Record<IntentId, number>;
  const evidence: IntentEvidence[] = [];

  const add = (tokens: Token[], where: 'subject' | 'body', factor: number) => {
    const repeats = new Map<number, number>();
    for (const match of resolve(findPhrases(lexicon(), tokens))) {
      const { phrase } = match;
      const seen = repeats.get(phrase.id) ?? 0;
      repeats.set(phrase.id, seen + 1);
      const weight = phrase.weight * factor * TUNING.repeatFactor ** seen * (match.fuzzy ? TUNING.fuzzyFactor : 1);
      scores[phrase.intent] += weight;
      evidence.push({
        intent: phrase.intent, pattern: phrase.pattern, language: phrase.language, weight, where,
        text: tokens.slice(match.start, match.end + 1).map((t) => t.word).join(' '),
      });
    }
  };
  add(tokenize(body), 'body', 1);
  if (subject.trim() !== '') add(tokenize(subject), 'subject', TUNING.subjectWeight);

  const hasOrderNumber = findOrderNumbers([subject, body]).length > 0;
  if (hasOrderNumber) {
    for (const id of INTENTS) {
      if (ORDER_BOUND.has(id)) scores[id] *= TUNING.orderBoost;
      else if (PRE_PURCHASE.has(id)) scores[id] *= TUNING.orderDamp;
    }
  }
  return { scores, evidence, language: messageLanguage(body, subject, evidence), hasOrderNumber };
}

/**
 * The body's language (the subject's when the body has no words to tell); between languages
 * that tie ("Cancelar pedido": Spanish or Portuguese), the one whose cues matched.
 */
function messageLanguage(body: string, subject: string, evidence: readonly IntentEvidence[]): string | null {
  let guesses = detectLanguages(body);
  if (guesses.length === 0 && subject.trim() !== '') guesses = detectLanguages(subject);
  const best = guesses[0];
  if (!best) return null;
  const tied = guesses.filter((g) => g.confidence === best.confidence).map((g) => g.language);
  if (tied.length === 1) return best.language;
  const weightOf = (language: string) => evidence.reduce((sum, e) => sum + (e.language === language ? e.weight : 0), 0);
  return tied.reduce((a, b) => (weightOf(b) > weightOf(a) ? b : a));
}

/**
 * Keeps the strongest reading of each stretch of words: a cue is dropped when it overlaps a
 * stronger cue of the same intent, or lies inside a cue of another intent that is stronger, or
 * as strong and longer ("refund" inside "refund policy", "invoice" inside "listed on the
 * invoice"). Negated cues ("don't want to cancel") are dropped.
 */
function resolve(matches: PhraseMatch[]): PhraseMatch[] {
  const sorted = matches
    .filter((m) => !m.negated)
    .sort((a, b) => b.phrase.weight - a.phrase.weight || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: PhraseMatch[] = [];
  // The kept matches covering each token: only those can overlap or contain a new one.
  const covering = new Map<number, PhraseMatch[]>();
  for (const m of sorted) {
    let shadowed = false;
    for (let t = m.start; t <= m.end && !shadowed; t++) {
      shadowed = (covering.get(t) ?? []).some((k) =>
        k.phrase.intent === m.phrase.intent ||
        (k.start <= m.start && m.end <= k.end && (k.phrase.weight > m.phrase.weight || k.phrase.slots.length > m.phrase.slots.length)),
      );
    }
    if (shadowed) continue;
    kept.push(m);
    for (let t = m.start; t <= m.end; t++) {
      const list = covering.get(t);
      if (list) list.push(m);
      else covering.set(t, [m]);
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Softmax over the scores, 'other' never below `otherBase`; best first. */
export function intentProbabilities(scores: Readonly<Record<IntentId, number>>, tuning: Readonly<Tuning> = TUNING): IntentGuess[] {
  const logits = INTENTS.map((id) => (id === 'other' ? Math.max(scores[id], tuning.otherBase) : scores[id]) / tuning.temperature);
  const max = Math.max(...logits);
  const exps = logits.map((l) => Math.exp(l - max));
  const total = exps.reduce((sum, e) => sum + e, 0);
  return INTENTS.map((id, i) => ({ id, confidence: (exps[i] ?? 0) / total })).sort(
    (a, b) => b.confidence - a.confidence || INTENTS.indexOf(a.id) - INTENTS.indexOf(b.id),
  );
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * What the customer wants, how sure we are (0 to 1), the next best guesses (at most three, best
 * first: intents with some evidence, and 'other' when it keeps at least 1%) and the language.
 */
export function detectIntent(text: string, options: DetectOptions = {}): IntentResult {
  const { scores, language } = scoreIntents(text, options);
  const ranked = intentProbabilities(scores);
  const top = ranked[0] ?? { id: 'other' as const, confidence: 1 };
  const runnersUp = ranked
    .slice(1)
    .filter((g) => scores[g.id] > 0 || (g.id === 'other' && g.confidence >= 0.01))
    .slice(0, 3)
    .map((g) => ({ id: g.id, confidence: round(g.confidence) }));
  return { id: top.id, confidence: round(top.confidence), runnersUp, language };
}
