/**
 * The text rules of the readers that find a conversation without knowing the page (the generic
 * page reader, `generic.ts`) or without a page at all (pasted or selected text, `plain-text.ts`):
 * sender lines and names, role badges, internal-note labels, history noise, quote attributions
 * and e-mail header blocks, signatures, subject cleaning and ticket ids, in several languages.
 * Dates are in lib/dom/dates.ts, addresses in lib/dom/email.ts.
 *
 * Pure: no DOM, no extension APIs, nothing runs at import time beyond building constants.
 */
import { parseDate, WEEKDAYS } from '../dom/dates';
import { EMAIL_SOURCE, findEmail } from '../dom/email';
import { alternation, WORD_END as NA, wholeWords } from '../dom/patterns';
import { withoutQuotedHistory } from '../dom/text';
import type { Author } from '../domain/ticket';

/* ------------------------------------------------------------------------------------------ */
/* Addresses, names, labels                                                                     */

/** An address with what usually wraps it (`<…>`, `(…)`, `mailto:`), to cut it out of a sender line. */
export const EMAIL_WRAPPED = new RegExp(`(?:mailto:)?[<(\\[]*\\s*(?:mailto:)?${EMAIL_SOURCE}\\s*[>)\\]]*`, 'gu');

/** Words of a helpdesk's interface that are never a person's name. */
const UI_WORDS = new Set(
  [
    'reply', 'reply all', 'forward', 'note', 'notes', 'customer', 'staff', 'agent', 'status', 'open', 'closed', 'pending',
    'resolved', 'new', 'priority', 'normal', 'high', 'low', 'urgent', 'assignee', 'assigned', 'subject', 'from', 'to', 'date',
    'cc', 'today', 'yesterday', 'attachments', 'attachment', 'show more', 'show less', 'translate', 'print', 'edit', 'delete',
    'view', 'more', 'public', 'internal', 'private', 'email', 'e-mail', 'web', 'phone', 'chat', 'via email', 'via web',
    'conversation', 'messages', 'message', 'thread', 'timeline', 'activity', 'history', 'details', 'ticket', 'tickets',
    'order', 'orders', 'support', 'helpdesk', 'inbox', 'team', 'admin', 'unknown', 'guest', 'system', 'automation',
    'répondre', 'transférer', 'statut', 'ouvert', 'fermé', 'client', 'antworten', 'weiterleiten', 'kunde', 'offen',
    'geschlossen', 'responder', 'reenviar', 'cliente', 'abierto', 'cerrado', 'răspunde', 'redirecționează', 'deschis', 'închis',
    'pedido', 'comanda', 'commande', 'bestellung', 'historial', 'verlauf', 'historique', 'istoric', 'actividad', 'activité',
    'aktivität', 'cronologie', 'notiz', 'nota', 'notă', 'hello', 'hi', 'hey', 'dear', 'bonjour', 'salut', 'hallo',
    'guten tag', 'hola', 'buenos días', 'buenas tardes', 'bună', 'buna', 'bună ziua', 'salutare', 'thanks', 'merci', 'danke',
    'gracias', 'mulțumesc', 'ok', 'okay', 'yes', 'no', 'oui', 'non', 'ja', 'nein', 'sí', 'da', 'nu',
    ...WEEKDAYS.filter((w) => w.length > 4),
  ],
);
const NAME_PARTICLES = new Set(['de', 'la', 'le', 'du', 'des', 'van', 'von', 'der', 'den', 'del', 'da', 'di', 'dos', 'das', 'y', 'e', 'zu', 'ten', 'ter', 'bin', 'al']);

/** Agent / customer badges written as words ("Staff", "(Agent)", "Cliente"). */
const AGENT_MARKERS = [
  'staff', 'agent', 'support agent', 'support', 'admin', 'administrator', 'operator', 'employee', 'team', 'support team',
  'mitarbeiter', 'mitarbeiterin', 'agente', 'soporte', 'personal', 'equipo', 'équipe', 'equipe', 'conseiller', 'conseillère',
  'operador', 'operadora', 'angajat', 'echipa', 'agent suport', 'vendeur', 'vendedor',
];
const CUSTOMER_MARKERS = [
  'customer', 'client', 'cliente', 'clientă', 'clienta', 'kunde', 'kundin', 'end-user', 'end user', 'enduser', 'requester',
  'requestor', 'demandeur', 'demandeuse', 'solicitante', 'solicitant', 'contact', 'visitor', 'visiteur', 'anfragender',
];
const AGENT_MARKER_SET = new Set(AGENT_MARKERS);
const CUSTOMER_MARKER_SET = new Set(CUSTOMER_MARKERS);

