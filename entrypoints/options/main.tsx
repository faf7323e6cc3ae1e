import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getDb } from '@/lib/db';
import { OptionsApp } from '@/components/OptionsApp';
import '@/components/ui/theme.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <OptionsApp db={getDb()} />
    </StrictMode>,
  );
}
