import type { ImportFormat, TemplateImport } from '@/lib/templates/import-macros';
import type { Template } from '@/lib/templates/types';
import { Notice } from '@/components/ui/Notice';

export interface ImportOutcome {
  result: TemplateImport;
  /** Saved, new or replacing the user's own. */
  saved: Template[];
  replaced: Template[];
  /** In the file, but the user chose to keep their own. */
  kept: Template[];
}

const FORMATS: Record<ImportFormat, string> = { deskpilot: 'the Deskpilot file', zendesk: 'the Zendesk macros', gorgias: 'the Gorgias macros' };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What an import did: saved, replaced, kept, skipped (and why), and placeholders to look at. */
export function ImportReport({ outcome }: { outcome: ImportOutcome }) {
  const { result, saved, replaced, kept } = outcome;
  const tone = saved.length === 0 ? 'warning' : result.skipped.length > 0 || result.flagged.length > 0 ? 'warning' : 'success';
  return (
    <Notice tone={tone} title={`Imported ${plural(saved.length, 'template')} from ${FORMATS[result.format]}.`}>
      {replaced.length > 0 && <p>Replaced {plural(replaced.length, 'template')} you had: {replaced.map((t) => t.name).join(', ')}.</p>}
      {kept.length > 0 && <p>Kept your own {plural(kept.length, 'template')}: {kept.map((t) => t.name).join(', ')}.</p>}
      {result.mapped.length > 0 && (
        <details>
          <summary>{plural(result.mapped.length, 'placeholder')} changed to Deskpilot’s names</summary>
          <ul className="import-list">
            {result.mapped.map((m) => (
              <li key={`${m.from}>${m.to}`}>
                <code>{m.from}</code> → <code>{m.to}</code>
              </li>
            ))}
          </ul>
        </details>
      )}
      {result.flagged.length > 0 && (
        <>
          <p>These keep placeholders Deskpilot has no value for; replies show them as gaps until you edit them:</p>
          <ul className="import-list" aria-label="Templates to check">
            {result.flagged.map((f) => (
              <li key={f.id}>
                {f.name}: {f.unknownVariables.map((v) => `{{ ${v} }}`).join(', ')}
              </li>
            ))}
          </ul>
        </>
      )}
      {result.skipped.length > 0 && (
        <>
          <p>Skipped {plural(result.skipped.length, 'entry', 'entries')}:</p>
          <ul className="import-list" aria-label="Skipped">
            {result.skipped.map((s, i) => (
              <li key={i}>
                {s.name}: {s.reason}.
              </li>
            ))}
          </ul>
        </>
      )}
    </Notice>
  );
}
