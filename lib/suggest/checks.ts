import type { FilledVariable } from '../templates/engine';

/**
 * Checks on a filled template that need no model: facts the template states in its own words
 * (numbers, policy promises) and links that come from neither the order nor the shop.
 */

export interface LiteralFindings {
  /** Numbers written in the template itself ("14", "3-5"). */
  numbers: string[];
  /** Policy statements written in the template itself ("within 14 days", "free returns"). */
  policies: string[];
}

const UNIT =
  '(?:business\\s+|working\\s+|calendar\\s+)?(?:days?|weeks?|months?|hours?|jours?|semaines?|mois|heures?|werktagen?|arbeitstagen?|tagen?|wochen?|monaten?|stunden?|d[ií]as?|semanas?|meses|mes|horas?|zile|zi|s[ăa]pt[ăa]m[âa]n[iă]|luni|lun[ăa]|ore|or[ăa])';
const NUMBER = '\\d+(?:[.,]\\d+)?';
const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"'()[\]{}]+/gi;

/** A whole-word, case-insensitive pattern that also works next to accented letters. */
const words = (source: string) => new RegExp(`(?<![\\p{L}\\d])(?:${source})(?![\\p{L}\\d])`, 'iu');

/** Policy wording in the shipped languages. Matched on the template's literal text only. */
const POLICY_PATTERNS: RegExp[] = [
  // A duration: "14 days", "3-5 business days", "30 jours", "14 Tage", "30 días", "14 zile".
  words(`${NUMBER}(?:\\s*(?:-|–|to|à|a|bis|și|si|până la)\\s*${NUMBER})?\\s*${UNIT}`),
  words('free\\s+(?:returns?|shipping|delivery|exchanges?)|money[-\\s]back|full\\s+refund|no\\s+questions\\s+asked|guarantee[ds]?'),
  words('(?:retours?|livraison|échanges?)\\s+gratuit(?:e|s|es)?|remboursement\\s+intégral|satisfait\\s+ou\\s+remboursé|garantie?s?'),
  words('kostenlose?[nrs]?\\s+(?:rücksendung|rückversand|versand|lieferung|umtausch)|geld[-\\s]zurück|volle\\s+erstattung|garantie'),
  words('devoluci[oó]n(?:es)?\\s+gratuitas?|env[ií]os?\\s+(?:gratis|gratuitos?)|reembolso\\s+(?:completo|total|íntegro)|garant[ií]a|garantizad[oa]s?'),
  words('retur(?:ul)?\\s+gratuit|livrare(?:a)?\\s+gratuit[ăa]|rambursare\\s+integral[ăa]|banii\\s+înapoi|garan[țţt]i[ea]|garant[aă]m'),
];

const findings = new Map<string, LiteralFindings>();

/** What a template states in its own words; cached per literal text. */
export function literalFindings(literal: string): LiteralFindings {
  const hit = findings.get(literal);
  if (hit) return hit;
  const withoutUrls = literal.replace(URL_PATTERN, ' ');
  const numbers = [...new Set(withoutUrls.match(/\d+(?:[.,:\-–/]\d+)*/g) ?? [])];
  const policies: string[] = [];
  for (const pattern of POLICY_PATTERNS) {
    const m = pattern.exec(withoutUrls);
    if (m) policies.push(m[0].trim());
  }
  const result = { numbers, policies };
  if (findings.size > 2000) findings.clear();
  findings.set(literal, result);
  return result;
}

/** URLs in a text, without trailing punctuation. */
export function findUrls(text: string): string[] {
  return (text.match(URL_PATTERN) ?? []).map((u) => u.replace(/[.,;:!?]+$/, ''));
}

function hostOf(url: string): string | null {
  try {
    return new URL(/^https?:\/\//i.test(url) ? url : `https://${url}`).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/**
 * Links that are safe to send: those that are, or sit inside, a value filled from the order or
 * the settings, and those on the shop's own domains (and their subdomains).
 */
export function unsafeLinks(text: string, variables: readonly FilledVariable[], shopHosts: readonly string[]): string[] {
  const trusted = variables.filter((v) => v.source.startsWith('order:') || v.source === 'settings').map((v) => v.value);
  const hosts = shopHosts.map((h) => h.toLowerCase().replace(/^www\./, '')).filter(Boolean);
  return findUrls(text).filter((url) => {
    if (trusted.some((value) => value.includes(url))) return false;
    const host = hostOf(url);
    return !(host && hosts.some((h) => host === h || host.endsWith(`.${h}`)));
  });
}

export { hostOf };
