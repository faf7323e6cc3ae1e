import { describe, expect, it } from 'vitest';
import { render, validateTemplate } from '../../../lib/templates/engine';
import {
  convertGorgiasBody,
  convertZendeskBody,
  exportTemplates,
  guessIntent,
  htmlToText,
  readTemplateFile,
  readTemplateFileText,
  templatesFromGorgias,
  templatesFromJson,
  templatesFromZendesk,
} from '../../../lib/templates/import-macros';
import { BUILT_IN_TEMPLATES } from '../../../lib/templates/library';
import type { Template } from '../../../lib/templates/types';
import { completeOrder, contextFor } from './orders';

const NOW = Date.UTC(2026, 10, 21, 9, 0);
const builtInIds = new Set(BUILT_IN_TEMPLATES.map((t) => t.id));
const options = { now: NOW, builtInIds };

/** A Zendesk macro export as `GET /api/v2/macros` returns it (trimmed to the fields that matter). */
const ZENDESK_EXPORT = {
  macros: [
    {
      id: 360012345671,
      title: 'Shipping::Where is my order',
      active: true,
      actions: [
        { field: 'status', value: 'pending' },
        {
          field: 'comment_value',
          value:
            'Hi {{ticket.requester.first_name}},\n\nThanks for contacting us about ticket #{{ticket.id}} ("{{ticket.title}}"). We will call you on {{ticket.requester.phone}}.\n\nBest,\n{{current_user.first_name}}',
        },
        { field: 'set_tags', value: 'wismo shipping' },
      ],
    },
    {
      id: 360012345672,
      title: 'Annulation de commande',
      actions: [
        {
          field: 'comment_value_html',
          value: '<p>Bonjour {{ticket.requester.name}},</p><p>Votre commande a bien été annulée. Merci pour votre patience &amp; à bientôt.</p><p>{{current_user.name}}</p>',
        },
      ],
    },
    { id: 360012345673, title: 'Close and tag spam', actions: [{ field: 'status', value: 'solved' }, { field: 'set_tags', value: 'spam' }] },
    { id: 360012345674, title: 'Broken Liquid', actions: [{ field: 'comment_value', value: 'Hi {% if ticket.requester.first_name %}there' }] },
    { id: 360012345675, title: 'Refund status', actions: [{ field: 'comment_value', value: ['channel:all', 'Hello {{ticket.requester.first_name}}, your refund is on its way.'] }] },
    'not a macro',
  ],
  next_page: null,
  count: 6,
};

/** A Gorgias macro export as `GET /api/macros` returns it. */
const GORGIAS_EXPORT = {
  data: [
    {
      id: 88231,
      name: 'WISMO - shipped',
      intent: 'shipping/status',
      language: 'en',
      actions: [
        {
          name: 'setResponseText',
          title: 'Add response text',
          type: 'user',
          arguments: {
            body_text:
              'Hi {{ticket.customer.firstname}},\n\nYour order {{ticket.customer.integrations.shopify.orders[0].name}} shipped on {{ticket.customer.integrations.shopify.orders[0].fulfillments[0].created_at|datetime_format("MMMM Do YYYY")}}. Tracking number: {{ticket.customer.integrations.shopify.orders[0].fulfillments[0].tracking_number}}, follow it here: {{ticket.customer.integrations.shopify.orders[0].fulfillments[0].tracking_url}}\n\nCheers,\n{{current_user.firstname}}',
          },
        },
        { name: 'addTags', arguments: { tags: 'wismo,shipped' } },
      ],
    },
    {
      id: 88232,
      name: 'Annuler',
      intent: 'order/cancel',
      language: 'fr',
      actions: [{ name: 'setResponseText', arguments: { body_html: '<div>Bonjour {{ticket.customer.name}},<br>votre commande {{ticket.customer.integrations.shopify.orders[0].name}} est annulée.</div>' } }],
    },
    {
      id: 88233,
      name: 'VIP note',
      actions: [{ name: 'setResponseText', arguments: { body_text: 'Hi {{ticket.customer.firstname}}, your points: {{ticket.customer.integrations.yotpo.points}}.' } }],
    },
    { id: 88234, name: 'Assign to billing', actions: [{ name: 'setAssignee', arguments: { assignee_user: { id: 3 } } }] },
  ],
  meta: { next_cursor: null },
};

function byName(templates: Template[], name: string): Template {
  const t = templates.find((x) => x.name === name);
  if (!t) throw new Error(`no template named ${name}`);
  return t;
}

