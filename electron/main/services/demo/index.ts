/**
 * The demo mailbox (`resources/demo`): a seller's mailbox written for Comptoir, offered on first run and
 * loaded by `--demo`. `mailbox.json` is a `MailboxSnapshot` dated around `DEMO_ANCHOR`; every date is
 * shifted by (now − anchor) so the newest message is always recent. Attachments sit beside it under
 * `attachments/<sha256>` and are checked against their id before anything is returned.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ComptoirError } from '../../../../shared/ipc/result'
import { reasonError } from '../../../../shared/ipc/error-details'
import type { AttachmentType } from '../../../../shared/model/mailbox'
import { ATTACHMENT_TYPES } from '../../../../shared/model/mailbox'
import type { MailboxSnapshot } from '../../../../shared/model/snapshot'
import { isAttachmentId, sha256Hex } from '../attachments/store'

/** The moment the demo mailbox was written against: it becomes "now" when loaded. */
export const DEMO_ANCHOR = new Date('2026-11-20T10:00:00.000Z')

const MAILBOX_FILE = 'mailbox.json'
const ATTACHMENTS_DIR = 'attachments'

export interface DemoBlob {
  id: string
  name: string
  type: AttachmentType
  bytes: Uint8Array
}

export interface DemoMailbox {
  snapshot: MailboxSnapshot
  blobs: DemoBlob[]
}

export interface LoadDemoOptions {
  /** The clock the dates are shifted to (tests pass a fixed one). */
  now?: Date
  /**
   * Where the demo lives in a packaged build: the `demo` folder itself, or the resources folder that
   * holds it (e.g. `process.resourcesPath`). Without it, `resources/demo` is found from this file.
   */
  resourcesDir?: string
}

/** `file` is the file at fault as the user may find it; `what` the exact fault, for logs. */
const damaged = (file: string, what: string): ComptoirError =>
  reasonError('INTERNAL', `The demo mailbox is damaged (${what}).`, {
    reason: 'demo-unavailable',
    why: 'damaged',
    file,
  })

const missing = (file: string): ComptoirError =>
  reasonError('NOT_FOUND', `Demo mailbox file not found: ${file}`, {
    reason: 'demo-unavailable',
    why: 'missing',
    file,
  })

const hasMailbox = (dir: string) => existsSync(path.join(dir, MAILBOX_FILE))

/** `resources/demo` of the project, from this source file (dev, tests) or the bundle (`out/main`). */
function findDemoDir(resourcesDir: string | undefined): string {
  if (resourcesDir !== undefined) {
    const candidates = [resourcesDir, path.join(resourcesDir, 'demo')]
    const found = candidates.find(hasMailbox)
    if (found === undefined) throw missing(path.join(resourcesDir, 'demo', MAILBOX_FILE))
    return found
  }
  const starts = [path.dirname(fileURLToPath(import.meta.url)), process.cwd()]
  for (const start of starts) {
    for (let dir = start; ; dir = path.dirname(dir)) {
      const candidate = path.join(dir, 'resources', 'demo')
      if (hasMailbox(candidate)) return candidate
      if (path.dirname(dir) === dir) break
    }
  }
  throw missing(path.join('resources', 'demo', MAILBOX_FILE))
}

function isSnapshot(value: unknown): value is MailboxSnapshot {
  if (typeof value !== 'object' || value === null) return false
  const record = value as Record<string, unknown>
  return (
    record.version === 1 &&
    typeof record.owner === 'object' &&
    record.owner !== null &&
    ['contacts', 'orders', 'folders', 'labels', 'threads', 'messages', 'reports'].every((key) =>
      Array.isArray(record[key]),
    )
  )
}

/** Moves every date of the snapshot by `offsetMs`, in place; refuses a date that does not parse. */
function shiftDates(snapshot: MailboxSnapshot, offsetMs: number): void {
  const shift = (iso: string, where: string): string => {
    const ms = Date.parse(iso)
    if (Number.isNaN(ms)) throw damaged(MAILBOX_FILE, `date "${String(iso)}" in ${where}`)
    return new Date(ms + offsetMs).toISOString()
  }
  for (const message of snapshot.messages) {
    message.sentAt = shift(message.sentAt, `message ${message.id}`)
    if (message.readAt !== null) message.readAt = shift(message.readAt, `message ${message.id}`)
  }
  for (const order of snapshot.orders) order.orderedAt = shift(order.orderedAt, `order ${order.orderNumber}`)
  for (const report of snapshot.reports) report.reportedAt = shift(report.reportedAt, `report ${report.id}`)
}

async function readBlobs(demoDir: string, snapshot: MailboxSnapshot): Promise<DemoBlob[]> {
  const blobs = new Map<string, DemoBlob>()
  for (const message of snapshot.messages) {
    for (const ref of message.attachments) {
      if (!isAttachmentId(ref.id) || !(ATTACHMENT_TYPES as readonly string[]).includes(ref.type)) {
        throw damaged(MAILBOX_FILE, `attachment reference in message ${message.id}`)
      }
      const known = blobs.get(ref.id)
      if (known !== undefined) {
        if (known.bytes.byteLength !== ref.bytes) throw damaged(MAILBOX_FILE, `size of ${ref.name}`)
        continue
      }
      const file = path.join(demoDir, ATTACHMENTS_DIR, ref.id)
      let bytes: Uint8Array
      try {
        bytes = new Uint8Array(await readFile(file))
      } catch {
        throw missing(`${ATTACHMENTS_DIR}/${ref.id} (${ref.name})`)
      }
      if (bytes.byteLength !== ref.bytes || sha256Hex(bytes) !== ref.id) {
        throw damaged(
          ref.name,
          `${ATTACHMENTS_DIR}/${ref.id} (${ref.name}): content does not match its SHA-256`,
        )
      }
      blobs.set(ref.id, { id: ref.id, name: ref.name, type: ref.type, bytes })
    }
  }
  return [...blobs.values()]
}

/**
 * Reads the demo mailbox, shifts its dates so that `DEMO_ANCHOR` becomes `now`, and returns it with
 * its attachments, each verified against its SHA-256 id. Throws a `ComptoirError` (NOT_FOUND when a
 * file is missing, INTERNAL when one is damaged).
 */
export async function loadDemoMailbox(options: LoadDemoOptions = {}): Promise<DemoMailbox> {
  const demoDir = findDemoDir(options.resourcesDir)
  let text: string
  try {
    text = await readFile(path.join(demoDir, MAILBOX_FILE), 'utf8')
  } catch {
    throw missing(path.join(demoDir, MAILBOX_FILE))
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw damaged(MAILBOX_FILE, `${MAILBOX_FILE} is not valid JSON`)
  }
  if (!isSnapshot(parsed)) throw damaged(MAILBOX_FILE, `${MAILBOX_FILE} is not a version 1 mailbox snapshot`)
  const now = options.now ?? new Date()
  shiftDates(parsed, now.getTime() - DEMO_ANCHOR.getTime())
  const blobs = await readBlobs(demoDir, parsed)
  return { snapshot: parsed, blobs }
}
