import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TemplatesPage } from '@/components/templates/TemplatesPage';
import { readFileText } from '@/components/ui/read-file';
import { getTemplate, listTemplates, saveTemplate } from '@/lib/db/templates';
import { openDb } from '@/lib/db/schema';
import { BUILT_IN_TEMPLATES } from '@/lib/templates/library';
import { rowOf, userTemplate } from './helpers';

const db = openDb('deskpilot-template-transfer-test');

/** What the page handed to the browser to download, by file name. */
let downloads: Map<string, Blob>;

beforeEach(() => {
  downloads = new Map();
  let blob: Blob | null = null;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    blob = b instanceof Blob ? b : null;
    return 'blob:deskpilot-test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (blob) downloads.set(this.download, blob);
  });
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.templates.clear();
});

const jsonFile = (data: unknown, name = 'templates.json') => new File([typeof data === 'string' ? data : JSON.stringify(data)], name, { type: 'application/json' });

async function importFile(user: ReturnType<typeof userEvent.setup>, file: File) {
  await user.upload(await screen.findByLabelText('Import a file…'), file);
}

const LATE = userTemplate({ id: 'mine.late', name: 'Late parcel', intent: 'track_order', orderStates: ['late'], tags: ['dpd'], body: 'Sorry {{ customer.first_name }}, {{ order.name }} is late.' });
const VIP = userTemplate();

