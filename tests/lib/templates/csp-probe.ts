/**
 * Run by engine.test.ts with `node --disallow-code-generation-from-strings`: the engine must work
 * where eval and new Function throw, as in an extension page under its content security policy.
 */
import { render } from '../../../lib/templates/engine';

let codeGenerationBlocked = false;
try {
  new Function('return 1')();
} catch {
  codeGenerationBlocked = true;
}
const { text } = render(
  'Hallo {{ customer.first_name | upcase }}: {% for i in (1..2) %}{{ i }}{% endfor %} · {{ "2025-01-02" | date }} · {{ 3 | money: "EUR" }}',
  { language: 'de', order: null, ticket: { id: '1', subject: 's', customerName: 'Ana Pop', customerEmail: null }, agent: { name: '' }, shop: { name: '' } },
);
process.stdout.write(JSON.stringify({ codeGenerationBlocked, text }));
