import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PanelApp } from '@/components/PanelApp';
import type { ReadResult } from '@/lib/domain/ticket';
import { saveTabTicket } from '@/lib/session/tab-ticket';
import { createPanelStore } from '@/lib/store/panel-store';
import { fakePanelDeps } from '../lib/store/fake-deps';
import { updateSettings } from '@/lib/settings/items';
import { ticket } from './ticket-fixture';
import { openDb } from '@/lib/db/schema';

const services = { db: openDb('panel-app-test'), lookupLive: async () => ({ state: 'not-connected' as const }) };

function renderPanel(askPage: (tabId: number) => Promise<ReadResult> = () => Promise.reject(new Error('no content script'))) {
  const deps = fakePanelDeps();
  render(<PanelApp store={createPanelStore(deps)} services={services} search="?tabId=5" askPage={askPage} version="0.1.0" />);
  return deps;
}

describe('PanelApp', () => {
  it('shows the tab’s ticket: subject, customer, orders, conversation and notes apart', async () => {
    await saveTabTicket(5, { result: { ok: true, ticket }, readAt: 1 });
    renderPanel();
    expect(await screen.findByRole('heading', { name: 'Où est ma commande #1047 ?' })).toBeInTheDocument();
    const customer = screen.getByRole('group', { name: 'Customer' });
    expect(within(customer).getByText('Marie Dupont')).toBeInTheDocument();
    expect(within(customer).getByText('marie.dupont@example.fr')).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Orders mentioned' })).getByText('#1047')).toBeInTheDocument();
    expect(screen.getByText(/Ticket #48213/)).toBeInTheDocument();
    expect(screen.getByText('French')).toBeInTheDocument();

    const conversation = screen.getByRole('list', { name: 'Conversation' });
    expect(within(conversation).getAllByRole('listitem')).toHaveLength(3);
    await userEvent.click(screen.getByRole('button', { name: 'Show 1 earlier message' }));
    expect(within(conversation).getAllByRole('listitem')).toHaveLength(4);
    expect(within(conversation).queryByText(/bloqué à Lyon/)).toBeNull();
    expect(within(screen.getByRole('list', { name: 'Internal notes' })).getByText(/bloqué à Lyon/)).toBeInTheDocument();
  });

  it('suggests a reply, lets the agent edit it, and inserts the edited text', async () => {
    await updateSettings({ agentName: 'Alex' });
    await saveTabTicket(5, { result: { ok: true, ticket }, readAt: 1 });
    const deps = renderPanel();
    const box = (await screen.findByRole('textbox', { name: 'Reply text' })) as HTMLTextAreaElement;
    expect(box.value).toContain('Bonjour Marie,');
    await vi.waitFor(() => expect(box.value).toContain('Alex'));
    await userEvent.type(box, ' PS: merci.');
    await userEvent.click(screen.getByRole('radio', { name: /Replace draft/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Insert' }));
    expect(deps.insert).toHaveBeenCalledWith(5, expect.stringMatching(/Bonjour Marie,[\s\S]*PS: merci\.$/), 'replace');
    expect(await screen.findByText(/Inserted in the reply box/)).toBeInTheDocument();
    expect(deps.saveCorrection).toHaveBeenCalledWith(expect.objectContaining({ sent: expect.stringContaining('PS: merci.'), ticketId: '48213' }));
  });

  it('says why there is no ticket when the helpdesk page has none open', async () => {
    await saveTabTicket(5, { result: { ok: false, error: { code: 'no-ticket-open', message: 'This Zendesk page is not a ticket.' } }, readAt: 1 });
    renderPanel();
    expect(await screen.findByText('No ticket found on this page')).toBeInTheDocument();
    expect(screen.getByText('This Zendesk page is not a ticket.')).toBeInTheDocument();
  });

  it('says plainly that the page is not a helpdesk when nothing reads it', async () => {
    renderPanel();
    expect(await screen.findByText('No ticket found on this page')).toBeInTheDocument();
    expect(screen.getByText(/reads the open ticket in Zendesk/)).toBeInTheDocument();
  });

  it('asks the page when nothing is stored yet, and follows later reads', async () => {
    const askPage = vi.fn(async () => ({ ok: true as const, ticket }));
    renderPanel(askPage);
    expect(await screen.findByRole('heading', { name: ticket.subject })).toBeInTheDocument();
    expect(askPage).toHaveBeenCalledWith(5);
    await saveTabTicket(5, { result: { ok: true, ticket: { ...ticket, ticketId: '48214', subject: 'Annulation' } }, readAt: 2 });
    expect(await screen.findByRole('heading', { name: 'Annulation' })).toBeInTheDocument();
  });
});

describe('PanelApp, reading quality', () => {
  it('names the fields a helpdesk page did not show, and offers the generic reader', async () => {
    await saveTabTicket(5, { result: { ok: true, ticket: { ...ticket, customer: { name: 'Marie Dupont', email: null }, missing: ['customerEmail', 'messageTimes'] } }, readAt: 1 });
    const generic = { ok: true as const, ticket: { ...ticket, helpdesk: 'generic' as const, confidence: 0.85, subject: 'Lu autrement' } };
    const deps = fakePanelDeps({ readGeneric: vi.fn(async () => generic) });
    render(<PanelApp store={createPanelStore(deps)} services={services} search="?tabId=5" askPage={() => Promise.reject(new Error('x'))} version="0.1.0" />);
    expect(await screen.findByText('Zendesk’s page did not show: customer e-mail')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Read with the generic reader' }));
    expect(await screen.findByRole('heading', { name: 'Lu autrement' })).toBeInTheDocument();
    expect(screen.getByText(/Read by the generic reader · confidence 85%/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Back to the page’s own reading' }));
    expect(await screen.findByRole('heading', { name: ticket.subject })).toBeInTheDocument();
  });

  it('tries to run the reader on a page nothing reads yet, and says why it could not', async () => {
    const deps = fakePanelDeps();
    render(<PanelApp store={createPanelStore(deps)} services={services} search="?tabId=9" askPage={() => Promise.reject(new Error('x'))} version="0.1.0" />);
    expect(await screen.findByText(/may not read this page yet/)).toBeInTheDocument();
    expect(deps.injectReader).toHaveBeenCalledWith(9);
    expect(screen.getByRole('button', { name: 'Paste text' })).toBeInTheDocument();
  });
});
