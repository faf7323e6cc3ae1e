import type { Template } from '../types';
import { ADDRESS, byNumber, ITEMS, letter, refunds, signOff } from './snippets';
import { defineLanguage } from './variants';

// Vouvoiement; no form that depends on the agent's gender ("désolé·e"): the shop speaks as "nous".
const F = 'order.fulfillments.first';
const mail = letter('Bonjour{% if customer.first_name %} {{ customer.first_name }}{% endif %},', signOff('Bien cordialement,'));
const REFUNDS = refunds('le');
const STATUS_LINK = '{% if order.order_status_url %}Vous pouvez suivre son statut à tout moment ici : {{ order.order_status_url }}{% endif %}';
const CLOSED = '{% if order.cancelled_at %}a été annulée le {{ order.cancelled_at | date }}{% else %}a été remboursée{% endif %}';
const DELIVERED_TO = '{% if order.shipping_address.address1 %} à l’adresse {{ order.shipping_address.address1 }}, {{ order.shipping_address.city }}{% endif %}';
const CARRIER = `{% if ${F}.tracking_company %} avec {{ ${F}.tracking_company }}{% endif %}`;

export const FR: Template[] = defineLanguage('fr', {
  'track_order.no_order': {
    name: 'Où est ma commande : aucune commande trouvée',
    body: mail(
      byNumber(
        'Merci pour votre message concernant la commande n° {{ ticket.order_number }}. Je vérifie où elle en est et reviens vers vous très rapidement.',
        'Merci pour votre message. Je vérifie volontiers où en est votre commande.',
        'Pourriez-vous m’indiquer votre numéro de commande (il figure dans l’e-mail de confirmation) ou l’adresse e-mail utilisée lors de l’achat ? Je la retrouve aussitôt.',
      ),
    ),
  },
  'track_order.unfulfilled': {
    name: 'Où est ma commande : pas encore expédiée',
    body: mail(
      'Merci pour votre message. Votre commande {{ order.name }}, passée le {{ order.created_at | date }}, n’a pas encore été expédiée.',
      '{{ shop.policies.shipping }}',
      STATUS_LINK,
    ),
  },
  'track_order.shipped': {
    name: 'Où est ma commande : en route',
    body: mail(
      `Bonne nouvelle : votre commande {{ order.name }} est en route. Elle a été expédiée le {{ ${F}.created_at | date }}${CARRIER}{% if ${F}.estimated_delivery_at %}, et sa livraison est prévue le {{ ${F}.estimated_delivery_at | date }}{% endif %}.`,
      `Vous pouvez suivre votre colis ici : {{ ${F}.tracking_url }}{% if ${F}.tracking_number %}\nNuméro de suivi : {{ ${F}.tracking_number }}{% endif %}`,
    ),
  },
  'track_order.delivered': {
    name: 'Où est ma commande : indiquée comme livrée',
    body: mail(
      `Merci pour votre message. D’après le suivi, votre commande {{ order.name }} a été livrée${DELIVERED_TO}.`,
      `Si vous ne trouvez pas votre colis, pensez à vérifier auprès de vos voisins, de la loge ou de l’accueil de votre immeuble, ou à l’endroit où les colis sont habituellement déposés. S’il reste introuvable, répondez simplement à cet e-mail et je m’en occupe immédiatement auprès du transporteur.{% if ${F}.tracking_url %}\n\nSuivi : {{ ${F}.tracking_url }}{% endif %}`,
    ),
  },
  'track_order.late': {
    name: 'Où est ma commande : en retard',
    body: mail(
      `Toutes nos excuses : votre commande {{ order.name }} ne vous est pas encore parvenue. Elle a été expédiée le {{ ${F}.created_at | date }}${CARRIER} et devait arriver au plus tard le {{ ${F}.estimated_delivery_at | date }} ; elle a donc du retard.`,
      `Vous pouvez consulter les dernières informations de suivi ici : {{ ${F}.tracking_url }}`,
      'Je me renseigne dès maintenant auprès du transporteur et reviens vers vous dès que j’ai de ses nouvelles.',
    ),
  },
  'track_order.cancelled': {
    name: 'Où est ma commande : annulée',
    body: mail(
      'Merci pour votre message. Votre commande {{ order.name }} a été annulée le {{ order.cancelled_at | date }} ; elle ne sera donc pas expédiée.',
      'Si vous ne vous y attendiez pas, répondez simplement à cet e-mail et je regarde ce qui s’est passé.',
    ),
  },
  'track_order.refunded': {
    name: 'Où est ma commande : remboursée',
    body: mail(
      `Merci pour votre message. Votre commande {{ order.name }} a été remboursée :\n${REFUNDS}`,
      '{{ shop.policies.refunds }}',
      'Si vous attendiez l’expédition de cette commande, répondez simplement à cet e-mail et je m’en occupe tout de suite.',
    ),
  },

  'delivery_period.general': {
    name: 'Délais de livraison',
    body: mail(
      'Merci pour votre question. Voici comment se déroule la livraison :',
      '{{ shop.policies.shipping }}',
      'Si vous avez déjà passé commande, envoyez-moi votre numéro de commande et je vérifie où elle en est.',
    ),
  },
  'delivery_period.unfulfilled': {
    name: 'Délais de livraison : pas encore expédiée',
    body: mail(
      'Merci pour votre message. Votre commande {{ order.name }}, passée le {{ order.created_at | date }}, n’a pas encore été expédiée. Voici comment se déroule la livraison :',
      '{{ shop.policies.shipping }}',
      STATUS_LINK,
    ),
  },
  'delivery_period.shipped': {
    name: 'Délais de livraison : en route',
    body: mail(
      `Merci pour votre message. Votre commande {{ order.name }} a été expédiée le {{ ${F}.created_at | date }}${CARRIER}, et sa livraison est prévue le {{ ${F}.estimated_delivery_at | date }}.`,
      `Vous pouvez suivre votre colis ici : {{ ${F}.tracking_url }}`,
    ),
  },
  'delivery_period.late': {
    name: 'Délais de livraison : en retard',
    body: mail(
      `Toutes nos excuses : votre commande {{ order.name }} prend plus de temps que prévu. Elle a été expédiée le {{ ${F}.created_at | date }} et devait arriver au plus tard le {{ ${F}.estimated_delivery_at | date }}.`,
      `Vous pouvez consulter les dernières informations de suivi ici : {{ ${F}.tracking_url }}`,
      'Je me renseigne dès maintenant auprès du transporteur et vous communique une nouvelle date de livraison dès que possible.',
    ),
  },
  'delivery_period.delivered': {
    name: 'Délais de livraison : déjà livrée',
    body: mail(
      `Merci pour votre message. D’après le suivi, votre commande {{ order.name }} a déjà été livrée${DELIVERED_TO}.`,
      'Si vous ne trouvez pas votre colis, répondez simplement à cet e-mail et je m’en occupe immédiatement auprès du transporteur.',
    ),
  },

  'delivery_options.general': {
    name: 'Modes de livraison',
    body: mail(
      'Merci pour votre question. Voici les modes de livraison que nous proposons :',
      '{{ shop.policies.shipping }}',
      'Si quelque chose n’est pas clair, répondez simplement à cet e-mail.',
    ),
  },

  'cancel_order.no_order': {
    name: 'Annulation : aucune commande trouvée',
    body: mail(
      byNumber(
        'Merci pour votre message concernant la commande n° {{ ticket.order_number }}. Je vérifie immédiatement si elle peut encore être annulée et reviens vers vous très rapidement.',
        'Je peux tout à fait vous aider. Pourriez-vous m’indiquer votre numéro de commande ? Je vérifie aussitôt si elle peut encore être annulée.',
      ),
    ),
  },
  'cancel_order.before_shipping': {
    name: 'Annulation : avant expédition',
    body: mail(
      'Merci de nous avoir prévenus. Votre commande {{ order.name }} n’a pas encore été expédiée : elle peut donc encore être annulée. Je procède à l’annulation dès maintenant et vous la confirme dès que c’est fait.',
      '{{ shop.policies.refunds }}',
    ),
  },
  'cancel_order.after_shipping': {
    name: 'Annulation : déjà expédiée',
    body: mail(
      `Merci pour votre message. Votre commande {{ order.name }} a déjà été expédiée${CARRIER} ; elle ne peut malheureusement plus être annulée. Vous pouvez toutefois nous la retourner :`,
      '{{ shop.policies.returns }}',
      'Si vous avez besoin d’aide pour le retour, répondez simplement à cet e-mail.',
    ),
  },
  'cancel_order.closed': {
    name: 'Annulation : déjà annulée ou remboursée',
    body: mail(
      `Merci pour votre message. Il n’y a plus rien à annuler : votre commande {{ order.name }} ${CLOSED}.{% if order.refunds.size > 0 %}\n\nRemboursements effectués :\n${REFUNDS}{% endif %}`,
      '{{ shop.policies.refunds }}',
    ),
  },

  'change_order.no_order': {
    name: 'Modification : aucune commande trouvée',
    body: mail(
      byNumber(
        'Merci pour votre message concernant la commande n° {{ ticket.order_number }}. Pourriez-vous me préciser ce que vous souhaitez changer ? Je vérifie aussitôt si c’est encore possible.',
        'Je vous aide volontiers à modifier votre commande. Pourriez-vous m’indiquer votre numéro de commande et ce que vous souhaitez changer ?',
      ),
    ),
  },
  'change_order.before_shipping': {
    name: 'Modification : avant expédition',
    body: mail(
      `Merci pour votre message. Votre commande {{ order.name }} n’a pas encore été expédiée : il est donc encore possible de la modifier. Elle contient actuellement :\n${ITEMS}`,
      'Pourriez-vous me préciser ce que vous souhaitez changer ? Je mets la commande à jour et vous confirme les modifications.',
    ),
  },
  'change_order.after_shipping': {
    name: 'Modification : déjà expédiée',
    body: mail(
      'Merci pour votre message. Votre commande {{ order.name }} a déjà été expédiée ; elle ne peut malheureusement plus être modifiée. Une fois votre colis reçu, vous pourrez nous retourner les articles que vous ne souhaitez pas garder :',
      '{{ shop.policies.returns }}',
      'Si vous souhaitez un autre article, vous pouvez passer une nouvelle commande ; je reste à votre disposition pour toute question.',
    ),
  },
  'change_order.closed': {
    name: 'Modification : annulée ou remboursée',
    body: mail(
      `Merci pour votre message. Votre commande {{ order.name }} ${CLOSED} ; elle ne peut donc plus être modifiée.`,
      'Si vous souhaitez toujours ces articles, vous pouvez passer une nouvelle commande ; je reste à votre disposition pour toute question.',
    ),
  },

  'change_shipping_address.no_order': {
    name: 'Changement d’adresse : aucune commande trouvée',
    body: mail(
      byNumber(
        'Merci pour votre message concernant la commande n° {{ ticket.order_number }}. Pourriez-vous m’envoyer la nouvelle adresse complète (rue, code postal, ville et pays) ? Je vérifie aussitôt si la commande peut encore être modifiée.',
        'Je peux tout à fait vous aider. Pourriez-vous m’indiquer votre numéro de commande ainsi que la nouvelle adresse complète (rue, code postal, ville et pays) ? Je vérifie aussitôt si la commande peut encore être modifiée.',
      ),
    ),
  },
  'change_shipping_address.before_shipping': {
    name: 'Changement d’adresse : avant expédition',
    body: mail(
      'Merci pour votre message. Votre commande {{ order.name }} n’a pas encore été expédiée : l’adresse de livraison peut donc encore être modifiée. Voici l’adresse que nous avons actuellement :',
      ADDRESS,
      'Pourriez-vous m’envoyer la nouvelle adresse complète ? Je la mets à jour et vous le confirme dès que c’est fait.',
    ),
  },
  'change_shipping_address.in_transit': {
    name: 'Changement d’adresse : déjà en route',
    body: mail(
      `Merci pour votre message. Votre commande {{ order.name }} a déjà été expédiée${CARRIER} ; je ne peux donc plus modifier l’adresse de notre côté. Vous pourrez peut-être faire réacheminer le colis auprès du transporteur depuis la page de suivi : {{ ${F}.tracking_url }}`,
      'Si ce n’est pas possible, dites-le-moi et nous trouverons une solution ensemble.',
    ),
  },
  'change_shipping_address.delivered': {
    name: 'Changement d’adresse : déjà livrée',
    body: mail(
      `Merci pour votre message. D’après le suivi, votre commande {{ order.name }} a déjà été livrée${DELIVERED_TO}.`,
      'Si cette adresse n’est pas la bonne ou si vous ne trouvez pas votre colis, répondez simplement à cet e-mail et je m’en occupe tout de suite.',
    ),
  },
  'change_shipping_address.closed': {
    name: 'Changement d’adresse : annulée ou remboursée',
    body: mail(
      `Merci pour votre message. Votre commande {{ order.name }} ${CLOSED} ; elle ne sera donc pas expédiée et il n’y a pas d’adresse à modifier.`,
      'Si vous passez une nouvelle commande, vous pourrez saisir la nouvelle adresse lors du paiement. Je reste à votre disposition pour toute question.',
    ),
  },

  'return_request.no_order': {
    name: 'Retour : aucune commande trouvée',
    body: mail(
      'Merci pour votre message. Voici comment fonctionnent les retours :',
      '{{ shop.policies.returns }}',
      byNumber(
        'Pourriez-vous m’indiquer le ou les articles de la commande n° {{ ticket.order_number }} que vous souhaitez retourner ? Je vous guide ensuite pour la suite.',
        'Pourriez-vous m’indiquer votre numéro de commande et le ou les articles que vous souhaitez retourner ? Je vous guide ensuite pour la suite.',
      ),
    ),
  },
  'return_request.before_shipping': {
    name: 'Retour : commande pas encore expédiée',
    body: mail(
      'Merci pour votre message. Votre commande {{ order.name }} n’a pas encore été expédiée : inutile donc de nous renvoyer quoi que ce soit. Je peux l’annuler, ou retirer les articles que vous ne souhaitez plus, avant son départ.',
      'Dites-moi simplement ce que vous préférez.',
    ),
  },
  'return_request.with_order': {
    name: 'Retour : comment retourner',
    body: mail(
      'Merci de nous avoir indiqué que vous souhaitez retourner des articles de votre commande {{ order.name }}. Voici comment fonctionnent les retours :',
      '{{ shop.policies.returns }}',
      'Pourriez-vous me préciser le ou les articles concernés et la raison du retour ? Je vous guide ensuite pour la suite.',
    ),
  },

  'get_refund.no_order': {
    name: 'Demande de remboursement : aucune commande trouvée',
    body: mail(
      byNumber(
        'Nous sommes désolés d’apprendre que quelque chose ne s’est pas bien passé avec la commande n° {{ ticket.order_number }}. Pourriez-vous me décrire brièvement le problème ? Je m’en occupe au plus vite.',
        'Nous sommes désolés d’apprendre que quelque chose ne s’est pas bien passé. Pourriez-vous m’indiquer votre numéro de commande et me décrire brièvement le problème ? Je m’en occupe au plus vite.',
      ),
    ),
  },
  'get_refund.refunded': {
    name: 'Demande de remboursement : déjà remboursée',
    body: mail(`Merci pour votre message. Votre commande {{ order.name }} a déjà été remboursée :\n${REFUNDS}`, '{{ shop.policies.refunds }}'),
  },
  'get_refund.not_refunded': {
    name: 'Demande de remboursement : pas encore remboursée',
    body: mail(
      'Merci pour votre message concernant votre commande {{ order.name }}, et nous sommes désolés qu’elle n’ait pas répondu à vos attentes. Voici comment fonctionnent les remboursements :',
      '{{ shop.policies.refunds }}',
      'Pourriez-vous me décrire brièvement le problème et me préciser le ou les articles concernés par le remboursement ? Je m’occupe du reste.',
    ),
  },

  'track_refund.no_order': {
    name: 'Suivi du remboursement : aucune commande trouvée',
    body: mail(
      byNumber(
        'Merci pour votre message concernant la commande n° {{ ticket.order_number }}. Je vérifie où en est votre remboursement et reviens vers vous très rapidement.',
        'Merci pour votre message. Pourriez-vous m’indiquer votre numéro de commande ? Je vérifie aussitôt où en est votre remboursement.',
      ),
    ),
  },
  'track_refund.refunded': {
    name: 'Suivi du remboursement : effectué',
    body: mail(
      `Merci pour votre message. J’ai vérifié votre commande {{ order.name }} : le remboursement a bien été effectué.\n${REFUNDS}`,
      '{{ shop.policies.refunds }}',
      'Si vous ne le voyez toujours pas apparaître passé ce délai, répondez simplement à cet e-mail et je regarde ce qu’il en est.',
    ),
  },
  'track_refund.not_refunded': {
    name: 'Suivi du remboursement : pas encore effectué',
    body: mail(
      `Merci pour votre message. J’ai vérifié votre commande {{ order.name }} : {% if order.refunds.size > 0 %}les remboursements suivants ont été effectués :\n${REFUNDS}{% else %}je ne vois pas encore de remboursement.{% endif %}`,
      '{{ shop.policies.refunds }}',
      'Je regarde où en est votre remboursement et reviens vers vous dès que possible.',
    ),
  },

  'check_refund_policy.general': {
    name: 'Politique de remboursement',
    body: mail(
      'Merci pour votre question. Voici comment fonctionnent les remboursements :',
      '{{ shop.policies.refunds }}',
      '{{ shop.policies.returns }}',
      'Si vous souhaitez retourner une commande, envoyez-moi simplement son numéro et je vous guide pour la suite.',
    ),
  },

  'damaged_item.no_order': {
    name: 'Article endommagé : aucune commande trouvée',
    body: mail(
      byNumber(
        'Nous sommes vraiment désolés qu’un article de la commande n° {{ ticket.order_number }} soit arrivé endommagé. Pourriez-vous m’envoyer une photo des dégâts, et de l’emballage si vous l’avez encore ? Dès réception, je m’occupe de trouver une solution.',
        'Nous sommes vraiment désolés que votre article soit arrivé endommagé. Pourriez-vous m’envoyer votre numéro de commande ainsi qu’une photo des dégâts, et de l’emballage si vous l’avez encore ? Dès réception, je m’occupe de trouver une solution.',
      ),
    ),
  },
  'damaged_item.with_order': {
    name: 'Article endommagé',
    body: mail(
      'Nous sommes vraiment désolés qu’un article de votre commande {{ order.name }} soit arrivé endommagé. Pourriez-vous m’envoyer une photo des dégâts, et de l’emballage si vous l’avez encore ? Dès réception, je traite votre demande en priorité.',
    ),
  },

  'wrong_item.no_order': {
    name: 'Mauvais article : aucune commande trouvée',
    body: mail(
      byNumber(
        'Nous sommes désolés que vous ayez reçu un article erroné avec la commande n° {{ ticket.order_number }}. Pourriez-vous m’envoyer une photo de l’article reçu, avec son étiquette s’il en a une ? Je corrige cela au plus vite.',
        'Nous sommes désolés que vous ayez reçu un article qui ne correspond pas à votre commande. Pourriez-vous m’envoyer votre numéro de commande et une photo de l’article reçu, avec son étiquette s’il en a une ? Je corrige cela au plus vite.',
      ),
    ),
  },
  'wrong_item.with_order': {
    name: 'Mauvais article',
    body: mail(
      `Nous sommes désolés que vous ayez reçu un article erroné. D’après votre commande {{ order.name }}, votre colis aurait dû contenir :\n${ITEMS}`,
      'Pourriez-vous m’envoyer une photo de l’article reçu, avec son étiquette s’il en a une ? Je corrige cela au plus vite.',
    ),
  },

  'missing_item.no_order': {
    name: 'Article manquant : aucune commande trouvée',
    body: mail(
      byNumber(
        'Nous sommes désolés qu’il manque quelque chose dans la commande n° {{ ticket.order_number }}. Pourriez-vous m’indiquer l’article manquant ? Je vérifie aussitôt.',
        'Nous sommes désolés qu’il manque quelque chose dans votre colis. Pourriez-vous m’indiquer votre numéro de commande et l’article manquant ? Je vérifie aussitôt.',
      ),
    ),
  },
  'missing_item.not_delivered': {
    name: 'Article manquant : commande pas encore livrée',
    body: mail(
      `Merci pour votre message. {% if order.fulfillment_status == "partial" %}Une partie de votre commande {{ order.name }} a été expédiée ; le reste ne l’a pas encore été.{% elsif order.fulfillments.size > 0 %}Votre commande {{ order.name }} est en route mais n’a pas encore été livrée.{% else %}Votre commande {{ order.name }} n’a pas encore été expédiée.{% endif %}{% if ${F}.tracking_url %} Vous pouvez la suivre ici : {{ ${F}.tracking_url }}{% endif %}`,
      'Si un article manque encore une fois tout reçu, indiquez-moi simplement lequel et je m’en occupe.',
    ),
  },
  'missing_item.with_order': {
    name: 'Article manquant',
    body: mail(
      `Nous sommes désolés qu’il manque quelque chose dans votre colis. D’après votre commande {{ order.name }}, il aurait dû contenir :\n${ITEMS}`,
      'Pourriez-vous m’indiquer l’article manquant ? Je m’en occupe au plus vite.',
    ),
  },

  'payment_issue.general': {
    name: 'Problème de paiement',
    body: mail(
      'Nous sommes désolés que vous ayez rencontré un problème de paiement. Pourriez-vous me décrire ce qui s’est passé (le message d’erreur affiché, par exemple) et le moyen de paiement utilisé ? Si une commande a été créée, son numéro m’aiderait aussi. Je regarde cela tout de suite.',
    ),
  },
  'payment_issue.with_order': {
    name: 'Problème de paiement sur une commande',
    body: mail(
      'Nous sommes désolés que vous ayez rencontré un problème avec le paiement de votre commande {{ order.name }} ({{ order.total_price | money }}). Pourriez-vous me décrire ce qui s’est passé (le message d’erreur affiché, par exemple) ? Je vérifie le paiement tout de suite.',
    ),
  },

  'invoice.no_order': {
    name: 'Facture : aucune commande trouvée',
    body: mail(
      byNumber(
        'Bien sûr. Je prépare la facture de la commande n° {{ ticket.order_number }} et vous l’envoie très rapidement.',
        'Bien sûr. Pourriez-vous m’indiquer votre numéro de commande ? Je vous envoie la facture dès que je l’ai.',
      ),
    ),
  },
  'invoice.with_order': {
    name: 'Facture jointe',
    body: mail(
      'Merci pour votre message. Vous trouverez ci-joint la facture de votre commande {{ order.name }} du {{ order.created_at | date }} ({{ order.total_price | money }}).',
      'Si vous avez besoin d’y modifier une information, comme un nom de société ou un numéro de TVA, dites-le-moi simplement.',
    ),
  },

  'discount_code.general': {
    name: 'Code de réduction qui ne fonctionne pas',
    body: mail(
      'Merci pour votre message, et nous sommes désolés que votre code de réduction ne fonctionne pas. Pourriez-vous m’envoyer le code ainsi que le message qui s’affiche lorsque vous le saisissez ? Je vérifie cela tout de suite.',
    ),
  },
  'discount_code.with_order': {
    name: 'Code de réduction non appliqué à une commande',
    body: mail(
      'Merci pour votre message, et nous sommes désolés que le code de réduction n’ait pas fonctionné sur votre commande {{ order.name }}. Pourriez-vous m’envoyer le code utilisé ? Je le vérifie et, s’il était valable pour cette commande, je vous rembourse la différence.',
    ),
  },

  'complaint.general': {
    name: 'Réclamation',
    body: mail(
      'Merci d’avoir pris le temps de nous écrire, et nous sommes sincèrement désolés de l’expérience que vous avez vécue. Ce n’est pas le niveau de service que nous visons.',
      'J’ai lu attentivement votre message et je m’en occupe dès maintenant. Je reviens vers vous avec une réponse complète dans les meilleurs délais.',
    ),
  },
  'complaint.with_order': {
    name: 'Réclamation sur une commande',
    body: mail(
      'Merci d’avoir pris le temps de nous écrire, et nous sommes sincèrement désolés de l’expérience que vous avez vécue avec votre commande {{ order.name }}. Ce n’est pas le niveau de service que nous visons.',
      'J’ai lu attentivement votre message et je m’en occupe dès maintenant. Je reviens vers vous avec une réponse complète dans les meilleurs délais.',
    ),
  },

  'contact_human_agent.general': {
    name: 'Parler à une personne',
    body: mail(
      'Merci pour votre message. Vous échangez bien avec une vraie personne{% if agent.name %} : je m’appelle {{ agent.name }} et je fais partie du service client{% endif %}. Je vous aide volontiers personnellement.',
      'Pourriez-vous m’en dire un peu plus sur ce dont vous avez besoin ? Je m’occupe du reste.',
    ),
  },

  'other.general': {
    name: 'Réponse générale',
    body: mail(
      'Merci pour votre message. Je l’ai bien lu et je m’en occupe dès maintenant ; je reviens vers vous dans les meilleurs délais.',
      'Si vous souhaitez ajouter quelque chose d’ici là, répondez simplement à cet e-mail.',
    ),
  },
});
