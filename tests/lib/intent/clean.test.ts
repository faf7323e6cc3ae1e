import { describe, expect, it } from 'vitest';
import { cleanMessage } from '@/lib/intent/clean';

describe('cleanMessage', () => {
  it.each([
    'On Tue, 14 May 2024 at 09:12, Northwind <support@northwind.example> wrote:',
    'Northwind Support wrote:',
    'Le mar. 14 mai 2024 à 09:12, Boutique <contact@lune.example> a écrit :',
    'Am 14.05.2024 um 09:12 schrieb Shop <service@shop.example>:',
    'El mar, 14 may 2024 a las 9:12, Tienda (<hola@sol.example>) escribió:',
    'Pe mar., 14 mai 2024 la 09:12, Magazin <contact@magazin.example> a scris:',
    'În 14 mai 2024, Magazin a scris:',
    '-----Original Message-----',
    '----- Message d’origine -----',
    '-----Ursprüngliche Nachricht-----',
    '________________________________',
  ])('cuts the history from "%s"', (line) => {
    const text = `Where is my parcel?\n\n${line}\nAnything quoted here\n> and here`;
    expect(cleanMessage(text)).toBe('Where is my parcel?');
  });

  it('cuts an attribution wrapped on two lines', () => {
    expect(cleanMessage('Where is it?\n\nOn Tue, 14 May 2024 at 09:12, Northwind Support <\nsupport@northwind.example> wrote:\n> Hello')).toBe('Where is it?');
  });

  it('cuts at an Outlook header block, not at a line that merely starts with "From:"', () => {
    expect(cleanMessage('Please cancel.\n\nVon: Shop <a@b.example>\nGesendet: Montag, 4. März 2024\nBetreff: Versand')).toBe('Please cancel.');
    expect(cleanMessage('From: my phone, sorry for typos.\nPlease cancel.')).toBe('From: my phone, sorry for typos.\nPlease cancel.');
  });

  it('drops "> " lines wherever they are', () => {
    expect(cleanMessage('> old question\nMy answer\n> more quote\nEnd')).toBe('My answer\nEnd');
  });

  it('cuts the signature at "-- " and drops mobile footers', () => {
    expect(cleanMessage('Cancel it please.\n-- \nJohn\nRefund team')).toBe('Cancel it please.');
    for (const footer of ['Sent from my iPhone', 'Envoyé de mon iPhone', 'Von meinem iPhone gesendet', 'Enviado desde mi móvil', 'Trimis de pe iPhone', 'Get Outlook for Android']) {
      expect(cleanMessage(`Cancel it please.\n\n${footer}`)).toBe('Cancel it please.');
    }
  });

  it.each([
    ['Hi team,', 'en'],
    ['Dear Sir or Madam,', 'en'],
    ['Bonjour,', 'fr'],
    ['Sehr geehrte Damen und Herren,', 'de'],
    ['Hola!', 'es'],
    ['Bună ziua,', 'ro'],
    ['Buna ziua', 'ro without diacritics'],
  ])('drops the greeting line "%s" (%s)', (greeting) => {
    expect(cleanMessage(`${greeting}\n\nMy parcel is late.`)).toBe('My parcel is late.');
  });

  it('keeps a greeting that opens a sentence with the ask', () => {
    expect(cleanMessage('Hi, perdón por mezclar idiomas, quiero un refund de mi pedido.')).toBe('Hi, perdón por mezclar idiomas, quiero un refund de mi pedido.');
  });

  it.each([
    'Thanks,\nJenny',
    'Kind regards,\nOliver Grant\nSenior Analyst | Grant & Co.\n+44 20 7946 0000',
    'Cordialement,\nSophie Martin\n06 12 34 56 78',
    'Mit freundlichen Grüßen\nThomas Becker',
    'Un saludo,\nLucía',
    'Cu stimă,\nElena Marin',
    'Multumesc, Andrei Ionescu',
  ])('drops the sign-off and what follows: %s', (signOff) => {
    expect(cleanMessage(`Where is my order?\n\n${signOff}`)).toBe('Where is my order?');
  });

  it('keeps a last line that starts like a sign-off but carries the ask', () => {
    expect(cleanMessage('Hello,\nThanks in advance for the refund\nJohn')).toBe('Thanks in advance for the refund\nJohn');
    expect(cleanMessage('Merci de me confirmer le remboursement.')).toBe('Merci de me confirmer le remboursement.');
  });

  it('falls back to the unquoted text when the customer wrote below the history', () => {
    expect(cleanMessage('On Mon, 3 Jun 2024, Shop <a@b.example> wrote:\n> Your order has shipped.\n\nIt has not arrived!')).toBe(
      'On Mon, 3 Jun 2024, Shop <a@b.example> wrote:\n\nIt has not arrived!',
    );
  });
});
