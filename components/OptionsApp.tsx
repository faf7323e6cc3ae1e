import { useEffect, useState, type ReactNode } from 'react';
import type { DeskpilotDb } from '@/lib/db/schema';
import { CorrectionsList } from './review/CorrectionsList';
import { HealthList } from './settings/HealthList';
import { SettingsForm } from './settings/SettingsForm';
import { ShopsPage } from './shops/ShopsPage';
import { SitesForm } from './sites/SitesForm';
import { TemplatesPage } from './templates/TemplatesPage';

interface Page {
  id: string;
  label: string;
  render: (db: DeskpilotDb) => ReactNode;
}

const PAGES: Page[] = [
  { id: 'corrections', label: 'Corrections', render: (db) => <CorrectionsList db={db} /> },
  { id: 'templates', label: 'Templates', render: (db) => <TemplatesPage db={db} /> },
  { id: 'shops', label: 'Shops & orders', render: (db) => <ShopsPage db={db} /> },
  { id: 'sites', label: 'Sites & health', render: () => (<><SitesForm /><HealthList /></>) },
  { id: 'settings', label: 'Settings', render: () => <SettingsForm /> },
];

function pageFromHash(): string {
  const id = location.hash.replace(/^#/, '');
  return PAGES.some((p) => p.id === id) ? id : 'corrections';
}

/** The options page: one page per task, reachable by its #address from the panel. */
export function OptionsApp({ db }: { db: DeskpilotDb }) {
  const [current, setCurrent] = useState(pageFromHash);
  useEffect(() => {
    const onHash = () => setCurrent(pageFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const page = PAGES.find((p) => p.id === current) ?? PAGES[0];
  return (
    <div className="options">
      <header className="topbar">
        <span className="brand">
          <span className="brand-mark" aria-hidden="true">D</span> Deskpilot
        </span>
        <nav className="options-nav" aria-label="Options">
          {PAGES.map((p) => (
            <a key={p.id} href={`#${p.id}`} aria-current={p.id === current ? 'page' : undefined}>
              {p.label}
            </a>
          ))}
        </nav>
        <span className="mode-badge">Everything here stays in this browser</span>
      </header>
      <main className="options-body">{page?.render(db)}</main>
    </div>
  );
}
