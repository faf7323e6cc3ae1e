import type { Template } from '@/lib/templates/types';

/** A fresh id for a template of the user's: never one of the built-in library's. */
export function newTemplateId(): string {
  return `mine.${crypto.randomUUID()}`;
}

const STARTER = 'Hi {{ customer.first_name }},\n\n\n\nKind regards,\n{{ agent.name }}';

export function blankTemplate(now: number = Date.now()): Template {
  return { id: newTemplateId(), name: '', intent: 'other', language: 'en', orderStates: [], tags: [], body: STARTER, builtIn: false, updatedAt: now };
}

/** The user's own copy of any template, to change: a new id, "(copy)" after the name. */
export function duplicateTemplate(template: Template, now: number = Date.now()): Template {
  return {
    ...template,
    id: newTemplateId(),
    name: `${template.name} (copy)`,
    orderStates: [...template.orderStates],
    tags: [...template.tags],
    builtIn: false,
    updatedAt: now,
  };
}
