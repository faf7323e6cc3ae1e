import { fold } from './normalize';

/**
 * The part of a customer e-mail that says what they want: without the quoted history (a reply
 * attribution such as "On … wrote:" and everything after it, "> " lines, forwarded and Outlook
 * headers), the signature ("-- " and below, "Sent from my iPhone"), the greeting line and the
 * sign-off ("Kind regards," "Mit freundlichen Grüßen" and the name under it).
 * Falls back to the text without "> " lines when cleaning would leave no words.
 */
export function cleanMessage(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const trimmed = line.trim();
    if (trimmed.startsWith('>')) continue;
    if (isHistoryStart(lines, i) || isSignatureStart(trimmed)) break;
    if (MOBILE_FOOTER.test(fold(trimmed))) continue;
    kept.push(line);
  }
  dropGreeting(kept);
  dropSignOff(kept);
  const cleaned = kept.join('\n').trim();
  if (/\p{L}/u.test(cleaned)) return cleaned;
  return lines.filter((l) => !l.trim().startsWith('>')).join('\n').trim();
}

/** "On Tue, 14 May 2024 at 09:12, Shop <a@b> wrote:" and its translations, also wrapped on two lines. */
const ATTRIBUTION_END = /(wrote|a ecrit|schrieb|escribio|a scris|ha scritto|schreef|escreveu)\s*:\s*$/;
const ATTRIBUTION_START = /^(on|le|am|el|pe|in|il|op|em)\s/;
/** "Am 14.05.2024 um 09:12 schrieb Shop <a@b>:": the verb before the name. */
const ATTRIBUTION_INNER = /\s(wrote|a ecrit|schrieb|escribio|a scris|ha scritto|schreef|escreveu)\s.*:\s*$/;
const FORWARD_RULE = /^-{2,}\s*(original message|forwarded message|message d'origine|message transfere|ursprungliche nachricht|weitergeleitete nachricht|mensaje original|mensaje reenviado|mesaj original|mesaj redirectionat)\s*-{2,}$/;
const HEADER_FROM = /^(from|de|von|da|van)\s?:/;
const HEADER_NEXT = /^(sent|date|envoye|gesendet|datum|enviado|fecha|trimis|data|to|a|an|para|catre|subject|objet|betreff|asunto|subiect)\s?:/;

function isHistoryStart(lines: readonly string[], i: number): boolean {
  const here = fold((lines[i] ?? '').trim());
  if (here === '') return false;
  if (FORWARD_RULE.test(here)) return true;
  if (/^_{8,}$/.test(here)) return true;
  if (ATTRIBUTION_END.test(here) && (ATTRIBUTION_START.test(here) || here.length < 160)) return true;
  if (here.length < 200 && ATTRIBUTION_START.test(here) && ATTRIBUTION_INNER.test(here)) return true;
  const next = fold((lines[i + 1] ?? '').trim());
  if (ATTRIBUTION_START.test(here) && ATTRIBUTION_END.test(`${here} ${next}`) && here.length + next.length < 240) return true;
  if (HEADER_FROM.test(here)) {
    for (let j = i + 1; j <= i + 3 && j < lines.length; j++) {
      if (HEADER_NEXT.test(fold((lines[j] ?? '').trim()))) return true;
    }
  }
  return false;
}

function isSignatureStart(trimmed: string): boolean {
  return trimmed === '--' || trimmed === '-- ' || trimmed === '—' || trimmed === '–';
}

/** "Sent from my iPhone" and its translations (short lines only). */
const MOBILE_FOOTER = /^(?=.{0,48}$)(sent from .*|get outlook for .*|envoye de(puis)? mon .*|von meinem .* gesendet|gesendet (von|mit) .*|enviado desde (mi )?.*|trimis de pe .*|trimis din .*)$/;

const GREETING = /^(hi|hello|hey|hiya|dear|good (morning|afternoon|evening|day)|greetings|to whom it may concern|bonjour|bonsoir|salut|coucou|madame|monsieur|cher|chere|hallo|guten (tag|morgen|abend)|sehr geehrte[rs]?|liebe[rs]?|moin|servus|gruss gott|hola|buenos dias|buenas( tardes| noches)?|buenas|estimad[oa]s?|querid[oa]s?|buna( ziua| seara| dimineata)?|stimat[aei]?|draga|dragi)\b/;

/** The first non-empty line when it is only a greeting ("Hi team,", "Sehr geehrte Damen und Herren,"). */
function dropGreeting(lines: string[]): void {
  const index = lines.findIndex((l) => l.trim() !== '');
  if (index < 0) return;
  const line = fold((lines[index] ?? '').trim());
  if (!GREETING.test(line) || line.length > 60) return;
  // A greeting line ends with a comma, colon or "!" or is a few words; a sentence goes on.
  if (/[,:!]$/.test(line) || line.split(/\s+/).length <= 5) lines.splice(index, 1);
}

const SIGN_OFF = /^(thanks?( you)?( so much| a lot| very much| again| in advance)?|thank you( so much| very much| in advance)?|many thanks|thx|ty|cheers|best( regards| wishes)?|kind regards|warm regards|regards|all the best|sincerely|yours( sincerely| faithfully| truly)?|merci( beaucoup| bien| d'avance| par avance| a vous)?|cordialement|bien cordialement|bien a vous|bonne (journee|soiree)|salutations( distinguees)?|veuillez agreer.*|a bientot|(viele|liebe|beste|herzliche|freundliche|schone) grusse|mit freundlichen grussen|freundliche grusse|mfg|lg|vg|gruss|grusse|danke( schon| sehr)?|vielen dank( im voraus)?|saludos( cordiales)?|un saludo|atentamente|gracias( de antemano)?|muchas gracias|mil gracias|multumesc( frumos| mult| anticipat)?|multumim|mersi( mult)?|cu stima|cu respect|o zi buna|toate cele bune|numai bine)\b/;

/** From the last sign-off line ("Thanks,", "Cordialement", "Cu stimă, Ana") to the end. */
function dropSignOff(lines: string[]): void {
  let firstContent = lines.findIndex((l) => l.trim() !== '');
  if (firstContent < 0) return;
  for (let i = lines.length - 1; i > firstContent; i--) {
    const original = (lines[i] ?? '').trim();
    const folded = fold(original);
    const match = SIGN_OFF.exec(folded);
    if (!match) continue;
    // What follows the sign-off on its line may only be punctuation and a name.
    const rest = original.slice(match[0].length).replace(/^[\s,.!;:]+|[\s,.!;:]+$/g, '');
    const words = rest === '' ? [] : rest.split(/\s+/);
    if (words.length <= 3 && words.every((w) => /^[\p{Lu}&]/u.test(w))) {
      lines.splice(i);
      firstContent = Math.min(firstContent, lines.length);
      return;
    }
  }
}
