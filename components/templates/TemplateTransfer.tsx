import { useId, useState } from 'react';
import type { DeskpilotDb } from '@/lib/db/schema';
import { saveTemplate } from '@/lib/db/templates';
import { BUILT_IN_TEMPLATES } from '@/lib/templates/library';
import { exportTemplates, readTemplateFileText, type TemplateImport } from '@/lib/templates/import-macros';
import type { Template } from '@/lib/templates/types';
import { Button } from '@/components/ui/Button';
import { downloadFile } from '@/components/ui/download';
import { readFileText } from '@/components/ui/read-file';
import { Notice } from '@/components/ui/Notice';
import { Section } from '@/components/ui/Section';
import { ImportConflicts } from './ImportConflicts';
import { ImportReport, type ImportOutcome } from './ImportReport';

const BUILT_IN_IDS: ReadonlySet<string> = new Set(BUILT_IN_TEMPLATES.map((t) => t.id));

type Stage =
  | { kind: 'idle' }
  | { kind: 'error'; message: string }
  | { kind: 'conflicts'; result: TemplateImport; conflicts: Template[] }
  | { kind: 'done'; outcome: ImportOutcome };

/** Saves an import in one transaction; with `keepMine`, templates the user already has are left as they are. */
async function commit(db: DeskpilotDb, result: TemplateImport, conflicts: Template[], keepMine: boolean): Promise<ImportOutcome> {
  const conflicting = new Set(conflicts.map((t) => t.id));
  const toSave = keepMine ? result.templates.filter((t) => !conflicting.has(t.id)) : result.templates;
  const now = Date.now();
  const saved = await db.transaction('rw', db.templates, () => Promise.all(toSave.map((t) => saveTemplate(db, t, now))));
  return {
    result,
    saved,
    replaced: keepMine ? [] : result.templates.filter((t) => conflicting.has(t.id)),
    kept: keepMine ? conflicts : [],
  };
}

/** Export to JSON (the user's templates, or all), and import Deskpilot files, Zendesk and Gorgias macros. */
export function TemplateTransfer({ db, mine, all }: { db: DeskpilotDb; mine: Template[]; all: Template[] }) {
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const inputId = useId();

  const readFile = async (file: File) => {
    const read = readTemplateFileText(await readFileText(file), { now: Date.now(), builtInIds: BUILT_IN_IDS });
    if (!read.ok) return setStage({ kind: 'error', message: read.error });
    const existing = await db.templates.bulkGet(read.result.templates.map((t) => t.id));
    const conflicts = existing.filter((t): t is Template => t !== undefined);
    if (conflicts.length > 0) return setStage({ kind: 'conflicts', result: read.result, conflicts });
    setStage({ kind: 'done', outcome: await commit(db, read.result, [], false) });
  };
  const finish = (result: TemplateImport, conflicts: Template[], keepMine: boolean) =>
    void commit(db, result, conflicts, keepMine).then(
      (outcome) => setStage({ kind: 'done', outcome }),
      (error: unknown) => setStage({ kind: 'error', message: `Nothing was imported: ${error instanceof Error ? error.message : String(error)}` }),
    );

  return (
    <Section title="Import and export">
      <p className="hint">
        Export keeps a copy or moves templates to another browser. Import reads a Deskpilot export, a Zendesk macro export (
        <code>{'{ "macros": [...] }'}</code>) or a Gorgias macro export (<code>{'{ "data": [...] }'}</code>); macro placeholders
        become Deskpilot variables.
      </p>
      <div className="form-actions transfer-actions">
        <Button disabled={mine.length === 0} onClick={() => downloadFile('deskpilot-templates.json', exportTemplates(mine, Date.now()))}>
          Export my templates ({mine.length})
        </Button>
        <Button onClick={() => downloadFile('deskpilot-templates-all.json', exportTemplates(all, Date.now()))}>Export all ({all.length})</Button>
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) readFile(file).catch((error: unknown) => setStage({ kind: 'error', message: `Nothing was imported: ${error instanceof Error ? error.message : String(error)}` }));
          }}
        />
        <label htmlFor={inputId} className="btn btn-secondary file-button">
          Import a file…
        </label>
      </div>
      {stage.kind === 'error' && <Notice tone="error">{stage.message}</Notice>}
      {stage.kind === 'conflicts' && (
        <ImportConflicts
          conflicts={stage.conflicts}
          importing={stage.result.templates.length}
          onReplace={() => finish(stage.result, stage.conflicts, false)}
          onKeep={() => finish(stage.result, stage.conflicts, true)}
          onCancel={() => setStage({ kind: 'idle' })}
        />
      )}
      {stage.kind === 'done' && <ImportReport outcome={stage.outcome} />}
    </Section>
  );
}
