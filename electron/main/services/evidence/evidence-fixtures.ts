/**
 * Test data for the evidence exports: a data folder with one thread written in several scripts
 * (Łódź, İstanbul, Straße, é, « »), two image attachments and a PDF, an HTML copy pointing at a remote
 * image, and an order; plus the demo mailbox beside it.
 */
import path from 'node:path'
import type { AttachmentRef, Message } from '../../../../shared/model/mailbox'
import type { MailboxSnapshot } from '../../../../shared/model/snapshot'
import { AttachmentStore } from '../attachments'
import { gif, pdf, png } from '../attachments/test-fixtures'
import { MailboxStore } from '../store'

export const EVIDENCE_THREAD = 'ev-thread'
export const EVIDENCE_ORDER = '405-5550101-7770102'

export const BODIES = [
  'Bonjour, je suis Łukasz Żółć de Łódź. Le colis « 405-5550101-7770102 » n’est jamais arrivé ; le suivi indique « livré ».',
  'Bonjour Monsieur Żółć,\nNous avons ouvert une enquête auprès du transporteur. Voici la photo du colis déposé.\nCordialement,\nBoutique Élodie',
  'Merhaba, İstanbul’daki kuzenim için de sipariş verdim: Straße 12, 10115 Berlin. Große Enttäuschung — voilà deux photos.',
  'Nous vous remboursons intégralement (129,00 €). Le justificatif est joint.',
]

export async function buildEvidenceData(
  dir: string,
  remoteImageUrl: string,
): Promise<{ refs: AttachmentRef[] }> {
  const attachments = new AttachmentStore(path.join(dir, 'attachments'))
  const photo = await attachments.put(png(), 'photo-colis.png', 'png')
  const second = await attachments.put(gif(), 'étiquette.gif', 'gif')
  const receipt = await attachments.put(pdf(), 'justificatif-remboursement.pdf', 'pdf')
  const at = (n: number) => new Date(Date.UTC(2026, 10, 2, 9, 15) + n * 3_600_000 * 7).toISOString()
  const message = (
    n: number,
    direction: 'in' | 'out',
    refs: AttachmentRef[],
    html: string | null = null,
  ): Message => ({
    id: `ev-m${n}`,
    threadId: EVIDENCE_THREAD,
    direction,
    body: BODIES[n]!,
    html,
    attachments: refs,
    sentAt: at(n),
    readAt: at(n),
  })
  const snapshot: MailboxSnapshot = {
    version: 1,
    owner: { role: 'seller', displayName: 'Boutique Élodie' },
    contacts: [
      {
        id: 'ev-c',
        displayName: 'Łukasz Żółć',
        relayAddress: 'lukasz.zolc@marketplace.amazon.fr',
        blocked: false,
      },
    ],
    orders: [
      {
        orderNumber: EVIDENCE_ORDER,
        items: [{ title: 'Théière « İznik » émaillée', quantity: 1, priceCents: 12900, currency: 'EUR' }],
        status: 'refunded',
        carrier: 'Colissimo',
        trackingNumber: '6A12345678901',
        orderedAt: at(-30),
      },
    ],
    folders: [],
    labels: [],
    threads: [
      {
        id: EVIDENCE_THREAD,
        subject: 'Colis jamais arrivé — Łódź',
        contactId: 'ev-c',
        orderNumber: EVIDENCE_ORDER,
        folderId: null,
        labelIds: [],
        archived: false,
        trashed: false,
        noResponseNeeded: false,
      },
    ],
    messages: [
      message(0, 'in', [], `<p>Voir <img src="${remoteImageUrl}"> ici</p>`),
      message(1, 'out', [photo]),
      message(2, 'in', [photo, second]),
      message(3, 'out', [receipt]),
    ],
    reports: [],
  }
  const store = await MailboxStore.open(path.join(dir, 'store'))
  try {
    await store.importSnapshot(snapshot)
  } finally {
    await store.close()
  }
  return { refs: [photo, second, receipt] }
}
