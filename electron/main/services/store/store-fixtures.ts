/**
 * A small hand-made mailbox whose every derived field is known, shared by the store's tests and its
 * crash-test writer. Days are counted from 2025-03-01T09:00Z.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { AttachmentRef, Direction, Message } from '../../../../shared/model/mailbox'
import type { MailboxSnapshot, ThreadRecord } from '../../../../shared/model/snapshot'

export const day = (n: number) => new Date(Date.UTC(2025, 2, 1, 9) + n * 86_400_000).toISOString()

export const ATTACHMENT_A = { id: 'a'.repeat(64), name: 'facture.pdf', type: 'pdf', bytes: 1200 } as const
export const ATTACHMENT_B = { id: 'b'.repeat(64), name: 'photo.jpg', type: 'jpg', bytes: 3400 } as const

function message(
  threadId: string,
  n: number,
  direction: Direction,
  at: number,
  body: string,
  options: { read?: boolean; attachments?: AttachmentRef[] } = {},
): Message {
  return {
    id: `${threadId}-m${n}`,
    threadId,
    direction,
    body,
    html: null,
    attachments: options.attachments ? options.attachments.map((a) => ({ ...a })) : [],
    sentAt: day(at),
    readAt: options.read === false ? null : day(at),
  }
}

const thread = (
  id: string,
  subject: string,
  contactId: string,
  extra: Partial<ThreadRecord> = {},
): ThreadRecord => ({
  id,
  subject,
  contactId,
  orderNumber: null,
  folderId: null,
  labelIds: [],
  archived: false,
  trashed: false,
  noResponseNeeded: false,
  ...extra,
})

/**
 * t1 needs a reply (unread), t2 answered, t3 in a subfolder with a label from a contact to block,
 * t4 archived and waiting, t5 trashed (attachment A), t6 no-response-needed (attachments A and B).
 */
export function fixtureSnapshot(): MailboxSnapshot {
  return {
    version: 1,
    owner: { role: 'seller', displayName: 'Boutique Test' },
    contacts: [
      { id: 'c1', displayName: 'Hélène Dupré', relayAddress: 'helene@relay.example.fr', blocked: false },
      { id: 'c2', displayName: 'John Smith', relayAddress: 'john@relay.example.com', blocked: false },
      { id: 'c3', displayName: 'Promo Corp', relayAddress: 'promo@relay.example.com', blocked: false },
    ],
    orders: [
      {
        orderNumber: '405-1234567-1234567',
        items: [{ title: 'Casque audio', quantity: 1, priceCents: 4990, currency: 'EUR' }],
        status: 'shipped',
        carrier: 'Colissimo',
        trackingNumber: '6A12345678901',
        orderedAt: day(-3),
      },
      {
        orderNumber: '171-7654321-7654321',
        items: [{ title: 'Lampe', quantity: 2 }],
        status: 'delivered',
        carrier: null,
        trackingNumber: null,
        orderedAt: day(-5),
      },
    ],
    folders: [
      { id: 'fA', name: 'Clients', parentId: null },
      { id: 'fB', name: 'Pros', parentId: 'fA' },
      { id: 'fC', name: 'Litiges', parentId: null },
    ],
    labels: [
      { id: 'lU', name: 'Urgent', color: '#d93025', kind: 'urgency' },
      { id: 'lF', name: 'Remboursement', color: '#1a73e8', kind: 'free' },
    ],
    threads: [
      thread('t1', 'Colis non reçu', 'c1', { orderNumber: '405-1234567-1234567', labelIds: ['lF'] }),
      thread('t2', 'Refund request', 'c2', { orderNumber: '171-7654321-7654321' }),
      thread('t3', 'Offre spéciale', 'c3', { folderId: 'fB', labelIds: ['lU'] }),
      thread('t4', 'Question taille', 'c1', { archived: true }),
      thread('t5', 'Ancienne facture', 'c2', { trashed: true }),
      thread('t6', 'Photos du produit', 'c2', { folderId: 'fA', noResponseNeeded: true }),
    ],
    messages: [
      message('t1', 1, 'in', 1, 'Bonjour, mon COLIS n’est pas arrivé.'),
      message('t1', 2, 'out', 2, 'Nous avons ouvert une enquête auprès du transporteur.'),
      message('t1', 3, 'in', 3, 'Je voudrais être remboursé, merci.', { read: false }),
      message('t2', 1, 'in', 1.5, 'Hello, I would like a refund for my lamp.'),
      message('t2', 2, 'out', 4, 'The refund has been issued today.'),
      message('t3', 1, 'in', 5, 'Profitez de notre offre exceptionnelle !', { read: false }),
      message('t4', 1, 'in', 0, 'Taille 42 disponible ?'),
      message('t4', 2, 'in', 0.5, 'Je relance ma question.'),
      message('t5', 1, 'out', 6, 'Voici votre facture.', { attachments: [ATTACHMENT_A] }),
      message('t6', 1, 'in', 2.5, 'Voici les photos et la facture.', {
        attachments: [ATTACHMENT_A, ATTACHMENT_B],
      }),
    ],
    reports: [],
  }
}

/** A temporary store folder, removed by the returned cleanup. */
export async function tempStoreDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'comptoir-store-test-'))
  return { dir: path.join(root, 'store'), cleanup: () => rm(root, { recursive: true, force: true }) }
}

/** Snapshot contents in a canonical order, for equality checks. */
export function canonical(snapshot: MailboxSnapshot): MailboxSnapshot {
  const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id))
  return {
    ...snapshot,
    contacts: byId(snapshot.contacts),
    orders: [...snapshot.orders].sort((a, b) => a.orderNumber.localeCompare(b.orderNumber)),
    folders: byId(snapshot.folders),
    labels: byId(snapshot.labels),
    threads: byId(snapshot.threads),
    messages: byId(snapshot.messages),
    reports: byId(snapshot.reports),
  }
}
