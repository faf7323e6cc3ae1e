import { screen } from '@testing-library/react';
import type { Template } from '@/lib/templates/types';

/** A template of the user's, as the manager saves it. */
export function userTemplate(overrides: Partial<Template> = {}): Template {
  return {
    id: 'mine.vip',
    name: 'VIP apology',
    intent: 'complaint',
    language: 'en',
    orderStates: [],
    tags: ['vip'],
    body: 'Hi {{ customer.first_name }}, I am sorry about order {{ order.name }}.',
    builtIn: false,
    updatedAt: 1,
    ...overrides,
  };
}

/** The list item of the template with this name. */
export async function rowOf(name: string): Promise<HTMLElement> {
  const title = await screen.findByText(name, { selector: 'strong' });
  const row = title.closest('li');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}
