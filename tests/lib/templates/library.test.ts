import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../lib/intent/language';
import { INTENTS } from '../../../lib/intent/types';
import { literalFindings } from '../../../lib/suggest/checks';
import { literalText, render, validateTemplate } from '../../../lib/templates/engine';
import { BUILT_IN_TEMPLATES, LIBRARY_LANGUAGES } from '../../../lib/templates/library/index';
import { VARIANTS } from '../../../lib/templates/library/variants';
import type { OrderState, Template } from '../../../lib/templates/types';
import { completeOrder, contextFor, orderIn } from './orders';

const STATES: OrderState[] = ['no_order', 'unfulfilled', 'shipped', 'delivered', 'late', 'cancelled', 'refunded'];

/** What a template for this state would be rendered with. */
function orderFor(template: Template) {
  const state = template.orderStates[0] ?? 'shipped';
  return orderIn(state === 'no_order' && template.orderStates.length === 1 ? 'no_order' : state);
}

const find = (id: string): Template => {
  const template = BUILT_IN_TEMPLATES.find((t) => t.id === id);
  if (!template) throw new Error(`no template ${id}`);
  return template;
};

const renderText = (id: string, state: OrderState) => render(find(id).body, contextFor(find(id).language, orderIn(state))).text;

describe('the built-in library', () => {
  it('has every intent in every language, and a variant for every order state', () => {
    for (const language of LIBRARY_LANGUAGES) {
      for (const intent of INTENTS) {
        const templates = BUILT_IN_TEMPLATES.filter((t) => t.language === language && t.intent === intent);
        expect(templates.length, `${intent} in ${language}`).toBeGreaterThan(0);
        for (const state of STATES) {
          expect(
            templates.some((t) => t.orderStates.length === 0 || t.orderStates.includes(state)),
            `${intent} in ${language} for ${state}`,
          ).toBe(true);
        }
      }
    }
  });

  it('has the order-state variants that matter', () => {
    for (const language of LIBRARY_LANGUAGES) {
      const states = (key: string) => find(`${key}.${language}`).orderStates;
      expect(states('track_order.unfulfilled')).toEqual(['unfulfilled']);
      expect(states('track_order.shipped')).toEqual(['shipped']);
      expect(states('track_order.delivered')).toEqual(['delivered']);
      expect(states('track_order.late')).toEqual(['late']);
      expect(states('cancel_order.before_shipping')).toEqual(['unfulfilled']);
      expect(states('cancel_order.after_shipping')).toEqual(expect.arrayContaining(['shipped', 'late', 'delivered']));
      expect(states('get_refund.refunded')).toEqual(['refunded']);
      expect(states('track_refund.refunded')).toEqual(['refunded']);
      for (const intent of ['damaged_item', 'wrong_item', 'missing_item', 'track_order', 'delivery_period']) {
        expect(BUILT_IN_TEMPLATES.some((t) => t.language === language && t.intent === intent && t.orderStates.includes('no_order'))).toBe(
          intent !== 'delivery_period',
        );
      }
      expect(states('delivery_period.general')).toEqual([]);
    }
  });

  it('uses stable ids <variant>.<language>, read-only built-ins, one per variant and language', () => {
    const ids = BUILT_IN_TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(Object.keys(VARIANTS).length * LIBRARY_LANGUAGES.length);
    for (const t of BUILT_IN_TEMPLATES) {
      expect(t.id).toMatch(new RegExp(`^${t.intent}\\.[a-z_]+\\.${t.language}$`));
      expect(t.builtIn).toBe(true);
      expect(t.updatedAt).toBe(0);
      expect(t.name.trim()).not.toBe('');
    }
  });

  it.each(BUILT_IN_TEMPLATES.map((t) => [t.id, t] as const))('%s parses and uses known variables only', (_, template) => {
    expect(validateTemplate(template.body)).toEqual({ errors: [], unknownVariables: [] });
  });

  it.each(BUILT_IN_TEMPLATES.map((t) => [t.id, t] as const))('%s renders without a gap for a complete order', (_, template) => {
    const result = render(template.body, contextFor(template.language, completeOrder()));
    expect(result.gaps).toEqual([]);
    expect(result.text).not.toMatch(/\[[a-z_]+\.[a-z_.[\]]+\]|\{\{|\{%| {2}|\n{3}| \n|\n /);
  });

  it('needs nothing filled in for an order in any state it is picked for', () => {
    for (const template of BUILT_IN_TEMPLATES) {
      const hasNoOrderVariant = BUILT_IN_TEMPLATES.some((t) => t.intent === template.intent && t.language === template.language && t.orderStates.includes('no_order'));
      const states = template.orderStates.length > 0 ? template.orderStates : STATES.filter((s) => s !== 'no_order' || !hasNoOrderVariant);
      for (const state of states) {
        const { gaps } = render(template.body, contextFor(template.language, orderIn(state)));
        expect(gaps.filter((g) => g.required), `${template.id} for ${state}`).toEqual([]);
      }
    }
  });

  it('never states a fact or a policy in its own words: numbers and policies come from variables', () => {
    for (const template of BUILT_IN_TEMPLATES) {
      expect(literalFindings(literalText(template.body)), template.id).toEqual({ numbers: [], policies: [] });
    }
  });

  it('shows the policy gap when the shop has not written its snippet', () => {
    for (const language of LIBRARY_LANGUAGES) {
      const template = find(`return_request.with_order.${language}`);
      const result = render(template.body, contextFor(language, orderIn('delivered'), { shop: { name: 'Northwind' } }));
      expect(result.text).toContain('[shop.policies.returns]');
      expect(result.gaps).toEqual([{ name: 'shop.policies.returns', required: true }]);
    }
  });

  it('without an order, acknowledges the number the customer gave or asks for it, stating no order fact', () => {
    const noNumber = { id: '4211', subject: 'Help', customerName: 'Marie Curie', customerEmail: 'marie@example.com' };
    for (const template of BUILT_IN_TEMPLATES.filter((t) => t.orderStates.includes('no_order'))) {
      const known = render(template.body, contextFor(template.language, null));
      const asked = render(template.body, contextFor(template.language, null, { ticket: noNumber }));
      for (const result of [known, asked]) expect(result.gaps.filter((g) => g.required || g.name.startsWith('order.')), template.id).toEqual([]);
      if (template.body.includes('ticket.order_number')) {
        expect(known.text, template.id).toContain('1047');
        expect(asked.text, template.id).not.toContain('1047');
        expect(asked.gaps).toContainEqual({ name: 'ticket.order_number', required: false });
      }
    }
    expect(render(find('track_order.no_order.en').body, contextFor('en', null)).text).toContain(
      'Thank you for your message about order #1047. I’m checking where it is now and will get back to you shortly.',
    );
    expect(render(find('track_order.no_order.en').body, contextFor('en', null, { ticket: noNumber })).text).toContain('Could you send me your order number');
    expect(BUILT_IN_TEMPLATES.filter((t) => t.body.includes('ticket.order_number'))).toHaveLength(11 * LIBRARY_LANGUAGES.length);
  });

  it('is written in its own language', () => {
    for (const template of BUILT_IN_TEMPLATES) {
      const { text } = render(template.body, contextFor(template.language, orderFor(template), { shop: { name: 'Northwind', policies: {} } }));
      expect(detectLanguage(text.replace(/\[[^\]]+\]/g, '')), template.id).toBe(template.language);
    }
  });

  it('signs with the agent and shop names, and ends without a name when none is set', () => {
    expect(renderText('other.general.en', 'no_order')).toMatch(/Kind regards,\nAlex\nNorthwind$/);
    const unsigned = render(find('other.general.fr').body, contextFor('fr', null, { agent: { name: '' }, shop: { name: '' } }));
    expect(unsigned.text).toMatch(/Bien cordialement,$/);
    expect(unsigned.gaps).toEqual([
      { name: 'agent.name', required: false },
      { name: 'shop.name', required: false },
    ]);
  });
});

describe('native-quality spot checks', () => {
  it('en: shipped, with tracking', () => {
    expect(renderText('track_order.shipped.en', 'shipped')).toBe(
      [
        'Hi Marie,',
        '',
        'Good news: your order #1047 is on its way. It shipped on March 12, 2025 with DHL, and the estimated delivery date is March 15, 2025.',
        '',
        'You can follow your parcel here: https://www.dhl.com/track?tracking-id=JD014600006281',
        'Tracking number: JD014600006281',
        '',
        'Kind regards,',
        'Alex',
        'Northwind',
      ].join('\n'),
    );
  });

  it('fr: shipped, with French typography and money', () => {
    const text = renderText('track_order.shipped.fr', 'shipped');
    expect(text).toContain('Bonjour Marie,\n\nBonne nouvelle : votre commande #1047 est en route. Elle a été expédiée le 12 mars 2025 avec DHL, et sa livraison est prévue le 15 mars 2025.');
    expect(text).toContain('Vous pouvez suivre votre colis ici : https://www.dhl.com/');
    expect(text).toMatch(/Bien cordialement,\nAlex\nNorthwind$/);
    expect(renderText('payment_issue.with_order.fr', 'unfulfilled')).toContain('commande #1047 (89,90\u00a0€)');
  });

  it('de: late, lower case after the greeting, German dates', () => {
    const text = renderText('track_order.late.de', 'late');
    expect(text).toContain(
      'Hallo Marie,\n\nes tut mir leid, dass Ihre Bestellung #1047 noch nicht bei Ihnen angekommen ist. Sie wurde am 12. März 2025 mit DHL versandt und sollte bis zum 15. März 2025 zugestellt werden; sie ist also verspätet.',
    );
    expect(text).toMatch(/Viele Grüße\nAlex\nNorthwind$/);
    for (const template of BUILT_IN_TEMPLATES.filter((t) => t.language === 'de')) {
      const { text: body } = render(template.body, contextFor('de', orderFor(template)));
      const first = body.split('\n\n')[1] ?? '';
      expect(/^[a-zäöüß]|^(?:Sie|Ihr|Ihre)\b/.test(first), `${template.id}: ${first}`).toBe(true);
    }
    const anonymous = render(find('other.general.de').body, contextFor('de', null, { ticket: { id: '1', subject: '', customerName: '', customerEmail: null } }));
    expect(anonymous.text.startsWith('Guten Tag,\n\nvielen Dank')).toBe(true);
  });

  it('es: refunded, with the refund listed in Spanish', () => {
    const text = renderText('get_refund.refunded.es', 'refunded');
    expect(text).toContain('Hola, Marie:\n\nGracias por tu mensaje. Tu pedido #1047 ya se ha reembolsado:\n- 39,95\u00a0€ el 20 de marzo de 2025');
    expect(text).toContain('Refunds reach your account');
    for (const template of BUILT_IN_TEMPLATES.filter((t) => t.language === 'es')) {
      for (const question of literalText(template.body).match(/[^.!:;\n]*\?/g) ?? []) {
        expect(question, template.id).toContain('¿');
      }
    }
  });

  it('ro: not shipped yet, formal address and comma-below letters', () => {
    expect(renderText('track_order.unfulfilled.ro', 'unfulfilled')).toContain(
      'Bună ziua, Marie,\n\nVă mulțumim pentru mesaj. Comanda dumneavoastră #1047, plasată pe 10 martie 2025, nu a fost expediată încă.',
    );
    for (const template of BUILT_IN_TEMPLATES.filter((t) => t.language === 'ro')) {
      expect(template.body, template.id).not.toMatch(/[şţŞŢ]/);
    }
  });

  it('never uses a form that depends on the agent’s gender', () => {
    const gendered: Record<string, RegExp> = {
      fr: /\b(?:je suis (?:désolée?|ravie?|navrée?)|désolée|ravie)\b/i,
      es: /\b(?:encantad[oa]|agradecid[oa]|seguro de|segura de)\b/i,
      ro: /\b(?:sunt (?:sigur|sigură|bucuros|bucuroasă))\b/i,
    };
    for (const template of BUILT_IN_TEMPLATES) {
      const pattern = gendered[template.language];
      if (pattern) expect(template.body, template.id).not.toMatch(pattern);
    }
  });

  it('cancel after shipping: says it can no longer be cancelled and quotes the returns policy, in every language', () => {
    const expected: Record<string, string> = {
      en: 'can no longer be cancelled',
      fr: 'ne peut malheureusement plus être annulée',
      de: 'nicht mehr storniert werden',
      es: 'ya no se puede cancelar',
      ro: 'nu mai poate fi anulată',
    };
    for (const language of LIBRARY_LANGUAGES) {
      const text = renderText(`cancel_order.after_shipping.${language}`, 'shipped');
      expect(text).toContain(expected[language]);
      expect(text).toContain('You can return unworn items within 30 days of delivery.');
    }
  });
});
