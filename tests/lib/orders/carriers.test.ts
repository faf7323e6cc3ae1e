import { describe, expect, it } from 'vitest';
import { trackingUrl } from '@/lib/orders/carriers';

describe('carrier tracking pages', () => {
  it('builds the tracking page of known carriers, by country where the carrier has several', () => {
    expect(trackingUrl('DPD', '15501234567890', 'GB')).toBe('https://track.dpd.co.uk/parcels/15501234567890');
    expect(trackingUrl('DPD Next Day', '15501234567890', 'United Kingdom')).toBe('https://track.dpd.co.uk/parcels/15501234567890');
    expect(trackingUrl('DPD', '0123', 'FR')).toBe('https://tracking.dpd.de/status/en_US/parcel/0123');
    expect(trackingUrl('DHL Paket', '00340434161094042557', 'DE')).toBe(
      'https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434161094042557',
    );
    expect(trackingUrl('DHL Express', '1234567890', 'DE')).toContain('tracking-express.html?submit=1&tracking-id=1234567890');
    expect(trackingUrl('Colissimo', '6A 2345 6789 012', 'FR')).toBe('https://www.laposte.fr/outils/suivre-vos-envois?code=6A23456789012');
    expect(trackingUrl('royal-mail', 'QF118392604GB')).toBe('https://www.royalmail.com/track-your-item#/tracking-results/QF118392604GB');
    expect(trackingUrl('UPS', '1Z999AA10123456784')).toBe('https://www.ups.com/track?tracknum=1Z999AA10123456784');
  });

  it('gives no link for unknown carriers, lookalike names or numbers that are not one', () => {
    expect(trackingUrl('Acme Couriers', '123456')).toBeNull();
    expect(trackingUrl('Groups Inc', '123456')).toBeNull(); // contains "ups" inside a word
    expect(trackingUrl('DPD', '<script>')).toBeNull();
    expect(trackingUrl('DPD', null)).toBeNull();
    expect(trackingUrl(null, '123456')).toBeNull();
  });
});
