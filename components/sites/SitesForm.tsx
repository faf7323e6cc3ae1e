import { useState } from 'react';
import { useStoredValue } from '@/lib/settings/use-stored-value';
import type { HelpdeskId } from '@/lib/domain/ticket';
import { HELPDESKS, helpdeskById } from '@/lib/helpdesks/registry';
import { addSite, forgetSite } from '@/lib/sites/permissions';
import { listSites, normalizeHost, sitesItem, type SiteAssignment } from '@/lib/sites/sites';
import { Button } from '@/components/ui/Button';
import { ReaderSelect } from './ReaderSelect';
import { Section } from '@/components/ui/Section';

const NO_SITES: SiteAssignment[] = [];

/** Helpdesks on the user's own domains, and pages to read with the generic reader. */
export function SitesForm() {
  const sites = useStoredValue(sitesItem, listSites, NO_SITES);
  const [host, setHost] = useState('');
  const [helpdesk, setHelpdesk] = useState<HelpdeskId>('generic');
  const [message, setMessage] = useState<string | null>(null);
  return (
    <Section title="Sites">
      <p className="hint">
        Deskpilot reads {HELPDESKS.map((h) => h.label).join(', ')} on their usual addresses. For a helpdesk on your own
        domain, or any other page, add the site here: the browser asks you to allow that one site.
      </p>
      <form
        className="settings-form"
        onSubmit={(e) => {
          e.preventDefault();
          const normalized = normalizeHost(host);
          if (!normalized) {
            setMessage(`“${host}” is not a site address. Write it like support.myshop.com.`);
            return;
          }
          void addSite({ host: normalized, helpdesk }).then((r) => {
            setMessage(r.ok ? `Deskpilot reads ${normalized} from now on. Reload its open tabs.` : r.message);
            if (r.ok) setHost('');
          });
        }}
      >
        <label>
          Site
          <input value={host} onChange={(e) => setHost(e.target.value)} placeholder="support.myshop.com" />
        </label>
        <label>
          Read it as
          <ReaderSelect value={helpdesk} onChange={setHelpdesk} />
        </label>
        <div className="form-actions">
          <Button type="submit" variant="primary">
            Add site
          </Button>
          {message && <span role="status">{message}</span>}
        </div>
      </form>
      {sites.length > 0 && (
        <ul className="sites" aria-label="Your sites">
          {sites.map((s) => (
            <li key={s.host}>
              <span>
                <strong>{s.host}</strong> read as {helpdeskById(s.helpdesk)?.label ?? 'any helpdesk (generic reader)'}
              </span>
              <Button variant="ghost" onClick={() => void forgetSite(s.host)}>
                Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
