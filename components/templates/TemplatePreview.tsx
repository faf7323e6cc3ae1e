import { useState } from 'react';
import { render, type RenderResult } from '@/lib/templates/engine';
import { FactsList } from '@/components/suggestion/FactsList';
import { GapSummary } from './GapSummary';
import { PreviewText } from './PreviewText';
import { sampleContext } from './sample';

function tryRender(body: string, language: string, withOrder: boolean): RenderResult | { error: string } {
  try {
    return render(body, sampleContext(language, withOrder));
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The template filled for a sample ticket (Emma Thompson asking about order #1047, shipped with
 * DPD), or without its order to see what a reply shows when the order is not found (first, for
 * templates written only for that case).
 */
export function TemplatePreview({ body, language, noOrderFirst = false }: { body: string; language: string; noOrderFirst?: boolean }) {
  const [withOrder, setWithOrder] = useState(!noOrderFirst);
  const result = tryRender(body, language, withOrder);
  return (
    <section className="template-preview" aria-label="Preview">
      <div className="preview-head">
        <h3>Preview</h3>
        <label className="preview-toggle">
          <input type="checkbox" checked={!withOrder} onChange={(e) => setWithOrder(!e.target.checked)} />
          No order (see the gaps)
        </label>
      </div>
      <p className="field-hint">
        Sample ticket #48213 from Emma Thompson{withOrder ? ': order #1047, shipped with DPD.' : ': her order was not found.'}
      </p>
      {'error' in result ? (
        <p className="preview-error">The preview waits for the Liquid to parse: {result.error}</p>
      ) : (
        <>
          <PreviewText text={result.text} gaps={result.gaps.filter((g) => g.required).map((g) => g.name)} />
          <GapSummary gaps={result.gaps} />
          <FactsList variables={result.variables} />
        </>
      )}
    </section>
  );
}
