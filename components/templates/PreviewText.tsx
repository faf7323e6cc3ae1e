import type { ReactNode } from 'react';

/** The rendered reply with every `[variable]` placeholder of a missing value marked. */
export function PreviewText({ text, gaps }: { text: string; gaps: string[] }) {
  const placeholders = gaps.map((g) => `[${g}]`);
  const parts: ReactNode[] = [];
  let rest = text;
  let key = 0;
  while (rest) {
    let at = -1;
    let found = '';
    for (const p of placeholders) {
      const i = rest.indexOf(p);
      if (i !== -1 && (at === -1 || i < at)) {
        at = i;
        found = p;
      }
    }
    if (at === -1) {
      parts.push(rest);
      break;
    }
    if (at > 0) parts.push(rest.slice(0, at));
    parts.push(
      <mark key={key++} className="preview-gap" title={`Missing value: ${found.slice(1, -1)}`}>
        {found}
      </mark>,
    );
    rest = rest.slice(at + found.length);
  }
  return <div className="preview-text">{parts}</div>;
}