describe('Zendesk macros', () => {
  const result = templatesFromZendesk(ZENDESK_EXPORT, options);

  it('turns each macro with reply text into a user template, its placeholders in Deskpilot names', () => {
    expect(result.format).toBe('zendesk');
    expect(result.templates.map((t) => t.name)).toEqual(['Where is my order', 'Annulation de commande', 'Refund status']);
    const wismo = byName(result.templates, 'Where is my order');
    expect(wismo).toMatchObject({
      id: 'zendesk.360012345671',
      intent: 'track_order',
      language: 'en',
      orderStates: [],
      tags: ['zendesk', 'shipping', 'wismo'],
      builtIn: false,
      updatedAt: NOW,
    });
    expect(wismo.body).toBe(
      'Hi {{ customer.first_name }},\n\nThanks for contacting us about ticket #{{ ticket.id }} ("{{ ticket.subject }}"). We will call you on {{ ticket.requester.phone }}.\n\nBest,\n{{ agent.name }}',
    );
  });

  it('keeps placeholders it cannot map and flags them; they render as gaps, never as blanks', () => {
    expect(result.flagged).toEqual([{ id: 'zendesk.360012345671', name: 'Where is my order', unknownVariables: ['ticket.requester.phone'] }]);
    const rendered = render(byName(result.templates, 'Where is my order').body, contextFor('en', completeOrder()));
    expect(rendered.text).toContain('Hi Marie,');
    expect(rendered.text).toContain('ticket #4211 ("Where is my order?")');
    expect(rendered.text).toContain('call you on [ticket.requester.phone].');
    expect(rendered.gaps).toEqual([{ name: 'ticket.requester.phone', required: true }]);
  });

  it('reads HTML replies as text, detects their language and guesses the intent from the title', () => {
    const cancel = byName(result.templates, 'Annulation de commande');
    expect(cancel.language).toBe('fr');
    expect(cancel.intent).toBe('cancel_order');
    expect(cancel.body).toBe('Bonjour {{ customer.first_name }},\n\nVotre commande a bien été annulée. Merci pour votre patience & à bientôt.\n\n{{ agent.name }}');
    const refund = byName(result.templates, 'Refund status');
    expect(refund.intent).toBe('track_refund');
    expect(refund.body).toBe('Hello {{ customer.first_name }}, your refund is on its way.');
  });

  it('reports what it skipped and why', () => {
    expect(result.skipped).toEqual([
      { name: 'Close and tag spam', reason: 'it sets no reply text (only other actions)' },
      { name: 'Broken Liquid', reason: expect.stringMatching(/^its Liquid does not parse.*tag \{% if .*not closed/) },
      { name: 'entry 6', reason: 'it is not a macro object' },
    ]);
  });

  it('lists each placeholder it renamed once', () => {
    expect(result.mapped).toEqual([
      { from: 'ticket.requester.first_name', to: 'customer.first_name' },
      { from: 'ticket.title', to: 'ticket.subject' },
      { from: 'current_user.first_name', to: 'agent.name' },
      { from: 'ticket.requester.name', to: 'customer.first_name' },
      { from: 'current_user.name', to: 'agent.name' },
    ]);
  });

  it('leaves strings and filters alone and keeps Liquid logic working', () => {
    const { body, unknownVariables } = convertZendeskBody(
      '{% if ticket.requester.first_name %}Hi {{ticket.requester.first_name | capitalize}}{% else %}Hello "ticket.title"{% endif %} {{ dc.signature }}',
    );
    expect(body).toBe('{% if customer.first_name %}Hi {{ customer.first_name | capitalize }}{% else %}Hello "ticket.title"{% endif %} {{ dc.signature }}');
    expect(unknownVariables).toEqual(['dc.signature']);
    expect(render(body, contextFor('en', null)).text).toBe('Hi Marie [dc.signature]');
  });
});

describe('Gorgias macros', () => {
  const result = templatesFromGorgias(GORGIAS_EXPORT, options);

  it('maps Shopify order paths to the order model and datetime_format to the date filter', () => {
    const wismo = byName(result.templates, 'WISMO - shipped');
    expect(wismo).toMatchObject({ id: 'gorgias.88231', intent: 'track_order', language: 'en', tags: ['gorgias', 'wismo', 'shipped'] });
    expect(wismo.body).toContain('Your order {{ order.name }} shipped on {{ order.fulfillments.first.created_at | date }}.');
    expect(wismo.body).toContain('Tracking number: {{ order.fulfillments.first.tracking_number }}, follow it here: {{ order.fulfillments.first.tracking_url }}');
    expect(validateTemplate(wismo.body)).toEqual({ errors: [], unknownVariables: [] });
    const rendered = render(wismo.body, contextFor('en', completeOrder()));
    expect(rendered.text).toBe(
      'Hi Marie,\n\nYour order #1047 shipped on March 12, 2025. Tracking number: JD014600006281, follow it here: https://www.dhl.com/track?tracking-id=JD014600006281\n\nCheers,\nAlex',
    );
    expect(rendered.gaps).toEqual([]);
  });

  it('takes the language and intent Gorgias gives, and HTML bodies as text', () => {
    const cancel = byName(result.templates, 'Annuler');
    expect(cancel).toMatchObject({ intent: 'cancel_order', language: 'fr' });
    expect(cancel.body).toBe('Bonjour {{ customer.first_name }},\nvotre commande {{ order.name }} est annulée.');
  });

  it('keeps and flags variables of other integrations, and skips macros without a reply', () => {
    expect(result.flagged).toEqual([{ id: 'gorgias.88233', name: 'VIP note', unknownVariables: ['ticket.customer.integrations.yotpo.points'] }]);
    expect(byName(result.templates, 'VIP note').intent).toBe('other');
    expect(result.skipped).toEqual([{ name: 'Assign to billing', reason: 'it sets no reply text (only other actions)' }]);
  });

  it('maps the other order fields Gorgias users write, whatever the index style', () => {
    const p = 'ticket.customer.integrations.shopify.orders[0]';
    const { body, mapped, unknownVariables } = convertGorgiasBody(
      [
        `{{${p}.fulfillments[0].tracking_urls[0]}}`,
        `{{ticket.customer.integrations[1234].orders.0.line_items[1].name}}`,
        `{{${p}.shipping_address.city}}`,
        `{{${p}.refunds[0].processed_at|datetime_format("L")}}`,
        `{{${p}.total_price}} {{${p}.id}}`,
        `{{ticket.customer.integrations.shopify.customer.first_name|default("there")}}`,
      ].join('\n'),
    );
    expect(body.split('\n')).toEqual([
      '{{ order.fulfillments.first.tracking_url }}',
      '{{ order.line_items[1].title }}',
      '{{ order.shipping_address.city }}',
      '{{ order.refunds.first.created_at | date }}',
      `{{ order.total_price }} {{ ${p}.id }}`,
      '{{ customer.first_name | default: "there" }}',
    ]);
    expect(mapped).toHaveLength(6);
    expect(unknownVariables).toEqual([`ticket.customer.integrations.shopify.orders[0].id`]);
  });
});

describe('Deskpilot JSON', () => {
  const mine: Template = {
    id: 'mine.1',
    name: 'Late parcel, DPD',
    intent: 'track_order',
    language: 'en',
    orderStates: ['late'],
    tags: ['dpd'],
    body: 'Hi {{ customer.first_name }}, DPD says {{ order.fulfillments.first.tracking_url }}.',
    builtIn: false,
    updatedAt: 5,
  };

  it('reads back what it exports, built-ins left out', () => {
    const built = BUILT_IN_TEMPLATES[0];
    if (!built) throw new Error('no built-in');
    const file = exportTemplates([mine, built], NOW);
    const parsed: unknown = JSON.parse(file);
    expect(parsed).toMatchObject({ format: 'deskpilot-templates', version: 1, exportedAt: '2026-11-21T09:00:00.000Z' });
    const read = readTemplateFileText(file, options);
    if (!read.ok) throw new Error(read.error);
    expect(read.result.templates).toEqual([{ ...mine, updatedAt: NOW }]);
    expect(read.result.skipped).toEqual([{ name: built.name, reason: 'it is a built-in template, which ships with Deskpilot' }]);
  });

  it('checks every entry and says why it skipped one', () => {
    const result = templatesFromJson(
      [
        { ...mine, id: 'a', intent: 'where_is_it' },
        { ...mine, id: 'b', language: 'english' },
        { ...mine, id: 'c', orderStates: ['lost'] },
        { ...mine, id: 'd', body: '  ' },
        { ...mine, id: 'e', body: 'Hi {{ customer.first_name ' },
        { ...mine, id: 'track_order.shipped.en', builtIn: false },
        { ...mine, id: 'f', tags: 'a,b' },
        { ...mine, id: '' },
        { ...mine, id: 'g', name: ' ', language: 'FR', tags: [' Late ', 'late', 'DPD parcel'] },
        { ...mine, id: 'h', name: 'Second' },
        { ...mine, id: 'h', name: 'Second again' },
        42,
      ],
      options,
    );
    expect(result.skipped.map((s) => s.reason)).toEqual([
      expect.stringMatching(/^"where_is_it" is not an intent/),
      '"english" is not a two-letter language code',
      expect.stringMatching(/^"lost" is not an order state/),
      'it has no body',
      expect.stringMatching(/^its Liquid does not parse/),
      'its id "track_order.shipped.en" is a built-in template\'s',
      'its tags are not a list of words',
      'it has no id',
      'it has no name',
      'its id "h" appears earlier in the file',
      'it is not a template object',
    ]);
    expect(result.skipped[11 - 1]?.name).toBe('entry 12');
    expect(result.templates.map((t) => t.id)).toEqual(['h']);
  });

  it('normalises language codes and tags, and flags unknown variables', () => {
    const result = templatesFromJson({ templates: [{ ...mine, language: ' FR ', tags: [' Late ', 'late', 'DPD parcel'], body: 'Bonjour {{ client.prenom }}' }] }, options);
    expect(result.templates[0]).toMatchObject({ language: 'fr', tags: ['late', 'dpd-parcel'] });
    expect(result.flagged).toEqual([{ id: 'mine.1', name: mine.name, unknownVariables: ['client.prenom'] }]);
  });
});

describe('readTemplateFile', () => {
  it('tells the formats apart by shape', () => {
    const format = (data: unknown) => {
      const read = readTemplateFile(data, options);
      return read.ok ? read.result.format : read.error;
    };
    expect(format(ZENDESK_EXPORT)).toBe('zendesk');
    expect(format({ macro: ZENDESK_EXPORT.macros[0] })).toBe('zendesk');
    expect(format(GORGIAS_EXPORT)).toBe('gorgias');
    expect(format(GORGIAS_EXPORT.data)).toBe('gorgias');
    expect(format(ZENDESK_EXPORT.macros)).toBe('zendesk');
    expect(format({ format: 'deskpilot-templates', version: 1, templates: [] })).toBe('deskpilot');
    expect(format([])).toBe('deskpilot');
    expect(format({ tickets: [] })).toMatch(/^This file is not a Deskpilot template export/);
    expect(format('macros')).toMatch(/^This file is not/);
  });

  it('gives a one-line error for a file that is not JSON', () => {
    const read = readTemplateFileText('{ "macros": [', options);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toMatch(/^This file is not JSON: /);
  });

  it('never gives two macros the same id', () => {
    const result = templatesFromZendesk(
      { macros: [1, 2].map(() => ({ title: 'Thanks!', actions: [{ field: 'comment_value', value: 'Thank you for your order!' }] })) },
      options,
    );
    expect(result.templates.map((t) => t.id)).toEqual(['zendesk.thanks', 'zendesk.thanks-2']);
  });
});

describe('htmlToText', () => {
  it('keeps paragraphs, breaks, list items and link addresses; decodes entities; drops other tags', () => {
    expect(
      htmlToText(
        '<p>Hi&nbsp;there,</p>\n<p>Track it <a href="https://track.dpd.co.uk/parcels/1">here</a> or at <a href="https://x.example">https://x.example</a>.<br/>Thanks &amp; bye &#8212; <b>Sam</b></p><ul><li>One</li><li>Two</li></ul><script>alert(1)</script>',
      ),
    ).toBe('Hi there,\n\nTrack it here (https://track.dpd.co.uk/parcels/1) or at https://x.example.\nThanks & bye — Sam\n\n- One\n- Two');
  });
});

describe('guessIntent', () => {
  it.each([
    ['Shipping::Where is my order', 'track_order'],
    ['WISMO', 'track_order'],
    ['Refund status', 'track_refund'],
    ['Return policy', 'check_refund_policy'],
    ['Refund for damaged item', 'damaged_item'],
    ['Wrong size sent', 'wrong_item'],
    ['Change delivery address', 'change_shipping_address'],
    ['Rückerstattung', 'get_refund'],
    ['Rechnung senden', 'invoice'],
    ['Código de descuento', 'discount_code'],
    ['Thank you!', 'other'],
  ])('%s → %s', (title, intent) => {
    expect(guessIntent(title)).toBe(intent);
  });

  it('takes a Deskpilot intent id as it is', () => {
    expect(guessIntent('invoice', 'Where is my order')).toBe('invoice');
  });
});
