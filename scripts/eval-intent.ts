import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { TUNING, detectIntent, intentProbabilities, scoreIntents } from '../lib/intent/detect';
import { evaluate, parseLabelledJsonl, readBitextCsv, readRasaYaml } from '../lib/intent/evaluate';
import type { Evaluation, LabelledText } from '../lib/intent/evaluate';
import { LEXICONS } from '../lib/intent/lexicon';
import { compileLexicons } from '../lib/intent/matcher';
import { fold } from '../lib/intent/normalize';
import { INTENTS } from '../lib/intent/types';

/**
 * `npm run eval:intent`: accuracy of offline intent detection on
 * (a) Bitext's English utterances (../shared/data/bitext, when present): tuned on
 *     customer-support-training.csv, reported on the rasa-train.yml utterances not in the CSV;
 * (b) our multilingual e-mails: tests/fixtures/intent/emails.jsonl (tuning) and
 *     emails.heldout.jsonl (never tuned on).
 * Prints the numbers and writes bench-results/intent-eval.json.
 *   --errors      list the mistakes on the tuning sets (never on the held-out ones)
 *   --calibrate   fit the softmax temperature and 'other' base score on the tuning sets
 *   --bitext DIR  Bitext's folder (default ../shared/data/bitext)
 */
const ROOT = resolve(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'intent');

const { values: args } = parseArgs({
  options: {
    errors: { type: 'boolean', default: false },
    calibrate: { type: 'boolean', default: false },
    bitext: { type: 'string', default: join(ROOT, '..', 'shared', 'data', 'bitext') },
  },
});

const pct = (n: number) => `${(n * 100).toFixed(1)}%`;

function printEvaluation(name: string, e: Evaluation): void {
  console.log(`\n## ${name}: ${pct(e.accuracy)} (${e.correct}/${e.total}); calibration error ${e.calibrationError}, mean confidence ${e.meanConfidence}`);
  if (e.languageAccuracy !== null) {
    const langs = Object.entries(e.perLanguage).sort(([a], [b]) => a.localeCompare(b));
    console.log(`   language detected right: ${pct(e.languageAccuracy)}; intent per language: ${langs.map(([l, v]) => `${l} ${pct(v.accuracy)} (${v.correct}/${v.total})`).join(', ')}`);
  }
  console.log(`   ${'intent'.padEnd(26)}${'n'.padStart(6)}${'recall'.padStart(9)}${'precision'.padStart(11)}${'f1'.padStart(7)}`);
  for (const id of INTENTS) {
    const r = e.perIntent[id];
    if (!r || r.support === 0) continue;
    console.log(`   ${id.padEnd(26)}${String(r.support).padStart(6)}${pct(r.recall).padStart(9)}${pct(r.precision).padStart(11)}${r.f1.toFixed(2).padStart(7)}`);
  }
  const top = e.confusions.slice(0, 6).map((c) => `${c.expected} -> ${c.predicted} (${c.count})`);
  if (top.length > 0) console.log(`   top confusions: ${top.join('; ')}`);
}

function printErrors(name: string, e: Evaluation): void {
  console.log(`\n### mistakes on ${name} (${e.errors.length})`);
  for (const err of e.errors) {
    const { evidence } = scoreIntents(err.text, err.subject !== undefined ? { subject: err.subject } : {});
    const cues = evidence.map((ev) => `${ev.intent}:${ev.text}(${ev.weight.toFixed(1)}${ev.where === 'subject' ? ',subj' : ''})`).join(' ');
    console.log(`- expected ${err.expected}, got ${err.predicted.id} ${err.predicted.confidence} | ${err.text.replace(/\s+/g, ' ').slice(0, 160)}`);
    console.log(`    cues: ${cues || '(none)'}`);
  }
}

const summary = (e: Evaluation) => {
  const { errors, ...rest } = e;
  return { ...rest, errorCount: errors.length };
};

// (b) the e-mails: always present, they are fixtures of this repository.
const emailsTune = parseLabelledJsonl(await readFile(join(FIXTURES, 'emails.jsonl'), 'utf8'));
const emailsHeldout = parseLabelledJsonl(await readFile(join(FIXTURES, 'emails.heldout.jsonl'), 'utf8'));

