import type { Suggestion } from '../domain/suggestion';
import type { Ticket } from '../domain/ticket';
import type { Settings } from '../settings/items';

/**
 * The first suggestion: an acknowledgement that names the customer and the order the ticket
 * mentions, and states no other fact. The template library and intent detection replace it.
 */
interface Phrases {
  hello: (name: string) => string;
  helloAnonymous: string;
  aboutOrder: (order: string) => string;
  aboutRequest: string;
  closing: string;
}

const PHRASES: Record<string, Phrases> = {
  en: {
    hello: (name) => `Hi ${name},`,
    helloAnonymous: 'Hello,',
    aboutOrder: (order) => `Thank you for getting in touch about order #${order}. I’m looking into it now and will get back to you shortly.`,
    aboutRequest: 'Thank you for getting in touch. I’m looking into your request now and will get back to you shortly.',
    closing: 'Kind regards,',
  },
  fr: {
    hello: (name) => `Bonjour ${name},`,
    helloAnonymous: 'Bonjour,',
    aboutOrder: (order) => `Merci pour votre message concernant la commande n° ${order}. Je m’en occupe et reviens vers vous très vite.`,
    aboutRequest: 'Merci pour votre message. Je m’occupe de votre demande et reviens vers vous très vite.',
    closing: 'Cordialement,',
  },
  de: {
    hello: (name) => `Hallo ${name},`,
    helloAnonymous: 'Guten Tag,',
    aboutOrder: (order) => `vielen Dank für Ihre Nachricht zur Bestellung ${order}. Ich kümmere mich darum und melde mich in Kürze bei Ihnen.`,
    aboutRequest: 'vielen Dank für Ihre Nachricht. Ich kümmere mich um Ihr Anliegen und melde mich in Kürze bei Ihnen.',
    closing: 'Viele Grüße',
  },
  es: {
    hello: (name) => `Hola ${name}:`,
    helloAnonymous: 'Hola:',
    aboutOrder: (order) => `Gracias por escribirnos sobre el pedido #${order}. Ya lo estoy revisando y te responderé en breve.`,
    aboutRequest: 'Gracias por escribirnos. Ya estoy revisando tu solicitud y te responderé en breve.',
    closing: 'Un saludo,',
  },
  ro: {
    hello: (name) => `Bună ziua, ${name},`,
    helloAnonymous: 'Bună ziua,',
    aboutOrder: (order) => `Vă mulțumim pentru mesajul despre comanda #${order}. Verific acum și revin cu un răspuns în cel mai scurt timp.`,
    aboutRequest: 'Vă mulțumim pentru mesaj. Verific acum solicitarea dumneavoastră și revin cu un răspuns în cel mai scurt timp.',
    closing: 'Cu stimă,',
  },
};

export const GREETING_LANGUAGES = Object.keys(PHRASES);

export function firstName(fullName: string): string {
  const name = fullName.trim();
  if (!name || name.includes('@')) return '';
  const [given] = name.split(/\s+/);
  return given ?? '';
}

export function greetingSuggestion(ticket: Ticket, settings: Pick<Settings, 'agentName' | 'shopName'>): Suggestion {
  const language = ticket.language && ticket.language in PHRASES ? ticket.language : 'en';
  const p = PHRASES[language] ?? (PHRASES.en as Phrases);
  const name = firstName(ticket.customer.name);
  const order = ticket.orderNumbers[0];
  const signature = [settings.agentName.trim(), settings.shopName.trim()].filter(Boolean).join('\n');
  const text = [
    name ? p.hello(name) : p.helloAnonymous,
    '',
    order ? p.aboutOrder(order) : p.aboutRequest,
    '',
    p.closing,
    ...(signature ? [signature] : []),
  ].join('\n');
  return { templateId: `greeting.${order ? 'order' : 'general'}`, language, text };
}
