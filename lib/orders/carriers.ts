/**
 * Public tracking pages of common carriers, to give a tracking link to orders whose source has
 * the carrier and the number but no link (export files, most of all). Only carriers whose
 * tracking page takes the number in its address are listed; any other carrier gets no link.
 */
interface Carrier {
  /** Lower-case words that name the carrier in "tracking company" cells, first match wins. */
  names: readonly string[];
  /** The page for a tracking number; `country` is the shipping country (ISO code or name). */
  url: (number: string, country: string | null) => string;
}

const CARRIERS: readonly Carrier[] = [
  {
    names: ['dhl express'],
    url: (n) => `https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&tracking-id=${n}`,
  },
  {
    names: ['dhl'],
    url: (n, country) =>
      isCountry(country, ['de', 'germany', 'deutschland'])
        ? `https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=${n}`
        : `https://www.dhl.com/global-en/home/tracking.html?tracking-id=${n}`,
  },
  {
    names: ['dpd'],
    url: (n, country) =>
      isCountry(country, ['gb', 'uk', 'united kingdom', 'great britain']) ? `https://track.dpd.co.uk/parcels/${n}` : `https://tracking.dpd.de/status/en_US/parcel/${n}`,
  },
  { names: ['ups'], url: (n) => `https://www.ups.com/track?tracknum=${n}` },
  { names: ['usps'], url: (n) => `https://tools.usps.com/go/TrackConfirmAction?tLabels=${n}` },
  { names: ['fedex'], url: (n) => `https://www.fedex.com/fedextrack/?trknbr=${n}` },
  { names: ['royal mail'], url: (n) => `https://www.royalmail.com/track-your-item#/tracking-results/${n}` },
  { names: ['evri', 'hermes uk'], url: (n) => `https://www.evri.com/track/parcel/${n}` },
  { names: ['colissimo', 'la poste'], url: (n) => `https://www.laposte.fr/outils/suivre-vos-envois?code=${n}` },
  { names: ['correos'], url: (n) => `https://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number=${n}` },
  { names: ['gls'], url: (n) => `https://gls-group.com/track/${n}` },
];

function isCountry(country: string | null, names: readonly string[]): boolean {
  return country !== null && names.includes(country.trim().toLowerCase());
}

/** The carrier's tracking page for this number, or null for a carrier not listed here. */
export function trackingUrl(company: string | null, number: string | null, country: string | null = null): string | null {
  if (!company || !number) return null;
  const clean = number.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9-]{4,40}$/.test(clean)) return null;
  const words = ` ${company.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()} `;
  const carrier = CARRIERS.find((c) => c.names.some((name) => words.includes(` ${name} `)));
  return carrier ? carrier.url(encodeURIComponent(clean), country) : null;
}
