import { describe, expect, it, vi } from 'vitest';
import type { Ticket } from '@/lib/domain/ticket';
import { createPanelStore, type PanelDeps } from '@/lib/store/panel-store';
import { fakePanelDeps } from './fake-deps';

const ticket: Ticket = {
  helpdesk: 'zendesk',
  ticketId: '48213',
  url: 'https://northwind.zendesk.com/agent/tickets/48213',
  subject: 'Where is my order?',
  customer: { name: 'Marie Dupont', email: 'marie@example.fr' },
  messages: [{ author: 'customer', name: 'Marie Dupont', text: 'Où est ma commande #1047 ?', at: null }],
  notes: [],
  orderNumbers: ['1047'],
  language: 'fr',
};
const KEY = 'zendesk:northwind.zendesk.com:48213';
const suggestion = { templateId: 'greeting.order', language: 'fr', text: 'Bonjour Marie,' };

function setup(overrides: Partial<PanelDeps> = {}) {
  const deps = fakePanelDeps(overrides);
  return { store: createPanelStore(deps), deps };
}

describe('panel store', () => {
  it('offers a suggestion once and keeps the agent’s edits when offered again', () => {
    const { store } = setup();
    store.getState().offer(ticket, suggestion);
    store.getState().edit(KEY, 'Bonjour Marie, merci !');
    store.getState().offer(ticket, { ...suggestion, text: 'Bonjour Marie (new),' });
    expect(store.getState().drafts[KEY]?.text).toBe('Bonjour Marie, merci !');
    store.getState().reset(KEY);
    expect(store.getState().drafts[KEY]?.text).toBe('Bonjour Marie,');
  });

  it('refreshes an unedited draft when the suggestion changes', () => {
    const { store } = setup();
    store.getState().offer(ticket, suggestion);
    store.getState().offer(ticket, { ...suggestion, text: 'Bonjour Marie,\nAlex' });
    expect(store.getState().drafts[KEY]?.text).toBe('Bonjour Marie,\nAlex');
  });

  it('inserts the edited text and saves suggested vs sent', async () => {
    const { store, deps } = setup();
    store.getState().offer(ticket, suggestion);
    store.getState().edit(KEY, 'Bonjour Marie, voici le suivi.');
    await store.getState().insert(7, ticket, 'replace');
    expect(deps.insert).toHaveBeenCalledWith(7, 'Bonjour Marie, voici le suivi.', 'replace');
    expect(deps.saveCorrection).toHaveBeenCalledWith({
      ticketKey: KEY,
      helpdesk: 'zendesk',
      ticketId: '48213',
      subject: 'Where is my order?',
      language: 'fr',
      templateId: 'greeting.order',
      suggested: 'Bonjour Marie,',
      sent: 'Bonjour Marie, voici le suivi.',
      createdAt: 1234,
    });
    expect(store.getState().insertStatus[KEY]).toEqual({ state: 'inserted', mode: 'replace', saved: true });
  });

  it('keeps the text and saves nothing when the helpdesk refuses the insert', async () => {
    const { store, deps } = setup({ insert: vi.fn(async () => ({ ok: false as const, message: 'No reply box is open.' })) });
    store.getState().offer(ticket, suggestion);
    await store.getState().insert(7, ticket, 'caret');
    expect(deps.saveCorrection).not.toHaveBeenCalled();
    expect(store.getState().insertStatus[KEY]).toEqual({ state: 'failed', message: 'No reply box is open.' });
    expect(store.getState().drafts[KEY]?.text).toBe('Bonjour Marie,');
  });

  it('says when the page does not answer', async () => {
    const { store } = setup({ insert: vi.fn(async () => Promise.reject(new Error('Could not establish connection'))) });
    store.getState().offer(ticket, suggestion);
    await store.getState().insert(7, ticket, 'caret');
    expect(store.getState().insertStatus[KEY]).toMatchObject({ state: 'failed', message: expect.stringContaining('did not answer') });
  });

  it('reports an insert whose correction could not be stored', async () => {
    const { store } = setup({ saveCorrection: vi.fn(async () => Promise.reject(new Error('QuotaExceededError'))) });
    store.getState().offer(ticket, suggestion);
    await store.getState().insert(7, ticket, 'caret');
    expect(store.getState().insertStatus[KEY]).toEqual({ state: 'inserted', mode: 'caret', saved: false });
  });
});

describe('panel store, manual reads', () => {
  const read = { ok: true as const, ticket };

  it('reads the agent’s selection and shows it until they go back to the page', async () => {
    const { store, deps } = setup({
      readSelection: vi.fn(async () => ({ text: 'From: Marie <marie@example.fr>\nOù est ma commande ?', url: 'https://mail.example.com/1', title: 'Mail' })),
      readText: vi.fn(() => read),
    });
    await store.getState().readSelection(3);
    expect(deps.readText).toHaveBeenCalledWith('From: Marie <marie@example.fr>\nOù est ma commande ?', 'https://mail.example.com/1', 'Mail');
    expect(store.getState().manual[3]).toEqual({ source: 'selection', result: read });
    store.getState().backToPage(3);
    expect(store.getState().manual[3]).toBeUndefined();
  });

  it('says so when nothing is selected, and when nothing was pasted', async () => {
    const { store } = setup();
    await store.getState().readSelection(3);
    expect(store.getState().readProblem[3]).toMatch(/Nothing is selected/);
    store.getState().readPasted(3, '   ');
    expect(store.getState().readProblem[3]).toMatch(/Paste the conversation first/);
  });

  it('reads pasted text and the page with the generic reader', async () => {
    const { store, deps } = setup({ readText: vi.fn(() => read), readGeneric: vi.fn(async () => read) });
    store.getState().readPasted(3, 'Hello, where is order #1047?');
    expect(deps.readText).toHaveBeenCalledWith('Hello, where is order #1047?', 'about:blank');
    expect(store.getState().manual[3]?.source).toBe('paste');
    await store.getState().readWithGeneric(3);
    expect(store.getState().manual[3]).toEqual({ source: 'generic', result: read });
    expect(store.getState().readProblem[3]).toBe('');
  });

  it('reports why the reader could not run in a tab', async () => {
    const { store } = setup();
    expect(await store.getState().tryReader(3)).toBe(false);
    expect(store.getState().readProblem[3]).toMatch(/may not read this page/);
  });
});
