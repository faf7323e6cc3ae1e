import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, openSidePanel, tabIdForTicket, type ExtensionBrowser } from './browser/launch';
import { hostResolverRules, startHelpdeskServer } from './demo-helpdesk/server';

/**
 * `npm run demo`: the built extension in Chromium on the bundled demo helpdesk, with the side
 * panel open on a ticket. `npm run demo -- --screenshot <dir>` runs headless, writes PNGs of
 * the helpdesk with the panel beside it, and exits.
 */
const FIRST_TICKET = 'https://northwind.zendesk.com/agent/tickets/48213';
const PANEL_WIDTH = 400;
const HEIGHT = 860;

function parseArgs(argv: string[]): { screenshotDir: string | null } {
  const i = argv.indexOf('--screenshot');
  if (i === -1) return { screenshotDir: null };
  const dir = argv[i + 1];
  if (!dir) throw new Error('--screenshot needs a folder: npm run demo -- --screenshot <dir>');
  return { screenshotDir: resolve(dir) };
}

const DEMO_ORDERS = resolve(import.meta.dirname, '..', 'tests', 'fixtures', 'orders', 'shopify-orders_export.csv');

/** Sets the demo up as a new user would: their name, and the shop's orders export imported. */
async function setUpDemoShop(browser: ExtensionBrowser): Promise<void> {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html#settings`);
  await options.getByLabel('Your name (signs suggestions)').fill('Alex Rivera');
  await options.getByLabel('Shop name').fill('Northwind Outfitters');
  await options.getByRole('button', { name: 'Save settings' }).click();
  await options.getByText('Saved.').waitFor();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html#shops`);
  await options.getByLabel(/Import orders from a file/).setInputFiles(DEMO_ORDERS);
  await options.getByText(/orders? from shopify-orders_export\.csv/).waitFor();
  const policies = {
    Returns: 'You can return unworn items within 30 days of delivery, free of charge, with the prepaid label in your parcel.',
    Refunds: 'Refunds go back to your original payment method within 5 business days of your return reaching us.',
    Shipping: 'Orders ship within 2 business days; UK delivery takes 1–3 business days, EU delivery 3–6.',
  };
  for (const [label, text] of Object.entries(policies)) await options.getByLabel(label, { exact: true }).fill(text);
  await options.getByRole('button', { name: 'Save policies' }).click();
  await options.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  await options.close();
}

/** The helpdesk page and the panel page side by side, as an agent sees them. */
async function composite(browser: ExtensionBrowser, helpdesk: Page, panel: Page, file: string): Promise<void> {
  const [left, right] = await Promise.all([helpdesk.screenshot(), panel.screenshot()]);
  const canvas = await browser.context.newPage();
  const width = (helpdesk.viewportSize()?.width ?? 1040) + PANEL_WIDTH + 1;
  await canvas.setViewportSize({ width, height: HEIGHT });
  await canvas.setContent(
    `<body style="margin:0;display:flex;background:#c9ced6">
      <img src="data:image/png;base64,${left.toString('base64')}" style="display:block">
      <div style="width:1px;background:#c9ced6"></div>
      <img src="data:image/png;base64,${right.toString('base64')}" style="display:block">
    </body>`,
  );
  await writeFile(file, await canvas.screenshot());
  await canvas.close();
}

async function screenshots(browser: ExtensionBrowser, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  await setUpDemoShop(browser);
  const helpdesk = await browser.context.newPage();
  await helpdesk.setViewportSize({ width: 1040, height: HEIGHT });
  await helpdesk.goto(FIRST_TICKET);
  const tabId = await tabIdForTicket(browser.worker, FIRST_TICKET);
  const panel = await browser.context.newPage();
  await panel.setViewportSize({ width: PANEL_WIDTH, height: HEIGHT });
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
  await panel.getByRole('textbox', { name: 'Reply text' }).waitFor();

  const shoot = async (name: string) => {
    const file = join(dir, name);
    await composite(browser, helpdesk, panel, file);
    written.push(file);
  };
  await shoot('1-ticket-with-panel.png');

  await panel.getByRole('button', { name: 'Insert' }).click();
  // A reply with values still to fill asks first; the demo inserts it as it is.
  const anyway = panel.getByRole('button', { name: 'Insert anyway' });
  if (await anyway.isVisible()) await anyway.click();
  await panel.getByText('Inserted in the reply box').waitFor();
  await shoot('2-reply-inserted.png');

  // The views list folds away beside a panel at this width: follow the link as its click would.
  await helpdesk.locator('a[href="/agent/tickets/48214"]').first().dispatchEvent('click');
  await panel.getByRole('heading', { level: 1 }).filter({ hasText: '1049' }).waitFor();
  await shoot('3-switched-ticket-french.png');

  const options = await browser.context.newPage();
  await options.setViewportSize({ width: 1100, height: 760 });
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.getByRole('list', { name: 'Saved corrections' }).waitFor();
  const file = join(dir, '4-corrections.png');
  await writeFile(file, await options.screenshot());
  written.push(file);
  return written;
}

async function main(): Promise<void> {
  const { screenshotDir } = parseArgs(process.argv.slice(2));
  if (!screenshotDir && !process.env.DISPLAY && process.platform === 'linux') {
    throw new Error('No display here. Run `npm run demo -- --screenshot <dir>` to get PNGs of the demo instead.');
  }
  const server = await startHelpdeskServer();
  const browser = await launchWithExtension({ headless: screenshotDir !== null, hostRules: hostResolverRules(server.port) });
  const stop = async () => {
    await browser.close().catch(() => undefined);
    await server.close();
  };
  if (screenshotDir) {
    try {
      for (const file of await screenshots(browser, screenshotDir)) console.log(`wrote ${file}`);
    } finally {
      await stop();
    }
    return;
  }
  await setUpDemoShop(browser);
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(FIRST_TICKET);
  const tabId = await tabIdForTicket(browser.worker, FIRST_TICKET);
  await openSidePanel(browser, tabId);
  await page.bringToFront();
  console.log(`Deskpilot demo: ${FIRST_TICKET} (served locally on 127.0.0.1:${server.port}). Close the browser window or press Ctrl+C to end.`);
  process.once('SIGINT', () => void stop().then(() => process.exit(0)));
  await new Promise<void>((done) => browser.context.once('close', () => done()));
  await server.close();
}

main().catch((error: unknown) => {
  console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
