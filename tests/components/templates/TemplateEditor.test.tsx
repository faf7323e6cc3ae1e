import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { TemplatesPage } from '@/components/templates/TemplatesPage';
import { listTemplates } from '@/lib/db/templates';
import { openDb } from '@/lib/db/schema';
import { BUILT_IN_TEMPLATES } from '@/lib/templates/library';
import { rowOf } from './helpers';
import { saveCurrentReply } from '@/lib/session/current-reply';
import { ticket as panelTicket } from '../ticket-fixture';

const db = openDb('deskpilot-template-editor-test');
afterEach(async () => db.templates.clear());

async function newTemplate() {
  const user = userEvent.setup();
  render(<TemplatesPage db={db} />);
  await user.click(await screen.findByRole('button', { name: 'New template' }));
  return user;
}

async function writeBody(user: ReturnType<typeof userEvent.setup>, text: string) {
  const body = screen.getByRole('textbox', { name: 'Body (Liquid)' });
  await user.clear(body);
  await user.click(body);
  await user.paste(text);
}

describe('TemplateEditor', { timeout: 20_000 }, () => {
  it('previews against the ticket open in the panel, or the sample', async () => {
    await saveCurrentReply({ ticket: panelTicket, order: null, agentName: 'Alex', shopName: 'Northwind', policies: { returns: '', refunds: '', shipping: '' } });
    const user = await newTemplate();
    await writeBody(user, 'Bonjour {{ customer.first_name }}, ticket {{ ticket.id }}, commande {{ order.name }}');
    const preview = screen.getByRole('region', { name: 'Preview' });
    expect(await within(preview).findByText(/Ticket #48213 from Marie Dupont: no order\./)).toBeInTheDocument();
    await waitFor(() => expect(within(preview).getAllByRole('mark').map((m) => m.textContent)).toEqual(['[order.name]']));
    await user.click(within(preview).getByRole('checkbox', { name: 'The ticket open in the panel' }));
    expect(await within(preview).findByText(/Sample ticket #48213 from Emma Thompson/)).toBeInTheDocument();
  });

  it('shows a syntax error as you type, refuses to save it, and saves once it is fixed', async () => {
    const user = await newTemplate();
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Late parcel, DPD');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Intent' }), 'Where is my order');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'Other…');
    await user.type(screen.getByRole('textbox', { name: 'Language code' }), 'NL');
    await user.click(screen.getByRole('checkbox', { name: 'Late' }));
    await user.click(screen.getByRole('checkbox', { name: 'Shipped' }));
    await user.type(screen.getByRole('textbox', { name: 'Tags' }), 'DPD, late , dpd');

    await writeBody(user, 'Hallo {{ customer.first_name }},\n{% if order.name %}uw bestelling {{ order.name }} is onderweg.');
    expect(await screen.findByText('Syntax error on line 2')).toBeInTheDocument();
    expect(screen.getByRole('alert', { name: '' })).toHaveTextContent(/not closed/);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/^Fix the Liquid error on line 2 before saving/)).toBeInTheDocument();
    expect(await listTemplates(db)).toEqual([]);

    await writeBody(user, 'Hallo {{ customer.first_name }},\n{% if order.name %}uw bestelling {{ order.name }} is onderweg: {{ order.tracking }}.{% endif %}');
    await waitFor(() => expect(screen.queryByText('Syntax error on line 2')).not.toBeInTheDocument());
    const unknown = await screen.findByRole('alert');
    expect(within(unknown).getByText('Unknown variable')).toBeInTheDocument();
    expect(within(unknown).getByText('order.tracking')).toBeInTheDocument();

    await writeBody(user, 'Hallo {{ customer.first_name }},\n{% if order.name %}uw bestelling {{ order.name }} is onderweg.{% endif %}');
    expect(await screen.findByText('No Liquid errors; every variable is known.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved “Late parcel, DPD”.')).toBeInTheDocument();
    const [saved] = await listTemplates(db);
    expect(saved).toMatchObject({
      name: 'Late parcel, DPD',
      intent: 'track_order',
      language: 'nl',
      orderStates: ['shipped', 'late'],
      tags: ['dpd', 'late'],
      builtIn: false,
    });
    expect(saved?.id).toMatch(/^mine\./);
    // Saved: it can now be deleted from the editor.
    expect(screen.getByRole('heading', { name: 'Edit template' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete' })).toBeInTheDocument();
  });

  it('asks for a name and a two-letter language before saving', async () => {
    const user = await newTemplate();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Give the template a name.')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Thanks');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'Other…');
    await user.type(screen.getByRole('textbox', { name: 'Language code' }), 'x');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/^“x” is not a language code/)).toBeInTheDocument();
    expect(await listTemplates(db)).toEqual([]);
  });

  it('previews the reply with the sample order, and marks every gap without it', async () => {
    const user = await newTemplate();
    await writeBody(
      user,
      'Hi {{ customer.first_name }}, order {{ order.name }} ({{ order.total_price | money }}) is with {{ order.fulfillments.first.tracking_company }}: {{ order.fulfillments.first.tracking_url }}{% if order.cancelled_at %} cancelled{% endif %}',
    );
    const preview = screen.getByRole('region', { name: 'Preview' });
    expect(
      await within(preview).findByText('Hi Emma, order #1047 (£86.50) is with DPD: https://track.dpd.co.uk/parcels/15501234567890'),
    ).toBeInTheDocument();
    expect(within(preview).getByText(/Empty, and left out by the template itself/)).toHaveTextContent('order.cancelled_at');
    await user.click(within(preview).getByText(/Facts used/));
    expect(within(preview).getByText('order.fulfillments.first.tracking_company')).toBeInTheDocument();

    await user.click(within(preview).getByRole('checkbox', { name: 'No order (see the gaps)' }));
    const marks = within(preview).getAllByRole('mark');
    expect(marks.map((m) => m.textContent)).toEqual([
      '[order.name]',
      '[order.total_price]',
      '[order.fulfillments.first.tracking_company]',
      '[order.fulfillments.first.tracking_url]',
    ]);
    expect(within(preview).getByText(/^Hi Emma, order/)).toHaveTextContent(
      'Hi Emma, order [order.name] ([order.total_price]) is with [order.fulfillments.first.tracking_company]: [order.fulfillments.first.tracking_url]',
    );
    expect(within(preview).getByText(/Missing values the agent must fill/)).toHaveTextContent('order.name');

    await user.click(within(preview).getByRole('checkbox', { name: 'No order (see the gaps)' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'French (fr)');
    expect(await within(preview).findByText(/\(86,50\s£GB\)/)).toBeInTheDocument();
  });

  it('inserts a variable at the cursor', async () => {
    const user = await newTemplate();
    await writeBody(user, 'Your order  is on its way.');
    const body = screen.getByRole('textbox', { name: 'Body (Liquid)' });
    if (!(body instanceof HTMLTextAreaElement)) throw new Error('no textarea');
    body.setSelectionRange(11, 11);
    await user.click(screen.getByText('Insert a variable'));
    await user.click(within(screen.getByRole('group', { name: 'Order' })).getByRole('button', { name: 'order.name' }));
    expect(body).toHaveValue('Your order {{ order.name }} is on its way.');
    await user.click(within(screen.getByRole('group', { name: 'Order' })).getByRole('button', { name: 'order.fulfillments[].tracking_url' }));
    expect(body).toHaveValue('Your order {{ order.name }}{{ order.fulfillments.first.tracking_url }} is on its way.');
    expect(await within(screen.getByRole('region', { name: 'Preview' })).findByText(/Your order #1047https:\/\/track\.dpd/)).toBeInTheDocument();
  });

  it('deletes a saved template from the editor after asking', async () => {
    const user = await newTemplate();
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Short-lived');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved “Short-lived”.');
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete' }));
    expect(await screen.findByText('Deleted “Short-lived”.')).toBeInTheDocument();
    expect(await listTemplates(db)).toEqual([]);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'Mine');
    expect(screen.getByText(/No template matches/)).toBeInTheDocument();
    await expect(rowOf('Short-lived')).rejects.toThrow();
  });
});

describe('TemplatePreview', () => {
  it('starts without the order for templates written for "no order found"', async () => {
    const builtIn = BUILT_IN_TEMPLATES.find((t) => t.id === 'track_order.no_order.en');
    if (!builtIn) throw new Error('no built-in track_order.no_order.en');
    const user = userEvent.setup();
    render(<TemplatesPage db={db} />);
    await user.type(await screen.findByRole('searchbox', { name: 'Search' }), builtIn.id);
    await user.click(within(await rowOf(builtIn.name)).getByRole('button', { name: 'View' }));
    const preview = screen.getByRole('region', { name: 'Preview' });
    expect(within(preview).getByRole('checkbox', { name: 'No order (see the gaps)' })).toBeChecked();
    expect(within(preview).getByText(/her order was not found/)).toBeInTheDocument();
  });
});
