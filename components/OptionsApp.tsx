import type { DeskpilotDb } from '@/lib/db/schema';
import { CorrectionsList } from './review/CorrectionsList';
import { HealthList } from './settings/HealthList';
import { SettingsForm } from './settings/SettingsForm';
import { SitesForm } from './sites/SitesForm';

export function OptionsApp({ db }: { db: DeskpilotDb }) {
  return (
    <div className="options">
      <header className="topbar">
        <span className="brand">
          <span className="brand-mark" aria-hidden="true">D</span> Deskpilot
        </span>
        <span className="mode-badge">Everything on this page stays in this browser</span>
      </header>
      <main className="options-body">
        <SettingsForm />
        <CorrectionsList db={db} />
        <SitesForm />
        <HealthList />
      </main>
    </div>
  );
}
