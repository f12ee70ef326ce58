/**
 * Applies the team-state merge (team-state.ts) to both sides: the local store (commands the user
 * could have run) and the server (flags, keywords, MOVE between mailboxes, mailboxes created).
 */
import type { ImapFlow } from 'imapflow'
import type { Folder, ThreadSummary } from '../../../../shared/model/mailbox'
import type { MailboxStore } from '../store'
import type { MailboxState, SyncState, TeamState } from './sync-state'
import { NO_RESPONSE_NEEDED_KEYWORD, SEEN, labelKeyword, resolve, serverState } from './team-state'
import type { ServerCopy } from './team-state'

const NEW_LABEL_COLOR = '#64748b'

export interface Places {
  delimiter: string
  inbox: string
  archive: string | null
  trash: string | null
}

function folderPath(folders: Folder[], id: string): string {
  const byId = new Map(folders.map((f) => [f.id, f]))
  const names: string[] = []
  for (let f = byId.get(id); f; f = f.parentId ? byId.get(f.parentId) : undefined) names.unshift(f.name)
  return names.join('/')
}

export function localState(summary: ThreadSummary, store: MailboxStore): TeamState {
  const labelNames = new Map(store.listLabels().map((l) => [l.id, l.name]))
  const location = summary.trashed
    ? 'trash'
    : summary.archived
      ? 'archive'
      : summary.folderId
        ? `folder:${folderPath(store.listFolders(), summary.folderId)}`
        : 'inbox'
  return {
    read: summary.unreadCount === 0,
    labels: summary.labelIds
      .map((id) => labelNames.get(id) ?? '')
      .filter((n) => n !== '')
      .sort(),
    location,
    noResponseNeeded: summary.noResponseNeeded,
  }
}

/** Where each thread's copies sit on the server. */
export function copiesByThread(state: SyncState): Map<string, (ServerCopy & { uid: number })[]> {
  const out = new Map<string, (ServerCopy & { uid: number })[]>()
  for (const box of Object.values(state.mailboxes)) {
    for (const [uid, known] of Object.entries(box.messages)) {
      const list = out.get(known.threadId) ?? []
      list.push({ role: box.role, path: box.path, flags: known.flags, uid: Number(uid) })
      out.set(known.threadId, list)
    }
  }
  return out
}

async function ensureFolder(store: MailboxStore, pathText: string): Promise<string> {
  let parentId: string | null = null
  for (const name of pathText.split('/').filter((n) => n.length > 0)) {
    const existing: Folder | undefined = store
      .listFolders()
      .find((f) => f.parentId === parentId && f.name === name)
    parentId = existing ? existing.id : (await store.createFolder(name, parentId)).id
  }
  return parentId!
}

async function ensureLabel(store: MailboxStore, name: string): Promise<string> {
  const existing = store.listLabels().find((l) => l.name.toLowerCase() === name.toLowerCase())
  return existing ? existing.id : (await store.createLabel({ name, color: NEW_LABEL_COLOR, kind: 'free' })).id
}

/** Runs the remote changes on the local store, as the user's own commands would. */
export async function applyLocally(
  store: MailboxStore,
  threadId: string,
  local: TeamState,
  apply: Partial<TeamState>,
): Promise<void> {
  const ids = [threadId]
  if (apply.read !== undefined) await store.markRead(ids, apply.read)
  if (apply.noResponseNeeded !== undefined) await store.setNoResponseNeeded(ids, apply.noResponseNeeded)
  if (apply.labels) {
    for (const name of apply.labels)
      if (!local.labels.includes(name)) await store.label(ids, await ensureLabel(store, name), true)
    for (const name of local.labels) {
      if (apply.labels.includes(name)) continue
      const label = store.listLabels().find((l) => l.name === name)
      if (label) await store.label(ids, label.id, false)
    }
  }
  if (apply.location !== undefined) {
    const where = apply.location
    if (where === 'trash') return void (await store.trash(ids, true))
    await store.trash(ids, false)
    if (where === 'archive') return void (await store.archive(ids, true))
    await store.archive(ids, false)
    await store.move(ids, where.startsWith('folder:') ? await ensureFolder(store, where.slice(7)) : null)
  }
}

