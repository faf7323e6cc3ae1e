import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ShopsPage } from '@/components/shops/ShopsPage';
import { countOrders, importOrders } from '@/lib/db/orders';
import { openDb } from '@/lib/db/schema';
import { loadOrdersFile } from '@/lib/orders/load';
import { addProfile, getProfiles } from '@/lib/settings/profiles';
import { getShopConnection, saveShopConnection } from '@/lib/settings/shop-credentials';
import { orderFixture } from '../../lib/orders/fixtures';

const db = openDb('shops-profiles-test');
afterEach(async () => {
  vi.restoreAllMocks();
  await db.orders.clear();
});

const shopList = () => screen.findByRole('list', { name: 'Your shops' });
const item = (list: HTMLElement, name: string) => within(list).getByText(name).closest('li') as HTMLElement;

describe('shop profiles', () => {
  it('adds a shop without switching to it, then switches: the sections below follow the active shop', async () => {
    render(<ShopsPage db={db} />);
    const list = await shopList();
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(within(item(list, 'My shop')).getByText('Active')).toBeInTheDocument();
    expect(within(item(list, 'My shop')).queryByRole('button', { name: 'Remove' })).toBeNull(); // the last one stays

    await userEvent.type(screen.getByLabelText('New shop'), 'Northwind EU');
    await userEvent.click(screen.getByRole('button', { name: 'Add shop' }));
    expect(await within(list).findByText('Northwind EU')).toBeInTheDocument();
    expect(screen.getByText('Added “Northwind EU”. Choose “Use this shop” to set it up.')).toBeInTheDocument();
    expect(within(item(list, 'Northwind EU')).queryByText('Active')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Shop connection: My shop' })).toBeInTheDocument();

    await userEvent.click(within(item(list, 'Northwind EU')).getByRole('button', { name: 'Use Northwind EU' }));
    expect(await screen.findByRole('heading', { name: 'Shop connection: Northwind EU' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Imported orders: Northwind EU' })).toBeInTheDocument();
    expect(within(item(list, 'Northwind EU')).getByText('Active')).toBeInTheDocument();
    expect(within(item(list, 'My shop')).queryByText('Active')).toBeNull();
    const stored = await getProfiles();
    expect(stored.profiles.find((p) => p.id === stored.activeId)?.name).toBe('Northwind EU');
  });

  it('shows each shop its own imported orders', async () => {
    const eu = await addProfile('Northwind EU', {}, 'eu');
    await importOrders(db, 'eu', loadOrdersFile(orderFixture('shopify-orders_export.csv'), 'orders.csv').orders);
    render(<ShopsPage db={db} />);
    expect(await screen.findByText('No imported orders for My shop.')).toBeInTheDocument();
    await userEvent.click(within(await shopList()).getByRole('button', { name: `Use ${eu.name}` }));
    expect(await screen.findByText('8 imported orders for Northwind EU.')).toBeInTheDocument();
  });

  it('refuses a second shop of the same name, and renames', async () => {
    render(<ShopsPage db={db} />);
    const list = await shopList();
    await userEvent.type(screen.getByLabelText('New shop'), 'my shop');
    await userEvent.click(screen.getByRole('button', { name: 'Add shop' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('A profile is already called "my shop".');

    await userEvent.click(within(list).getByRole('button', { name: 'Rename My shop' }));
    const name = within(list).getByLabelText('New name for My shop');
    await userEvent.clear(name);
    await userEvent.type(name, 'Northwind UK');
    await userEvent.click(within(list).getByRole('button', { name: 'Save name' }));
    expect(await within(list).findByText('Northwind UK')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Shop connection: Northwind UK' })).toBeInTheDocument();
    expect((await getProfiles()).profiles.map((p) => p.name)).toEqual(['Northwind UK']);
  });

  it('removes a shop after asking, with its imported orders and its connection', async () => {
    const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation((async () => true) as unknown as typeof fakeBrowser.permissions.remove);
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async () => true) as unknown as typeof fakeBrowser.permissions.contains);
    await addProfile('Northwind EU', {}, 'eu');
    await importOrders(db, 'eu', loadOrdersFile(orderFixture('shopify-orders_export.csv'), 'orders.csv').orders);
    await importOrders(db, 'default', loadOrdersFile(orderFixture('orders.json'), 'orders.json').orders);
    await saveShopConnection('eu', { kind: 'shopify', shopDomain: 'northwind-eu', accessToken: 'shpat_x' });
    render(<ShopsPage db={db} />);
    const list = await shopList();

    await userEvent.click(within(item(list, 'Northwind EU')).getByRole('button', { name: 'Remove' }));
    const ask = within(list).getByRole('group', { name: 'Remove “Northwind EU” with its imported orders and its shop connection?' });
    await userEvent.click(within(ask).getByRole('button', { name: 'Cancel' }));
    expect(within(list).getByText('Northwind EU')).toBeInTheDocument();

    await userEvent.click(within(item(list, 'Northwind EU')).getByRole('button', { name: 'Remove' }));
    await userEvent.click(within(list).getByRole('button', { name: 'Yes, remove' }));
    await vi.waitFor(async () => expect(await countOrders(db, 'eu')).toBe(0));
    expect(within(list).queryByText('Northwind EU')).toBeNull();
    expect(await getShopConnection('eu')).toBeNull();
    expect(remove).toHaveBeenCalledWith({ origins: ['https://northwind-eu.myshopify.com/*'] });
    expect(await countOrders(db, 'default')).toBe(8);
  });
});
