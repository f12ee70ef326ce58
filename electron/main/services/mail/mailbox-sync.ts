/**
 * One mailbox, one round: new messages in (through ingest), flags and expunges of known ones updated.
 *
 * - First sync (or a new UIDVALIDITY): the messages of the last `syncDays` days. After a UIDVALIDITY
 *   change the UID map is dropped and rebuilt; ingest recognises the messages by Message-ID, so they
 *   count as duplicates, never as new messages.
 * - Then incremental: UIDs from the remembered UIDNEXT; flags by CONDSTORE `CHANGEDSINCE` when the
 *   server offers it (else all known flags); vanished UIDs by comparing the UID list.
 */
import type { ImapFlow } from 'imapflow'
import type { Ingest, IngestFolder } from './ingest-seam'
import type { MailboxRole, MailboxState } from './sync-state'
import { importProblemWords } from './import-words'

export interface MailboxReport {
  name: string
  uidvalidity: number
  fetched: number
  imported: number
  duplicates: number
  skipped: number
}

export interface MailboxSyncInput {
  client: ImapFlow
  path: string
  role: MailboxRole
  previous: MailboxState | undefined
  syncDays: number
  ingest: Ingest
  ownAddresses: string[]
  now: Date
  signal?: { cancelled: boolean }
  onError: (source: string, reason: string) => void
}

const FETCH_BATCH = 200

function folderOf(role: MailboxRole): IngestFolder {
  return role === 'folder' ? 'inbox' : role
}

export async function syncMailbox(
  input: MailboxSyncInput,
): Promise<{ state: MailboxState; report: MailboxReport }> {
  const { client } = input
  const lock = await client.getMailboxLock(input.path)
  try {
    // Already selected, the mailbox is not selected again: a NOOP makes the server report what other
    // sessions changed (new messages, expunges) before we search, or the UID list could be stale.
    await client.noop()
    const box = client.mailbox
    if (!box) throw new Error(`mailbox ${input.path} not open`)
    const uidValidity = String(box.uidValidity)
    const fresh = !input.previous || input.previous.uidValidity !== uidValidity
    const state: MailboxState = fresh
      ? { path: input.path, role: input.role, uidValidity, uidNext: 1, highestModseq: null, messages: {} }
      : { ...input.previous!, role: input.role, messages: { ...input.previous!.messages } }
    const report: MailboxReport = {
      name: input.path,
      uidvalidity: Number(box.uidValidity),
      fetched: 0,
      imported: 0,
      duplicates: 0,
      skipped: 0,
    }

    const all = ((await client.search({ all: true }, { uid: true })) || []) as number[]
    const present = new Set(all)
    for (const uid of Object.keys(state.messages)) if (!present.has(Number(uid))) delete state.messages[uid]

    let wanted: number[]
    if (fresh) {
      const since = new Date(input.now.getTime() - input.syncDays * 86_400_000)
      wanted = ((await client.search({ since }, { uid: true })) || []) as number[]
    } else {
      wanted = all.filter((uid) => uid >= state.uidNext)
    }
    wanted = wanted.filter((uid) => !state.messages[String(uid)]).sort((a, b) => a - b)

    for (let start = 0; start < wanted.length; start += FETCH_BATCH) {
      if (input.signal?.cancelled) break
      const batch = wanted.slice(start, start + FETCH_BATCH)
      const fetched: { uid: number; source: Buffer; flags: string[]; internalDate?: Date }[] = []
      for await (const message of client.fetch(
        batch.join(','),
        { uid: true, source: true, flags: true, internalDate: true },
        { uid: true },
      )) {
        if (!message.source) continue
        fetched.push({
          uid: message.uid,
          source: message.source,
          flags: [...(message.flags ?? [])],
          ...(message.internalDate instanceof Date ? { internalDate: message.internalDate } : {}),
        })
      }
      // Ingest after the fetch completes: the store's writes never interleave with the IMAP stream.
      for (const message of fetched) {
        report.fetched++
        const source = `imap:${input.path}#${message.uid}`
        const result = await input.ingest(new Uint8Array(message.source), {
          source,
          folder: folderOf(input.role),
          ownAddresses: input.ownAddresses,
          seen: message.flags.includes('\\Seen'),
          // New mail of a mailbox already synced is news; the first sync's backlog is not.
          announce: !fresh,
          ...(message.internalDate ? { receivedAt: message.internalDate.toISOString() } : {}),
        })
        if (result.status === 'imported') report.imported++
        else if (result.status === 'duplicate') report.duplicates++
        else if (result.status === 'skipped') report.skipped++
        else input.onError(source, result.problem ? importProblemWords(result.problem).en : 'failed')
        if (
          (result.status === 'imported' || result.status === 'duplicate') &&
          result.threadId &&
          result.messageId
        ) {
          state.messages[String(message.uid)] = {
            threadId: result.threadId,
            messageId: result.messageId,
            flags: message.flags.sort(),
          }
        }
      }
    }

    await refreshFlags(client, state, fresh)
    state.uidNext = Math.max(box.uidNext ?? 1, ...all.map((uid) => uid + 1), state.uidNext)
    state.highestModseq = box.highestModseq !== undefined ? String(box.highestModseq) : null
    return { state, report }
  } finally {
    lock.release()
  }
}

/** Flags of the messages we know: only those changed since HIGHESTMODSEQ when CONDSTORE allows. */
async function refreshFlags(client: ImapFlow, state: MailboxState, fresh: boolean): Promise<void> {
  const known = Object.keys(state.messages)
  if (known.length === 0) return
  const useModseq = !fresh && state.highestModseq !== null && client.enabled.has('CONDSTORE')
  const box = client.mailbox
  if (
    useModseq &&
    box &&
    box.highestModseq !== undefined &&
    String(box.highestModseq) === state.highestModseq
  )
    return
  const options = useModseq ? { uid: true, changedSince: BigInt(state.highestModseq!) } : { uid: true }
  for await (const message of client.fetch(
    known.length > 500 ? '1:*' : known.join(','),
    { uid: true, flags: true },
    options,
  )) {
    const entry = state.messages[String(message.uid)]
    if (entry) entry.flags = [...(message.flags ?? [])].sort()
  }
}
