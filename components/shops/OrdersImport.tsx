import { useState } from 'react';
import type { DeskpilotDb } from '@/lib/db/schema';
import { importOrders } from '@/lib/db/orders';
import { applyMapping, type FilePreview, type Mapping } from '@/lib/orders/mapped';
import type { Order } from '@/lib/orders/model';
import { Notice } from '@/components/ui/Notice';
import { ImportResult } from './ImportResult';
import { readFileText } from '@/components/ui/read-file';
import { MappingForm } from './MappingForm';
import { readOrdersFile, type ImportOutcome } from './read-orders-file';

type Step =
  | { step: 'idle' }
  | { step: 'working'; fileName: string }
  | { step: 'mapping'; fileName: string; text: string; preview: FilePreview; refused?: string[] }
  | { step: 'done'; outcome: ImportOutcome }
  | { step: 'failed'; message: string };

/** Orders from a file, for shops without API access: exports import at once, other files after a mapping. */
export function OrdersImport({ db, profileId }: { db: DeskpilotDb; profileId: string }) {
  const [state, setState] = useState<Step>({ step: 'idle' });

  const store = async (fileName: string, format: ImportOutcome['format'], orders: Order[], problems: string[]) => {
    const stored = await importOrders(db, profileId, orders);
    setState({ step: 'done', outcome: { fileName, format, stored, problems } });
  };
  const fail = (error: unknown) => setState({ step: 'failed', message: error instanceof Error ? error.message : String(error) });

  const open = async (file: File) => {
    setState({ step: 'working', fileName: file.name });
    const text = await readFileText(file).catch((error: unknown) => {
      throw new Error(`${file.name} could not be read: ${error instanceof Error ? error.message : 'unknown error'}.`);
    });
    const reading = readOrdersFile(text, file.name);
    if (reading.kind === 'unreadable') setState({ step: 'failed', message: reading.message });
    else if (reading.kind === 'needs-mapping') setState({ step: 'mapping', fileName: file.name, text, preview: reading.preview });
    else await store(file.name, reading.loaded.format, reading.loaded.orders, reading.loaded.problems);
  };

  const confirm = (mappingStep: Extract<Step, { step: 'mapping' }>, mapping: Mapping) => {
    const { fileName, text } = mappingStep;
    const { orders, problems } = applyMapping(text, fileName, mapping);
    // No order at all: the mapping is wrong, not the file. Stay on it and say why.
    if (orders.length === 0) {
      setState({ ...mappingStep, refused: problems.length > 0 ? problems : ['No orders were found with these columns.'] });
      return;
    }
    setState({ step: 'working', fileName });
    void store(fileName, 'mapped', orders, problems).catch(fail);
  };

  return (
    <div className="orders-import">
      <label className="file-pick">
        Import orders from a file (CSV or JSON)
        <input
          type="file"
          accept=".csv,.json,.txt,text/csv,application/json"
          disabled={state.step === 'working'}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = ''; // the same file can be chosen again, to re-import it
            if (file) void open(file).catch(fail);
          }}
        />
      </label>
      <p className="hint">
        Shopify’s “Export orders” CSV, WooCommerce order exports and JSON lists of orders are recognised and imported at once. For any other CSV
        or JSON you choose which column is which. Importing a file again updates its orders; it never doubles them.
      </p>
      {state.step === 'working' && <p role="status">Reading {state.fileName}…</p>}
      {state.step === 'failed' && <Notice tone="error">{state.message}</Notice>}
      {state.step === 'done' && <ImportResult outcome={state.outcome} />}
      {state.step === 'mapping' && state.refused && (
        <Notice tone="error" title="Nothing was imported with these columns">
          <ul>
            {state.refused.slice(0, 5).map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </Notice>
      )}
      {state.step === 'mapping' && (
        <MappingForm
          fileName={state.fileName}
          preview={state.preview}
          onConfirm={(mapping) => confirm(state, mapping)}
          onCancel={() => setState({ step: 'idle' })}
        />
      )}
    </div>
  );
}
