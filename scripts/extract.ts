import { runExtract } from './cli/extract';

const outcome = await runExtract(process.argv.slice(2));
process.stdout.write(outcome.stdout);
process.stderr.write(outcome.stderr);
process.exitCode = outcome.code;
