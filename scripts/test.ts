import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `npm test`: type check, lint, unit and component tests, the Firefox build's lint, the Chrome
 * build, then end-to-end tests in Chromium. Stops at the first failing step and ends with one
 * summary line ("N passed, N failed") counting every test that ran.
 */
const RESULTS = '.test-results';
mkdirSync(RESULTS, { recursive: true });

interface Step {
  name: string;
  command: string[];
  report?: string;
}

const vitest = (name: string, config: string | null): Step => ({
  name,
  command: ['vitest', 'run', ...(config ? ['--config', config] : []), '--reporter=default', '--reporter=json', `--outputFile.json=${join(RESULTS, `${name}.json`)}`],
  report: join(RESULTS, `${name}.json`),
});

const STEPS: Step[] = [
  { name: 'typecheck', command: ['tsc', '--noEmit'] },
  { name: 'lint', command: ['eslint', '.', '--max-warnings', '0'] },
  vitest('unit', null),
  { name: 'firefox-build', command: ['wxt', 'build', '-b', 'firefox'] },
  { name: 'firefox-lint', command: ['web-ext', 'lint', '-s', '.output/firefox-mv2', '--self-hosted'] },
  { name: 'build', command: ['wxt', 'build'] },
  { name: 'build-e2e', command: ['wxt', 'build', '--mode', 'e2e'] },
  vitest('e2e', 'vitest.e2e.config.ts'),
];

let passed = 0;
let failed = 0;
let failedStep: string | null = null;
for (const step of STEPS) {
  console.log(`\n▶ ${step.name}: ${step.command.join(' ')}`);
  const [bin, ...args] = step.command;
  const run = spawnSync(join('node_modules', '.bin', bin ?? ''), args, { stdio: 'inherit' });
  if (step.report && existsSync(step.report)) {
    const report = JSON.parse(readFileSync(step.report, 'utf8')) as { numPassedTests?: number; numFailedTests?: number };
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
  }
  if (run.status !== 0) {
    failedStep = step.name;
    break;
  }
}
console.log(failedStep ? `\n✖ npm test stopped at ${failedStep}` : '\n✔ type check, lint, unit, Firefox lint and end-to-end all passed');
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failedStep ? 1 : 0;
