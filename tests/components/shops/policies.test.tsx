import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PoliciesForm } from '@/components/shops/PoliciesForm';
import { normalizeSettings, settingsItem, updateSettings } from '@/lib/settings/items';

describe('shop policies', () => {
  it('shows the stored snippets and saves the edited ones to the settings', async () => {
    await updateSettings({ shopName: 'Northwind', policies: { returns: 'Returns within 30 days.', refunds: '', shipping: '' } });
    render(<PoliciesForm />);
    expect(screen.getByText(/only with the text you write here/)).toBeInTheDocument();
    const returns = screen.getByRole('textbox', { name: 'Returns' });
    await screen.findByDisplayValue('Returns within 30 days.');
    await userEvent.clear(returns);
    await userEvent.type(returns, 'Unworn items within 60 days.');
    await userEvent.type(screen.getByRole('textbox', { name: 'Shipping' }), 'Ships in 2 business days.');
    await userEvent.click(screen.getByRole('button', { name: 'Save policies' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    const saved = normalizeSettings(await settingsItem.getValue());
    expect(saved.policies).toEqual({ returns: 'Unworn items within 60 days.', refunds: '', shipping: 'Ships in 2 business days.' });
    expect(saved.shopName).toBe('Northwind');
  });
});
