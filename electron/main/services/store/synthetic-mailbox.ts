/**
 * A deterministic, realistic mailbox of any size for the benchmark and the load tests: French and
 * English buyer–seller exchanges, accents, orders, HTML copies, attachments, read and unread, folders
 * and labels — sizes close to what a marketplace seller's mailbox holds.
 */
import type { Contact, Folder, Label, Message, Order } from '../../../../shared/model/mailbox'
import type { MailboxSnapshot, ThreadRecord } from '../../../../shared/model/snapshot'

/** mulberry32: tiny seeded PRNG, so every run builds the same mailbox. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SUBJECTS = [
  'Colis non reçu',
  'Demande de remboursement',
  'Article endommagé à la livraison',
  'Question sur la taille',
  'Retour produit',
  'Facture pour ma commande',
  'Where is my parcel?',
  'Refund request',
  'Délai de livraison',
  'Problème avec l’écran',
]
const INBOUND = [
  'Bonjour, je n’ai toujours pas reçu mon colis alors que le suivi indique qu’il a été livré hier.',
  'Le produit est arrivé cassé, l’emballage était très abîmé. Je souhaite être remboursé rapidement.',
  'Pouvez-vous me dire si cet article taille grand ? Je fais habituellement du 42.',
  'J’ai besoin d’une facture au nom de ma société pour la comptabilité, merci d’avance.',
  'Hello, my parcel has not arrived yet and the tracking has not moved for a week.',
  'The item does not match the description: the colour is different and a piece is missing.',
  'Est-il possible d’échanger contre un autre modèle ? Celui-ci ne convient pas à mon fils.',
  'Merci pour votre réponse rapide, le remplacement est bien arrivé et fonctionne très bien.',
]
const OUTBOUND = [
  'Bonjour, merci pour votre message. Nous avons ouvert une enquête auprès du transporteur.',
  'Nous sommes désolés pour ce désagrément. Un remboursement complet a été émis ce jour.',
  'Vous trouverez la facture en pièce jointe. N’hésitez pas si vous avez d’autres questions.',
  'Hello, thank you for reaching out. A replacement has been shipped with tracking.',
  'Cet article taille normalement ; nous vous conseillons de prendre votre taille habituelle.',
  'Le retour est accepté : imprimez l’étiquette prépayée et déposez le colis en point relais.',
]
const FILLER =
  'Cordialement. Je reste à votre disposition pour toute information complémentaire concernant la ' +
  'commande, la livraison, le retour ou le remboursement. Best regards, and thank you for your patience. '
const FIRST_NAMES = ['Camille', 'Léa', 'Hugo', 'Chloé', 'Noé', 'Zoé', 'Jérôme', 'Hélène', 'Anaïs', 'Mathis']
const LAST_NAMES = ['Martin', 'Bernard', 'Dubois', 'Lefèvre', 'Garnier', 'Faure', 'Rousseau', 'Mercier']
const CARRIERS = ['Colissimo', 'Chronopost', 'DHL', 'UPS', 'Mondial Relay']
const DAY = 86_400_000

export function syntheticMailbox(messageCount: number, seed = 42): MailboxSnapshot {
  const random = seededRandom(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('')
  const threadCount = Math.max(1, Math.round(messageCount / 10))
  const contactCount = Math.max(1, Math.round(threadCount * 0.8))
  const end = Date.UTC(2025, 5, 30)

  const folders: Folder[] = [
    { id: 'f-clients', name: 'Clients', parentId: null },
    { id: 'f-pro', name: 'Professionnels', parentId: 'f-clients' },
    { id: 'f-litiges', name: 'Litiges', parentId: null },
    { id: 'f-transport', name: 'Transporteur', parentId: 'f-litiges' },
    { id: 'f-archives-2024', name: 'Archives 2024', parentId: null },
  ]
  const labels: Label[] = [
    { id: 'l-urgent', name: 'Urgent', color: '#d93025', kind: 'urgency' },
    { id: 'l-high', name: 'Priorité haute', color: '#f29900', kind: 'priority' },
    { id: 'l-refund', name: 'Remboursement', color: '#1a73e8', kind: 'free' },
    { id: 'l-return', name: 'Retour', color: '#188038', kind: 'free' },
  ]
  const contacts: Contact[] = Array.from({ length: contactCount }, (_, i) => ({
    id: `c${i}`,
    displayName: `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`,
    relayAddress: `${digits(12)}@marketplace.example.fr`,
    blocked: random() < 0.01,
  }))
  const orders: Order[] = []
  const threads: ThreadRecord[] = []
  const messages: Message[] = []
  let remaining = messageCount
  for (let t = 0; t < threadCount; t++) {
    const left = threadCount - t
    const size =
      t === threadCount - 1
        ? remaining
        : Math.max(1, Math.min(remaining - (left - 1), Math.round(remaining / left + (random() - 0.5) * 14)))
    remaining -= size
    const orderNumber = random() < 0.9 ? `${digits(3)}-${digits(7)}-${digits(7)}` : null
    if (orderNumber) {
      orders.push({
        orderNumber,
        items: [
          {
            title: pick(['Casque audio', 'Coque de téléphone', 'Lampe de bureau', 'Sac à dos']),
            quantity: 1,
            priceCents: 1000 + Math.floor(random() * 9000),
            currency: 'EUR',
          },
        ],
        status: pick(['pending', 'shipped', 'delivered', 'returned', 'refunded'] as const),
        carrier: pick(CARRIERS),
        trackingNumber: digits(13),
        orderedAt: new Date(end - random() * 730 * DAY).toISOString(),
      })
    }
    const id = `t${t}`
    threads.push({
      id,
      subject: pick(SUBJECTS),
      contactId: `c${Math.floor(random() * contactCount)}`,
      orderNumber,
      folderId: random() < 0.15 ? pick(folders).id : null,
      labelIds: random() < 0.2 ? [pick(labels).id] : [],
      archived: random() < 0.15,
      trashed: random() < 0.03,
      noResponseNeeded: random() < 0.05,
    })
    let at = end - random() * 730 * DAY
    for (let m = 0; m < size; m++) {
      const direction = m % 2 === 0 || random() < 0.2 ? 'in' : 'out'
      const body = `${pick(direction === 'in' ? INBOUND : OUTBOUND)} ${FILLER.slice(0, Math.floor(random() * FILLER.length))}`
      at += random() * 2 * DAY
      const sentAt = new Date(at).toISOString()
      const unread = direction === 'in' && m >= size - 2 && random() < 0.3
      messages.push({
        id: `${id}-m${m}`,
        threadId: id,
        direction,
        body,
        html: random() < 0.15 ? `<p>${body.replaceAll('\n', '<br>')}</p>` : null,
        attachments:
          random() < 0.08
            ? [
                {
                  id: digits(32) + digits(32),
                  name: pick(['facture.pdf', 'photo.jpg', 'etiquette-retour.pdf']),
                  type: pick(['pdf', 'jpg'] as const),
                  bytes: 20_000 + Math.floor(random() * 900_000),
                },
              ]
            : [],
        sentAt,
        readAt: unread ? null : sentAt,
      })
    }
  }
  return {
    version: 1,
    owner: { role: 'seller', displayName: 'Boutique Comptoir' },
    contacts,
    orders,
    folders,
    labels,
    threads,
    messages,
    reports: [],
  }
}
