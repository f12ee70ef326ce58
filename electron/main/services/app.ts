/**
 * Composition root of the plain-Node services. The Electron shell and the web harness both call
 * `createAppServices` and then only forward what arrives to `dispatch`: there is one copy of every
 * rule (policy enforcement on send, attachment validation, store commands) whatever the host.
 */
import path from 'node:path'
import { STORE_EVENT_MAX_THREADS } from '../../../shared/ipc/contract'
import type { EventName, Events, StoreChangeKind, StoreChangedEvent } from '../../../shared/ipc/contract'
import { ComptoirError } from '../../../shared/ipc/result'
import { checkPolicy } from '../../../shared/policy'
import type { AppServices, AppServicesOptions, EventListener } from './app-types'
import { AttachmentStore } from './attachments'
import { loadDemoMailbox } from './demo'
import { createRouter } from './router'
import type { Handlers } from './router'
import { sendMessage, validateUploads } from './messaging'
import { completeInterruptedRestore } from './backup'
import { createBackupService } from './backup/backup-service'
import { openSwappableStore } from './store/swappable-store'
import type { MailboxStore } from './store'
import { createReplyTools } from './reply-tools'
import { createImportJobs } from './mail/import-jobs'
import { mailBlobStores } from './mail/open'
import { LiveMail } from './mail/live-mail'
import { createOrderImportHandlers } from './orders/handlers'
import { waitForBodies } from './early-channels'

/** Unreferenced attachment files younger than this are left alone (a send may be in progress). */
const ATTACHMENT_GRACE_MS = 24 * 3_600_000

/**
 * The change event with the new state of what changed (summaries and counts), so a window patches
 * what it shows instead of refetching every pane. A bulk change names no summaries: refetch then.
 */
export function describeChange(
  store: MailboxStore,
  threadIds: string[],
  kinds: StoreChangeKind[],
): StoreChangedEvent {
  const threads = threadIds.length <= STORE_EVENT_MAX_THREADS ? store.summaries(threadIds) : null
  const present = new Set(threads?.map((t) => t.id) ?? [])
  return {
    threadIds,
    kinds,
    threads,
    removed: threads ? threadIds.filter((id) => !present.has(id)) : [],
    counts: store.counts(),
  }
}

