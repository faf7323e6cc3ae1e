import { vi } from 'vitest';
import type { PanelDeps } from '@/lib/store/panel-store';

/** Panel side effects as mocks; each test overrides what it looks at. */
export function fakePanelDeps(overrides: Partial<PanelDeps> = {}) {
  return {
    insert: vi.fn<PanelDeps['insert']>(async (_tab, _text, mode) => ({ ok: true as const, mode })),
    saveCorrection: vi.fn<PanelDeps['saveCorrection']>(async () => 1),
    readGeneric: vi.fn<PanelDeps['readGeneric']>(async () => ({ ok: false as const, error: { code: 'no-conversation' as const, message: 'nothing' } })),
    readSelection: vi.fn<PanelDeps['readSelection']>(async () => ({ text: '', url: 'https://www.example.com/', title: '' })),
    readText: vi.fn<PanelDeps['readText']>(() => ({ ok: false as const, error: { code: 'no-conversation' as const, message: 'nothing' } })),
    injectReader: vi.fn<PanelDeps['injectReader']>(async () => ({ ok: false as const, message: 'Deskpilot may not read this page yet.' })),
    now: () => 1234,
    ...overrides,
  };
}
