import { runSuggest } from './cli/suggest';

const outcome = await runSuggest(process.argv.slice(2));
process.stdout.write(outcome.stdout);
process.stderr.write(outcome.stderr);
process.exitCode = outcome.code;
