import type { Template } from '../types';
import { ADDRESS, byNumber, ITEMS, letter, refunds, signOff } from './snippets';
import { defineLanguage } from './variants';

// Formal address ("dumneavoastră"), comma-below ș and ț; no form that depends on the agent's gender.
const F = 'order.fulfillments.first';
const mail = letter('Bună ziua{% if customer.first_name %}, {{ customer.first_name }}{% endif %},', signOff('Cu stimă,'));
const REFUNDS = refunds('pe');
const STATUS_LINK = '{% if order.order_status_url %}Puteți verifica oricând stadiul comenzii aici: {{ order.order_status_url }}{% endif %}';
const CLOSED = '{% if order.cancelled_at %}a fost anulată pe {{ order.cancelled_at | date }}{% else %}a fost rambursată{% endif %}';
const DELIVERED_TO = '{% if order.shipping_address.address1 %} la adresa {{ order.shipping_address.address1 }}, {{ order.shipping_address.city }}{% endif %}';
const CARRIER = `{% if ${F}.tracking_company %} prin {{ ${F}.tracking_company }}{% endif %}`;

export const RO: Template[] = defineLanguage('ro', {
  'track_order.no_order': {
    name: 'Unde este comanda: nicio comandă găsită',
    body: mail(
      byNumber(
        'Vă mulțumim pentru mesajul despre comanda #{{ ticket.order_number }}. Verific acum unde se află și revin cu un răspuns în cel mai scurt timp.',
        'Vă mulțumim pentru mesaj. Verific cu plăcere unde se află comanda dumneavoastră.',
        'Îmi puteți trimite numărul comenzii (îl găsiți în e-mailul de confirmare) sau adresa de e-mail folosită la plasarea comenzii? O caut imediat.',
      ),
    ),
  },
  'track_order.unfulfilled': {
    name: 'Unde este comanda: încă neexpediată',
    body: mail(
      'Vă mulțumim pentru mesaj. Comanda dumneavoastră {{ order.name }}, plasată pe {{ order.created_at | date }}, nu a fost expediată încă.',
      '{{ shop.policies.shipping }}',
      STATUS_LINK,
    ),
  },
  'track_order.shipped': {
    name: 'Unde este comanda: pe drum',
    body: mail(
      `Vești bune: comanda dumneavoastră {{ order.name }} este pe drum. A fost expediată pe {{ ${F}.created_at | date }}${CARRIER}{% if ${F}.estimated_delivery_at %}, iar data estimată de livrare este {{ ${F}.estimated_delivery_at | date }}{% endif %}.`,
      `Puteți urmări coletul aici: {{ ${F}.tracking_url }}{% if ${F}.tracking_number %}\nNumăr de urmărire (AWB): {{ ${F}.tracking_number }}{% endif %}`,
    ),
  },
  'track_order.delivered': {
    name: 'Unde este comanda: marcată ca livrată',
    body: mail(
      `Vă mulțumim pentru mesaj. Conform informațiilor de urmărire, comanda dumneavoastră {{ order.name }} a fost livrată${DELIVERED_TO}.`,
      `Dacă nu găsiți coletul, vă recomand să întrebați vecinii sau la recepția clădirii ori să verificați locul unde vă sunt lăsate de obicei coletele. Dacă tot nu apare, răspundeți la acest e-mail și verific imediat situația cu firma de curierat.{% if ${F}.tracking_url %}\n\nInformații de urmărire: {{ ${F}.tracking_url }}{% endif %}`,
    ),
  },
  'track_order.late': {
    name: 'Unde este comanda: întârziată',
    body: mail(
      `Îmi pare rău că nu ați primit încă comanda {{ order.name }}. A fost expediată pe {{ ${F}.created_at | date }}${CARRIER} și trebuia livrată până pe {{ ${F}.estimated_delivery_at | date }}, deci are întârziere.`,
      `Puteți vedea cele mai recente informații de urmărire aici: {{ ${F}.tracking_url }}`,
      'Verific chiar acum cu firma de curierat și revin cu un răspuns imediat ce primesc vești.',
    ),
  },
  'track_order.cancelled': {
    name: 'Unde este comanda: anulată',
    body: mail(
      'Vă mulțumim pentru mesaj. Comanda dumneavoastră {{ order.name }} a fost anulată pe {{ order.cancelled_at | date }}, așa că nu va fi expediată.',
      'Dacă nu vă așteptați la acest lucru, răspundeți la acest e-mail și verific ce s-a întâmplat.',
    ),
  },
  'track_order.refunded': {
    name: 'Unde este comanda: rambursată',
    body: mail(
      `Vă mulțumim pentru mesaj. Comanda dumneavoastră {{ order.name }} a fost rambursată:\n${REFUNDS}`,
      '{{ shop.policies.refunds }}',
      'Dacă vă așteptați ca această comandă să fie expediată, răspundeți la acest e-mail și mă ocup imediat.',
    ),
  },

  'delivery_period.general': {
    name: 'Termene de livrare',
    body: mail(
      'Vă mulțumim pentru întrebare. Iată cum funcționează livrarea la noi:',
      '{{ shop.policies.shipping }}',
      'Dacă ați plasat deja o comandă, trimiteți-mi numărul comenzii și verific situația.',
    ),
  },
  'delivery_period.unfulfilled': {
    name: 'Termene de livrare: încă neexpediată',
    body: mail(
      'Vă mulțumim pentru mesaj. Comanda dumneavoastră {{ order.name }}, plasată pe {{ order.created_at | date }}, nu a fost expediată încă. Iată cum funcționează livrarea la noi:',
      '{{ shop.policies.shipping }}',
      STATUS_LINK,
    ),
  },
  'delivery_period.shipped': {
    name: 'Termene de livrare: pe drum',
    body: mail(
      `Vă mulțumim pentru mesaj. Comanda dumneavoastră {{ order.name }} a fost expediată pe {{ ${F}.created_at | date }}${CARRIER}, iar data estimată de livrare este {{ ${F}.estimated_delivery_at | date }}.`,
      `Puteți urmări coletul aici: {{ ${F}.tracking_url }}`,
    ),
  },
  'delivery_period.late': {
    name: 'Termene de livrare: întârziată',
    body: mail(
      `Îmi pare rău că livrarea comenzii {{ order.name }} durează mai mult decât era prevăzut. A fost expediată pe {{ ${F}.created_at | date }} și trebuia să ajungă până pe {{ ${F}.estimated_delivery_at | date }}.`,
      `Puteți vedea cele mai recente informații de urmărire aici: {{ ${F}.tracking_url }}`,
      'Verific chiar acum cu firma de curierat și vă comunic o nouă dată de livrare imediat ce o am.',
    ),
  },
  'delivery_period.delivered': {
    name: 'Termene de livrare: deja livrată',
    body: mail(
      `Vă mulțumim pentru mesaj. Conform informațiilor de urmărire, comanda dumneavoastră {{ order.name }} a fost deja livrată${DELIVERED_TO}.`,
      'Dacă nu găsiți coletul, răspundeți la acest e-mail și verific imediat situația cu firma de curierat.',
    ),
  },

  'delivery_options.general': {
    name: 'Opțiuni de livrare',
    body: mail(
      'Vă mulțumim pentru întrebare. Iată opțiunile de livrare pe care le oferim:',
      '{{ shop.policies.shipping }}',
      'Dacă ceva nu este clar, răspundeți la acest e-mail.',
    ),
  },

  'cancel_order.no_order': {
    name: 'Anulare: nicio comandă găsită',
    body: mail(
      byNumber(
        'Vă mulțumim pentru mesajul despre comanda #{{ ticket.order_number }}. Verific imediat dacă mai poate fi anulată și revin cu un răspuns în cel mai scurt timp.',
        'Vă ajut cu plăcere. Îmi puteți trimite numărul comenzii? Verific imediat dacă mai poate fi anulată.',
      ),
    ),
  },
  'cancel_order.before_shipping': {
    name: 'Anulare: înainte de expediere',
    body: mail(
      'Vă mulțumim că ne-ați anunțat. Comanda dumneavoastră {{ order.name }} nu a fost expediată încă, așa că mai poate fi anulată. O anulez acum și vă confirm imediat ce am terminat.',
      '{{ shop.policies.refunds }}',
    ),
  },
  'cancel_order.after_shipping': {
    name: 'Anulare: deja expediată',
    body: mail(
      `Vă mulțumim pentru mesaj. Comanda dumneavoastră {{ order.name }} a fost deja expediată${CARRIER}, așa că, din păcate, nu mai poate fi anulată. O puteți însă returna:`,
      '{{ shop.policies.returns }}',
      'Dacă aveți nevoie de ajutor cu returul, răspundeți la acest e-mail.',
    ),
  },
  'cancel_order.closed': {
    name: 'Anulare: deja anulată sau rambursată',
    body: mail(
      `Vă mulțumim pentru mesaj. Nu mai este nimic de anulat: comanda dumneavoastră {{ order.name }} ${CLOSED}.{% if order.refunds.size > 0 %}\n\nRambursări efectuate:\n${REFUNDS}{% endif %}`,
      '{{ shop.policies.refunds }}',
    ),
  },

  'change_order.no_order': {
    name: 'Modificare comandă: nicio comandă găsită',
    body: mail(
      byNumber(
        'Vă mulțumim pentru mesajul despre comanda #{{ ticket.order_number }}. Îmi puteți spune exact ce doriți să schimbați? Verific imediat dacă mai este posibil.',
        'Vă ajut cu plăcere să modificați comanda. Îmi puteți trimite numărul comenzii și ce anume doriți să schimbați?',
      ),
    ),
  },
  'change_order.before_shipping': {
    name: 'Modificare comandă: înainte de expediere',
    body: mail(
      `Vă mulțumim pentru mesaj. Comanda dumneavoastră {{ order.name }} nu a fost expediată încă, așa că mai putem face modificări. În prezent conține:\n${ITEMS}`,
      'Îmi puteți confirma exact ce doriți să schimbați? Actualizez comanda și vă confirm modificările.',
    ),
  },
  'change_order.after_shipping': {
    name: 'Modificare comandă: deja expediată',
    body: mail(
      'Vă mulțumim pentru mesaj. Comanda dumneavoastră {{ order.name }} a fost deja expediată, așa că, din păcate, nu mai poate fi modificată. După ce o primiți, puteți returna produsele pe care nu doriți să le păstrați:',
      '{{ shop.policies.returns }}',
      'Dacă doriți altceva, puteți plasa o comandă nouă; vă stau la dispoziție pentru orice întrebare.',
    ),
  },
  'change_order.closed': {
    name: 'Modificare comandă: anulată sau rambursată',
    body: mail(
      `Vă mulțumim pentru mesaj. Comanda dumneavoastră {{ order.name }} ${CLOSED}, așa că nu mai poate fi modificată.`,
      'Dacă mai doriți produsele, puteți plasa o comandă nouă; vă stau la dispoziție pentru orice întrebare.',
    ),
  },

  'change_shipping_address.no_order': {
    name: 'Schimbare adresă: nicio comandă găsită',
    body: mail(
      byNumber(
        'Vă mulțumim pentru mesajul despre comanda #{{ ticket.order_number }}. Îmi puteți trimite noua adresă completă (stradă, cod poștal, localitate și țară)? Verific imediat dacă mai poate fi actualizată comanda.',
        'Vă ajut cu plăcere. Îmi puteți trimite numărul comenzii și noua adresă completă (stradă, cod poștal, localitate și țară)? Verific imediat dacă mai poate fi actualizată comanda.',
      ),
    ),
  },
  'change_shipping_address.before_shipping': {
    name: 'Schimbare adresă: înainte de expediere',
    body: mail(
      'Vă mulțumim pentru mesaj. Comanda dumneavoastră {{ order.name }} nu a fost expediată încă, așa că adresa de livrare mai poate fi modificată. Adresa pe care o avem acum este:',
      ADDRESS,
      'Îmi puteți trimite noua adresă completă? O actualizez și vă confirm imediat ce am terminat.',
    ),
  },
  'change_shipping_address.in_transit': {
    name: 'Schimbare adresă: deja pe drum',
    body: mail(
      `Vă mulțumim pentru mesaj. Comanda dumneavoastră {{ order.name }} a fost deja expediată${CARRIER}, așa că nu mai pot modifica adresa din partea noastră. Este posibil să puteți redirecționa coletul direct la firma de curierat, din pagina de urmărire: {{ ${F}.tracking_url }}`,
      'Dacă nu este posibil, anunțați-mă și găsim împreună o soluție.',
    ),
  },
  'change_shipping_address.delivered': {
    name: 'Schimbare adresă: deja livrată',
    body: mail(
      `Vă mulțumim pentru mesaj. Conform informațiilor de urmărire, comanda dumneavoastră {{ order.name }} a fost deja livrată${DELIVERED_TO}.`,
      'Dacă adresa nu este corectă sau nu găsiți coletul, răspundeți la acest e-mail și mă ocup imediat.',
    ),
  },
  'change_shipping_address.closed': {
    name: 'Schimbare adresă: anulată sau rambursată',
    body: mail(
      `Vă mulțumim pentru mesaj. Comanda dumneavoastră {{ order.name }} ${CLOSED}, așa că nu va fi expediată și nu există nicio adresă de modificat.`,
      'Dacă plasați o comandă nouă, puteți introduce noua adresă la finalizarea comenzii. Vă stau la dispoziție pentru orice întrebare.',
    ),
  },

  'return_request.no_order': {
    name: 'Retur: nicio comandă găsită',
    body: mail(
      'Vă mulțumim pentru mesaj. Iată cum funcționează returul:',
      '{{ shop.policies.returns }}',
      byNumber(
        'Îmi puteți spune ce produse din comanda #{{ ticket.order_number }} doriți să returnați? Vă ajut apoi cu pașii următori.',
        'Îmi puteți trimite numărul comenzii și produsele pe care doriți să le returnați? Vă ajut apoi cu pașii următori.',
      ),
    ),
  },
  'return_request.before_shipping': {
    name: 'Retur: comanda încă neexpediată',
    body: mail(
      'Vă mulțumim pentru mesaj. Comanda dumneavoastră {{ order.name }} nu a fost expediată încă, așa că nu este nevoie să returnați nimic: o pot anula sau pot elimina produsele pe care nu le mai doriți, înainte de expediere.',
      'Spuneți-mi doar ce preferați.',
    ),
  },
  'return_request.with_order': {
    name: 'Retur: cum returnați',
    body: mail(
      'Vă mulțumim că ne-ați anunțat că doriți să returnați produse din comanda {{ order.name }}. Iată cum funcționează returul:',
      '{{ shop.policies.returns }}',
      'Îmi puteți spune ce produse doriți să returnați și din ce motiv? Vă ajut apoi cu pașii următori.',
    ),
  },

  'get_refund.no_order': {
    name: 'Rambursare: nicio comandă găsită',
    body: mail(
      byNumber(
        'Îmi pare rău că ceva nu a mers bine cu comanda #{{ ticket.order_number }}. Îmi puteți descrie pe scurt ce s-a întâmplat? Mă ocup cât mai repede posibil.',
        'Îmi pare rău că ceva nu a mers bine. Îmi puteți trimite numărul comenzii, împreună cu o scurtă descriere a problemei? Mă ocup de ea cât mai repede posibil.',
      ),
    ),
  },
  'get_refund.refunded': {
    name: 'Rambursare: deja rambursată',
    body: mail(`Vă mulțumim pentru mesaj. Comanda dumneavoastră {{ order.name }} a fost deja rambursată:\n${REFUNDS}`, '{{ shop.policies.refunds }}'),
  },
  'get_refund.not_refunded': {
    name: 'Rambursare: încă nerambursată',
    body: mail(
      'Vă mulțumim pentru mesajul despre comanda {{ order.name }} și îmi pare rău că nu a corespuns așteptărilor dumneavoastră. Iată cum funcționează rambursările:',
      '{{ shop.policies.refunds }}',
      'Îmi puteți descrie pe scurt ce nu a fost în regulă și pentru ce produse doriți rambursarea? Mă ocup eu de rest.',
    ),
  },

  'track_refund.no_order': {
    name: 'Stadiul rambursării: nicio comandă găsită',
    body: mail(
      byNumber(
        'Vă mulțumim pentru mesajul despre comanda #{{ ticket.order_number }}. Verific acum stadiul rambursării și revin cu un răspuns în cel mai scurt timp.',
        'Vă mulțumim pentru mesaj. Îmi puteți trimite numărul comenzii? Verific imediat stadiul rambursării.',
      ),
    ),
  },
  'track_refund.refunded': {
    name: 'Stadiul rambursării: efectuată',
    body: mail(
      `Vă mulțumim pentru mesaj. Am verificat comanda {{ order.name }}: rambursarea a fost efectuată.\n${REFUNDS}`,
      '{{ shop.policies.refunds }}',
      'Dacă nu vedeți suma nici după acest termen, răspundeți la acest e-mail și verific situația.',
    ),
  },
  'track_refund.not_refunded': {
    name: 'Stadiul rambursării: încă neefectuată',
    body: mail(
      `Vă mulțumim pentru mesaj. Am verificat comanda {{ order.name }}: {% if order.refunds.size > 0 %}au fost efectuate următoarele rambursări:\n${REFUNDS}{% else %}deocamdată nu văd nicio rambursare.{% endif %}`,
      '{{ shop.policies.refunds }}',
      'Verific în ce stadiu se află rambursarea și revin cu un răspuns cât mai curând.',
    ),
  },

  'check_refund_policy.general': {
    name: 'Politica de rambursare',
    body: mail(
      'Vă mulțumim pentru întrebare. Iată cum funcționează rambursările:',
      '{{ shop.policies.refunds }}',
      '{{ shop.policies.returns }}',
      'Dacă doriți să returnați o comandă, trimiteți-mi numărul ei și vă ajut cu pașii următori.',
    ),
  },

  'damaged_item.no_order': {
    name: 'Produs deteriorat: nicio comandă găsită',
    body: mail(
      byNumber(
        'Îmi pare foarte rău că un produs din comanda #{{ ticket.order_number }} a ajuns deteriorat. Îmi puteți trimite o fotografie a deteriorării, precum și a ambalajului, dacă îl mai aveți? Imediat ce le primesc, mă ocup de rezolvare.',
        'Îmi pare foarte rău că produsul a ajuns deteriorat. Îmi puteți trimite numărul comenzii și o fotografie a deteriorării, precum și a ambalajului, dacă îl mai aveți? Imediat ce le primesc, mă ocup de rezolvare.',
      ),
    ),
  },
  'damaged_item.with_order': {
    name: 'Produs deteriorat',
    body: mail(
      'Îmi pare foarte rău că un produs din comanda {{ order.name }} a ajuns deteriorat. Îmi puteți trimite o fotografie a deteriorării, precum și a ambalajului, dacă îl mai aveți? Imediat ce le primesc, mă ocup cu prioritate de rezolvare.',
    ),
  },

  'wrong_item.no_order': {
    name: 'Produs greșit: nicio comandă găsită',
    body: mail(
      byNumber(
        'Îmi pare rău că ați primit un produs greșit în comanda #{{ ticket.order_number }}. Îmi puteți trimite o fotografie a produsului primit, inclusiv a etichetei, dacă are una? Rezolv situația cât mai repede posibil.',
        'Îmi pare rău că ați primit un produs greșit. Îmi puteți trimite numărul comenzii și o fotografie a produsului primit, inclusiv a etichetei, dacă are una? Rezolv situația cât mai repede posibil.',
      ),
    ),
  },
  'wrong_item.with_order': {
    name: 'Produs greșit',
    body: mail(
      `Îmi pare rău că ați primit un produs greșit. Conform comenzii {{ order.name }}, coletul ar fi trebuit să conțină:\n${ITEMS}`,
      'Îmi puteți trimite o fotografie a produsului primit, inclusiv a etichetei, dacă are una? Rezolv situația cât mai repede posibil.',
    ),
  },

  'missing_item.no_order': {
    name: 'Produs lipsă: nicio comandă găsită',
    body: mail(
      byNumber(
        'Îmi pare rău că lipsește ceva din comanda #{{ ticket.order_number }}. Îmi puteți spune ce produs lipsește? Verific imediat.',
        'Îmi pare rău că lipsește ceva din colet. Îmi puteți trimite numărul comenzii și numele produsului care lipsește? Verific imediat.',
      ),
    ),
  },
  'missing_item.not_delivered': {
    name: 'Produs lipsă: comanda încă nelivrată',
    body: mail(
      `Vă mulțumim pentru mesaj. {% if order.fulfillment_status == "partial" %}O parte din comanda {{ order.name }} a fost expediată; restul nu a fost expediat încă.{% elsif order.fulfillments.size > 0 %}Comanda dumneavoastră {{ order.name }} este pe drum, dar nu a fost livrată încă.{% else %}Comanda dumneavoastră {{ order.name }} nu a fost expediată încă.{% endif %}{% if ${F}.tracking_url %} O puteți urmări aici: {{ ${F}.tracking_url }}{% endif %}`,
      'Dacă, după ce primiți tot, lipsește totuși ceva, spuneți-mi ce produs și mă ocup.',
    ),
  },
  'missing_item.with_order': {
    name: 'Produs lipsă',
    body: mail(
      `Îmi pare rău că lipsește ceva din colet. Conform comenzii {{ order.name }}, acesta ar fi trebuit să conțină:\n${ITEMS}`,
      'Îmi puteți spune ce produs lipsește? Verific și rezolv situația cât mai repede posibil.',
    ),
  },

  'payment_issue.general': {
    name: 'Problemă la plată',
    body: mail(
      'Îmi pare rău că ați avut probleme cu plata. Îmi puteți descrie ce s-a întâmplat (de exemplu, mesajul de eroare afișat) și ce metodă de plată ați folosit? Dacă s-a creat o comandă, numărul ei m-ar ajuta de asemenea. Verific imediat.',
    ),
  },
  'payment_issue.with_order': {
    name: 'Problemă la plata unei comenzi',
    body: mail(
      'Îmi pare rău că ați avut probleme cu plata comenzii {{ order.name }} ({{ order.total_price | money }}). Îmi puteți descrie ce s-a întâmplat (de exemplu, mesajul de eroare afișat)? Verific plata imediat.',
    ),
  },

  'invoice.no_order': {
    name: 'Factură: nicio comandă găsită',
    body: mail(
      byNumber(
        'Desigur. Pregătesc factura pentru comanda #{{ ticket.order_number }} și v-o trimit în cel mai scurt timp.',
        'Desigur. Îmi puteți trimite numărul comenzii? Vă trimit factura imediat ce îl am.',
      ),
    ),
  },
  'invoice.with_order': {
    name: 'Factură atașată',
    body: mail(
      'Vă mulțumim pentru mesaj. Atașat găsiți factura pentru comanda {{ order.name }} din {{ order.created_at | date }} ({{ order.total_price | money }}).',
      'Dacă trebuie modificate anumite date de pe factură, cum ar fi denumirea firmei sau codul fiscal (CUI), anunțați-mă.',
    ),
  },

  'discount_code.general': {
    name: 'Codul de reducere nu funcționează',
    body: mail(
      'Vă mulțumim pentru mesaj și îmi pare rău că nu funcționează codul de reducere. Îmi puteți trimite codul și mesajul afișat când îl introduceți? Verific imediat.',
    ),
  },
  'discount_code.with_order': {
    name: 'Cod de reducere neaplicat unei comenzi',
    body: mail(
      'Vă mulțumim pentru mesaj și îmi pare rău că nu a funcționat codul de reducere pentru comanda {{ order.name }}. Îmi puteți trimite codul folosit? Îl verific și, dacă era valabil pentru această comandă, vă returnez diferența.',
    ),
  },

  'complaint.general': {
    name: 'Reclamație',
    body: mail(
      'Vă mulțumim că v-ați făcut timp să ne scrieți și îmi pare sincer rău pentru experiența pe care ați avut-o. Nu acesta este nivelul pe care ni-l dorim.',
      'Am citit cu atenție mesajul dumneavoastră și mă ocup chiar acum de situație. Revin cu un răspuns complet cât mai curând posibil.',
    ),
  },
  'complaint.with_order': {
    name: 'Reclamație privind o comandă',
    body: mail(
      'Vă mulțumim că v-ați făcut timp să ne scrieți și îmi pare sincer rău pentru experiența pe care ați avut-o cu comanda {{ order.name }}. Nu acesta este nivelul pe care ni-l dorim.',
      'Am citit cu atenție mesajul dumneavoastră și mă ocup chiar acum de situație. Revin cu un răspuns complet cât mai curând posibil.',
    ),
  },

  'contact_human_agent.general': {
    name: 'Vorbiți cu o persoană',
    body: mail(
      'Vă mulțumim pentru mesaj. Vorbiți cu o persoană reală{% if agent.name %}: sunt {{ agent.name }}, din echipa de relații cu clienții{% endif %}, și vă ajut cu plăcere personal.',
      'Îmi puteți spune mai multe despre ce aveți nevoie? Mă ocup eu de rest.',
    ),
  },

  'other.general': {
    name: 'Răspuns general',
    body: mail(
      'Vă mulțumim pentru mesaj. L-am citit și mă ocup chiar acum de solicitarea dumneavoastră; revin cu un răspuns cât mai curând posibil.',
      'Dacă doriți să adăugați ceva între timp, răspundeți la acest e-mail.',
    ),
  },
});
