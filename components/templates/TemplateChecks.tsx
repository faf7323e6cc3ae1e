import type { TemplateValidation } from '@/lib/templates/engine';
import { Notice } from '@/components/ui/Notice';

/** The body's Liquid errors and the variables Deskpilot has no value for, as the agent types. */
export function TemplateChecks({ validation }: { validation: TemplateValidation }) {
  const { errors, unknownVariables } = validation;
  if (errors.length === 0 && unknownVariables.length === 0) {
    return (
      <p className="check-ok" role="status">
        No Liquid errors; every variable is known.
      </p>
    );
  }
  return (
    <>
      {errors.map((e, i) => (
        <Notice key={i} tone="error" title={e.line !== undefined ? `Syntax error on line ${e.line}` : 'Syntax error'}>
          {e.message}
        </Notice>
      ))}
      {unknownVariables.length > 0 && (
        <Notice tone="warning" title={unknownVariables.length === 1 ? 'Unknown variable' : 'Unknown variables'}>
          <p>
            {unknownVariables.map((v, i) => (
              <span key={v}>
                {i > 0 && ', '}
                <code>{v}</code>
              </span>
            ))}
          </p>
          <p>Deskpilot has no value for {unknownVariables.length === 1 ? 'it' : 'them'}: replies show a gap to fill. Pick one from “Insert a variable”.</p>
        </Notice>
      )}
    </>
  );
}
