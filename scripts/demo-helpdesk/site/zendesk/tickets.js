/* Demo data for the Zendesk look-alike: five Northwind Outfitters tickets. Plain data, no logic.
 * Comment bodies are trusted static HTML written the way Zendesk stores e-mail comments.
 * Times are ISO 8601 in UTC, written the way Date#toISOString writes them. */
/* global window */
'use strict';

window.DEMO_HELPDESK = {
  account: { name: 'Northwind Outfitters', subdomain: 'northwind' },
  currentAgent: { name: 'Alex Rivera', email: 'alex.rivera@northwind-outfitters.example' },
  tickets: [
    {
      id: '48213',
      subject: 'Where is my order #1047?',
      status: 'open',
      priority: 'High',
      type: 'Question',
      via: 'Email',
      assignee: 'Priya Shah',
      group: 'Customer Care UK',
      tags: ['wismo', 'shipping_delay', 'dpd'],
      orderField: '1047',
      createdAt: '2026-11-16T08:41:00.000Z',
      updatedAt: '2026-11-18T09:30:00.000Z',
      requester: {
        name: 'Emma Thompson',
        email: 'emma.thompson@example.com',
        phone: '+44 113 496 0721',
        location: 'Leeds, United Kingdom',
        timeZone: 'Europe/London',
        language: 'English (United Kingdom)',
        color: '#5c6970',
        customerSince: 'Aug 2025',
      },
      orders: [
        { number: '#1047', date: 'Nov 9', total: '£189.00', status: 'In transit' },
        { number: '#1012', date: 'Sep 28', total: '£74.50', status: 'Delivered' },
        { number: '#998', date: 'Aug 19', total: '£42.00', status: 'Delivered' },
      ],
      recentTickets: [
        { id: '47102', subject: 'Exchange for order #1012', status: 'solved', at: '2026-10-03T13:20:00.000Z' },
        { id: '46551', subject: 'Discount code not applied to order 998', status: 'closed', at: '2026-08-21T10:05:00.000Z' },
      ],
      draft: null,
      log: [
        {
          kind: 'comment', type: 'end-user', author: 'Emma Thompson', at: '2026-11-16T08:41:00.000Z',
          html:
            '<p>Hi there,</p>' +
            '<p>I ordered the Ridgeline waterproof jacket (size M) on 9 November, order #1047, and the tracking page hasn\'t changed since last Thursday. It just says "In transit".</p>' +
            '<p>Could you check where it is? I need it for a hiking trip on the 28th.</p>' +
            '<p>Thanks,<br>Emma</p>' +
            '<div class="signature"><p>Emma Thompson<br>Sent from my iPhone</p></div>',
        },
        { kind: 'event', at: '2026-11-16T09:02:00.000Z', html: 'Status changed from <strong>New</strong> to <strong>Open</strong>' },
        {
          kind: 'comment', type: 'internal', author: 'Priya Shah', at: '2026-11-16T09:05:00.000Z',
          html:
            '<p>DPD tracking 15501234567890 shows the parcel sitting at the Leeds hub since 12 Nov. Opened carrier claim CLM-88412.</p>' +
            '<p>If it hasn\'t moved by Wednesday we send a replacement, no need to wait for the claim.</p>',
        },
        {
          kind: 'comment', type: 'agent', author: 'Priya Shah', at: '2026-11-16T09:14:00.000Z',
          html:
            '<p>Hi Emma,</p>' +
            '<p>Thanks for getting in touch, and sorry for the wait. I\'ve checked order #1047 with DPD: the parcel is at their Leeds hub and I\'ve asked them to prioritise it.</p>' +
            '<p>I\'ll update you by Wednesday at the latest.</p>' +
            '<p>Best regards,<br>Priya</p>' +
            '<div class="signature"><p>Priya Shah<br>Customer Care · Northwind Outfitters<br>northwind-outfitters.example</p></div>',
        },
        {
          kind: 'comment', type: 'end-user', author: 'Emma Thompson', at: '2026-11-18T09:12:00.000Z',
          html:
            '<p>Hi Priya,</p>' +
            '<p>It\'s Wednesday and the tracking still hasn\'t moved. If the jacket can\'t arrive before the 28th, could you send a replacement instead? Same size (M).</p>' +
            '<p>Emma</p>' +
            '<div class="gmail_quote"><div class="gmail_attr">On Mon, 16 Nov 2026 at 09:14, Northwind Support &lt;support@northwind-outfitters.example&gt; wrote:<br></div>' +
            '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">' +
            '<p>Hi Emma,</p>' +
            '<p>Thanks for getting in touch, and sorry for the wait. I\'ve checked order #1047 with DPD: the parcel is at their Leeds hub and I\'ve asked them to prioritise it.</p>' +
            '<p>I\'ll update you by Wednesday at the latest.</p>' +
            '<p>Best regards,<br>Priya</p></blockquote></div>',
        },
        {
          kind: 'comment', type: 'internal', author: 'Priya Shah', at: '2026-11-18T09:30:00.000Z',
          html:
            '<p>Replacement created as order #1063 (express, ships today). If the DPD parcel turns up, Emma can refuse it.</p>',
        },
      ],
    },
    {
      id: '48214',
      subject: 'Veste reçue abîmée – commande n° 1049',
      status: 'open',
      priority: 'Normal',
      type: 'Problem',
      via: 'Email',
      assignee: 'Julien Moreau',
      group: 'Service client FR',
      tags: ['damaged_item', 'replacement', 'fr'],
      orderField: '1049',
      createdAt: '2026-11-17T10:21:00.000Z',
      updatedAt: '2026-11-19T16:45:00.000Z',
      requester: {
        name: 'Camille Dubois',
        email: 'camille.dubois@example.net',
        phone: '+33 4 72 00 18 45',
        location: 'Lyon, France',
        timeZone: 'Europe/Paris',
        language: 'Français',
        color: '#8a5a83',
        customerSince: 'Mar 2024',
      },
      orders: [
        { number: '#1065', date: 'Nov 17', total: '€0.00', status: 'Shipped' },
        { number: '#1049', date: 'Nov 12', total: '€129.00', status: 'Delivered' },
        { number: '#1021', date: 'Oct 2', total: '€59.90', status: 'Delivered' },
      ],
      recentTickets: [
        { id: '46980', subject: 'Question sur la taille – commande n° 1021', status: 'solved', at: '2026-10-01T15:40:00.000Z' },
      ],
      draft: null,
      log: [
        {
          kind: 'comment', type: 'end-user', author: 'Camille Dubois', at: '2026-11-17T10:21:00.000Z',
          html:
            '<p>Bonjour,</p>' +
            '<p>J\'ai reçu hier ma commande n° 1049, mais la veste polaire Alpine est arrivée avec la fermeture éclair cassée et un accroc sur la manche gauche. Je vous joins deux photos.</p>' +
            '<p>Est-ce que vous pouvez m\'envoyer une nouvelle veste en taille S ?</p>' +
            '<p>Cordialement,<br>Camille Dubois</p>' +
            '<div class="signature"><p>Camille Dubois<br>Lyon, France</p></div>',
        },
        { kind: 'event', at: '2026-11-17T10:40:00.000Z', html: 'Status changed from <strong>New</strong> to <strong>Open</strong>' },
        {
          kind: 'comment', type: 'internal', author: 'Julien Moreau', at: '2026-11-17T11:02:00.000Z',
          html:
            '<p>Photos OK, défaut de fabrication (lot ALP-2611, 3e réclamation cette semaine). Stock en S disponible à Lille.</p>' +
            '<p>Pas de retour Colissimo à demander.</p>',
        },
        {
          kind: 'comment', type: 'agent', author: 'Julien Moreau', at: '2026-11-17T11:20:00.000Z',
          html:
            '<p>Bonjour Camille,</p>' +
            '<p>Je suis vraiment désolé pour cet état. Je vous envoie une veste neuve en taille S aujourd\'hui même, sans frais : c\'est la commande n° 1065.</p>' +
            '<p>Vous n\'avez pas besoin de nous renvoyer l\'article abîmé.</p>' +
            '<p>Bien à vous,<br>Julien</p>' +
            '<div class="signature"><p>Julien Moreau<br>Service client · Northwind Outfitters</p></div>',
        },
        {
          kind: 'comment', type: 'end-user', author: 'Camille Dubois', at: '2026-11-19T16:45:00.000Z',
          html:
            '<p>Merci beaucoup pour votre réactivité !</p>' +
            '<p>Petite question : la nouvelle veste n\'est toujours pas arrivée, avez-vous un numéro de suivi ?</p>' +
            '<p>Camille</p>' +
            '<p>Le mar. 17 nov. 2026 à 12:20, Northwind Support &lt;support@northwind-outfitters.example&gt; a écrit :</p>' +
            '<blockquote type="cite">' +
            '<p>Bonjour Camille,</p>' +
            '<p>Je suis vraiment désolé pour cet état. Je vous envoie une veste neuve en taille S aujourd\'hui même, sans frais : c\'est la commande n° 1065.</p>' +
            '<p>Vous n\'avez pas besoin de nous renvoyer l\'article abîmé.</p>' +
            '<p>Bien à vous,<br>Julien</p></blockquote>',
        },
      ],
    },
    {
      id: '48215',
      subject: 'Rückerstattung für Bestellung 1050 fehlt noch',
      status: 'open',
      priority: 'Normal',
      type: 'Question',
      via: 'Email',
      assignee: 'Alex Rivera',
      group: 'Kundenservice DE',
      tags: ['refund', 'return', 'de'],
      orderField: '1050',
      createdAt: '2026-11-18T07:55:00.000Z',
      updatedAt: '2026-11-20T18:03:00.000Z',
      requester: {
        name: 'Jonas Becker',
        email: 'jonas.becker@example.org',
        phone: '+49 40 5550 1234',
        location: 'Hamburg, Germany',
        timeZone: 'Europe/Berlin',
        language: 'Deutsch',
        color: '#3e6f8e',
        customerSince: 'Jan 2025',
      },
      orders: [
        { number: '#1050', date: 'Oct 30', total: '€149.95', status: 'Refunded' },
        { number: '#1046', date: 'Oct 11', total: '€89.00', status: 'Delivered' },
      ],
      recentTickets: [
        { id: '47790', subject: 'Umtausch Größe 43 – Bestellung 1046', status: 'solved', at: '2026-10-20T09:10:00.000Z' },
      ],
      draft:
        '<p>Hallo Herr Becker,</p>' +
        '<p>Sie haben recht: Bei Bestellung 1050 hätten wir die Versandkosten nicht abziehen dürfen. Ich habe die restlichen 10,00 € soeben erstattet. Ihre frühere Bestellung 1046 ist davon nicht betroffen.</p>',
      log: [
        {
          kind: 'comment', type: 'end-user', author: 'Jonas Becker', at: '2026-11-18T07:55:00.000Z',
          html:
            '<p>Hallo,</p>' +
            '<p>ich habe die Wanderschuhe aus meiner Bestellung 1050 am 3. November zurückgeschickt. Laut DHL-Sendungsverfolgung sind sie am 6. November bei Ihnen angekommen.</p>' +
            '<p>Die Rückerstattung ist aber bis heute nicht auf meinem Konto. Können Sie bitte nachsehen, was los ist?</p>' +
            '<p>Viele Grüße<br>Jonas Becker</p>' +
            '<div class="signature"><p>--<br>Jonas Becker<br>Tel. +49 40 5550 1234</p></div>',
        },
        { kind: 'event', at: '2026-11-18T08:31:00.000Z', html: 'Status changed from <strong>New</strong> to <strong>Open</strong>' },
        {
          kind: 'comment', type: 'internal', author: 'Lena Vogel', at: '2026-11-18T08:40:00.000Z',
          html:
            '<p>Return RMA-55821 received 6 Nov. Refund of €149.95 issued today via Stripe (ref re_3QK9xL2eZvKYlo2C). Banks take 5-10 business days.</p>',
        },
        {
          kind: 'comment', type: 'agent', author: 'Lena Vogel', at: '2026-11-18T08:52:00.000Z',
          html:
            '<p>Hallo Herr Becker,</p>' +
            '<p>vielen Dank für Ihre Geduld. Ihre Rücksendung zur Bestellung 1050 ist bei uns eingegangen und geprüft. Die Rückerstattung über 149,95 € haben wir heute veranlasst.</p>' +
            '<p>Je nach Bank dauert es 5 bis 10 Werktage, bis der Betrag auf Ihrem Konto erscheint.</p>' +
            '<p>Freundliche Grüße<br>Lena Vogel</p>' +
            '<div class="signature"><p>Lena Vogel<br>Kundenservice · Northwind Outfitters</p></div>',
        },
        {
          kind: 'comment', type: 'end-user', author: 'Jonas Becker', at: '2026-11-20T18:03:00.000Z',
          html:
            '<p>Hallo Frau Vogel,</p>' +
            '<p>danke für die Info. Ich sehe jetzt aber nur eine Gutschrift von 139,95 €. Wurden die Versandkosten abgezogen? Davon steht nichts in Ihren Rückgabebedingungen.</p>' +
            '<p>Gruß<br>Jonas</p>' +
            '<div class="gmail_quote"><div class="gmail_attr">Am Mi., 18. Nov. 2026 um 09:52 Uhr schrieb Northwind Support &lt;support@northwind-outfitters.example&gt;:<br></div>' +
            '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">' +
            '<p>Hallo Herr Becker,</p>' +
            '<p>vielen Dank für Ihre Geduld. Ihre Rücksendung zur Bestellung 1050 ist bei uns eingegangen und geprüft. Die Rückerstattung über 149,95 € haben wir heute veranlasst.</p>' +
            '<p>Freundliche Grüße<br>Lena Vogel</p></blockquote></div>',
        },
      ],
    },
    {
      id: '48216',
      subject: 'Cancelar pedido #1051',
      status: 'open',
      priority: 'Urgent',
      type: 'Task',
      via: 'Email',
      assignee: 'Marta Ruiz',
      group: 'Atención al cliente ES',
      tags: ['cancel_order', 'es'],
      orderField: '1051',
      createdAt: '2026-11-20T09:37:00.000Z',
      updatedAt: '2026-11-20T15:48:00.000Z',
      requester: {
        name: 'Lucía Fernández',
        email: 'lucia.fernandez@example.com',
        phone: '+34 910 00 47 31',
        location: 'Madrid, Spain',
        timeZone: 'Europe/Madrid',
        language: 'Español',
        color: '#a0602c',
        customerSince: 'May 2023',
      },
      orders: [
        { number: '#1053', date: 'Nov 20', total: '€119.00', status: 'Unfulfilled' },
        { number: '#1051', date: 'Nov 20', total: '€119.00', status: 'On hold' },
        { number: '#987', date: 'Jul 14', total: '€64.50', status: 'Returned' },
      ],
      recentTickets: [
        { id: '46233', subject: 'Devolución del pedido #987', status: 'closed', at: '2026-07-22T11:00:00.000Z' },
        { id: '45012', subject: '¿Hacéis envíos a Canarias?', status: 'solved', at: '2026-05-30T08:25:00.000Z' },
      ],
      draft: null,
      log: [
        {
          kind: 'comment', type: 'end-user', author: 'Lucía Fernández', at: '2026-11-20T09:37:00.000Z',
          html:
            '<p>Hola,</p>' +
            '<p>Esta mañana hice el pedido #1051 por error: quería la chaqueta en talla L y no en M. ¿Podéis cancelarlo antes de que salga del almacén?</p>' +
            '<p>Ya he hecho un pedido nuevo con la talla correcta, el #1053.</p>' +
            '<p>Gracias,<br>Lucía</p>',
        },
        { kind: 'event', at: '2026-11-20T09:58:00.000Z', html: 'Status changed from <strong>New</strong> to <strong>Open</strong>' },
        {
          kind: 'comment', type: 'agent', author: 'Marta Ruiz', at: '2026-11-20T10:05:00.000Z',
          html:
            '<p>Hola Lucía:</p>' +
            '<p>Gracias por avisarnos tan rápido. He pedido al almacén que paren el pedido #1051; en cuanto lo confirmen, lo cancelamos y te devolvemos el importe completo.</p>' +
            '<p>El pedido #1053 sigue su curso normal.</p>' +
            '<p>Un saludo,<br>Marta</p>' +
            '<div class="signature"><p>Marta Ruiz<br>Atención al cliente · Northwind Outfitters</p></div>',
        },
        {
          kind: 'comment', type: 'internal', author: 'Marta Ruiz', at: '2026-11-20T10:07:00.000Z',
          html: '<p>Warehouse ticket WH-2231 raised to hold order 1051 before picking. Refund through Shopify once it is held.</p>',
        },
        {
          kind: 'comment', type: 'end-user', author: 'Lucía Fernández', at: '2026-11-20T15:48:00.000Z',
          html:
            '<p>Perfecto, muchas gracias.</p>' +
            '<p>¿Me podéis confirmar por correo cuando esté cancelado?</p>' +
            '<p>Un saludo,<br>Lucía Fernández</p>' +
            '<div class="gmail_quote"><div class="gmail_attr">El vie, 20 nov 2026 a las 11:05, Northwind Support (&lt;support@northwind-outfitters.example&gt;) escribió:<br></div>' +
            '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">' +
            '<p>Hola Lucía:</p>' +
            '<p>Gracias por avisarnos tan rápido. He pedido al almacén que paren el pedido #1051; en cuanto lo confirmen, lo cancelamos y te devolvemos el importe completo.</p>' +
            '<p>Un saludo,<br>Marta</p></blockquote></div>',
        },
      ],
    },
    {
      id: '48217',
      subject: 'Wrong delivery address on order 1052',
      status: 'new',
      priority: 'Normal',
      type: '-',
      via: 'Email',
      assignee: '',
      group: 'Customer Care UK',
      tags: ['address_change'],
      orderField: '1052',
      createdAt: '2026-11-21T07:58:00.000Z',
      updatedAt: '2026-11-21T08:06:00.000Z',
      requester: {
        name: 'Daniel Okafor',
        email: 'daniel.okafor@example.com',
        phone: '+44 7700 900123',
        location: 'Manchester, United Kingdom',
        timeZone: 'Europe/London',
        language: 'English (United Kingdom)',
        color: '#2f7d63',
        customerSince: 'Feb 2026',
      },
      orders: [
        { number: '#1052', date: 'Nov 21', total: '£96.00', status: 'Unfulfilled' },
        { number: '#903', date: 'Feb 11', total: '£38.00', status: 'Delivered' },
      ],
      recentTickets: [
        { id: '44120', subject: 'Order #903 missing a glove', status: 'solved', at: '2026-02-16T12:30:00.000Z' },
      ],
      draft: null,
      log: [
        {
          kind: 'comment', type: 'end-user', author: 'Daniel Okafor', at: '2026-11-21T07:58:00.000Z',
          html:
            '<p>Hello,</p>' +
            '<p>I\'ve just placed order 1052 and only noticed afterwards that it\'s going to my old flat (14 Canal Street, Manchester M1 3HE).</p>' +
            '<p>Could you change the delivery address to 27 Wilmslow Road, Manchester M14 5TQ before it ships?</p>' +
            '<p>Cheers,<br>Daniel</p>' +
            '<div class="signature"><p>Daniel Okafor | +44 7700 900123</p></div>',
        },
        {
          kind: 'comment', type: 'end-user', author: 'Daniel Okafor', at: '2026-11-21T08:06:00.000Z',
          html:
            '<p>Sorry, one more thing: the flat number is 3B, so it\'s Flat 3B, 27 Wilmslow Road.</p>' +
            '<p>Daniel</p>',
        },
      ],
    },
  ],
};
