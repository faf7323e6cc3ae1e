import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ShopsPage } from '@/components/shops/ShopsPage';
import { countOrders, listOrders } from '@/lib/db/orders';
import { openDb } from '@/lib/db/schema';
import { orderFixture } from '../../lib/orders/fixtures';

const db = openDb('shops-orders-import-test');
afterEach(async () => db.orders.clear());

const FILE_INPUT = 'Import orders from a file (CSV or JSON)';

function file(name: string, text: string = orderFixture(name)): File {
  return new File([text], name, { type: name.endsWith('.json') ? 'application/json' : 'text/csv' });
}

async function renderPage() {
  render(<ShopsPage db={db} />);
  return screen.findByLabelText(FILE_INPUT);
}

describe('importing orders from a file', () => {
  it('imports a Shopify export at once, says what it did, and does not double it on a second import', async () => {
    const input = await renderPage();
    expect(await screen.findByText('No imported orders for My shop.')).toBeInTheDocument();

    await userEvent.upload(input, file('shopify-orders_export.csv'));
    expect(await screen.findByText('8 orders from shopify-orders_export.csv (Shopify export): 8 new.')).toBeInTheDocument();
    expect(await screen.findByText('8 imported orders for My shop.')).toBeInTheDocument();
    expect(await countOrders(db, 'default')).toBe(8);

    const recent = screen.getByRole('table', { name: 'Most recent orders' });
    const rows = within(recent).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(5);
    const newest = within(rows[0] as HTMLElement).getAllByRole('cell').map((c) => c.textContent);
    expect(newest[0]).toBe('#1052');
    expect(newest[1]).toBe('daniel.okafor@example.com');
    expect(newest[3]).toMatch(/96/);
    expect(newest[4]).toBe('paid · unfulfilled');

    await userEvent.upload(input, file('shopify-orders_export.csv'));
    expect(await screen.findByText('8 orders from shopify-orders_export.csv (Shopify export): 8 already stored as they are.')).toBeInTheDocument();
    expect(await countOrders(db, 'default')).toBe(8);
  });

  it('reports the rows of a file it could not read, and what changed on re-import', async () => {
    const input = await renderPage();
    await userEvent.upload(input, file('shopify-orders_export.csv'));
    await screen.findByText(/8 new\./);
    const changed = orderFixture('shopify-orders_export.csv')
      .replace('#1052,daniel.okafor@example.com,paid', '#1052,daniel.okafor@example,paid')
      .replace(/^#1053,lucia\.fernandez@example\.com,paid/m, '#1053,lucia.fernandez@example.com,refunded');
    await userEvent.upload(input, file('shopify-orders_export.csv', changed));
    expect(await screen.findByText('8 orders from shopify-orders_export.csv (Shopify export): 1 updated, 7 already stored as they are.')).toBeInTheDocument();
    expect(screen.getByText('1 problem in the file')).toBeInTheDocument();
    expect(screen.getByText('row 3: Email "daniel.okafor@example" is not an e-mail address')).toBeInTheDocument();
    expect((await listOrders(db, 'default')).find((o) => o.name === '#1053')?.financial_status).toBe('refunded');
  });

  it('imports JSON orders in the model without a mapping', async () => {
    const input = await renderPage();
    await userEvent.upload(input, file('orders.json'));
    expect(await screen.findByText('8 orders from orders.json (JSON orders): 8 new.')).toBeInTheDocument();
  });

  it('previews any other CSV with a suggested mapping, and imports only once the user confirms', async () => {
    const input = await renderPage();
    await userEvent.upload(input, file('custom-orders.csv'));
    const form = await screen.findByRole('form', { name: 'Column mapping for custom-orders.csv' });
    const preview = within(form).getByRole('table', { name: 'First rows of custom-orders.csv' });
    expect(within(preview).getAllByRole('columnheader').map((h) => h.textContent)).toContain('Tracking link');
    expect(within(preview).getAllByRole('row')).toHaveLength(6); // header + 5 rows
    expect(within(form).getByRole('combobox', { name: 'Order number (required)' })).toHaveValue('Order');
    expect(within(form).getByRole('combobox', { name: 'Customer e-mail' })).toHaveValue('E-mail');
    await userEvent.click(within(form).getByText('More details the file may hold (19)'));
    expect(within(form).getByRole('combobox', { name: 'Order status page link' })).toHaveValue('');
    expect(await countOrders(db, 'default')).toBe(0);

    // The user leaves the customer's name out: what is chosen, not what was suggested, is imported.
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Customer full name' }), '');
    await userEvent.click(within(form).getByRole('button', { name: 'Import with this mapping' }));
    expect(await screen.findByText('8 orders from custom-orders.csv (with your column mapping): 8 new.')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: /Column mapping/ })).toBeNull();
    const stored = await listOrders(db, 'default');
    expect(stored).toHaveLength(8);
    expect(stored.find((o) => o.name === '#1047')).toMatchObject({ email: 'emma.thompson@example.com', total_price: '189.00', customer: { first_name: null, last_name: null } });
  });

  it('needs an order number column before importing a mapped file, and stays on the mapping when no order comes out', async () => {
    const input = await renderPage();
    await userEvent.upload(input, file('custom-orders.csv'));
    const form = await screen.findByRole('form', { name: 'Column mapping for custom-orders.csv' });
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Order number (required)' }), '');
    expect(within(form).getByRole('button', { name: 'Import with this mapping' })).toBeDisabled();
    expect(within(form).getByText('Choose the column with the order number first.')).toBeInTheDocument();

    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Order number (required)' }), 'Notes');
    await userEvent.click(within(form).getByRole('button', { name: 'Import with this mapping' }));
    expect(await screen.findByText('Nothing was imported with these columns')).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Column mapping for custom-orders.csv' })).toBeInTheDocument();
    expect(await countOrders(db, 'default')).toBe(0);

    await userEvent.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('form', { name: /Column mapping/ })).toBeNull();
  });

  it('says plainly why a file cannot be read', async () => {
    const input = await renderPage();
    await userEvent.upload(input, file('orders.csv', 'PK\u0003\u0004\u0014\u0000\u0006\u0000,a,b\n1,2,3'));
    expect(await screen.findByRole('alert')).toHaveTextContent('orders.csv is a spreadsheet or zip file, not CSV: save or export it as CSV first.');
    await userEvent.upload(input, file('broken.json', '[{"order_number": 1'));
    expect(await screen.findByText(/^broken\.json is not valid JSON/)).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: /Column mapping/ })).toBeNull();
  });

  it('removes the imported orders after asking', async () => {
    const input = await renderPage();
    await userEvent.upload(input, file('shopify-orders_export.csv'));
    await screen.findByText('8 imported orders for My shop.');
    await userEvent.click(screen.getByRole('button', { name: 'Remove imported orders' }));
    const ask = screen.getByRole('group', { name: 'Remove the 8 imported orders of My shop?' });
    await userEvent.click(within(ask).getByRole('button', { name: 'Cancel' }));
    expect(await countOrders(db, 'default')).toBe(8);

    await userEvent.click(screen.getByRole('button', { name: 'Remove imported orders' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, remove them' }));
    expect(await screen.findByText('No imported orders for My shop.')).toBeInTheDocument();
    expect(screen.getByText(/Removed 8\./)).toBeInTheDocument();
    await waitFor(async () => expect(await countOrders(db, 'default')).toBe(0));
    expect(screen.queryByRole('table', { name: 'Most recent orders' })).toBeNull();
  });
});
