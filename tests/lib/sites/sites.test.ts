import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addSite, forgetSite } from '@/lib/sites/permissions';
import { assignmentFor, listSites, normalizeHost, originPattern, saveSite } from '@/lib/sites/sites';

describe('sites', () => {
  it.each([
    ['support.myshop.com', 'support.myshop.com'],
    ['https://Support.MyShop.com/agent/tickets/4', 'support.myshop.com'],
    ['  help.example.co.uk  ', 'help.example.co.uk'],
    ['not a host', null],
    ['', null],
    ['http://', null],
  ])('normalizes %j', (input, expected) => {
    expect(normalizeHost(input)).toBe(expected);
  });

  it('keeps one assignment per host, sorted', async () => {
    await saveSite({ host: 'b.example.com', helpdesk: 'generic' });
    await saveSite({ host: 'a.example.com', helpdesk: 'zendesk' });
    await saveSite({ host: 'b.example.com', helpdesk: 'freshdesk' });
    expect(await listSites()).toEqual([
      { host: 'a.example.com', helpdesk: 'zendesk' },
      { host: 'b.example.com', helpdesk: 'freshdesk' },
    ]);
    expect(await assignmentFor('b.example.com')).toEqual({ host: 'b.example.com', helpdesk: 'freshdesk' });
    expect(originPattern('b.example.com')).toBe('*://b.example.com/*');
  });

  it('asks for the one site’s permission and saves only when it is granted', async () => {
    // The fake browser types these as returning nothing; the real API resolves to a boolean.
    const answers = [false, true];
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation((async () => answers.shift()) as unknown as typeof fakeBrowser.permissions.request);
    expect(await addSite({ host: 'support.myshop.com', helpdesk: 'zendesk' })).toMatchObject({ ok: false, message: expect.stringContaining('not allowed') });
    expect(await listSites()).toEqual([]);
    expect(await addSite({ host: 'support.myshop.com', helpdesk: 'zendesk' })).toEqual({ ok: true });
    expect(request).toHaveBeenLastCalledWith({ origins: ['*://support.myshop.com/*'] });
    expect(await listSites()).toEqual([{ host: 'support.myshop.com', helpdesk: 'zendesk' }]);

    const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation((async () => true) as unknown as typeof fakeBrowser.permissions.remove);
    await forgetSite('support.myshop.com');
    expect(remove).toHaveBeenCalledWith({ origins: ['*://support.myshop.com/*'] });
    expect(await listSites()).toEqual([]);
  });
});