export async function createAppServices(options: AppServicesOptions): Promise<AppServices> {
  const { raws } = mailBlobStores(options.userDataDir)
  const attachments = new AttachmentStore(path.join(options.userDataDir, 'attachments'))
  // A restore interrupted by a crash is finished (or its leftovers cleared) before the store opens.
  await completeInterruptedRestore(options.userDataDir)
  const handle = await openSwappableStore(path.join(options.userDataDir, 'store'), {
    // The first screen from the thread summaries; what needs bodies waits for them (early-channels.ts).
    early: options.earlyOpen === true,
    releaseBlobs: (ids) => attachments.remove(ids),
    releaseRawMails: (ids) => raws.remove(ids),
  })
  const { store } = handle
  const listeners = new Set<EventListener>()
  const emit = <E extends EventName>(event: E, payload: Events[E]) => {
    for (const listener of listeners) listener(event, payload)
  }
  const safekeeping = createBackupService({
    userDataDir: options.userDataDir,
    handle,
    attachments,
    raws,
    // Loaded only when a PDF is printed without Electron (web harness): the desktop bundle never needs it.
    print:
      options.printHtml ??
      (async (html, lang) => (await import('./evidence/print-chromium')).chromiumPrinter()(html, lang)),
    onProgress: (progress) => emit('safekeeping:progress', progress),
    onRestored: () => emit('store:changed', describeChange(store, [], ['all'])),
  })
  const live = await LiveMail.create({
    userDataDir: options.userDataDir,
    services: { store, attachments, raws },
    ...(options.safeStorage ? { safeStorage: options.safeStorage } : {}),
    onStatus: (status) => emit('mail:status', status),
    onOutbox: (threadIds) => emit('outbox:changed', { threadIds }),
  })
  const replyTools = await createReplyTools({
    store,
    userDataDir: options.userDataDir,
    demo: options.demo === true,
    ...(options.notificationSettings ? { notificationSettings: options.notificationSettings } : {}),
    emit,
  })
  // While an import runs, each mail is its own store command: the list is told at most every 500 ms.
  let importing = false
  const pendingThreadIds = new Set<string>()
  const flushChanges = () => {
    if (pendingThreadIds.size === 0) return
    // An import adds messages, threads, and may add folders and labels: the windows refetch.
    emit('store:changed', describeChange(store, [...pendingThreadIds], ['all']))
    pendingThreadIds.clear()
  }
  const flushTimer = setInterval(() => importing && flushChanges(), 500)
  flushTimer.unref()
  store.onChange((change) => {
    if (importing) for (const id of change.threadIds) pendingThreadIds.add(id)
    else emit('store:changed', describeChange(store, change.threadIds, change.kinds))
    // A local change (read, label, archive, move…) travels to the server at the next round.
    if (live.hasAccount()) live.engine.poke()
    if (change.newMessage) {
      emit('message:new', change.newMessage)
      replyTools.announce(change.newMessage)
    }
  })

  const imports = createImportJobs({
    services: { store, attachments, raws },
    userDataDir: options.userDataDir,
    acceptPaths: options.mode === 'electron',
    onProgress: (event) => emit('import:progress', event),
    onDone: (event) => {
      flushChanges()
      emit('import:done', event)
    },
    onRunning: (running) => {
      importing = running
      if (!running) flushChanges()
    },
  })

  await imports.sweepUploads()
  await raws.sweepTemporaryFiles()

  async function loadDemo(): Promise<{ threads: number }> {
    if (!store.isEmpty()) {
      throw new ComptoirError(
        'CONFLICT',
        'The mailbox already holds threads; the demo is only offered on an empty store.',
      )
    }
    const demo = await loadDemoMailbox()
    for (const blob of demo.blobs) await attachments.put(blob.bytes, blob.name, blob.type)
    await store.importSnapshot(demo.snapshot)
    emit('store:changed', describeChange(store, [], ['all']))
    return { threads: demo.snapshot.threads.length }
  }
  if (options.demo && store.isEmpty()) await loadDemo()

  const sellerRules = () => options.settings.get().sellerRules
  // Housekeeping after a crash, in the background so the window does not wait for it: temp files of
  // interrupted puts, and attachment files no message references (a crash between storing a file and
  // its message; never recent ones, which a send in progress may be about to reference).
  const housekeeping = (async () => {
    await attachments.sweepTemporaryFiles()
    // Which files messages reference is known once the bodies are read (an early open reads them
    // after its first screen); a store that could not read them collects nothing.
    if (
      !(await store.loaded.then(
        () => true,
        () => false,
      ))
    )
      return
    await attachments.collectOrphans(
      // A reply waiting in the Outbox is not in the store yet, but its attachments are in use.
      (id) => store.referencesAttachment(id) || live.outbox.referencesAttachment(id),
      options.attachmentGraceMs ?? ATTACHMENT_GRACE_MS,
    )
  })().catch((error: unknown) => console.error('[comptoir] attachment clean-up failed', error))

  const allHandlers: Handlers = {
    'app:info': () => ({
      version: options.version,
      mode: options.mode,
      // Once the owner is chosen, an empty mailbox is a choice ("start empty"), not a first run.
      firstRun: store.isEmpty() && store.owner() === null,
      owner: store.owner(),
      storeWarnings: store.openProblems,
      systemLanguage: options.systemLanguage,
    }),
    'app:loadDemo': loadDemo,
    'owner:get': () => store.owner(),
    'owner:set': (owner) => store.setOwner(owner),
    'settings:get': () => options.settings.get(),
    'settings:set': (patch) => options.settings.set(patch),

    'threads:query': (query) => store.query(query),
    'threads:get': (id) => store.getThread(id),
    'threads:counts': () => store.counts(),
    'threads:markRead': (ids, read) => store.markRead(ids, read),
    'threads:archive': (ids, on) => store.archive(ids, on),
    'threads:trash': (ids, on) => store.trash(ids, on),
    'threads:purge': (ids) => store.purge(ids),
    'threads:move': (ids, folderId) => store.move(ids, folderId),
    'threads:label': (ids, labelId, on) => store.label(ids, labelId, on),
    'threads:noResponseNeeded': (ids, on) => store.setNoResponseNeeded(ids, on),

    'contacts:block': (contactId, blocked) => store.blockContact(contactId, blocked),
    'messages:report': (messageId, reason) => store.report(messageId, reason),
    'messages:send': (input) =>
      sendMessage(
        {
          store,
          attachments,
          sellerRules,
          deliver: (thread, body, refs) => live.deliver(thread, body, refs),
        },
        input,
      ),

    'folders:list': () => store.listFolders(),
    'folders:create': (name, parentId) => store.createFolder(name, parentId),
    'folders:rename': (id, name) => store.renameFolder(id, name),
    'folders:move': (id, parentId) => store.moveFolder(id, parentId),
    'folders:delete': (id, opts) => store.deleteFolder(id, opts ?? {}),

    'labels:list': () => store.listLabels(),
    'labels:create': (label) => store.createLabel(label),
    'labels:update': (id, patch) => store.updateLabel(id, patch),
    'labels:delete': (id) => store.deleteLabel(id),

    'policy:check': (text) => checkPolicy(text, { sellerRules: sellerRules() }),
    'attachments:validate': (uploads) => validateUploads(uploads, 0),
    'import:start': (input) => imports.start(input),
    'import:cancel': (jobId) => imports.cancel(jobId),
    ...replyTools.handlers,
    ...safekeeping.handlers,

    'mail:overview': () => live.overview(),
    'mail:setAccount': (input) => live.setAccount(input),
    'mail:testAccount': (input) => live.test(input),
    'mail:removeAccount': () => live.removeAccount(),
    'mail:syncNow': () => live.syncNow(),
    'outbox:list': (threadId) => live.outbox.list(threadId),
    'outbox:retry': (id) => live.retry(id),
    'outbox:discard': (id) => live.outbox.discard(id),
    ...createOrderImportHandlers(store),
  }
  const handlers = waitForBodies(allHandlers, () => store.loaded)
  if (options.automaticBackups) safekeeping.startAutomaticBackups()
  // The sync looks mail up in the bodies: it starts once they are read (at once without an early open).
  let closing = false
  const liveStarted = store.loaded.then(
    () => {
      if (!closing && options.mailSync !== false) live.start()
    },
    () => undefined,
  )
  const router = createRouter(handlers, (message, error) => console.error(`[comptoir] ${message}`, error))

  return {
    dispatch: (channel, args) => router.dispatch(channel, args),
    onEvent(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    readAttachment: (id) => attachments.read(id),
    idle: () => housekeeping,
    readOutput: (kind, name) => safekeeping.readOutput(kind, name),
    receiveImportUpload: (name, body) => imports.receiveUpload(name, body),
    async close() {
      closing = true
      await housekeeping
      await liveStarted
      await live.stop()
      await safekeeping.stop()
      await imports.close()
      clearInterval(flushTimer)
      await store.close()
    },
  }
}