describe('TemplateTransfer', { timeout: 20_000 }, () => {
  it('exports the user’s templates (or all) and imports them back, asking before replacing', async () => {
    await saveTemplate(db, LATE, 10);
    await saveTemplate(db, VIP, 20);
    const user = userEvent.setup();
    render(<TemplatesPage db={db} />);

    await user.click(await screen.findByRole('button', { name: 'Export my templates (2)' }));
    const mine = downloads.get('deskpilot-templates.json');
    if (!mine) throw new Error('nothing downloaded');
    const exported: unknown = JSON.parse(await readFileText(mine));
    expect(exported).toMatchObject({ format: 'deskpilot-templates', version: 1, templates: [{ id: 'mine.late' }, { id: 'mine.vip' }] });
    await user.click(screen.getByRole('button', { name: `Export all (${BUILT_IN_TEMPLATES.length + 2})` }));
    const allBlob = downloads.get('deskpilot-templates-all.json');
    if (!allBlob) throw new Error('nothing downloaded');
    const all: unknown = JSON.parse(await readFileText(allBlob));
    expect(all).toMatchObject({ templates: expect.arrayContaining([expect.objectContaining({ id: 'track_order.shipped.en', builtIn: true })]) });

    // Into an empty manager: both come back as they were; the built-ins of "all" are skipped.
    await db.templates.clear();
    await importFile(user, new File([await readFileText(mine)], 'deskpilot-templates.json'));
    expect(await screen.findByText('Imported 2 templates from the Deskpilot file.')).toBeInTheDocument();
    expect(await getTemplate(db, 'mine.late')).toMatchObject({ ...LATE, updatedAt: expect.any(Number) });
    expect(await getTemplate(db, 'mine.vip')).toMatchObject({ ...VIP, updatedAt: expect.any(Number) });
    expect(await rowOf('Late parcel')).toHaveTextContent('Mine');

    // Again, after changing one: asks, and "Keep mine" keeps the change.
    await saveTemplate(db, { ...LATE, body: 'Changed {{ order.name }}' });
    await importFile(user, new File([await readFileText(mine)], 'deskpilot-templates.json'));
    const ask = await screen.findByRole('alert');
    expect(ask).toHaveTextContent('2 of the 2 templates in this file are already yours');
    expect(within(ask).getByRole('list', { name: 'Templates you already have' })).toHaveTextContent('Late parcel');
    await user.click(within(ask).getByRole('button', { name: 'Keep mine' }));
    expect(await screen.findByText('Imported 0 templates from the Deskpilot file.')).toBeInTheDocument();
    expect(screen.getByText('Kept your own 2 templates: Late parcel, VIP apology.')).toBeInTheDocument();
    expect((await getTemplate(db, 'mine.late'))?.body).toBe('Changed {{ order.name }}');

    // And "Replace them" puts the file's version back.
    await importFile(user, new File([await readFileText(mine)], 'deskpilot-templates.json'));
    await user.click(await screen.findByRole('button', { name: 'Replace them' }));
    expect(await screen.findByText('Replaced 2 templates you had: Late parcel, VIP apology.')).toBeInTheDocument();
    expect((await getTemplate(db, 'mine.late'))?.body).toBe(LATE.body);
    expect(await listTemplates(db)).toHaveLength(2);

    // The whole library file: built-ins are never imported as the user's.
    await importFile(user, jsonFile(all));
    await user.click(await screen.findByRole('button', { name: 'Replace them' }));
    expect(await screen.findByText(`Skipped ${BUILT_IN_TEMPLATES.length} entries:`)).toBeInTheDocument();
    expect(await listTemplates(db)).toHaveLength(2);
  });

  it('reports entries it skipped and files it cannot read', async () => {
    const user = userEvent.setup();
    render(<TemplatesPage db={db} />);
    await importFile(user, jsonFile([{ ...LATE }, { ...VIP, intent: 'vip' }, { ...VIP, id: 'mine.x', body: '{% if %}' }]));
    expect(await screen.findByText('Imported 1 template from the Deskpilot file.')).toBeInTheDocument();
    const skipped = screen.getByRole('list', { name: 'Skipped' });
    expect(within(skipped).getByText(/^VIP apology: "vip" is not an intent/)).toBeInTheDocument();
    expect(within(skipped).getByText(/^VIP apology: its Liquid does not parse/)).toBeInTheDocument();

    await importFile(user, jsonFile('{"macros": [', 'broken.json'));
    expect(await screen.findByText(/^This file is not JSON/)).toBeInTheDocument();
    await importFile(user, jsonFile({ tickets: [] }));
    expect(await screen.findByText(/^This file is not a Deskpilot template export/)).toBeInTheDocument();
    expect(await listTemplates(db)).toHaveLength(1);
  });

  it('imports Zendesk macros: placeholders mapped, unknown ones flagged, macros without text skipped', async () => {
    const user = userEvent.setup();
    render(<TemplatesPage db={db} />);
    await importFile(
      user,
      jsonFile({
        macros: [
          {
            id: 901,
            title: 'Shipping::Where is my order',
            actions: [
              { field: 'comment_value', value: 'Hi {{ticket.requester.first_name}},\n\nAbout ticket #{{ticket.id}}: we will call {{ticket.requester.phone}}.\n\n{{current_user.first_name}}' },
              { field: 'set_tags', value: 'wismo' },
            ],
          },
          { id: 902, title: 'Escalate', actions: [{ field: 'group_id', value: '5' }] },
        ],
      }),
    );
    const report = await screen.findByText('Imported 1 template from the Zendesk macros.');
    const notice = report.closest('[role="alert"], [role="status"]');
    if (!(notice instanceof HTMLElement)) throw new Error('no report');
    expect(within(notice).getByRole('list', { name: 'Templates to check' })).toHaveTextContent('Where is my order: {{ ticket.requester.phone }}');
    expect(within(notice).getByRole('list', { name: 'Skipped' })).toHaveTextContent('Escalate: it sets no reply text (only other actions).');
    await user.click(within(notice).getByText('2 placeholders changed to Deskpilot’s names'));
    expect(within(notice).getByText('ticket.requester.first_name')).toBeInTheDocument();

    const row = await rowOf('Where is my order');
    expect(row).toHaveTextContent('Where is my order · English · any order state');
    expect(within(row).getByRole('list', { name: 'Tags' })).toHaveTextContent(/zendesk.*shipping.*wismo/);
    await user.click(within(row).getByRole('button', { name: 'Edit' }));
    const preview = screen.getByRole('region', { name: 'Preview' });
    expect(await within(preview).findByText(/^Hi Emma,/)).toHaveTextContent('About ticket #48213: we will call [ticket.requester.phone].');
    expect(within(preview).getAllByRole('mark').map((m) => m.textContent)).toEqual(['[ticket.requester.phone]']);
    expect(screen.getByText('Unknown variable')).toBeInTheDocument();
  });

  it('imports Gorgias macros with their Shopify order variables', async () => {
    const user = userEvent.setup();
    render(<TemplatesPage db={db} />);
    const order = 'ticket.customer.integrations.shopify.orders[0]';
    await importFile(
      user,
      jsonFile({
        data: [
          {
            id: 77,
            name: 'Où est ma commande',
            intent: 'shipping/status',
            language: 'fr',
            actions: [
              {
                name: 'setResponseText',
                arguments: {
                  body_text: `Bonjour {{ticket.customer.firstname}},\n\nVotre commande {{${order}.name}} est partie le {{${order}.fulfillments[0].created_at|datetime_format("D MMMM")}} : {{${order}.fulfillments[0].tracking_url}} (n° {{${order}.fulfillments[0].tracking_number}}).\n\n{{current_user.firstname}}`,
                },
              },
            ],
          },
        ],
      }),
    );
    expect(await screen.findByText('Imported 1 template from the Gorgias macros.')).toBeInTheDocument();
    const row = await rowOf('Où est ma commande');
    expect(row).toHaveTextContent('Where is my order · French · any order state');
    await user.click(within(row).getByRole('button', { name: 'Edit' }));
    expect(screen.getByRole('textbox', { name: 'Body (Liquid)' })).toHaveValue(
      'Bonjour {{ customer.first_name }},\n\nVotre commande {{ order.name }} est partie le {{ order.fulfillments.first.created_at | date }} : {{ order.fulfillments.first.tracking_url }} (n° {{ order.fulfillments.first.tracking_number }}).\n\n{{ agent.name }}',
    );
    const preview = screen.getByRole('region', { name: 'Preview' });
    expect(await within(preview).findByText(/^Bonjour Emma,/)).toHaveTextContent(
      'Votre commande #1047 est partie le 11 mars 2025 : https://track.dpd.co.uk/parcels/15501234567890 (n° 15501234567890). Sam Carter',
    );
    expect(screen.getByText('No Liquid errors; every variable is known.')).toBeInTheDocument();
  });
});
