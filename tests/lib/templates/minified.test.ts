// @vitest-environment node
import { join } from 'node:path';
import { build } from 'esbuild';
import { expect, it } from 'vitest';
import type * as Engine from '@/lib/templates/engine';

/**
 * The extension ships the engine minified: class names are renamed there. Gaps must still show
 * as placeholders in that build (a check by `constructor.name` once made them print as nothing).
 */
it('marks a missing value in the minified build too', async () => {
  const out = await build({
    entryPoints: [join(import.meta.dirname, '..', '..', '..', 'lib', 'templates', 'engine.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    // As the extension bundles it: liquidjs's browser build.
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const code = out.outputFiles[0]?.text ?? '';
  const engine = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as typeof Engine;
  const result = engine.render('Hi {{ customer.first_name }}, tracking: {{ order.fulfillments.first.tracking_number }}', {
    language: 'en',
    order: null,
    ticket: { id: '1', subject: 'Where is my order?', customerName: 'Emma Thompson', customerEmail: null },
    agent: { name: 'Alex' },
    shop: { name: 'Northwind' },
  });
  expect(result.text).toContain('[order.fulfillments.first.tracking_number]');
  expect(result.gaps).toContainEqual({ name: 'order.fulfillments.first.tracking_number', required: true });
});
