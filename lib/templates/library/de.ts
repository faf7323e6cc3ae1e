import type { Template } from '../types';
import { ADDRESS, byNumber, ITEMS, letter, refunds, signOff } from './snippets';
import { defineLanguage } from './variants';

// "Sie". After "Hallo Anna," the letter goes on in lower case, so every first paragraph starts
// with a word that is lower case in mid-sentence (or a noun or "Sie", capitalised anyway).
const F = 'order.fulfillments.first';
const mail = letter('{% if customer.first_name %}Hallo {{ customer.first_name }},{% else %}Guten Tag,{% endif %}', signOff('Viele Grüße'));
const REFUNDS = refunds('am');
const STATUS_LINK = '{% if order.order_status_url %}Den aktuellen Stand können Sie jederzeit hier einsehen: {{ order.order_status_url }}{% endif %}';
const CLOSED = '{% if order.cancelled_at %}wurde am {{ order.cancelled_at | date }} storniert{% else %}wurde bereits erstattet{% endif %}';
const DELIVERED_TO = '{% if order.shipping_address.address1 %} an die Adresse {{ order.shipping_address.address1 }}, {{ order.shipping_address.city }}{% endif %}';
const CARRIER = `{% if ${F}.tracking_company %} mit {{ ${F}.tracking_company }}{% endif %}`;

