import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { TemplatesPage } from '@/components/templates/TemplatesPage';
import { getTemplate, listTemplates, saveTemplate } from '@/lib/db/templates';
import { openDb } from '@/lib/db/schema';
import { BUILT_IN_TEMPLATES } from '@/lib/templates/library';
import { rowOf, userTemplate } from './helpers';

const db = openDb('deskpilot-templates-page-test');
afterEach(async () => db.templates.clear());

const TOTAL = BUILT_IN_TEMPLATES.length;

describe('TemplatesPage: the list', { timeout: 20_000 }, () => {
  it('lists built-in and user templates, and finds them by words, tag, intent, language and owner', async () => {
    await saveTemplate(db, userTemplate());
    const user = userEvent.setup();
    render(<TemplatesPage db={db} />);
    expect(await screen.findByText(`${TOTAL + 1} templates`)).toBeInTheDocument();

    const vip = await rowOf('VIP apology');
    expect(within(vip).getByText('Mine')).toBeInTheDocument();
    expect(within(vip).getByText('Complaint · English · any order state')).toBeInTheDocument();
    expect(within(vip).getByRole('list', { name: 'Tags' })).toHaveTextContent('vip');

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'vip');
    expect(await screen.findByText(`1 of ${TOTAL + 1} templates`)).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Templates' })).getAllByText(/·/)).toHaveLength(1);

    await user.clear(screen.getByRole('searchbox', { name: 'Search' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'sorry order');
    expect(await screen.findByText('VIP apology', { selector: 'strong' })).toBeInTheDocument();
    await user.clear(screen.getByRole('searchbox', { name: 'Search' }));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Intent' }), 'Cancel the order');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'French');
    const expected = BUILT_IN_TEMPLATES.filter((t) => t.intent === 'cancel_order' && t.language === 'fr');
    expect(await screen.findByText(`${expected.length} of ${TOTAL + 1} templates`)).toBeInTheDocument();
    for (const t of expected) {
      const row = await rowOf(t.name);
      expect(within(row).getByText('Built-in')).toBeInTheDocument();
      expect(within(row).getByText(/^Cancel the order · French · /)).toBeInTheDocument();
      expect(within(row).queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
    }

    await user.selectOptions(screen.getByRole('combobox', { name: 'Intent' }), 'All intents');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'All languages');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'Mine');
    expect(await screen.findByText(`1 of ${TOTAL + 1} templates`)).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'no such words anywhere');
    expect(await screen.findByText(/No template matches/)).toBeInTheDocument();
  });

  it('shows fifty at a time', async () => {
    const user = userEvent.setup();
    render(<TemplatesPage db={db} />);
    const list = await screen.findByRole('list', { name: 'Templates' });
    expect(within(list).getAllByRole('button', { name: 'Duplicate' })).toHaveLength(50);
    await user.click(screen.getByRole('button', { name: /^Show 50 more/ }));
    expect(within(list).getAllByRole('button', { name: 'Duplicate' })).toHaveLength(100);
  });

  it('deletes a template of the user after asking', async () => {
    await saveTemplate(db, userTemplate());
    const user = userEvent.setup();
    render(<TemplatesPage db={db} />);
    const row = await rowOf('VIP apology');
    await user.click(within(row).getByRole('button', { name: 'Delete' }));
    const ask = within(row).getByRole('group', { name: 'Delete “VIP apology”?' });
    await user.click(within(ask).getByRole('button', { name: 'Cancel' }));
    expect(await getTemplate(db, 'mine.vip')).toBeDefined();

    await user.click(within(row).getByRole('button', { name: 'Delete' }));
    await user.click(within(row).getByRole('button', { name: 'Yes, delete' }));
    expect(await screen.findByText('Deleted “VIP apology”.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('VIP apology', { selector: 'strong' })).not.toBeInTheDocument());
    expect(await listTemplates(db)).toEqual([]);
  });

  it('shows a built-in read-only, and duplicates it into a template of the user', async () => {
    const builtIn = BUILT_IN_TEMPLATES.find((t) => t.id === 'track_order.shipped.en');
    if (!builtIn) throw new Error('no built-in track_order.shipped.en');
    const user = userEvent.setup();
    render(<TemplatesPage db={db} />);
    await user.type(await screen.findByRole('searchbox', { name: 'Search' }), builtIn.name);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'English');

    await user.click(within(await rowOf(builtIn.name)).getByRole('button', { name: 'View' }));
    expect(screen.getByRole('heading', { name: 'Built-in template' })).toBeInTheDocument();
    expect(screen.getByText('Built-in templates are read-only.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Body (Liquid)' })).toHaveAttribute('readonly');
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Duplicate' }));
    expect(screen.getByRole('heading', { name: 'New template' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue(`${builtIn.name} (copy)`);
    expect(screen.getByRole('textbox', { name: 'Body (Liquid)' })).toHaveValue(builtIn.body);
    expect(screen.getByRole('checkbox', { name: 'Shipped' })).toBeChecked();
    await user.clear(screen.getByRole('textbox', { name: 'Name' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'On its way, DPD');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved “On its way, DPD”.')).toBeInTheDocument();

    const [copy] = await listTemplates(db);
    expect(copy).toMatchObject({ name: 'On its way, DPD', intent: 'track_order', language: 'en', orderStates: ['shipped'], tags: builtIn.tags, body: builtIn.body, builtIn: false });
    expect(copy?.id).not.toBe(builtIn.id);
    expect(BUILT_IN_TEMPLATES.find((t) => t.id === builtIn.id)?.name).toBe(builtIn.name);

    await user.click(screen.getByRole('button', { name: 'Back to the list' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'Mine');
    await user.clear(screen.getByRole('searchbox', { name: 'Search' }));
    const row = await rowOf('On its way, DPD');
    expect(within(row).getByText('Mine')).toBeInTheDocument();
    expect(within(row).getByText('Where is my order · English · Shipped')).toBeInTheDocument();
  });
});
