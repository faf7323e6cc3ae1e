import type { DeskpilotDb } from '@/lib/db/schema';
import { CorrectionsList } from './review/CorrectionsList';
import { SettingsForm } from './settings/SettingsForm';

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
      </main>
    </div>
  );
}
