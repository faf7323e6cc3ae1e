import type { ReactNode } from 'react';

type Tone = 'info' | 'success' | 'warning' | 'error';

/** A message the agent must read: errors are announced to screen readers at once. */
export function Notice({ tone = 'info', title, children }: { tone?: Tone; title?: string; children?: ReactNode }) {
  return (
    <div className={`notice notice-${tone}`} role={tone === 'error' || tone === 'warning' ? 'alert' : 'status'}>
      {title && <strong className="notice-title">{title}</strong>}
      {children && <div className="notice-body">{children}</div>}
    </div>
  );
}
