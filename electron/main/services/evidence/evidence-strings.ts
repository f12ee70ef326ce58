/** The words of the evidence PDF, in the app's two languages, and how its dates are written. */
export type EvidenceLanguage = 'fr' | 'en'

const WORDS = {
  fr: {
    title: 'Dossier de preuve',
    colon: '\u202f: ',
    generated: 'Généré le',
    order: 'Commande',
    orderNumber: 'Numéro de commande',
    marketplace: 'Place de marché',
    orderedAt: 'Date de commande',
    items: 'Articles',
    status: 'Statut',
    carrier: 'Transporteur',
    tracking: 'Numéro de suivi',
    total: 'Total',
    noOrder: 'Aucune commande liée à cette conversation.',
    thread: 'Conversation',
    counterpart: 'Interlocuteur',
    messages: 'Messages',
    received: 'Reçu',
    sent: 'Envoyé',
    from: 'De',
    to: 'À',
    attachments: 'Pièces jointes',
    name: 'Nom',
    type: 'Type',
    size: 'Taille',
    embeddedNote:
      'Les originaux (messages au format .eml et fichiers joints) sont intégrés à ce PDF en pièces jointes ; leur SHA-256 figure ci-dessus.',
    none: '—',
    page: 'page',
    statuses: {
      pending: 'En attente',
      shipped: 'Expédiée',
      delivered: 'Livrée',
      returned: 'Retournée',
      refunded: 'Remboursée',
      cancelled: 'Annulée',
    } as Record<string, string>,
  },
  en: {
    title: 'Evidence file',
    colon: ': ',
    generated: 'Generated on',
    order: 'Order',
    orderNumber: 'Order number',
    marketplace: 'Marketplace',
    orderedAt: 'Ordered on',
    items: 'Items',
    status: 'Status',
    carrier: 'Carrier',
    tracking: 'Tracking number',
    total: 'Total',
    noOrder: 'No order is linked to this conversation.',
    thread: 'Conversation',
    counterpart: 'Counterpart',
    messages: 'Messages',
    received: 'Received',
    sent: 'Sent',
    from: 'From',
    to: 'To',
    attachments: 'Attachments',
    name: 'Name',
    type: 'Type',
    size: 'Size',
    embeddedNote:
      'The originals (messages as .eml and attached files) are embedded in this PDF as attachments; their SHA-256 is listed above.',
    none: '—',
    page: 'page',
    statuses: {
      pending: 'Pending',
      shipped: 'Shipped',
      delivered: 'Delivered',
      returned: 'Returned',
      refunded: 'Refunded',
      cancelled: 'Cancelled',
    } as Record<string, string>,
  },
}

export type EvidenceWords = (typeof WORDS)['fr']

export const wordsFor = (lang: EvidenceLanguage): EvidenceWords => WORDS[lang]

/** Date, time and offset: evidence must say when, unambiguously (the time zone is the machine's). */
export function formatDateTime(iso: string, lang: EvidenceLanguage, timeZone?: string): string {
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'full',
    timeStyle: 'long',
    ...(timeZone ? { timeZone } : {}),
  }).format(new Date(iso))
}

export function formatSize(bytes: number, lang: EvidenceLanguage): string {
  const number = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB')
  return lang === 'fr' ? `${number.format(bytes)} octets` : `${number.format(bytes)} bytes`
}

/** Cents (the demo's items) or an exact decimal string (report totals: Intl reads strings exactly). */
export function formatPrice(amount: number | string, currency: string, lang: EvidenceLanguage): string {
  const value = typeof amount === 'number' ? amount / 100 : amount
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { style: 'currency', currency }).format(
    value as number,
  )
}
