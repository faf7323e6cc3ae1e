import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ShopsPage } from '@/components/shops/ShopsPage';
import { openDb } from '@/lib/db/schema';
import { getShopConnection, saveShopConnection } from '@/lib/settings/shop-credentials';
import { saveSite } from '@/lib/sites/sites';

const db = openDb('shops-connection-test');
const TOKEN = 'shpat_0123456789abcdef0123456789wxyz';

// The fake browser types these as returning nothing; the real API resolves to a boolean.
function answerPermissions(granted: boolean) {
  const request = vi
    .spyOn(fakeBrowser.permissions, 'request')
    .mockImplementation((async () => granted) as unknown as typeof fakeBrowser.permissions.request);
  const contains = vi
    .spyOn(fakeBrowser.permissions, 'contains')
    .mockImplementation((async () => granted) as unknown as typeof fakeBrowser.permissions.contains);
  const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation((async () => true) as unknown as typeof fakeBrowser.permissions.remove);
  return { request, contains, remove };
}

afterEach(() => vi.restoreAllMocks());

async function renderForm() {
  render(<ShopsPage db={db} />);
  return screen.findByRole('button', { name: 'Save connection' });
}

describe('shop connection', () => {
  it('asks the browser for the shop’s origin on Save, then saves; the token is never shown again', async () => {
    const { request } = answerPermissions(true);
    const save = await renderForm();
    expect(screen.getByLabelText('Admin API access token')).toHaveAttribute('type', 'password');
    await userEvent.type(screen.getByLabelText('Shop’s myshopify.com address'), 'https://Northwind.myshopify.com/admin');
    await userEvent.type(screen.getByLabelText('Admin API access token'), TOKEN);
    await userEvent.click(save);

    expect(await screen.findByText('Connected to northwind.myshopify.com. The panel now looks up its orders live.')).toBeInTheDocument();
    expect(request).toHaveBeenCalledExactlyOnceWith({ origins: ['https://northwind.myshopify.com/*'] });
    expect(await getShopConnection('default')).toEqual({ kind: 'shopify', shopDomain: 'northwind.myshopify.com', accessToken: TOKEN });
    expect(screen.getByText('saved, ending in …wxyz')).toBeInTheDocument();
    expect(document.body.textContent).not.toContain(TOKEN.slice(0, -4));
    expect(screen.queryByDisplayValue(TOKEN)).toBeNull();
  });

  it('asks within the click itself, before anything waits: the browser prompts only for a user gesture', async () => {
    const { request } = answerPermissions(true);
    const save = await renderForm();
    await userEvent.type(screen.getByLabelText('Shop’s myshopify.com address'), 'northwind');
    await userEvent.type(screen.getByLabelText('Admin API access token'), TOKEN);
    fireEvent.click(save);
    expect(request).toHaveBeenCalledOnce(); // synchronously, in the same task as the click
    expect(await screen.findByText(/^Connected to northwind\.myshopify\.com\./)).toBeInTheDocument();
  });

  it('saves a WooCommerce shop with its key and secret after asking for its https origin', async () => {
    const { request } = answerPermissions(true);
    const save = await renderForm();
    await userEvent.selectOptions(screen.getByLabelText('Shop platform'), 'WooCommerce: REST API keys');
    await userEvent.type(screen.getByLabelText('Shop address'), 'shop.example.com/store/');
    await userEvent.type(screen.getByLabelText('Consumer key'), 'ck_1111111111111111111111111111');
    await userEvent.type(screen.getByLabelText('Consumer secret'), 'cs_2222222222222222222222222222');
    expect(screen.getByLabelText('Consumer key')).toHaveAttribute('type', 'password');
    await userEvent.click(save);

    expect(await screen.findByText(/Connected to shop\.example\.com\/store\./)).toBeInTheDocument();
    expect(request).toHaveBeenCalledWith({ origins: ['https://shop.example.com/*'] });
    expect(await getShopConnection('default')).toEqual({
      kind: 'woocommerce',
      siteUrl: 'https://shop.example.com/store',
      consumerKey: 'ck_1111111111111111111111111111',
      consumerSecret: 'cs_2222222222222222222222222222',
    });
  });

  it('saves nothing when the browser refuses, and asks nothing for an address that is no shop', async () => {
    const { request } = answerPermissions(false);
    const save = await renderForm();
    await userEvent.selectOptions(screen.getByLabelText('Shop platform'), 'Shopify: client ID and secret');
    await userEvent.type(screen.getByLabelText('Shop’s myshopify.com address'), 'shop.example.com');
    await userEvent.type(screen.getByLabelText('Client ID'), 'client-1');
    await userEvent.type(screen.getByLabelText('Client secret'), 'secret-1');
    await userEvent.click(save);
    expect(await screen.findByRole('alert')).toHaveTextContent('Give the shop’s myshopify.com address');
    expect(request).not.toHaveBeenCalled();

    await userEvent.clear(screen.getByLabelText('Shop’s myshopify.com address'));
    await userEvent.type(screen.getByLabelText('Shop’s myshopify.com address'), 'northwind');
    await userEvent.click(save);
    expect(await screen.findByText('The browser did not allow Deskpilot to reach northwind.myshopify.com. Nothing was saved.')).toBeInTheDocument();
    expect(request).toHaveBeenCalledWith({ origins: ['https://northwind.myshopify.com/*'] });
    expect(await getShopConnection('default')).toBeNull();
  });

  it('disconnects after asking: the keys go, and so does the permission', async () => {
    const { remove } = answerPermissions(true);
    await saveShopConnection('default', { kind: 'shopify', shopDomain: 'northwind', accessToken: TOKEN });
    render(<ShopsPage db={db} />);
    expect(await screen.findByText('northwind.myshopify.com')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Disconnect' }));
    await userEvent.click(within(screen.getByRole('group', { name: /^Disconnect northwind/ })).getByRole('button', { name: 'Yes, disconnect' }));

    expect(await screen.findByText('Disconnected from northwind.myshopify.com. Its keys were deleted.')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Save connection' })).toBeInTheDocument();
    expect(await getShopConnection('default')).toBeNull();
    expect(remove).toHaveBeenCalledWith({ origins: ['https://northwind.myshopify.com/*'] });
  });

  it('keeps the permission a helpdesk site on the same host still needs', async () => {
    const { remove } = answerPermissions(true);
    await saveSite({ host: 'shop.example.com', helpdesk: 'generic' });
    await saveShopConnection('default', { kind: 'woocommerce', siteUrl: 'https://shop.example.com', consumerKey: 'ck_1', consumerSecret: 'cs_1' });
    render(<ShopsPage db={db} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Disconnect' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, disconnect' }));
    expect(await screen.findByText(/^Disconnected from shop\.example\.com/)).toBeInTheDocument();
    expect(remove).not.toHaveBeenCalled();
  });

  it('warns when the browser’s access to a connected shop was removed, and asks again on a click', async () => {
    const { request, contains } = answerPermissions(false);
    await saveShopConnection('default', { kind: 'shopify', shopDomain: 'northwind', accessToken: TOKEN });
    render(<ShopsPage db={db} />);
    expect(await screen.findByText('Deskpilot may not reach northwind.myshopify.com')).toBeInTheDocument();
    expect(contains).toHaveBeenCalledWith({ origins: ['https://northwind.myshopify.com/*'] });
    request.mockImplementation((async () => true) as unknown as typeof fakeBrowser.permissions.request);
    await userEvent.click(screen.getByRole('button', { name: 'Allow access to northwind.myshopify.com' }));
    expect(request).toHaveBeenCalledWith({ origins: ['https://northwind.myshopify.com/*'] });
    await vi.waitFor(() => expect(screen.queryByText('Deskpilot may not reach northwind.myshopify.com')).toBeNull());
  });
});
