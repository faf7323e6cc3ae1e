import type { Template } from '../types';
import { ADDRESS, byNumber, ITEMS, letter, refunds, signOff } from './snippets';
import { defineLanguage } from './variants';

// Tuteo, as most Spanish shops write to their customers; no form that depends on the agent's gender.
const F = 'order.fulfillments.first';
const mail = letter('Hola{% if customer.first_name %}, {{ customer.first_name }}{% endif %}:', signOff('Un saludo,'));
const REFUNDS = refunds('el');
const STATUS_LINK = '{% if order.order_status_url %}Puedes consultar su estado en cualquier momento aquí: {{ order.order_status_url }}{% endif %}';
const CLOSED = '{% if order.cancelled_at %}se canceló el {{ order.cancelled_at | date }}{% else %}ya se ha reembolsado{% endif %}';
const DELIVERED_TO = '{% if order.shipping_address.address1 %} en {{ order.shipping_address.address1 }}, {{ order.shipping_address.city }}{% endif %}';
const CARRIER = `{% if ${F}.tracking_company %} con {{ ${F}.tracking_company }}{% endif %}`;

export const ES: Template[] = defineLanguage('es', {
  'track_order.no_order': {
    name: 'Dónde está mi pedido: pedido no encontrado',
    body: mail(
      byNumber(
        'Gracias por tu mensaje sobre el pedido #{{ ticket.order_number }}. Ya estoy revisando dónde está y te responderé en breve.',
        'Gracias por escribirnos. Con gusto reviso el estado de tu pedido.',
        '¿Podrías enviarme tu número de pedido (aparece en el correo de confirmación) o la dirección de correo electrónico que usaste al comprar? Lo busco enseguida.',
      ),
    ),
  },
  'track_order.unfulfilled': {
    name: 'Dónde está mi pedido: aún no enviado',
    body: mail(
      'Gracias por tu mensaje. Tu pedido {{ order.name }}, realizado el {{ order.created_at | date }}, todavía no se ha enviado.',
      '{{ shop.policies.shipping }}',
      STATUS_LINK,
    ),
  },
  'track_order.shipped': {
    name: 'Dónde está mi pedido: en camino',
    body: mail(
      `¡Buenas noticias! Tu pedido {{ order.name }} ya está en camino. Se envió el {{ ${F}.created_at | date }}${CARRIER}{% if ${F}.estimated_delivery_at %} y la fecha estimada de entrega es el {{ ${F}.estimated_delivery_at | date }}{% endif %}.`,
      `Puedes seguir tu paquete aquí: {{ ${F}.tracking_url }}{% if ${F}.tracking_number %}\nNúmero de seguimiento: {{ ${F}.tracking_number }}{% endif %}`,
    ),
  },
  'track_order.delivered': {
    name: 'Dónde está mi pedido: marcado como entregado',
    body: mail(
      `Gracias por tu mensaje. Según la información de seguimiento, tu pedido {{ order.name }} se entregó${DELIVERED_TO}.`,
      `Si no lo encuentras, te recomiendo preguntar a tus vecinos o en la conserjería de tu edificio, o mirar en el lugar donde suelen dejarte los paquetes. Si aun así no aparece, responde a este correo y lo reviso de inmediato con la empresa de transporte.{% if ${F}.tracking_url %}\n\nSeguimiento: {{ ${F}.tracking_url }}{% endif %}`,
    ),
  },
  'track_order.late': {
    name: 'Dónde está mi pedido: con retraso',
    body: mail(
      `Lamento que tu pedido {{ order.name }} todavía no te haya llegado. Se envió el {{ ${F}.created_at | date }}${CARRIER} y debía entregarse a más tardar el {{ ${F}.estimated_delivery_at | date }}, así que lleva retraso.`,
      `Puedes ver la información de seguimiento más reciente aquí: {{ ${F}.tracking_url }}`,
      'Ya lo estoy consultando con la empresa de transporte y te escribiré en cuanto tenga noticias.',
    ),
  },
  'track_order.cancelled': {
    name: 'Dónde está mi pedido: cancelado',
    body: mail(
      'Gracias por tu mensaje. Tu pedido {{ order.name }} se canceló el {{ order.cancelled_at | date }}, por lo que no se enviará.',
      'Si no lo esperabas, responde a este correo y revisaré qué ha pasado.',
    ),
  },
  'track_order.refunded': {
    name: 'Dónde está mi pedido: reembolsado',
    body: mail(
      `Gracias por tu mensaje. Tu pedido {{ order.name }} se ha reembolsado:\n${REFUNDS}`,
      '{{ shop.policies.refunds }}',
      'Si esperabas recibir este pedido, responde a este correo y lo reviso enseguida.',
    ),
  },

  'delivery_period.general': {
    name: 'Plazos de entrega',
    body: mail(
      'Gracias por tu pregunta. Así funcionan nuestros envíos:',
      '{{ shop.policies.shipping }}',
      'Si ya has hecho un pedido, envíame el número y lo reviso.',
    ),
  },
  'delivery_period.unfulfilled': {
    name: 'Plazos de entrega: aún no enviado',
    body: mail(
      'Gracias por tu mensaje. Tu pedido {{ order.name }}, realizado el {{ order.created_at | date }}, todavía no se ha enviado. Así funcionan nuestros envíos:',
      '{{ shop.policies.shipping }}',
      STATUS_LINK,
    ),
  },
  'delivery_period.shipped': {
    name: 'Plazos de entrega: en camino',
    body: mail(
      `Gracias por tu mensaje. Tu pedido {{ order.name }} se envió el {{ ${F}.created_at | date }}${CARRIER} y la fecha estimada de entrega es el {{ ${F}.estimated_delivery_at | date }}.`,
      `Puedes seguir tu paquete aquí: {{ ${F}.tracking_url }}`,
    ),
  },
  'delivery_period.late': {
    name: 'Plazos de entrega: con retraso',
    body: mail(
      `Lamento que tu pedido {{ order.name }} esté tardando más de lo previsto. Se envió el {{ ${F}.created_at | date }} y debía llegar a más tardar el {{ ${F}.estimated_delivery_at | date }}.`,
      `Puedes ver la información de seguimiento más reciente aquí: {{ ${F}.tracking_url }}`,
      'Ya lo estoy consultando con la empresa de transporte y te daré una nueva fecha de entrega en cuanto la tenga.',
    ),
  },
  'delivery_period.delivered': {
    name: 'Plazos de entrega: ya entregado',
    body: mail(
      `Gracias por tu mensaje. Según la información de seguimiento, tu pedido {{ order.name }} ya se entregó${DELIVERED_TO}.`,
      'Si no lo encuentras, responde a este correo y lo reviso de inmediato con la empresa de transporte.',
    ),
  },

  'delivery_options.general': {
    name: 'Opciones de envío',
    body: mail(
      'Gracias por tu pregunta. Estas son las opciones de envío que ofrecemos:',
      '{{ shop.policies.shipping }}',
      'Si algo no queda claro, responde a este correo.',
    ),
  },

  'cancel_order.no_order': {
    name: 'Cancelación: pedido no encontrado',
    body: mail(
      byNumber(
        'Gracias por tu mensaje sobre el pedido #{{ ticket.order_number }}. Compruebo enseguida si todavía se puede cancelar y te respondo en breve.',
        'Claro, te ayudo con eso. ¿Podrías enviarme tu número de pedido? Compruebo enseguida si todavía se puede cancelar.',
      ),
    ),
  },
  'cancel_order.before_shipping': {
    name: 'Cancelación: antes del envío',
    body: mail(
      'Gracias por avisarnos. Tu pedido {{ order.name }} todavía no se ha enviado, así que aún se puede cancelar. Lo cancelo ahora mismo y te lo confirmo en cuanto esté hecho.',
      '{{ shop.policies.refunds }}',
    ),
  },
  'cancel_order.after_shipping': {
    name: 'Cancelación: ya enviado',
    body: mail(
      `Gracias por tu mensaje. Tu pedido {{ order.name }} ya se ha enviado${CARRIER}, así que lamentablemente ya no se puede cancelar. Aun así, puedes devolverlo:`,
      '{{ shop.policies.returns }}',
      'Si necesitas ayuda con la devolución, responde a este correo.',
    ),
  },
  'cancel_order.closed': {
    name: 'Cancelación: ya cancelado o reembolsado',
    body: mail(
      `Gracias por tu mensaje. No hay nada que cancelar: tu pedido {{ order.name }} ${CLOSED}.{% if order.refunds.size > 0 %}\n\nReembolsos realizados:\n${REFUNDS}{% endif %}`,
      '{{ shop.policies.refunds }}',
    ),
  },

  'change_order.no_order': {
    name: 'Modificar pedido: pedido no encontrado',
    body: mail(
      byNumber(
        'Gracias por tu mensaje sobre el pedido #{{ ticket.order_number }}. ¿Podrías contarme exactamente qué quieres cambiar? Compruebo enseguida si todavía es posible.',
        'Con gusto te ayudo a modificar tu pedido. ¿Podrías enviarme tu número de pedido y contarme qué quieres cambiar?',
      ),
    ),
  },
  'change_order.before_shipping': {
    name: 'Modificar pedido: antes del envío',
    body: mail(
      `Gracias por tu mensaje. Tu pedido {{ order.name }} todavía no se ha enviado, así que aún estamos a tiempo de hacer cambios. Ahora mismo contiene:\n${ITEMS}`,
      '¿Podrías confirmarme exactamente qué quieres cambiar? Actualizo el pedido y te confirmo los cambios.',
    ),
  },
  'change_order.after_shipping': {
    name: 'Modificar pedido: ya enviado',
    body: mail(
      'Gracias por tu mensaje. Tu pedido {{ order.name }} ya se ha enviado, así que lamentablemente ya no se puede modificar. Cuando lo recibas, podrás devolver lo que no quieras quedarte:',
      '{{ shop.policies.returns }}',
      'Si prefieres otra cosa, puedes hacer un nuevo pedido; si tienes cualquier duda, aquí estoy para ayudarte.',
    ),
  },
  'change_order.closed': {
    name: 'Modificar pedido: cancelado o reembolsado',
    body: mail(
      `Gracias por tu mensaje. Tu pedido {{ order.name }} ${CLOSED}, así que ya no se puede modificar.`,
      'Si todavía quieres los artículos, puedes hacer un nuevo pedido; si tienes cualquier duda, aquí estoy para ayudarte.',
    ),
  },

  'change_shipping_address.no_order': {
    name: 'Cambiar dirección: pedido no encontrado',
    body: mail(
      byNumber(
        'Gracias por tu mensaje sobre el pedido #{{ ticket.order_number }}. ¿Podrías enviarme la nueva dirección completa (calle, código postal, ciudad y país)? Compruebo enseguida si todavía se puede actualizar el pedido.',
        'Claro, te ayudo con eso. ¿Podrías enviarme tu número de pedido y la nueva dirección completa (calle, código postal, ciudad y país)? Compruebo enseguida si todavía se puede actualizar el pedido.',
      ),
    ),
  },
  'change_shipping_address.before_shipping': {
    name: 'Cambiar dirección: antes del envío',
    body: mail(
      'Gracias por tu mensaje. Tu pedido {{ order.name }} todavía no se ha enviado, así que aún se puede cambiar la dirección de entrega. La dirección que tenemos ahora es:',
      ADDRESS,
      '¿Podrías enviarme la nueva dirección completa? La actualizo y te lo confirmo en cuanto esté hecho.',
    ),
  },
  'change_shipping_address.in_transit': {
    name: 'Cambiar dirección: ya en camino',
    body: mail(
      `Gracias por tu mensaje. Tu pedido {{ order.name }} ya se ha enviado${CARRIER}, así que ya no puedo cambiar la dirección desde aquí. Es posible que puedas redirigir el paquete con la empresa de transporte desde la página de seguimiento: {{ ${F}.tracking_url }}`,
      'Si no es posible, avísame y buscaremos juntos una solución.',
    ),
  },
  'change_shipping_address.delivered': {
    name: 'Cambiar dirección: ya entregado',
    body: mail(
      `Gracias por tu mensaje. Según la información de seguimiento, tu pedido {{ order.name }} ya se entregó${DELIVERED_TO}.`,
      'Si esa dirección no es correcta o no encuentras el paquete, responde a este correo y lo reviso enseguida.',
    ),
  },
  'change_shipping_address.closed': {
    name: 'Cambiar dirección: cancelado o reembolsado',
    body: mail(
      `Gracias por tu mensaje. Tu pedido {{ order.name }} ${CLOSED}, así que no se enviará y no hay ninguna dirección que cambiar.`,
      'Si haces un nuevo pedido, podrás indicar la nueva dirección al finalizar la compra. Si tienes cualquier duda, aquí estoy para ayudarte.',
    ),
  },

  'return_request.no_order': {
    name: 'Devolución: pedido no encontrado',
    body: mail(
      'Gracias por escribirnos. Así funcionan las devoluciones:',
      '{{ shop.policies.returns }}',
      byNumber(
        '¿Podrías decirme qué artículos del pedido #{{ ticket.order_number }} quieres devolver? Te ayudo con los siguientes pasos.',
        '¿Podrías enviarme tu número de pedido y decirme qué artículos quieres devolver? Te ayudo con los siguientes pasos.',
      ),
    ),
  },
  'return_request.before_shipping': {
    name: 'Devolución: pedido aún no enviado',
    body: mail(
      'Gracias por tu mensaje. Tu pedido {{ order.name }} todavía no se ha enviado, así que no hace falta devolver nada: puedo cancelarlo o quitar los artículos que ya no quieras antes de que salga.',
      'Dime qué prefieres.',
    ),
  },
  'return_request.with_order': {
    name: 'Devolución: cómo devolver',
    body: mail(
      'Gracias por avisarnos de que quieres devolver artículos de tu pedido {{ order.name }}. Así funcionan las devoluciones:',
      '{{ shop.policies.returns }}',
      '¿Podrías decirme qué artículos quieres devolver y por qué? Después te ayudo con los siguientes pasos.',
    ),
  },

  'get_refund.no_order': {
    name: 'Reembolso: pedido no encontrado',
    body: mail(
      byNumber(
        'Lamento que algo haya salido mal con el pedido #{{ ticket.order_number }}. ¿Podrías contarme brevemente qué ha pasado? Me ocupo de ello lo antes posible.',
        'Lamento que algo haya salido mal. ¿Podrías enviarme tu número de pedido y contarme brevemente qué ha pasado? Me ocupo de ello lo antes posible.',
      ),
    ),
  },
  'get_refund.refunded': {
    name: 'Reembolso: ya reembolsado',
    body: mail(`Gracias por tu mensaje. Tu pedido {{ order.name }} ya se ha reembolsado:\n${REFUNDS}`, '{{ shop.policies.refunds }}'),
  },
  'get_refund.not_refunded': {
    name: 'Reembolso: aún no reembolsado',
    body: mail(
      'Gracias por tu mensaje sobre tu pedido {{ order.name }}; lamento que no haya cumplido tus expectativas. Así funcionan los reembolsos:',
      '{{ shop.policies.refunds }}',
      '¿Podrías contarme brevemente qué ha fallado y a qué artículos corresponde el reembolso? Yo me encargo del resto.',
    ),
  },

  'track_refund.no_order': {
    name: 'Estado del reembolso: pedido no encontrado',
    body: mail(
      byNumber(
        'Gracias por tu mensaje sobre el pedido #{{ ticket.order_number }}. Ya estoy revisando el estado de tu reembolso y te responderé en breve.',
        'Gracias por tu mensaje. ¿Podrías enviarme tu número de pedido? Compruebo enseguida el estado de tu reembolso.',
      ),
    ),
  },
  'track_refund.refunded': {
    name: 'Estado del reembolso: emitido',
    body: mail(
      `Gracias por tu mensaje. He revisado tu pedido {{ order.name }}: el reembolso ya se ha emitido.\n${REFUNDS}`,
      '{{ shop.policies.refunds }}',
      'Si pasado ese plazo todavía no lo ves, responde a este correo y lo reviso.',
    ),
  },
  'track_refund.not_refunded': {
    name: 'Estado del reembolso: aún no emitido',
    body: mail(
      `Gracias por tu mensaje. He revisado tu pedido {{ order.name }}: {% if order.refunds.size > 0 %}se han emitido estos reembolsos:\n${REFUNDS}{% else %}todavía no veo ningún reembolso.{% endif %}`,
      '{{ shop.policies.refunds }}',
      'Estoy revisando en qué punto está tu reembolso y te escribiré lo antes posible.',
    ),
  },

  'check_refund_policy.general': {
    name: 'Política de reembolsos',
    body: mail(
      'Gracias por tu pregunta. Así funcionan los reembolsos:',
      '{{ shop.policies.refunds }}',
      '{{ shop.policies.returns }}',
      'Si tienes un pedido que quieras devolver, envíame el número y te ayudo con los siguientes pasos.',
    ),
  },

  'damaged_item.no_order': {
    name: 'Artículo dañado: pedido no encontrado',
    body: mail(
      byNumber(
        'Siento mucho que un artículo del pedido #{{ ticket.order_number }} haya llegado dañado. ¿Podrías enviarme una foto del daño, y también del embalaje si todavía lo tienes? En cuanto las reciba, me ocupo de solucionarlo.',
        'Siento mucho que tu artículo haya llegado dañado. ¿Podrías enviarme tu número de pedido y una foto del daño, y también del embalaje si todavía lo tienes? En cuanto las reciba, me ocupo de solucionarlo.',
      ),
    ),
  },
  'damaged_item.with_order': {
    name: 'Artículo dañado',
    body: mail(
      'Siento mucho que un artículo de tu pedido {{ order.name }} haya llegado dañado. ¿Podrías enviarme una foto del daño, y también del embalaje si todavía lo tienes? En cuanto las reciba, lo soluciono con prioridad.',
    ),
  },

  'wrong_item.no_order': {
    name: 'Artículo equivocado: pedido no encontrado',
    body: mail(
      byNumber(
        'Siento que hayas recibido un artículo equivocado en el pedido #{{ ticket.order_number }}. ¿Podrías enviarme una foto de lo que has recibido, con la etiqueta si la tiene? Lo solucionaré lo antes posible.',
        'Siento que hayas recibido un artículo equivocado. ¿Podrías enviarme tu número de pedido y una foto de lo que has recibido, con la etiqueta si la tiene? Lo solucionaré lo antes posible.',
      ),
    ),
  },
  'wrong_item.with_order': {
    name: 'Artículo equivocado',
    body: mail(
      `Siento que hayas recibido un artículo equivocado. Según tu pedido {{ order.name }}, tu paquete debía contener:\n${ITEMS}`,
      '¿Podrías enviarme una foto de lo que has recibido, con la etiqueta si la tiene? Lo solucionaré lo antes posible.',
    ),
  },

  'missing_item.no_order': {
    name: 'Artículo que falta: pedido no encontrado',
    body: mail(
      byNumber(
        'Siento que falte algo en el pedido #{{ ticket.order_number }}. ¿Podrías decirme qué artículo falta? Lo compruebo enseguida.',
        'Siento que falte algo en tu paquete. ¿Podrías enviarme tu número de pedido y decirme qué artículo falta? Lo compruebo enseguida.',
      ),
    ),
  },
  'missing_item.not_delivered': {
    name: 'Artículo que falta: pedido aún no entregado',
    body: mail(
      `Gracias por tu mensaje. {% if order.fulfillment_status == "partial" %}Parte de tu pedido {{ order.name }} ya se ha enviado; el resto todavía no.{% elsif order.fulfillments.size > 0 %}Tu pedido {{ order.name }} está en camino, pero todavía no se ha entregado.{% else %}Tu pedido {{ order.name }} todavía no se ha enviado.{% endif %}{% if ${F}.tracking_url %} Puedes seguirlo aquí: {{ ${F}.tracking_url }}{% endif %}`,
      'Si, cuando lo hayas recibido todo, sigue faltando algo, dime qué artículo y me encargo.',
    ),
  },
  'missing_item.with_order': {
    name: 'Artículo que falta',
    body: mail(
      `Siento que falte algo en tu paquete. Según tu pedido {{ order.name }}, debía contener:\n${ITEMS}`,
      '¿Podrías decirme qué artículo falta? Lo reviso y lo soluciono lo antes posible.',
    ),
  },

  'payment_issue.general': {
    name: 'Problema con el pago',
    body: mail(
      'Siento que hayas tenido problemas con el pago. ¿Podrías contarme qué ha pasado (por ejemplo, el mensaje de error que viste) y qué método de pago usaste? Si se llegó a crear un pedido, su número también me ayudaría. Lo reviso enseguida.',
    ),
  },
  'payment_issue.with_order': {
    name: 'Problema con el pago de un pedido',
    body: mail(
      'Siento que hayas tenido problemas con el pago de tu pedido {{ order.name }} ({{ order.total_price | money }}). ¿Podrías contarme qué ha pasado (por ejemplo, el mensaje de error que viste)? Reviso el pago enseguida.',
    ),
  },

  'invoice.no_order': {
    name: 'Factura: pedido no encontrado',
    body: mail(
      byNumber(
        'Por supuesto. Estoy preparando la factura del pedido #{{ ticket.order_number }} y te la envío en breve.',
        'Por supuesto. ¿Podrías enviarme tu número de pedido? Te envío la factura en cuanto lo tenga.',
      ),
    ),
  },
  'invoice.with_order': {
    name: 'Factura adjunta',
    body: mail(
      'Gracias por tu mensaje. Te adjunto la factura de tu pedido {{ order.name }} del {{ order.created_at | date }} ({{ order.total_price | money }}).',
      'Si necesitas cambiar algún dato, como el nombre de la empresa o el NIF, dímelo sin problema.',
    ),
  },

  'discount_code.general': {
    name: 'Código de descuento que no funciona',
    body: mail(
      'Gracias por tu mensaje; siento que tu código de descuento no funcione. ¿Podrías enviarme el código y el mensaje que aparece al introducirlo? Lo reviso enseguida.',
    ),
  },
  'discount_code.with_order': {
    name: 'Código de descuento no aplicado a un pedido',
    body: mail(
      'Gracias por tu mensaje; siento que el código de descuento no funcionara en tu pedido {{ order.name }}. ¿Podrías enviarme el código que usaste? Lo compruebo y, si era válido para este pedido, te reembolso la diferencia.',
    ),
  },

  'complaint.general': {
    name: 'Reclamación',
    body: mail(
      'Gracias por tomarte el tiempo de escribirnos, y siento mucho la experiencia que has tenido. No es el nivel que queremos ofrecer.',
      'He leído tu mensaje con atención y ya me estoy ocupando de ello. Te daré una respuesta completa lo antes posible.',
    ),
  },
  'complaint.with_order': {
    name: 'Reclamación sobre un pedido',
    body: mail(
      'Gracias por tomarte el tiempo de escribirnos, y siento mucho la experiencia que has tenido con tu pedido {{ order.name }}. No es el nivel que queremos ofrecer.',
      'He leído tu mensaje con atención y ya me estoy ocupando de ello. Te daré una respuesta completa lo antes posible.',
    ),
  },

  'contact_human_agent.general': {
    name: 'Hablar con una persona',
    body: mail(
      'Gracias por tu mensaje. Estás hablando con una persona real{% if agent.name %}: soy {{ agent.name }}, del equipo de atención al cliente{% endif %}, y te ayudaré personalmente con mucho gusto.',
      '¿Podrías contarme un poco más sobre lo que necesitas? Yo me encargo del resto.',
    ),
  },

  'other.general': {
    name: 'Respuesta general',
    body: mail(
      'Gracias por escribirnos. He leído tu mensaje y ya lo estoy revisando; te responderé lo antes posible.',
      'Si mientras tanto quieres añadir algo, responde a este correo.',
    ),
  },
});