export const DE: Template[] = defineLanguage('de', {
  'track_order.no_order': {
    name: 'Wo ist meine Bestellung: keine Bestellung gefunden',
    body: mail(
      byNumber(
        'vielen Dank für Ihre Nachricht zur Bestellung {{ ticket.order_number }}. Ich sehe gleich nach, wo sie gerade ist, und melde mich in Kürze bei Ihnen.',
        'vielen Dank für Ihre Nachricht. Ich sehe gern nach, wo Ihre Bestellung gerade ist.',
        'Könnten Sie mir Ihre Bestellnummer (sie steht in Ihrer Bestellbestätigung) oder die E-Mail-Adresse schicken, mit der Sie bestellt haben? Dann schaue ich sofort nach.',
      ),
    ),
  },
  'track_order.unfulfilled': {
    name: 'Wo ist meine Bestellung: noch nicht versandt',
    body: mail(
      'vielen Dank für Ihre Nachricht. Ihre Bestellung {{ order.name }} vom {{ order.created_at | date }} wurde noch nicht versandt.',
      '{{ shop.policies.shipping }}',
      STATUS_LINK,
    ),
  },
  'track_order.shipped': {
    name: 'Wo ist meine Bestellung: unterwegs',
    body: mail(
      `gute Nachricht: Ihre Bestellung {{ order.name }} ist unterwegs. Sie wurde am {{ ${F}.created_at | date }}${CARRIER} versandt{% if ${F}.estimated_delivery_at %}, die voraussichtliche Zustellung ist am {{ ${F}.estimated_delivery_at | date }}{% endif %}.`,
      `Hier können Sie Ihr Paket verfolgen: {{ ${F}.tracking_url }}{% if ${F}.tracking_number %}\nSendungsnummer: {{ ${F}.tracking_number }}{% endif %}`,
    ),
  },
  'track_order.delivered': {
    name: 'Wo ist meine Bestellung: als zugestellt gemeldet',
    body: mail(
      `vielen Dank für Ihre Nachricht. Laut Sendungsverfolgung wurde Ihre Bestellung {{ order.name }}${DELIVERED_TO} zugestellt.`,
      `Falls Sie das Paket nicht finden, fragen Sie am besten bei Ihren Nachbarn oder am Empfang Ihres Hauses nach, oder sehen Sie an Ihrem üblichen Ablageort nach. Sollte es nicht auftauchen, antworten Sie einfach auf diese E-Mail, und ich kläre es umgehend mit dem Versanddienstleister.{% if ${F}.tracking_url %}\n\nSendungsverfolgung: {{ ${F}.tracking_url }}{% endif %}`,
    ),
  },
  'track_order.late': {
    name: 'Wo ist meine Bestellung: verspätet',
    body: mail(
      `es tut mir leid, dass Ihre Bestellung {{ order.name }} noch nicht bei Ihnen angekommen ist. Sie wurde am {{ ${F}.created_at | date }}${CARRIER} versandt und sollte bis zum {{ ${F}.estimated_delivery_at | date }} zugestellt werden; sie ist also verspätet.`,
      `Den aktuellen Sendungsstatus finden Sie hier: {{ ${F}.tracking_url }}`,
      'Ich frage jetzt beim Versanddienstleister nach und melde mich, sobald ich eine Rückmeldung habe.',
    ),
  },
  'track_order.cancelled': {
    name: 'Wo ist meine Bestellung: storniert',
    body: mail(
      'vielen Dank für Ihre Nachricht. Ihre Bestellung {{ order.name }} wurde am {{ order.cancelled_at | date }} storniert und wird daher nicht versandt.',
      'Falls Sie damit nicht gerechnet haben, antworten Sie einfach auf diese E-Mail, und ich sehe nach, was passiert ist.',
    ),
  },
  'track_order.refunded': {
    name: 'Wo ist meine Bestellung: erstattet',
    body: mail(
      `vielen Dank für Ihre Nachricht. Der Betrag für Ihre Bestellung {{ order.name }} wurde erstattet:\n${REFUNDS}`,
      '{{ shop.policies.refunds }}',
      'Falls Sie mit dem Versand dieser Bestellung gerechnet haben, antworten Sie einfach auf diese E-Mail, und ich kümmere mich sofort darum.',
    ),
  },

  'delivery_period.general': {
    name: 'Lieferzeiten',
    body: mail(
      'vielen Dank für Ihre Frage. So funktioniert unser Versand:',
      '{{ shop.policies.shipping }}',
      'Falls Sie bereits bestellt haben, schicken Sie mir gern Ihre Bestellnummer, dann sehe ich für Sie nach.',
    ),
  },
  'delivery_period.unfulfilled': {
    name: 'Lieferzeiten: noch nicht versandt',
    body: mail(
      'vielen Dank für Ihre Nachricht. Ihre Bestellung {{ order.name }} vom {{ order.created_at | date }} wurde noch nicht versandt. So funktioniert unser Versand:',
      '{{ shop.policies.shipping }}',
      STATUS_LINK,
    ),
  },
  'delivery_period.shipped': {
    name: 'Lieferzeiten: unterwegs',
    body: mail(
      `vielen Dank für Ihre Nachricht. Ihre Bestellung {{ order.name }} wurde am {{ ${F}.created_at | date }}${CARRIER} versandt, die voraussichtliche Zustellung ist am {{ ${F}.estimated_delivery_at | date }}.`,
      `Hier können Sie Ihr Paket verfolgen: {{ ${F}.tracking_url }}`,
    ),
  },
  'delivery_period.late': {
    name: 'Lieferzeiten: verspätet',
    body: mail(
      `es tut mir leid, dass Ihre Bestellung {{ order.name }} länger braucht als erwartet. Sie wurde am {{ ${F}.created_at | date }} versandt und sollte bis zum {{ ${F}.estimated_delivery_at | date }} zugestellt werden.`,
      `Den aktuellen Sendungsstatus finden Sie hier: {{ ${F}.tracking_url }}`,
      'Ich frage jetzt beim Versanddienstleister nach und gebe Ihnen Bescheid, sobald ich einen neuen Zustelltermin habe.',
    ),
  },
  'delivery_period.delivered': {
    name: 'Lieferzeiten: bereits zugestellt',
    body: mail(
      `vielen Dank für Ihre Nachricht. Laut Sendungsverfolgung wurde Ihre Bestellung {{ order.name }} bereits${DELIVERED_TO} zugestellt.`,
      'Falls Sie das Paket nicht finden, antworten Sie einfach auf diese E-Mail, und ich kläre es umgehend mit dem Versanddienstleister.',
    ),
  },

  'delivery_options.general': {
    name: 'Versandoptionen',
    body: mail(
      'vielen Dank für Ihre Frage. Diese Versandoptionen bieten wir an:',
      '{{ shop.policies.shipping }}',
      'Falls etwas unklar ist, antworten Sie einfach auf diese E-Mail.',
    ),
  },

  'cancel_order.no_order': {
    name: 'Stornierung: keine Bestellung gefunden',
    body: mail(
      byNumber(
        'vielen Dank für Ihre Nachricht zur Bestellung {{ ticket.order_number }}. Ich prüfe sofort, ob sie noch storniert werden kann, und melde mich in Kürze bei Ihnen.',
        'gern helfe ich Ihnen dabei. Könnten Sie mir Ihre Bestellnummer schicken? Dann prüfe ich sofort, ob die Bestellung noch storniert werden kann.',
      ),
    ),
  },
  'cancel_order.before_shipping': {
    name: 'Stornierung: vor dem Versand',
    body: mail(
      'vielen Dank für Ihre Nachricht. Ihre Bestellung {{ order.name }} wurde noch nicht versandt und kann daher noch storniert werden. Ich storniere sie jetzt für Sie und bestätige es Ihnen, sobald das erledigt ist.',
      '{{ shop.policies.refunds }}',
    ),
  },
  'cancel_order.after_shipping': {
    name: 'Stornierung: bereits versandt',
    body: mail(
      `vielen Dank für Ihre Nachricht. Ihre Bestellung {{ order.name }} wurde bereits${CARRIER} versandt und kann daher leider nicht mehr storniert werden. Sie können sie aber zurücksenden:`,
      '{{ shop.policies.returns }}',
      'Wenn Sie Hilfe bei der Rücksendung brauchen, antworten Sie einfach auf diese E-Mail.',
    ),
  },
  'cancel_order.closed': {
    name: 'Stornierung: bereits storniert oder erstattet',
    body: mail(
      `vielen Dank für Ihre Nachricht. Hier gibt es nichts mehr zu stornieren: Ihre Bestellung {{ order.name }} ${CLOSED}.{% if order.refunds.size > 0 %}\n\nErstattungen:\n${REFUNDS}{% endif %}`,
      '{{ shop.policies.refunds }}',
    ),
  },

  'change_order.no_order': {
    name: 'Bestellung ändern: keine Bestellung gefunden',
    body: mail(
      byNumber(
        'vielen Dank für Ihre Nachricht zur Bestellung {{ ticket.order_number }}. Könnten Sie mir genau sagen, was Sie ändern möchten? Dann prüfe ich sofort, ob das noch möglich ist.',
        'gern helfe ich Ihnen, Ihre Bestellung zu ändern. Könnten Sie mir Ihre Bestellnummer schicken und mir sagen, was Sie ändern möchten?',
      ),
    ),
  },
  'change_order.before_shipping': {
    name: 'Bestellung ändern: vor dem Versand',
    body: mail(
      `vielen Dank für Ihre Nachricht. Ihre Bestellung {{ order.name }} wurde noch nicht versandt, Änderungen sind also noch möglich. Sie enthält derzeit:\n${ITEMS}`,
      'Könnten Sie mir genau sagen, was Sie ändern möchten? Ich passe die Bestellung an und bestätige Ihnen die Änderungen.',
    ),
  },
  'change_order.after_shipping': {
    name: 'Bestellung ändern: bereits versandt',
    body: mail(
      'vielen Dank für Ihre Nachricht. Ihre Bestellung {{ order.name }} wurde bereits versandt und kann daher leider nicht mehr geändert werden. Nach Erhalt können Sie alles zurücksenden, was Sie nicht behalten möchten:',
      '{{ shop.policies.returns }}',
      'Wenn Sie etwas anderes möchten, können Sie gern eine neue Bestellung aufgeben. Bei Fragen helfe ich Ihnen jederzeit weiter.',
    ),
  },
  'change_order.closed': {
    name: 'Bestellung ändern: storniert oder erstattet',
    body: mail(
      `vielen Dank für Ihre Nachricht. Ihre Bestellung {{ order.name }} ${CLOSED} und kann daher nicht mehr geändert werden.`,
      'Wenn Sie die Artikel weiterhin möchten, können Sie gern eine neue Bestellung aufgeben. Bei Fragen helfe ich Ihnen jederzeit weiter.',
    ),
  },

  'change_shipping_address.no_order': {
    name: 'Adresse ändern: keine Bestellung gefunden',
    body: mail(
      byNumber(
        'vielen Dank für Ihre Nachricht zur Bestellung {{ ticket.order_number }}. Könnten Sie mir die vollständige neue Adresse (Straße, Postleitzahl, Ort und Land) schicken? Dann prüfe ich sofort, ob die Bestellung noch geändert werden kann.',
        'gern helfe ich Ihnen dabei. Könnten Sie mir Ihre Bestellnummer und die vollständige neue Adresse (Straße, Postleitzahl, Ort und Land) schicken? Dann prüfe ich sofort, ob die Bestellung noch geändert werden kann.',
      ),
    ),
  },
  'change_shipping_address.before_shipping': {
    name: 'Adresse ändern: vor dem Versand',
    body: mail(
      'vielen Dank für Ihre Nachricht. Ihre Bestellung {{ order.name }} wurde noch nicht versandt, die Lieferadresse kann also noch geändert werden. Derzeit ist diese Adresse hinterlegt:',
      ADDRESS,
      'Könnten Sie mir die vollständige neue Adresse schicken? Ich ändere sie und bestätige es Ihnen, sobald das erledigt ist.',
    ),
  },
  'change_shipping_address.in_transit': {
    name: 'Adresse ändern: bereits unterwegs',
    body: mail(
      `vielen Dank für Ihre Nachricht. Ihre Bestellung {{ order.name }} wurde bereits${CARRIER} versandt, daher kann ich die Adresse auf unserer Seite nicht mehr ändern. Möglicherweise können Sie das Paket über die Sendungsverfolgung beim Versanddienstleister umleiten: {{ ${F}.tracking_url }}`,
      'Falls das nicht möglich ist, geben Sie mir Bescheid, dann finden wir gemeinsam eine Lösung.',
    ),
  },
  'change_shipping_address.delivered': {
    name: 'Adresse ändern: bereits zugestellt',
    body: mail(
      `vielen Dank für Ihre Nachricht. Laut Sendungsverfolgung wurde Ihre Bestellung {{ order.name }} bereits${DELIVERED_TO} zugestellt.`,
      'Falls diese Adresse nicht stimmt oder Sie das Paket nicht finden, antworten Sie einfach auf diese E-Mail, und ich kümmere mich sofort darum.',
    ),
  },
  'change_shipping_address.closed': {
    name: 'Adresse ändern: storniert oder erstattet',
    body: mail(
      `vielen Dank für Ihre Nachricht. Ihre Bestellung {{ order.name }} ${CLOSED}; sie wird also nicht versandt, und es gibt keine Adresse zu ändern.`,
      'Bei einer neuen Bestellung können Sie die neue Adresse direkt im Bestellvorgang angeben. Bei Fragen helfe ich Ihnen gern weiter.',
    ),
  },

  'return_request.no_order': {
    name: 'Rücksendung: keine Bestellung gefunden',
    body: mail(
      'vielen Dank für Ihre Nachricht. So funktionieren Rücksendungen bei uns:',
      '{{ shop.policies.returns }}',
      byNumber(
        'Könnten Sie mir sagen, welche Artikel aus der Bestellung {{ ticket.order_number }} Sie zurücksenden möchten? Dann helfe ich Ihnen bei den nächsten Schritten.',
        'Könnten Sie mir Ihre Bestellnummer schicken und mir sagen, welche Artikel Sie zurücksenden möchten? Dann helfe ich Ihnen bei den nächsten Schritten.',
      ),
    ),
  },
  'return_request.before_shipping': {
    name: 'Rücksendung: noch nicht versandt',
    body: mail(
      'vielen Dank für Ihre Nachricht. Ihre Bestellung {{ order.name }} wurde noch nicht versandt, Sie müssen also nichts zurückschicken: Ich kann sie stornieren oder die Artikel, die Sie nicht mehr möchten, vor dem Versand entfernen.',
      'Sagen Sie mir einfach, was Ihnen lieber ist.',
    ),
  },
  'return_request.with_order': {
    name: 'Rücksendung: so geht es',
    body: mail(
      'vielen Dank für Ihre Nachricht. Sie möchten Artikel aus Ihrer Bestellung {{ order.name }} zurücksenden; so funktionieren Rücksendungen bei uns:',
      '{{ shop.policies.returns }}',
      'Könnten Sie mir sagen, welche Artikel Sie zurücksenden möchten und warum? Dann helfe ich Ihnen bei den nächsten Schritten.',
    ),
  },

  'get_refund.no_order': {
    name: 'Erstattung: keine Bestellung gefunden',
    body: mail(
      byNumber(
        'es tut mir leid, dass bei der Bestellung {{ ticket.order_number }} etwas schiefgelaufen ist. Könnten Sie mir kurz beschreiben, was passiert ist? Ich kümmere mich so schnell wie möglich darum.',
        'es tut mir leid, dass etwas schiefgelaufen ist. Könnten Sie mir Ihre Bestellnummer schicken und kurz beschreiben, was passiert ist? Ich kümmere mich so schnell wie möglich darum.',
      ),
    ),
  },
  'get_refund.refunded': {
    name: 'Erstattung: bereits erstattet',
    body: mail(`vielen Dank für Ihre Nachricht. Der Betrag für Ihre Bestellung {{ order.name }} wurde bereits erstattet:\n${REFUNDS}`, '{{ shop.policies.refunds }}'),
  },
  'get_refund.not_refunded': {
    name: 'Erstattung: noch nicht erstattet',
    body: mail(
      'vielen Dank für Ihre Nachricht zu Ihrer Bestellung {{ order.name }}. Es tut mir leid, dass sie nicht Ihren Erwartungen entsprochen hat. So funktionieren Erstattungen bei uns:',
      '{{ shop.policies.refunds }}',
      'Könnten Sie mir kurz beschreiben, was nicht gepasst hat und für welche Artikel Sie eine Erstattung möchten? Ich kümmere mich dann um alles Weitere.',
    ),
  },

  'track_refund.no_order': {
    name: 'Stand der Erstattung: keine Bestellung gefunden',
    body: mail(
      byNumber(
        'vielen Dank für Ihre Nachricht zur Bestellung {{ ticket.order_number }}. Ich prüfe jetzt den Stand Ihrer Erstattung und melde mich in Kürze bei Ihnen.',
        'vielen Dank für Ihre Nachricht. Könnten Sie mir Ihre Bestellnummer schicken? Dann prüfe ich sofort den Stand Ihrer Erstattung.',
      ),
    ),
  },
  'track_refund.refunded': {
    name: 'Stand der Erstattung: veranlasst',
    body: mail(
      `vielen Dank für Ihre Nachricht. Ich habe Ihre Bestellung {{ order.name }} geprüft: Die Erstattung wurde veranlasst.\n${REFUNDS}`,
      '{{ shop.policies.refunds }}',
      'Sollten Sie den Betrag nach dieser Frist noch nicht sehen, antworten Sie einfach auf diese E-Mail, und ich gehe der Sache nach.',
    ),
  },
  'track_refund.not_refunded': {
    name: 'Stand der Erstattung: noch nicht veranlasst',
    body: mail(
      `vielen Dank für Ihre Nachricht. Ich habe Ihre Bestellung {{ order.name }} geprüft: {% if order.refunds.size > 0 %}Folgende Erstattungen wurden veranlasst:\n${REFUNDS}{% else %}Bisher sehe ich noch keine Erstattung.{% endif %}`,
      '{{ shop.policies.refunds }}',
      'Ich kläre gerade, wie der Stand Ihrer Erstattung ist, und melde mich so schnell wie möglich bei Ihnen.',
    ),
  },

  'check_refund_policy.general': {
    name: 'Erstattungsrichtlinie',
    body: mail(
      'vielen Dank für Ihre Frage. So funktionieren Erstattungen bei uns:',
      '{{ shop.policies.refunds }}',
      '{{ shop.policies.returns }}',
      'Wenn Sie eine Bestellung zurücksenden möchten, schicken Sie mir einfach die Bestellnummer, dann helfe ich Ihnen bei den nächsten Schritten.',
    ),
  },

  'damaged_item.no_order': {
    name: 'Beschädigter Artikel: keine Bestellung gefunden',
    body: mail(
      byNumber(
        'es tut mir sehr leid, dass ein Artikel aus der Bestellung {{ ticket.order_number }} beschädigt angekommen ist. Könnten Sie mir ein Foto des Schadens schicken, gern auch von der Verpackung, falls Sie sie noch haben? Sobald ich die Fotos habe, kümmere ich mich um eine Lösung.',
        'es tut mir sehr leid, dass Ihr Artikel beschädigt angekommen ist. Könnten Sie mir Ihre Bestellnummer und ein Foto des Schadens schicken, gern auch von der Verpackung, falls Sie sie noch haben? Sobald ich beides habe, kümmere ich mich um eine Lösung.',
      ),
    ),
  },
  'damaged_item.with_order': {
    name: 'Beschädigter Artikel',
    body: mail(
      'es tut mir sehr leid, dass ein Artikel aus Ihrer Bestellung {{ order.name }} beschädigt angekommen ist. Könnten Sie mir ein Foto des Schadens schicken, gern auch von der Verpackung, falls Sie sie noch haben? Sobald ich die Fotos habe, kümmere ich mich vorrangig um eine Lösung.',
    ),
  },

  'wrong_item.no_order': {
    name: 'Falscher Artikel: keine Bestellung gefunden',
    body: mail(
      byNumber(
        'es tut mir leid, dass Sie mit der Bestellung {{ ticket.order_number }} einen falschen Artikel erhalten haben. Könnten Sie mir ein Foto des erhaltenen Artikels schicken, möglichst mit Etikett? Ich bringe das so schnell wie möglich in Ordnung.',
        'es tut mir leid, dass Sie einen falschen Artikel erhalten haben. Könnten Sie mir Ihre Bestellnummer und ein Foto des erhaltenen Artikels schicken, möglichst mit Etikett? Ich bringe das so schnell wie möglich in Ordnung.',
      ),
    ),
  },
  'wrong_item.with_order': {
    name: 'Falscher Artikel',
    body: mail(
      `es tut mir leid, dass Sie einen falschen Artikel erhalten haben. Laut Ihrer Bestellung {{ order.name }} hätte Ihr Paket Folgendes enthalten sollen:\n${ITEMS}`,
      'Könnten Sie mir ein Foto des erhaltenen Artikels schicken, möglichst mit Etikett? Ich bringe das so schnell wie möglich in Ordnung.',
    ),
  },

  'missing_item.no_order': {
    name: 'Fehlender Artikel: keine Bestellung gefunden',
    body: mail(
      byNumber(
        'es tut mir leid, dass bei der Bestellung {{ ticket.order_number }} etwas fehlt. Könnten Sie mir sagen, welcher Artikel fehlt? Ich prüfe das sofort.',
        'es tut mir leid, dass in Ihrem Paket etwas fehlt. Könnten Sie mir Ihre Bestellnummer schicken und mir sagen, welcher Artikel fehlt? Ich prüfe das sofort.',
      ),
    ),
  },
  'missing_item.not_delivered': {
    name: 'Fehlender Artikel: noch nicht zugestellt',
    body: mail(
      `vielen Dank für Ihre Nachricht. {% if order.fulfillment_status == "partial" %}Ein Teil Ihrer Bestellung {{ order.name }} wurde bereits versandt, der Rest noch nicht.{% elsif order.fulfillments.size > 0 %}Ihre Bestellung {{ order.name }} ist unterwegs, wurde aber noch nicht zugestellt.{% else %}Ihre Bestellung {{ order.name }} wurde noch nicht versandt.{% endif %}{% if ${F}.tracking_url %} Hier können Sie sie verfolgen: {{ ${F}.tracking_url }}{% endif %}`,
      'Sollte nach Erhalt aller Artikel noch etwas fehlen, sagen Sie mir einfach, welcher Artikel, und ich kümmere mich darum.',
    ),
  },
  'missing_item.with_order': {
    name: 'Fehlender Artikel',
    body: mail(
      `es tut mir leid, dass in Ihrem Paket etwas fehlt. Laut Ihrer Bestellung {{ order.name }} hätte es Folgendes enthalten sollen:\n${ITEMS}`,
      'Könnten Sie mir sagen, welcher Artikel fehlt? Ich gehe der Sache nach und kümmere mich so schnell wie möglich darum.',
    ),
  },

  'payment_issue.general': {
    name: 'Zahlungsproblem',
    body: mail(
      'es tut mir leid, dass es Probleme mit Ihrer Zahlung gab. Könnten Sie mir beschreiben, was passiert ist (zum Beispiel die angezeigte Fehlermeldung) und welche Zahlungsart Sie verwendet haben? Falls eine Bestellung angelegt wurde, hilft mir auch die Bestellnummer. Ich sehe mir das sofort an.',
    ),
  },
  'payment_issue.with_order': {
    name: 'Zahlungsproblem bei einer Bestellung',
    body: mail(
      'es tut mir leid, dass es Probleme mit der Zahlung Ihrer Bestellung {{ order.name }} ({{ order.total_price | money }}) gab. Könnten Sie mir beschreiben, was passiert ist (zum Beispiel die angezeigte Fehlermeldung)? Ich prüfe die Zahlung sofort.',
    ),
  },

  'invoice.no_order': {
    name: 'Rechnung: keine Bestellung gefunden',
    body: mail(
      byNumber(
        'sehr gern. Ich bereite die Rechnung zur Bestellung {{ ticket.order_number }} vor und sende sie Ihnen in Kürze zu.',
        'sehr gern. Könnten Sie mir Ihre Bestellnummer schicken? Dann sende ich Ihnen die Rechnung umgehend zu.',
      ),
    ),
  },
  'invoice.with_order': {
    name: 'Rechnung im Anhang',
    body: mail(
      'vielen Dank für Ihre Nachricht. Anbei erhalten Sie die Rechnung zu Ihrer Bestellung {{ order.name }} vom {{ order.created_at | date }} ({{ order.total_price | money }}).',
      'Falls darauf etwas geändert werden soll, etwa ein Firmenname oder eine USt-IdNr., geben Sie mir einfach Bescheid.',
    ),
  },

  'discount_code.general': {
    name: 'Rabattcode funktioniert nicht',
    body: mail(
      'vielen Dank für Ihre Nachricht. Es tut mir leid, dass Ihr Rabattcode nicht funktioniert. Könnten Sie mir den Code und die Meldung schicken, die bei der Eingabe erscheint? Ich prüfe das sofort für Sie.',
    ),
  },
  'discount_code.with_order': {
    name: 'Rabattcode bei einer Bestellung nicht berücksichtigt',
    body: mail(
      'vielen Dank für Ihre Nachricht. Es tut mir leid, dass der Rabattcode bei Ihrer Bestellung {{ order.name }} nicht funktioniert hat. Könnten Sie mir den verwendeten Code schicken? Ich prüfe ihn und erstatte Ihnen die Differenz, falls er für diese Bestellung gültig war.',
    ),
  },

  'complaint.general': {
    name: 'Beschwerde',
    body: mail(
      'vielen Dank, dass Sie sich die Zeit genommen haben, uns zu schreiben. Es tut mir aufrichtig leid, was Sie erlebt haben; das entspricht nicht unserem Anspruch.',
      'Ich habe Ihre Nachricht aufmerksam gelesen und kümmere mich jetzt darum. Ich melde mich so bald wie möglich mit einer ausführlichen Antwort bei Ihnen.',
    ),
  },
  'complaint.with_order': {
    name: 'Beschwerde zu einer Bestellung',
    body: mail(
      'vielen Dank, dass Sie sich die Zeit genommen haben, uns zu schreiben. Es tut mir aufrichtig leid, was Sie mit Ihrer Bestellung {{ order.name }} erlebt haben; das entspricht nicht unserem Anspruch.',
      'Ich habe Ihre Nachricht aufmerksam gelesen und kümmere mich jetzt darum. Ich melde mich so bald wie möglich mit einer ausführlichen Antwort bei Ihnen.',
    ),
  },

  'contact_human_agent.general': {
    name: 'Mit einem Menschen sprechen',
    body: mail(
      'vielen Dank für Ihre Nachricht. Sie schreiben mit einem echten Menschen{% if agent.name %}: Ich bin {{ agent.name }} vom Kundenservice{% endif %}, und ich helfe Ihnen gern persönlich weiter.',
      'Könnten Sie mir etwas genauer beschreiben, worum es geht? Ich kümmere mich dann um alles Weitere.',
    ),
  },

  'other.general': {
    name: 'Allgemeine Antwort',
    body: mail(
      'vielen Dank für Ihre Nachricht. Ich habe sie gelesen und kümmere mich jetzt darum; ich melde mich so bald wie möglich bei Ihnen.',
      'Falls Sie in der Zwischenzeit noch etwas ergänzen möchten, antworten Sie einfach auf diese E-Mail.',
    ),
  },
});
