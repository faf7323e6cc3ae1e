/**
 * Word classes shared by every language's lexicon (`{order}` in a pattern). Customers mix
 * languages, so a class lists the words of all of them.
 */
export const WORD_CLASSES: Readonly<Record<string, string>> = {
  order: 'order|orders|ordered|purchase*|commande*|cmd|bestellung*|bestellnummer|auftrag*|pedido*|compra|compras|comanda|comenz*|comandat*|ordine|achat*',
  parcel: 'package*|parcel*|shipment*|delivery|deliveries|colis|paquet*|livraison*|paket*|sendung*|lieferung*|paquete*|envio*|entrega*|colet*|livrar*',
  item: 'item*|product*|article*|artikel*|ware|produkt*|producto*|articulo*|produs*|articol*',
  address: 'address*|adress*|*adresse|adresse*|direccion*|domicilio|adresa*|adresei',
  refund: 'refund*|reimburs*|rembours*|ruckerstatt*|erstatt*|reembols*|ramburs*|compensation*|rebat*|restitution*',
  invoice: 'invoice*|bill|bills|billing|factur*|rechnung*|receipt*|recibo*|quittung|chitanta|chitante',
  receive: 'receive*|got|gotten|get|recu|recue|recevoir|recevra*|erhalten|bekommen|recibido|recibi|recibir|primit|primesc|primi|primeste',
};