/** "Staff", "(Agent)", "[Cliente]" given alone: the role it names. */
export function markerRole(text: string): Author | null {
  const t = text.replace(/[()[\]:·•|]/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
  if (AGENT_MARKER_SET.has(t)) return 'agent';
  if (CUSTOMER_MARKER_SET.has(t)) return 'customer';
  return null;
}

const NOTE_LABEL_LIST = [
  'internal note', 'private note', 'internal comment', 'private comment', 'staff note', 'note interne', 'note privée',
  'commentaire interne', 'commentaire privé', 'interne notiz', 'interner kommentar', 'private notiz', 'interne anmerkung',
  'nota interna', 'nota privada', 'comentario interno', 'comentario privado', 'notă internă', 'nota internă', 'notă privată',
  'comentariu intern', 'nota privata', 'notitie intern', 'interne notitie',
  'added a private note', 'added an internal note', 'added a note', 'left an internal note', 'a ajouté une note interne',
  'a ajouté une note privée', 'a ajouté une note', 'hat eine interne notiz hinzugefügt', 'hat eine notiz hinzugefügt',
  'agregó una nota interna', 'añadió una nota interna', 'agregó una nota', 'añadió una nota', 'a adăugat o notă internă',
  'a adăugat o notă',
];
const NOTE_LABEL = wholeWords(NOTE_LABEL_LIST);
/** An internal-note label at the start of a line, with the punctuation after it. */
export const NOTE_LABEL_START = new RegExp(`^\\s*(?:${alternation(NOTE_LABEL_LIST)})(?![\\p{L}])\\s*[:·•|–—-]?\\s*`, 'iu');

/** True when a short text names an internal note ("Internal note", "Notă internă", "added a private note"). */
export function isNoteLabel(text: string): boolean {
  return text.length <= 160 && NOTE_LABEL.test(text);
}

/** Trailing words after a name: "Alex replied", "Julien a répondu", "Ana a scris". */
const VERB_TAIL = new RegExp(
  `\\s+(?:${alternation([
    'replied', 'wrote', 'commented', 'responded', 'answered', 'posted', 'said', 'sent a message', 'sent an email', 'sent a reply',
    'a répondu', 'a écrit', 'a commenté', 'a envoyé un message', 'a envoyé un e-mail', 'hat geantwortet', 'hat geschrieben',
    'hat kommentiert', 'schrieb', 'antwortete', 'respondió', 'escribió', 'comentó', 'envió un mensaje', 'envió un correo',
    'a răspuns', 'a scris', 'a comentat', 'a trimis un mesaj', 'a trimis un e-mail', ...NOTE_LABEL_LIST.filter((l) => !/^(?:internal|private|staff|note|nota|notă|interne|interner|commentaire|comentario|comentariu|notitie)/.test(l)),
  ])})(?![\\p{L}]).*$`,
  'iu',
);

/** A person's name as a sender line shows it, without address, "By", role badge or verb. */
export function cleanName(raw: string): string {
  return raw
    .replace(EMAIL_WRAPPED, ' ')
    .replace(/\((?:[^()]*)\)|\[(?:[^[\]]*)\]/g, (m) => (markerRole(m) ? ' ' : m))
    .replace(/^\s*(?:from|de|von|de la|van|da|by|par|por|expéditeur|absender|remitente)\s*:\s*/iu, '')
    .replace(/^\s*(?:by|par|por|von)\s+(?=\p{Lu})/u, '')
    .replace(VERB_TAIL, '')
    .replace(/["“”«»<>]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s·•|,:;–—-]+|[\s·•|,:;–—-]+$/gu, '')
    .trim();
}

/** "Marie Dupont", "Jean-Luc de la Tour", "MARIE": a name, not a label, a date or a sentence. */
export function looksLikeName(text: string): boolean {
  const s = text.trim();
  if (s.length < 2 || s.length > 60 || /\d|[@:/?!;=,]|https?/u.test(s) || !/\p{L}/u.test(s)) return false;
  const lower = s.toLowerCase().replace(/[.!?]+$/u, '');
  if (UI_WORDS.has(lower) || markerRole(s) || isNoteLabel(s) || parseDate(s)) return false;
  const parts = s.split(/\s+/);
  if (parts.length > 6) return false;
  const capital = (w: string): boolean => /^\p{Lu}/u.test(w) || !/\p{Ll}/u.test(w);
  const first = parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  if (!capital(first) || !capital(last)) return false;
  return parts.every((w) => capital(w) || NAME_PARTICLES.has(w.toLowerCase()));
}

/**
 * Looser than `looksLikeName`, where the position already says "sender" (a From: header, a quote
 * attribution, an author element): team names such as "Service client Lumière" pass too.
 */
export function looksLikeSender(text: string): boolean {
  const s = text.trim();
  if (looksLikeName(s)) return true;
  const parts = s.split(/\s+/);
  return (
    s.length >= 2 && s.length <= 50 && parts.length <= 5 && /^\p{Lu}/u.test(s) && !/\d{2,}|[@:/?!;=,.]|https?/u.test(s) &&
    !UI_WORDS.has(s.toLowerCase()) && !isNoteLabel(s) && !parseDate(s)
  );
}

/* ------------------------------------------------------------------------------------------ */
/* History noise                                                                                */

const NOISE = wholeWords([
  // English
  'status changed', 'status updated', 'changed the status', 'changed status', 'set the status', 'set status',
  'ticket closed', 'ticket reopened', 'ticket re-opened', 'ticket resolved', 'ticket merged', 'ticket assigned',
  'ticket transferred', 'ticket was closed', 'ticket was reopened', 'ticket was merged', 'ticket was assigned',
  'closed the ticket', 'closed this ticket', 'reopened the ticket', 'reopened this ticket', 'resolved the ticket',
  'merged the ticket', 'merged into', 'merged with', 'assigned to', 'assigned the ticket', 'assigned this ticket',
  'unassigned', 'reassigned', 'claimed this ticket', 'claimed the ticket', 'released this ticket', 'transferred this ticket',
  'changed the department', 'changed the assignee', 'changed the group', 'added a collaborator', 'added collaborators',
  'tags added', 'tag added', 'tags removed', 'tag removed', 'added tags', 'added tag', 'added the tag', 'removed tag',
  'removed the tag', 'priority changed', 'changed the priority', 'changed priority', 'department changed',
  'department transferred', 'transferred to', 'marked as spam', 'marked as resolved', 'marked as closed',
  'marked as pending', 'collaborator added', 'collaborators added', 'sla breached', 'due date changed', 'due date set',
  'confirmation email was sent', 'shipping confirmation email was sent', 'was sent to the customer',
  'this order was placed', 'placed this order', 'order was fulfilled', 'order was archived', 'items were fulfilled', 'was processed on',
  'payment was processed', 'payment was captured', 'payment was authorized', 'was refunded',
  // French
  'statut modifié', 'statut changé', 'statut mis à jour', 'a modifié le statut', 'a changé le statut', 'ticket fermé',
  'ticket clos', 'ticket rouvert', 'ticket résolu', 'ticket fusionné', 'ticket attribué', 'ticket assigné', 'attribué à',
  'assigné à', 'fusionné avec', 'étiquette ajoutée', 'étiquettes ajoutées', 'tag ajouté', 'tags ajoutés',
  'priorité modifiée', 'e-mail de confirmation envoyé', 'e-mail de confirmation a été envoyé', 'a passé cette commande',
  // German
  'status geändert', 'status aktualisiert', 'hat den status', 'ticket geschlossen', 'ticket wiedereröffnet',
  'ticket zusammengeführt', 'ticket zugewiesen', 'zugewiesen an', 'zusammengeführt mit', 'tag hinzugefügt',
  'tags hinzugefügt', 'schlagwort hinzugefügt', 'priorität geändert', 'gruppe geändert', 'besitzer geändert',
  'hat diese bestellung aufgegeben', 'bestätigungs-e-mail wurde gesendet',
  // Spanish
  'estado cambiado', 'estado actualizado', 'estado modificado', 'cambió el estado', 'ticket cerrado', 'ticket reabierto',
  'ticket fusionado', 'ticket asignado', 'asignado a', 'fusionado con', 'etiqueta añadida', 'etiquetas añadidas',
  'etiqueta agregada', 'etiquetas agregadas', 'se envió un correo', 'se envió el correo', 'se procesó un pago',
  'se procesó el pago', 'se autorizó un pago', 'se capturó un pago', 'se realizó este pedido', 'se realizó el pedido',
  'se preparó', 'se archivó', 'se reembolsó', 'realizó este pedido', 'realizó el pedido',
  // Romanian
  'status schimbat', 'statusul a fost schimbat', 'a schimbat statusul', 'status modificat', 'tichet închis',
  'tichet redeschis', 'tichet îmbinat', 'tichet atribuit', 'atribuit lui', 'atribuit către', 'îmbinat cu',
  'etichetă adăugată', 'etichete adăugate', 'e-mailul de confirmare a fost trimis', 'plata a fost procesată',
  'comanda a fost plasată', 'comanda a fost expediată', 'comanda a fost arhivată', 'a plasat această comandă',
]);

/** A history line (status change, assignment, merge, tags, shop events): not a message. */
export function isNoiseText(text: string): boolean {
  return text.length <= 240 && NOISE.test(text);
}

/* ------------------------------------------------------------------------------------------ */
/* Quotes and signatures                                                                        */

const QUOTE_VERB = wholeWords(['wrote', 'a écrit', 'a ecrit', 'schrieb', 'escribió', 'escribio', 'a scris', 'ha scritto', 'schreef', 'escreveu', 'skrev']);
/** How a quote attribution line opens ("On …", "Le …", "Am …", "Pe …"). */
export const ATTRIBUTION_START = /^(?:on|le|am|el|în|in|pe|il|op|em|den|à)\s/iu;

export interface Sender {
  name: string;
  email: string | null;
  at: string | null;
}

/** "On Tue, 12 Nov 2026 at 10:14, Marie <marie@example.fr> wrote:" and its translations. */
export function attribution(line: string): Sender | null {
  const t = line.replace(/\s+/g, ' ').trim();
  if (t.length > 300 || !/:\s*$/.test(t)) return null;
  const verb = QUOTE_VERB.exec(t);
  if (!verb) return null;
  const date = parseDate(t);
  const email = findEmail(t);
  const after = t.slice(verb.index + verb[0].length).replace(/:\s*$/, '');
  let before = t.slice(0, verb.index);
  const beforeDate = parseDate(before);
  if (beforeDate) before = before.slice(beforeDate.index + beforeDate.length);
  else before = before.replace(ATTRIBUTION_START, '');
  const name = cleanName(after.replace(EMAIL_WRAPPED, ' ').trim() ? after : before.replace(/^\s*(?:Uhr|h)\b/iu, ''));
  if (!date && !email && !looksLikeName(name)) return null;
  return { name: looksLikeSender(name) ? name : '', email, at: date?.iso ?? null };
}

const FROM_KEYS = ['from', 'de', 'von', 'de la', 'van', 'da', 'expéditeur', 'absender', 'remitente', 'expeditor', 'sender'];
const DATE_KEYS = ['date', 'sent', 'envoyé', 'envoye', 'gesendet', 'datum', 'enviado', 'fecha', 'trimis', 'data', 'verzonden', 'inviato'];
const TO_KEYS = ['to', 'à', 'a', 'an', 'para', 'către', 'catre', 'aan', 'cc', 'cci', 'bcc', 'reply-to', 'répondre à', 'antwort an'];
const SUBJECT_KEYS = ['subject', 'objet', 'betreff', 'asunto', 'subiect', 'oggetto', 'onderwerp', 'assunto'];
const OTHER_KEYS = ['importance', 'priorité', 'wichtigkeit', 'importancia'];
const HEADER_LINE = new RegExp(`^(${alternation([...FROM_KEYS, ...DATE_KEYS, ...TO_KEYS, ...SUBJECT_KEYS, ...OTHER_KEYS])})\\s*:\\s*(.*)$`, 'iu');
const FROM_KEY_SET = new Set(FROM_KEYS);
const DATE_KEY_SET = new Set(DATE_KEYS);
const SUBJECT_KEY_SET = new Set(SUBJECT_KEYS);

export interface HeaderBlock extends Sender {
  subject: string | null;
  /** Lines the block took. */
  size: number;
}

/** An e-mail header block ("From: … / Sent: … / To: … / Subject: …") starting at `lines[i]`, in five languages. */
export function headerBlock(lines: readonly string[], i: number): HeaderBlock | null {
  const block: HeaderBlock = { name: '', email: null, at: null, subject: null, size: 0 };
  let hasFrom = false;
  let hasDate = false;
  for (let j = i; j < lines.length && j < i + 8; j++) {
    const m = HEADER_LINE.exec((lines[j] ?? '').trim());
    if (!m) break;
    const key = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const value = (m[2] ?? '').trim();
    if (FROM_KEY_SET.has(key)) {
      const email = findEmail(value);
      const name = cleanName(value);
      if (!email && !looksLikeName(name)) {
        if (j === i) return null;
        break;
      }
      hasFrom = true;
      block.email = email;
      block.name = looksLikeSender(name) ? name : '';
    } else if (DATE_KEY_SET.has(key)) {
      const date = parseDate(value);
      if (!date) {
        if (j === i) return null;
        break;
      }
      hasDate = true;
      block.at = date.iso;
    } else if (SUBJECT_KEY_SET.has(key)) {
      block.subject = value;
    } else if (j === i) {
      return null;
    }
    block.size = j - i + 1;
  }
  return hasFrom || (hasDate && block.size >= 2) ? block : null;
}

/**
 * Where quoted history starts at line `i` by the rules that need names and dates: an attribution
 * without the usual opener ("12/11/2026 10:14, Marie Dupont <marie@…> a scris:"), also wrapped
 * onto two lines, or an e-mail header block. The number of lines the marker takes, or 0.
 * Separators, quote headers and mobile signatures are cut before, by `withoutQuotedHistory`.
 */
function quoteStartAt(lines: readonly string[], i: number): number {
  const line = (lines[i] ?? '').trim();
  if (attribution(line)) return 1;
  const next = (lines[i + 1] ?? '').trim();
  if (next && !/:\s*$/.test(line) && next.length <= 160 && /:\s*$/.test(next) && (ATTRIBUTION_START.test(line) || parseDate(line))) {
    if (attribution(`${line} ${next}`)) return 2;
  }
  const header = headerBlock(lines, i);
  if (header && header.size >= 2) return header.size;
  return 0;
}

const SIGN_OFF = new RegExp(
  `^(?:${alternation([
    'best regards', 'kind regards', 'warm regards', 'regards', 'best', 'best wishes', 'thanks', 'thank you', 'many thanks',
    'cheers', 'sincerely', 'yours sincerely', 'cordialement', 'bien cordialement', 'bien à vous', 'salutations',
    'meilleures salutations', 'sincères salutations', 'merci', 'merci beaucoup', 'mit freundlichen grüßen',
    'mit freundlichen grüssen', 'freundliche grüße', 'viele grüße', 'beste grüße', 'liebe grüße', 'herzliche grüße', 'gruß',
    'saludos', 'un saludo', 'saludos cordiales', 'atentamente', 'gracias', 'muchas gracias', 'cu stimă', 'cu respect',
    'cu drag', 'mulțumesc', 'multumesc', 'toate cele bune', 'cordiali saluti', 'distinti saluti', 'met vriendelijke groet',
  ])})\\s*[,.!]*$`,
  'iu',
);
const CONTACT_KEY = '(?:tel|tél|phone|mobile|mob|cell|fax|handy|telefon|teléfono|telefono|móvil|movil|tlf|web|site|website|site web|www|e-mail|email|mail)';
const CONTACT_LINE = new RegExp(
  `^(?:(?:${CONTACT_KEY}\\.?\\s*:?\\s*)?(?:\\+|00)?[\\d\\s().\\/-]{8,}|(?:${CONTACT_KEY}\\.?\\s*:?\\s*)?(?:https?:\\/\\/|www\\.)\\S+|(?:${CONTACT_KEY}\\.?\\s*:?\\s*)?${EMAIL_SOURCE}|.{0,20}(?:linkedin|twitter|instagram|facebook)\\S*.{0,40})$`,
  'iu',
);

function isContactLine(line: string): boolean {
  if (line.length > 100) return false;
  const single = (part: string): boolean => CONTACT_LINE.test(part) && (/\d{3}/.test(part) || /[@.]/.test(part));
  if (single(line)) return true;
  // "Northwind · +33 1 23 45 67 89 · www.northwind.test"
  const parts = line.split(/\s*[·|•]\s*/u).filter(Boolean);
  return parts.length >= 2 && parts.some(single) && parts.every((p) => single(p) || p.length <= 30);
}

/** Contact lines at the end (phone, website, address), and the title lines between them and a sign-off. */
function trimContactBlock(lines: string[]): string[] {
  let end = lines.length;
  while (end > 0 && isContactLine(lines[end - 1] ?? '')) end--;
  if (end === lines.length) return lines;
  for (let s = end - 1; s >= Math.max(0, end - 6); s--) {
    if (SIGN_OFF.test(lines[s] ?? '')) {
      const keep = s + 1 < end && looksLikeName(lines[s + 1] ?? '') ? s + 2 : s + 1;
      return lines.slice(0, keep);
    }
  }
  return lines.slice(0, end);
}

/**
 * A message body as written, for text whose markup says nothing (the generic and plain-text
 * readers): `withoutQuotedHistory` (quote headers, separators, mobile signatures, "-- "), then
 * the cuts that need name and date rules (`quoteStartAt`), "> " lines and empty lines dropped,
 * and a signature's contact block (phone, website, address lines at the end) trimmed.
 * Adapters, whose markup marks signatures, use `withoutQuotedHistory` alone (through
 * `messageText`): the contact-block rule would also drop a phone number or a bare order number
 * that a customer puts on the last line.
 */
export function cleanMessageText(text: string): string {
  const lines = text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim());
  const cutByDom = withoutQuotedHistory(lines.join('\n')).split('\n');
  const out: string[] = [];
  for (let i = 0; i < cutByDom.length; i++) {
    const line = cutByDom[i] ?? '';
    if (quoteStartAt(cutByDom, i) > 0) break;
    if (line.startsWith('>')) continue;
    if (line) out.push(line);
  }
  return trimContactBlock(out).join('\n').trim();
}

/* ------------------------------------------------------------------------------------------ */
/* Subject and ticket id                                                                        */

const APP_WORDS = new Set(
  [
    'osticket', 'freescout', 'zammad', 'uvdesk', 'roundcube', 'roundcube webmail', 'outlook', 'outlook web app', 'outlook.com',
    'mail', 'webmail', 'proton mail', 'protonmail', 'gmail', 'shopify', 'woocommerce', 'prestashop', 'magento', 'zendesk',
    'freshdesk', 'help scout', 'zoho desk', 'front', 'gorgias', 'edesk', 'intercom', 'hubspot', 'support', 'helpdesk',
    'help desk', 'support center', 'support centre', 'support system', 'support ticket system', 'service desk', 'tickets',
    'ticket', 'inbox', 'boîte de réception', 'posteingang', 'bandeja de entrada', 'mesaje primite', 'courrier', 'messagerie',
    'admin', 'dashboard', 'orders', 'order', 'pedidos', 'commandes', 'bestellungen', 'comenzi', 'staff control panel',
    'staff panel', 'agent panel', 'conversations', 'mailbox', 'customers', 'clientes', 'clients', 'kunden', 'desk',
  ],
);
const REPLY_PREFIX = /^(?:\s*(?:re|fw|fwd|tr|aw|wg|rv|sv|vs|antw|ref|răsp|rasp|réf)\s*(?:\[\d+\])?\s*:\s*)+/iu;
const TICKET_WORD = '(?:ticket|case|request|conversation|tichet(?:ul)?|caso|demande|anfrage|solicitud|cerere)';

function stripTicketRef(part: string): string {
  return part
    .replace(/\[(?:ticket\s*)?#?\s*\d{2,}\]|\((?:ticket\s*)?#\d{2,}\)/giu, ' ')
    .replace(new RegExp(`^${TICKET_WORD}\\s*(?:n[°ºo]\\.?|nr\\.?)?\\s*#?\\s*\\d{2,}\\s*[:–-]?\\s*`, 'iu'), '')
    .replace(/^#\d{2,}\s*[:–-]\s*/u, '')
    .replace(/^#\d{2,}$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A page title or heading as a ticket subject: app names, ticket numbers and "Re:" prefixes removed. */
export function cleanSubject(raw: string): string {
  const pieces = raw.replace(/\s+/g, ' ').trim().split(/(\s+(?:[|–—·•»]|-|::)\s+)/u);
  const kept = pieces.map((p, i) => {
    if (i % 2 === 1) return p;
    const cleaned = stripTicketRef(p).replace(REPLY_PREFIX, '').trim();
    const lower = cleaned.toLowerCase();
    // "Zammad Helpdesk", "Myshop Support", "Boutique Lumière Webmail": the app or the shop's brand.
    const words = lower.split(/\s+/);
    const app = APP_WORDS.has(lower) || words.every((w) => APP_WORDS.has(w)) || (words.length <= 3 && APP_WORDS.has(words[words.length - 1] ?? ''));
    return !cleaned || app || /^[\w-]+(?:\.[\w-]+)+$/u.test(cleaned) || /^\(\d+\)$/u.test(cleaned) ? '' : cleaned;
  });
  const start = kept.findIndex((p, i) => i % 2 === 0 && p !== '');
  if (start === -1) return '';
  let end = start;
  while (end + 2 < kept.length && kept[end + 2]) end += 2;
  return kept.slice(start, end + 1).join('').trim();
}

const ID_PARAMS = ['id', 'ticket', 'ticket_id', 'ticketid', 'tid', 'number', 'ticket_number', 'conversation', 'conversation_id', 'thread', 'thread_id', '_uid', 'uid', 'case', 'order', 'order_id'];

/** A ticket id in the URL: a known query parameter, then the last numeric path (or `#/…` route) segment. */
export function ticketIdFromUrl(url: URL): string | null {
  for (const key of ID_PARAMS) {
    const v = url.searchParams.get(key);
    if (v && /^[A-Za-z]{0,4}-?\d{2,12}$/.test(v)) return v;
  }
  // Last numeric segment of the path, then of a `#/…` route; years and the month after a year are dates, not ids.
  for (const route of [url.pathname, url.hash.replace(/^#!?/, '')]) {
    const segments = route.split(/[/?&=]/).map((seg) => {
      try {
        return decodeURIComponent(seg);
      } catch {
        return seg;
      }
    });
    for (let k = segments.length - 1; k >= 0; k--) {
      const m = /^(\d{2,12})(?:-[\p{L}\p{N}-]+)?(?:\.\w+)?$/u.exec(segments[k] ?? '');
      const id = m?.[1];
      if (!id) continue;
      const year = (v: string | undefined): boolean => /^(?:19|20)\d{2}$/.test(v ?? '');
      if (year(id) || (id.length <= 2 && year(segments[k - 1]))) continue;
      return id;
    }
  }
  return null;
}

const TICKET_LABEL = new RegExp(`${TICKET_WORD}\\s*(?:n[°ºo]\\.?|nr\\.?|number|num(?:éro|ero)?)?\\s*[:#]?\\s*#?\\s*(\\d{3,12})${NA}`, 'iu');

/** "Ticket #1234", "[#1234]", "Case 1234", "#1234 – …" in a heading or title. */
export function ticketIdFromLabel(text: string): string | null {
  const t = text.replace(/\s+/g, ' ').trim();
  const m =
    TICKET_LABEL.exec(t) ??
    /\[#?(\d{3,12})\]/u.exec(t) ??
    /^#(\d{3,12})(?!\d)/u.exec(t);
  return m?.[1] ?? null;
}

/** A short stable id (FNV-1a, base 36, prefixed "h") for pages that show no ticket number. */
export function stableHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `h${(h >>> 0).toString(36)}`;
}

/** A text reduced for comparing people and messages: accents, case and punctuation dropped. */
export function comparable(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}@.]+/gu, ' ').trim();
}
