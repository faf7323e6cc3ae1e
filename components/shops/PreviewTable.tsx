const MAX_CELL = 60;

function cell(text: string | undefined): string {
  const one = (text ?? '').replace(/\s+/g, ' ').trim();
  return one.length > MAX_CELL ? `${one.slice(0, MAX_CELL - 1)}…` : one;
}

/** The first rows of a file, as read: what the column mapping is chosen from. */
export function PreviewTable({ fileName, columns, rows }: { fileName: string; columns: string[]; rows: Record<string, string>[] }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>First rows of {fileName}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {columns.map((c) => (
                <td key={c}>{cell(row[c])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
