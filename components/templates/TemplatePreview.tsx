import { useState } from 'react';
import { render, type RenderContext, type RenderResult } from '@/lib/templates/engine';
import { currentReplyContext, useCurrentReply } from '@/lib/session/current-reply';
import { FactsList } from '@/components/suggestion/FactsList';
import { GapSummary } from './GapSummary';
import { PreviewText } from './PreviewText';
import { sampleContext } from './sample';

function tryRender(body: string, context: RenderContext): RenderResult | { error: string } {
  try {
    return render(body, context);
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
  const current = useCurrentReply();
  const [useCurrent, setUseCurrent] = useState(true);
  const onCurrent = current !== null && useCurrent;
  const context: RenderContext = onCurrent
    ? { ...currentReplyContext(current, language), ...(withOrder ? {} : { order: null }) }
    : sampleContext(language, withOrder);
  const result = tryRender(body, context);
  return (
    <section className="template-preview" aria-label="Preview">
      <div className="preview-head">
        <h3>Preview</h3>
        <label className="preview-toggle">
          <input type="checkbox" checked={!withOrder} onChange={(e) => setWithOrder(!e.target.checked)} />
          No order (see the gaps)
        </label>
      </div>
      {current && (
        <label className="preview-toggle">
          <input type="checkbox" checked={onCurrent} onChange={(e) => setUseCurrent(e.target.checked)} />
          The ticket open in the panel
        </label>
      )}
      <p className="field-hint">
        {onCurrent
          ? `Ticket #${current.ticket.ticketId} from ${current.ticket.customer.name || 'the customer'}${withOrder && current.order ? `: order ${current.order.name}.` : ': no order.'}`
          : `Sample ticket #48213 from Emma Thompson${withOrder ? ': order #1047, shipped with DPD.' : ': her order was not found.'}`}
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
