/** One order field and the column that fills it ("" for none). */
export function MappingField({
  label,
  required,
  columns,
  value,
  onChange,
}: {
  label: string;
  required: boolean;
  columns: readonly string[];
  value: string;
  onChange: (column: string) => void;
}) {
  return (
    <label>
      {label}
      {required ? ' (required)' : ''}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">not in the file</option>
        {columns.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    </label>
  );
}
