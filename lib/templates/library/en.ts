import type { Template } from '../types';
import { ADDRESS, byNumber, ITEMS, letter, refunds, signOff } from './snippets';
import { defineLanguage } from './variants';

const F = 'order.fulfillments.first';
const mail = letter('{% if customer.first_name %}Hi {{ customer.first_name }},{% else %}Hello,{% endif %}', signOff('Kind regards,'));
const REFUNDS = refunds('on');
const STATUS_LINK = '{% if order.order_status_url %}You can check its status at any time here: {{ order.order_status_url }}{% endif %}';
const CLOSED = '{% if order.cancelled_at %}was cancelled on {{ order.cancelled_at | date }}{% else %}has been refunded{% endif %}';

export const EN: Template[] = defineLanguage('en', {
  'track_order.no_order': {
    name: 'Where is my order: no order found',
    body: mail(
      byNumber(
        'Thank you for your message about order #{{ ticket.order_number }}. I’m checking where it is now and will get back to you shortly.',
        'Thank you for getting in touch. I’d be happy to check on your order for you.',
        'Could you send me your order number (it’s in your order confirmation e-mail) or the e-mail address you used at checkout? I’ll look it up straight away.',
      ),
    ),
  },
  'track_order.unfulfilled': {
    name: 'Where is my order: not shipped yet',
    body: mail(
      'Thank you for your message. Your order {{ order.name }}, placed on {{ order.created_at | date }}, hasn’t shipped yet.',
      '{{ shop.policies.shipping }}',
      STATUS_LINK,
    ),
  },
  'track_order.shipped': {
    name: 'Where is my order: on its way',
    body: mail(
      `Good news: your order {{ order.name }} is on its way. It shipped on {{ ${F}.created_at | date }}{% if ${F}.tracking_company %} with {{ ${F}.tracking_company }}{% endif %}{% if ${F}.estimated_delivery_at %}, and the estimated delivery date is {{ ${F}.estimated_delivery_at | date }}{% endif %}.`,
      `You can follow your parcel here: {{ ${F}.tracking_url }}{% if ${F}.tracking_number %}\nTracking number: {{ ${F}.tracking_number }}{% endif %}`,
    ),
  },
  'track_order.delivered': {
    name: 'Where is my order: marked as delivered',
    body: mail(
      'Thank you for your message. According to the tracking information, your order {{ order.name }} has been delivered{% if order.shipping_address.address1 %} to {{ order.shipping_address.address1 }}, {{ order.shipping_address.city }}{% endif %}.',
      `If you can’t find it, it’s worth checking with your neighbours, your building’s reception or any safe place where parcels are usually left. If it still doesn’t turn up, just reply to this e-mail and I’ll look into it with the carrier right away.{% if ${F}.tracking_url %}\n\nTracking details: {{ ${F}.tracking_url }}{% endif %}`,
    ),
  },
  'track_order.late': {
    name: 'Where is my order: late',
    body: mail(
      `I’m sorry your order {{ order.name }} hasn’t reached you yet. It shipped on {{ ${F}.created_at | date }}{% if ${F}.tracking_company %} with {{ ${F}.tracking_company }}{% endif %} and was expected by {{ ${F}.estimated_delivery_at | date }}, so it is running late.`,
      `You can see the latest tracking updates here: {{ ${F}.tracking_url }}`,
      'I’m checking with the carrier now and will get back to you as soon as I hear from them.',
    ),
  },
  'track_order.cancelled': {
    name: 'Where is my order: cancelled',
    body: mail(
      'Thank you for your message. Your order {{ order.name }} was cancelled on {{ order.cancelled_at | date }}, so it won’t be shipped.',
      'If you weren’t expecting this, just reply to this e-mail and I’ll look into what happened.',
    ),
  },
  'track_order.refunded': {
    name: 'Where is my order: refunded',
    body: mail(
      `Thank you for your message. Your order {{ order.name }} has been refunded:\n${REFUNDS}`,
      '{{ shop.policies.refunds }}',
      'If you were expecting this order to be shipped, just reply to this e-mail and I’ll look into it straight away.',
    ),
  },

  'delivery_period.general': {
    name: 'Delivery times',
    body: mail(
      'Thank you for your question. Here is how our delivery works:',
      '{{ shop.policies.shipping }}',
      'If you’ve already placed an order, send me the order number and I’ll check on it for you.',
    ),
  },
  'delivery_period.unfulfilled': {
    name: 'Delivery times: order not shipped yet',
    body: mail(
      'Thank you for your message. Your order {{ order.name }}, placed on {{ order.created_at | date }}, hasn’t shipped yet. Here is how our delivery works:',
      '{{ shop.policies.shipping }}',
      STATUS_LINK,
    ),
  },
  'delivery_period.shipped': {
    name: 'Delivery times: order on its way',
    body: mail(
      `Thank you for your message. Your order {{ order.name }} shipped on {{ ${F}.created_at | date }}{% if ${F}.tracking_company %} with {{ ${F}.tracking_company }}{% endif %}, and the estimated delivery date is {{ ${F}.estimated_delivery_at | date }}.`,
      `You can follow your parcel here: {{ ${F}.tracking_url }}`,
    ),
  },
  'delivery_period.late': {
    name: 'Delivery times: order late',
    body: mail(
      `I’m sorry your order {{ order.name }} is taking longer than expected. It shipped on {{ ${F}.created_at | date }} and was due by {{ ${F}.estimated_delivery_at | date }}.`,
      `You can see the latest tracking updates here: {{ ${F}.tracking_url }}`,
      'I’m checking with the carrier now and will let you know as soon as I have a new delivery date.',
    ),
  },
  'delivery_period.delivered': {
    name: 'Delivery times: order already delivered',
    body: mail(
      'Thank you for your message. According to the tracking information, your order {{ order.name }} has already been delivered{% if order.shipping_address.address1 %} to {{ order.shipping_address.address1 }}, {{ order.shipping_address.city }}{% endif %}.',
      'If you can’t find it, just reply to this e-mail and I’ll look into it with the carrier right away.',
    ),
  },

  'delivery_options.general': {
    name: 'Delivery options',
    body: mail('Thank you for your question. Here are the delivery options we offer:', '{{ shop.policies.shipping }}', 'If anything is unclear, just reply to this e-mail.'),
  },

  'cancel_order.no_order': {
    name: 'Cancel: no order found',
    body: mail(
      byNumber(
        'Thank you for your message about order #{{ ticket.order_number }}. I’m checking right away whether it can still be cancelled and will get back to you shortly.',
        'I can help you with that. Could you send me your order number? I’ll check right away whether it can still be cancelled.',
      ),
    ),
  },
  'cancel_order.before_shipping': {
    name: 'Cancel: before shipping',
    body: mail(
      'Thank you for letting us know. Your order {{ order.name }} hasn’t shipped yet, so it can still be cancelled. I’m cancelling it for you now and will confirm as soon as it’s done.',
      '{{ shop.policies.refunds }}',
    ),
  },
  'cancel_order.after_shipping': {
    name: 'Cancel: already shipped',
    body: mail(
      `Thank you for your message. Your order {{ order.name }} has already shipped{% if ${F}.tracking_company %} with {{ ${F}.tracking_company }}{% endif %}, so unfortunately it can no longer be cancelled. You can still return it:`,
      '{{ shop.policies.returns }}',
      'If you need help with the return, just reply to this e-mail.',
    ),
  },
  'cancel_order.closed': {
    name: 'Cancel: already cancelled or refunded',
    body: mail(
      `Thank you for your message. There’s nothing left to cancel: your order {{ order.name }} ${CLOSED}.{% if order.refunds.size > 0 %}\n\nRefunds issued:\n${REFUNDS}{% endif %}`,
      '{{ shop.policies.refunds }}',
    ),
  },

  'change_order.no_order': {
    name: 'Change order: no order found',
    body: mail(
      byNumber(
        'Thank you for your message about order #{{ ticket.order_number }}. Could you let me know exactly what you’d like to change? I’ll check right away whether it’s still possible.',
        'I’d be glad to help you change your order. Could you send me your order number and let me know what you’d like to change?',
      ),
    ),
  },
  'change_order.before_shipping': {
    name: 'Change order: before shipping',
    body: mail(
      `Thank you for your message. Your order {{ order.name }} hasn’t shipped yet, so there’s still time to make changes. It currently contains:\n${ITEMS}`,
      'Could you confirm exactly what you’d like to change? I’ll update the order and confirm the changes with you.',
    ),
  },
  'change_order.after_shipping': {
    name: 'Change order: already shipped',
    body: mail(
      'Thank you for your message. Your order {{ order.name }} has already shipped, so unfortunately it can no longer be changed. Once it has arrived, you can return anything you don’t want to keep:',
      '{{ shop.policies.returns }}',
      'If you’d like something different, you’re welcome to place a new order, and I’m happy to help if you have any questions.',
    ),
  },
  'change_order.closed': {
    name: 'Change order: cancelled or refunded',
    body: mail(
      `Thank you for your message. Your order {{ order.name }} ${CLOSED}, so it can no longer be changed.`,
      'If you’d still like the items, you’re welcome to place a new order, and I’m happy to help if you have any questions.',
    ),
  },

  'change_shipping_address.no_order': {
    name: 'Change address: no order found',
    body: mail(
      byNumber(
        'Thank you for your message about order #{{ ticket.order_number }}. Could you send me the full new address (street, postcode, town and country)? I’ll check right away whether the order can still be updated.',
        'I can help you with that. Could you send me your order number and the full new address (street, postcode, town and country)? I’ll check right away whether the order can still be updated.',
      ),
    ),
  },
  'change_shipping_address.before_shipping': {
    name: 'Change address: before shipping',
    body: mail(
      'Thank you for your message. Your order {{ order.name }} hasn’t shipped yet, so the delivery address can still be changed. The address we currently have is:',
      ADDRESS,
      'Could you send me the full new address? I’ll update it and confirm once it’s done.',
    ),
  },
  'change_shipping_address.in_transit': {
    name: 'Change address: already on its way',
    body: mail(
      `Thank you for your message. Your order {{ order.name }} has already shipped{% if ${F}.tracking_company %} with {{ ${F}.tracking_company }}{% endif %}, so I can no longer change the address on our side. You may be able to redirect the parcel with the carrier from the tracking page: {{ ${F}.tracking_url }}`,
      'If that isn’t possible, let me know and we’ll find a solution together.',
    ),
  },
  'change_shipping_address.delivered': {
    name: 'Change address: already delivered',
    body: mail(
      'Thank you for your message. According to the tracking information, your order {{ order.name }} has already been delivered{% if order.shipping_address.address1 %} to {{ order.shipping_address.address1 }}, {{ order.shipping_address.city }}{% endif %}.',
      'If this address isn’t right or you can’t find the parcel, just reply to this e-mail and I’ll look into it straight away.',
    ),
  },
  'change_shipping_address.closed': {
    name: 'Change address: cancelled or refunded',
    body: mail(
      `Thank you for your message. Your order {{ order.name }} ${CLOSED}, so it won’t be shipped and there’s no address to change.`,
      'If you’d like to place a new order, you can enter the new address at checkout. I’m happy to help if you have any questions.',
    ),
  },

  'return_request.no_order': {
    name: 'Return: no order found',
    body: mail(
      'Thank you for getting in touch. Here is how returns work:',
      '{{ shop.policies.returns }}',
      byNumber(
        'Could you let me know which item(s) from order #{{ ticket.order_number }} you’d like to return? I’ll help you with the next steps.',
        'Could you send me your order number and let me know which item(s) you’d like to return? I’ll help you with the next steps.',
      ),
    ),
  },
  'return_request.before_shipping': {
    name: 'Return: order not shipped yet',
    body: mail(
      'Thank you for your message. Your order {{ order.name }} hasn’t shipped yet, so there’s no need to send anything back: I can cancel it, or remove the items you no longer want, before it leaves us.',
      'Just let me know which you’d prefer.',
    ),
  },
  'return_request.with_order': {
    name: 'Return: how to return',
    body: mail(
      'Thank you for letting us know you’d like to return items from your order {{ order.name }}. Here is how returns work:',
      '{{ shop.policies.returns }}',
      'Could you tell me which item(s) you’d like to return and why? I’ll then help you with the next steps.',
    ),
  },

  'get_refund.no_order': {
    name: 'Refund request: no order found',
    body: mail(
      byNumber(
        'I’m sorry to hear something went wrong with order #{{ ticket.order_number }}. Could you tell me briefly what happened? I’ll take care of it as quickly as possible.',
        'I’m sorry to hear something went wrong. Could you send me your order number and tell me briefly what happened? I’ll take care of it as quickly as possible.',
      ),
    ),
  },
  'get_refund.refunded': {
    name: 'Refund request: already refunded',
    body: mail(`Thank you for your message. Your order {{ order.name }} has already been refunded:\n${REFUNDS}`, '{{ shop.policies.refunds }}'),
  },
  'get_refund.not_refunded': {
    name: 'Refund request: not refunded yet',
    body: mail(
      'Thank you for your message about your order {{ order.name }}, and I’m sorry it didn’t meet your expectations. Here is how refunds work:',
      '{{ shop.policies.refunds }}',
      'Could you tell me briefly what went wrong, and which item(s) the refund is for? I’ll take it from there.',
    ),
  },

  'track_refund.no_order': {
    name: 'Refund status: no order found',
    body: mail(
      byNumber(
        'Thank you for your message about order #{{ ticket.order_number }}. I’m checking the status of your refund now and will get back to you shortly.',
        'Thank you for your message. Could you send me your order number? I’ll check the status of your refund right away.',
      ),
    ),
  },
  'track_refund.refunded': {
    name: 'Refund status: refund issued',
    body: mail(
      `Thank you for your message. I’ve checked your order {{ order.name }}: the refund has been issued.\n${REFUNDS}`,
      '{{ shop.policies.refunds }}',
      'If you still can’t see it after that time, just reply to this e-mail and I’ll look into it.',
    ),
  },
  'track_refund.not_refunded': {
    name: 'Refund status: not issued yet',
    body: mail(
      `Thank you for your message. I’ve checked your order {{ order.name }}: {% if order.refunds.size > 0 %}these refunds have been issued:\n${REFUNDS}{% else %}I can’t see a refund on it yet.{% endif %}`,
      '{{ shop.policies.refunds }}',
      'I’m looking into where your refund stands and will get back to you as soon as possible.',
    ),
  },

  'check_refund_policy.general': {
    name: 'Refund policy',
    body: mail(
      'Thank you for your question. Here is how refunds work:',
      '{{ shop.policies.refunds }}',
      '{{ shop.policies.returns }}',
      'If you have an order you’d like to return, just send me the order number and I’ll help you with the next steps.',
    ),
  },

  'damaged_item.no_order': {
    name: 'Damaged item: no order found',
    body: mail(
      byNumber(
        'I’m so sorry that an item from order #{{ ticket.order_number }} arrived damaged. Could you send me a photo of the damage, and of the packaging if you still have it? As soon as I have them, I’ll sort this out for you.',
        'I’m so sorry your item arrived damaged. Could you send me your order number and a photo of the damage, and of the packaging if you still have it? As soon as I have them, I’ll sort this out for you.',
      ),
    ),
  },
  'damaged_item.with_order': {
    name: 'Damaged item',
    body: mail(
      'I’m so sorry that an item from your order {{ order.name }} arrived damaged. Could you send me a photo of the damage, and of the packaging if you still have it? As soon as I have them, I’ll sort this out for you as a priority.',
    ),
  },

  'wrong_item.no_order': {
    name: 'Wrong item: no order found',
    body: mail(
      byNumber(
        'I’m sorry you received the wrong item with order #{{ ticket.order_number }}. Could you send me a photo of what you received, including its label if there is one? I’ll put this right as quickly as possible.',
        'I’m sorry you received the wrong item. Could you send me your order number and a photo of what you received, including its label if there is one? I’ll put this right as quickly as possible.',
      ),
    ),
  },
  'wrong_item.with_order': {
    name: 'Wrong item',
    body: mail(
      `I’m sorry you received the wrong item. According to your order {{ order.name }}, your parcel should have contained:\n${ITEMS}`,
      'Could you send me a photo of what you received, including its label if there is one? I’ll put this right as quickly as possible.',
    ),
  },

  'missing_item.no_order': {
    name: 'Missing item: no order found',
    body: mail(
      byNumber(
        'I’m sorry something is missing from order #{{ ticket.order_number }}. Could you tell me which item is missing? I’ll check it right away.',
        'I’m sorry something is missing from your parcel. Could you send me your order number and tell me which item is missing? I’ll check it right away.',
      ),
    ),
  },
  'missing_item.not_delivered': {
    name: 'Missing item: order not delivered yet',
    body: mail(
      `Thank you for your message. {% if order.fulfillment_status == "partial" %}Part of your order {{ order.name }} has shipped; the rest hasn’t shipped yet.{% elsif order.fulfillments.size > 0 %}Your order {{ order.name }} is on its way but hasn’t been delivered yet.{% else %}Your order {{ order.name }} hasn’t shipped yet.{% endif %}{% if ${F}.tracking_url %} You can follow it here: {{ ${F}.tracking_url }}{% endif %}`,
      'If anything is still missing once everything has arrived, just let me know which item and I’ll sort it out.',
    ),
  },
  'missing_item.with_order': {
    name: 'Missing item',
    body: mail(
      `I’m sorry something is missing from your parcel. According to your order {{ order.name }}, it should have contained:\n${ITEMS}`,
      'Could you tell me which item is missing? I’ll look into it and sort it out as quickly as possible.',
    ),
  },

  'payment_issue.general': {
    name: 'Payment problem',
    body: mail(
      'I’m sorry you’ve had trouble with your payment. Could you tell me what happened (the error message you saw, for example) and which payment method you used? If an order was created, its number would help too. I’ll look into it right away.',
    ),
  },
  'payment_issue.with_order': {
    name: 'Payment problem with an order',
    body: mail(
      'I’m sorry you’ve had trouble with the payment for your order {{ order.name }} ({{ order.total_price | money }}). Could you tell me what happened (the error message you saw, for example)? I’ll check the payment right away.',
    ),
  },

  'invoice.no_order': {
    name: 'Invoice: no order found',
    body: mail(
      byNumber(
        'Of course. I’m preparing the invoice for order #{{ ticket.order_number }} and will send it to you shortly.',
        'Of course. Could you send me your order number? I’ll send you the invoice as soon as I have it.',
      ),
    ),
  },
  'invoice.with_order': {
    name: 'Invoice attached',
    body: mail(
      'Thank you for your message. Please find attached the invoice for your order {{ order.name }} of {{ order.created_at | date }} ({{ order.total_price | money }}).',
      'If you need any details changed on it, such as a company name or VAT number, just let me know.',
    ),
  },

  'discount_code.general': {
    name: 'Discount code not working',
    body: mail(
      'Thank you for your message, and I’m sorry your discount code isn’t working. Could you send me the code and the message you see when you enter it? I’ll check it for you straight away.',
    ),
  },
  'discount_code.with_order': {
    name: 'Discount code not applied to an order',
    body: mail(
      'Thank you for your message, and I’m sorry the discount code didn’t work with your order {{ order.name }}. Could you send me the code you used? I’ll check it and, if it was valid for this order, I’ll sort out the difference for you.',
    ),
  },

  'complaint.general': {
    name: 'Complaint',
    body: mail(
      'Thank you for taking the time to write to us, and I’m sorry for the experience you’ve had. It isn’t the standard we aim for.',
      'I’ve read your message carefully and I’m looking into it now. I’ll get back to you with a proper answer as soon as possible.',
    ),
  },
  'complaint.with_order': {
    name: 'Complaint about an order',
    body: mail(
      'Thank you for taking the time to write to us, and I’m sorry for the experience you’ve had with your order {{ order.name }}. It isn’t the standard we aim for.',
      'I’ve read your message carefully and I’m looking into it now. I’ll get back to you with a proper answer as soon as possible.',
    ),
  },

  'contact_human_agent.general': {
    name: 'Talk to a person',
    body: mail(
      'Thank you for your message. You’re talking to a real person{% if agent.name %}: I’m {{ agent.name }}, from the customer service team{% endif %}, and I’m happy to help you personally.',
      'Could you tell me a little more about what you need? I’ll take it from there.',
    ),
  },

  'other.general': {
    name: 'General reply',
    body: mail(
      'Thank you for getting in touch. I’ve read your message and I’m looking into it now; I’ll get back to you as soon as possible.',
      'If there’s anything you’d like to add in the meantime, just reply to this e-mail.',
    ),
  },
});
