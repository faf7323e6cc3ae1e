import { useMemo, useState } from 'react';
import { ORDER_FIELDS, type OrderField } from '@/lib/orders/assemble';
import type { FilePreview, Mapping } from '@/lib/orders/mapped';
import { Button } from '@/components/ui/Button';
import { Notice } from '@/components/ui/Notice';
import { MappingField } from './MappingField';
import { PreviewTable } from './PreviewTable';

/**
 * A file in no format Deskpilot knows: its first rows, and which column fills each order field,
 * pre-filled with the columns whose names say so. Nothing is imported until the user confirms.
 */
export function MappingForm({
  fileName,
  preview,
  onConfirm,
  onCancel,
}: {
  fileName: string;
  preview: FilePreview;
  onConfirm: (mapping: Mapping) => void;
  onCancel: () => void;
}) {
  const [mapping, setMapping] = useState<Mapping>(preview.suggestedMapping);
  // An empty choice leaves the field unset: applyMapping skips fields without a column.
  const choose = (field: OrderField, column: string) => setMapping((m) => ({ ...m, [field]: column || undefined }));
  const hasNumber = Boolean(mapping.order_number || mapping.name);
  // Split once, by the suggestion: a field does not jump between the lists while the user edits.
  const suggested = preview.suggestedMapping;
  const found = useMemo(() => ORDER_FIELDS.filter((f) => f.required || suggested[f.field] !== undefined), [suggested]);
  const others = useMemo(() => ORDER_FIELDS.filter((f) => !f.required && suggested[f.field] === undefined), [suggested]);
  const field = ({ field, label, required }: (typeof ORDER_FIELDS)[number]) => (
    <MappingField
      key={field}
      label={label}
      required={required}
      columns={preview.columns}
      value={mapping[field] ?? ''}
      onChange={(column) => choose(field, column)}
    />
  );
  return (
    <form
      className="mapping"
      aria-label={`Column mapping for ${fileName}`}
      onSubmit={(e) => {
        e.preventDefault();
        onConfirm(mapping);
      }}
    >
      <p>
        {fileName} is neither a Shopify nor a WooCommerce export. Check which column holds each detail, then import. Leave a detail on “not
        in the file” when no column has it.
      </p>
      <PreviewTable fileName={fileName} columns={preview.columns} rows={preview.sampleRows} />
      {preview.problems.length > 0 && (
        <Notice tone="warning" title="Some rows could not be read cleanly">
          <ul>
            {preview.problems.slice(0, 5).map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </Notice>
      )}
      <fieldset className="settings-form mapping-fields">
        <legend>Columns found</legend>
        {found.map(field)}
      </fieldset>
      <details className="mapping-more">
        <summary>More details the file may hold ({others.length})</summary>
        <div className="settings-form mapping-fields">{others.map(field)}</div>
      </details>
      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={!hasNumber}>
          Import with this mapping
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        {!hasNumber && <span className="hint">Choose the column with the order number first.</span>}
      </div>
    </form>
  );
}