function mailboxFor(location: string, places: Places): string | null {
  if (location === 'inbox') return places.inbox
  if (location === 'archive') return places.archive
  if (location === 'trash') return places.trash
  return location.slice('folder:'.length).split('/').join(places.delimiter)
}

/** Pushes local changes of one thread to the server. Returns the mailboxes it created. */
export async function pushToServer(
  client: ImapFlow,
  state: SyncState,
  copies: (ServerCopy & { uid: number })[],
  push: Partial<TeamState>,
  server: TeamState,
  places: Places,
  folderMailboxes: Set<string>,
): Promise<void> {
  const held = copies.filter((c) => c.role !== 'sent')
  const byBox = new Map<string, number[]>()
  for (const copy of held) byBox.set(copy.path, [...(byBox.get(copy.path) ?? []), copy.uid])
  const add: string[] = []
  const remove: string[] = []
  if (push.read !== undefined) (push.read ? add : remove).push(SEEN)
  if (push.noResponseNeeded !== undefined)
    (push.noResponseNeeded ? add : remove).push(NO_RESPONSE_NEEDED_KEYWORD)
  if (push.labels) {
    for (const name of push.labels) if (!server.labels.includes(name)) add.push(labelKeyword(name))
    for (const name of server.labels) if (!push.labels.includes(name)) remove.push(labelKeyword(name))
  }
  for (const [boxPath, uids] of byBox) {
    if (add.length === 0 && remove.length === 0) break
    const lock = await client.getMailboxLock(boxPath)
    try {
      if (add.length > 0) await client.messageFlagsAdd(uids.join(','), add, { uid: true })
      if (remove.length > 0) await client.messageFlagsRemove(uids.join(','), remove, { uid: true })
    } finally {
      lock.release()
    }
    const box = state.mailboxes[boxPath]
    for (const uid of uids) {
      const known = box?.messages[String(uid)]
      if (known)
        known.flags = [...new Set([...known.flags.filter((f) => !remove.includes(f)), ...add])].sort()
    }
  }
  if (push.location === undefined) return
  const target = mailboxFor(push.location, places)
  if (target === null) return
  if (push.location.startsWith('folder:') && !folderMailboxes.has(target)) {
    await client.mailboxCreate(target).catch((error: { mailboxExists?: boolean }) => {
      if (!error?.mailboxExists) throw error
    })
    await client.mailboxSubscribe(target).catch(() => undefined)
    folderMailboxes.add(target)
  }
  for (const [boxPath, uids] of byBox) {
    if (boxPath === target) continue
    const lock = await client.getMailboxLock(boxPath)
    try {
      await client.messageMove(uids.join(','), target, { uid: true })
    } finally {
      lock.release()
    }
    // The copies get new UIDs in the target: the next fetch of it maps them again (ingest knows
    // them by Message-ID, so they count as duplicates, never as new messages).
    const box: MailboxState | undefined = state.mailboxes[boxPath]
    if (box) for (const uid of uids) delete box.messages[String(uid)]
  }
}

export async function reconcileThread(
  client: ImapFlow,
  store: MailboxStore,
  state: SyncState,
  threadId: string,
  copies: (ServerCopy & { uid: number })[],
  places: Places,
  folderMailboxes: Set<string>,
): Promise<{ pushed: boolean }> {
  let summary: ThreadSummary
  try {
    summary = store.getThread(threadId).thread
  } catch {
    return { pushed: false } // purged locally: the server keeps its copies
  }
  const server = serverState(copies, (p) => p.split(places.delimiter).join('/'))
  if (!server) return { pushed: false }
  const local = localState(summary, store)
  const { result, push, apply } = resolve(state.threads[threadId], local, server)
  const pushed = Object.keys(push).length > 0
  if (pushed) await pushToServer(client, state, copies, push, server, places, folderMailboxes)
  if (Object.keys(apply).length > 0) await applyLocally(store, threadId, local, apply)
  state.threads[threadId] = result
  return { pushed }
}