// (a) Bitext, when ../shared is there. Dedupe (case-insensitive) and keep the held-out split disjoint.
let bitext: { tune: LabelledText[]; heldout: LabelledText[] } | null = null;
const csvPath = join(args.bitext, 'customer-support-training.csv');
const yamlPath = join(args.bitext, 'rasa-train.yml');
if (existsSync(csvPath) && existsSync(yamlPath)) {
  const dedupe = (items: LabelledText[], exclude = new Set<string>()) => {
    const seen = new Set(exclude);
    return items.filter((s) => {
      const key = fold(s.text).replace(/\s+/g, ' ');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  };
  const tune = dedupe(readBitextCsv(await readFile(csvPath, 'utf8')));
  const tuneKeys = new Set(tune.map((s) => fold(s.text).replace(/\s+/g, ' ')));
  const heldout = dedupe(readRasaYaml(await readFile(yamlPath, 'utf8')), tuneKeys);
  bitext = { tune, heldout };
} else {
  console.log(`Bitext not found in ${args.bitext}: skipping the Bitext evaluation (pass --bitext DIR).`);
}

if (args.calibrate) {
  const sets = [emailsTune, ...(bitext ? [bitext.tune] : [])];
  const scored = sets.map((set) => set.map((s) => ({ intent: s.intent, scores: scoreIntents(s.text, s.subject !== undefined ? { subject: s.subject } : {}).scores })));
  let best: { temperature: number; otherBase: number; nll: number; accuracy: number } | null = null;
  // 'other' must keep a positive base: with nothing scoring, the answer is 'other'.
  for (let t = 0.2; t <= 3.001; t += 0.05) {
    for (let b = 0.5; b <= 4.001; b += 0.25) {
      let nll = 0;
      let accuracy = 0;
      for (const set of scored) {
        let setNll = 0;
        let setCorrect = 0;
        for (const s of set) {
          const probs = intentProbabilities(s.scores, { ...TUNING, temperature: t, otherBase: b });
          const p = probs.find((g) => g.id === s.intent)?.confidence ?? 0;
          setNll -= Math.log(Math.max(p, 1e-9));
          if (probs[0]?.id === s.intent) setCorrect++;
        }
        nll += setNll / set.length / scored.length;
        accuracy += setCorrect / set.length / scored.length;
      }
      if (!best || nll < best.nll) best = { temperature: Math.round(t * 100) / 100, otherBase: b, nll, accuracy };
    }
  }
  console.log(`\nCalibration on the tuning sets: best temperature ${best?.temperature}, otherBase ${best?.otherBase} (mean NLL ${best?.nll.toFixed(4)}, mean accuracy ${pct(best?.accuracy ?? 0)}); current ${TUNING.temperature}/${TUNING.otherBase}`);
}

const results: Record<string, Evaluation> = {};
if (bitext) {
  results['bitext-tune'] = evaluate(bitext.tune);
  results['bitext-heldout'] = evaluate(bitext.heldout);
  printEvaluation(`Bitext tuning split (customer-support-training.csv, ${bitext.tune.length} utterances)`, results['bitext-tune']);
  printEvaluation(`Bitext held-out split (rasa-train.yml minus the CSV, ${bitext.heldout.length} utterances)`, results['bitext-heldout']);
}
results['emails-tune'] = evaluate(emailsTune);
results['emails-heldout'] = evaluate(emailsHeldout);
printEvaluation(`E-mails, tuning set (emails.jsonl, ${emailsTune.length})`, results['emails-tune']);
printEvaluation(`E-mails, held-out set (emails.heldout.jsonl, ${emailsHeldout.length})`, results['emails-heldout']);

if (args.errors) {
  if (results['bitext-tune']) printErrors('Bitext tuning split', results['bitext-tune']);
  printErrors('e-mail tuning set', results['emails-tune']);
}

// Speed: a 2,000-character e-mail built from the fixtures (with quoted history and signatures).
let long = '';
for (const s of [...emailsTune].sort((a, b) => b.text.length - a.text.length)) {
  if (long.length >= 2000) break;
  long += `${s.text}\n\n`;
}
long = long.slice(0, 2000);
// What the first call pays once: compiling the lexicons (done lazily, never at import).
const compileStart = performance.now();
compileLexicons(LEXICONS);
const compileMs = performance.now() - compileStart;
const times: number[] = [];
for (let i = 0; i < 300; i++) {
  const start = performance.now();
  detectIntent(long, { subject: 'Re: my order' });
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const at = (q: number) => Number((times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(3));
const timing = { chars: long.length, medianMs: at(0.5), p95Ms: at(0.95), compileMs: Number(compileMs.toFixed(1)) };
console.log(`\nSpeed on a ${timing.chars}-character e-mail: median ${timing.medianMs} ms, p95 ${timing.p95Ms} ms (compiling the lexicons, once on first use: ${timing.compileMs} ms)`);

await mkdir(join(ROOT, 'bench-results'), { recursive: true });
const out = {
  date: new Date().toISOString(),
  tuning: TUNING,
  bitext: bitext ? { tune: summary(results['bitext-tune'] as Evaluation), heldout: summary(results['bitext-heldout'] as Evaluation) } : { skipped: `not found in ${args.bitext}` },
  emails: { tune: summary(results['emails-tune']), heldout: summary(results['emails-heldout']) },
  timing,
};
await writeFile(join(ROOT, 'bench-results', 'intent-eval.json'), `${JSON.stringify(out, null, 2)}\n`);
console.log('Wrote bench-results/intent-eval.json');
