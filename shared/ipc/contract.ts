/**
 * The one IPC contract between renderer and main, used unchanged by Electron IPC and by the web
 * harness over HTTP. Each channel is `domain:action`, with a zod schema for its argument list (parsed
 * from `unknown` in main) and a result type (a phantom, for the compiler only).
 */
import { z } from 'zod'
import type { Folder, Label, Owner, Report, ThreadDetail, ThreadSummary } from '../model/mailbox'
import type { ThreadPage, ViewCounts } from '../model/query'
import type { AttachmentCheck, AttachmentVerdict } from '../model/attachments'
import type { StoreWarning } from '../model/store-warnings'
import type { Finding } from '../policy/types'
import { SELLER_RULE_LIMITS, sellerPatternProblem } from '../policy/seller-rules'
import type { SellerRule } from '../policy/seller-rules'
import { SYSTEM_VIEWS, THREAD_SORTS } from '../model/query'
import { LABEL_KINDS, ORDER_NUMBER_PATTERN } from '../model/mailbox'
import { MAX_BACKUPS_KEPT, OUTPUT_FILE_NAME } from '../model/safekeeping'
import type { BackupResult, BackupStatus, ExportResult, SafekeepingProgress } from '../model/safekeeping'
import { DASHBOARD_WINDOWS } from '../model/reply-metrics'
import type { DashboardMetrics } from '../model/reply-metrics'
import { TIME_OF_DAY } from '../model/notifications'
import type { NotificationRequest, NotificationSettings } from '../model/notifications'
import { TEMPLATE_LANGUAGES } from '../templates/placeholders'
import { MAIL_SECURITIES } from '../model/account'
import type { AccountTest, MailOverview } from '../model/mail-status'
import type { MailStatus } from '../model/mail-status'
import type { OutboxEntry } from '../model/outbox'
import type { FilledTemplate, ReplyTemplate } from '../templates/placeholders'
import type { OrdersImportSummary } from '../model/orders-import'
import type { ImportStop, MailImportProblem } from '../model/mail-import'

const id = z.string().min(1).max(200)
/** One piece of an order report sent by the app (256 KiB: well under any request size limit). */
export const ORDER_UPLOAD_CHUNK_BYTES = 256 * 1024
const ids = z.array(id).min(1).max(10_000)
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/, 'ISO date expected')
const name = z.string().trim().min(1).max(120)
const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'colour must be #rrggbb')

export const threadQuerySchema = z
  .object({
    view: z.enum(SYSTEM_VIEWS).optional(),
    folderId: id.optional(),
    includeSubfolders: z.boolean().optional(),
    labelId: id.optional(),
    unread: z.boolean().optional(),
    needsReply: z.boolean().optional(),
    sent: z.boolean().optional(),
    received: z.boolean().optional(),
    archived: z.boolean().optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    order: z.string().max(40).optional(),
    keywords: z.string().max(500).optional(),
    sort: z.enum(THREAD_SORTS).optional(),
    cursor: z.string().max(500).optional(),
    limit: z.number().int().min(1).max(500).optional(),
  })
  .strict()

/**
 * An attachment travelling with a send or a validation. The desktop app passes the bytes as they are
 * (a Uint8Array through the preload, structured clone: no copy into text and back); the web harness,
 * whose transport is JSON, as base64. Main accepts both (services/messaging.ts decodes base64 once).
 * Both caps are the same bytes: 14,000,000 base64 characters carry 10,500,000.
 */
const MAX_UPLOAD_BINARY_BYTES = (14_000_000 / 4) * 3
export const attachmentUploadSchema = z.union([
  z
    .object({
      name: z.string().min(1).max(1000),
      bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_UPLOAD_BINARY_BYTES, {
        message: `An attachment crosses with at most ${MAX_UPLOAD_BINARY_BYTES} bytes.`,
      }),
    })
    .strict(),
  z
    .object({
      name: z.string().min(1).max(1000),
      dataBase64: z.string().max(14_000_000),
    })
    .strict(),
])
export type AttachmentUpload = z.infer<typeof attachmentUploadSchema>

/**
 * A piece of an order report (`orders:uploadChunk`): bytes from the desktop app (a Uint8Array by
 * structured clone), base64 from the web harness; the same cap either way.
 */
export const reportPieceSchema = z.union([
  z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= ORDER_UPLOAD_CHUNK_BYTES, {
    message: `A piece of a report crosses with at most ${ORDER_UPLOAD_CHUNK_BYTES} bytes.`,
  }),
  z.string().max(Math.ceil(ORDER_UPLOAD_CHUNK_BYTES / 3) * 4),
])
export type ReportPiece = z.infer<typeof reportPieceSchema>

export const sendMessageSchema = z
  .object({
    threadId: id,
    body: z.string().max(20_000),
    attachments: z.array(attachmentUploadSchema).max(20).default([]),
  })
  .strict()
export type SendMessageInput = z.infer<typeof sendMessageSchema>

/** A seller's own policy rule; the pattern is words (never a regular expression), see seller-rules.ts. */
export const sellerRuleSchema = z
  .object({
    id,
    pattern: z
      .string()
      .max(SELLER_RULE_LIMITS.patternChars)
      .refine((p) => sellerPatternProblem(p) === null, { message: 'BAD_PATTERN' }),
    severity: z.enum(['warning', 'error']),
    note: z.string().max(SELLER_RULE_LIMITS.noteChars).default(''),
  })
  .strict()

export const settingsPatchSchema = z
  .object({
    language: z.enum(['fr', 'en', 'system']).optional(),
    sellerRules: z.array(sellerRuleSchema).max(SELLER_RULE_LIMITS.rules).optional(),
  })
  .strict()
export type SettingsPatch = z.infer<typeof settingsPatchSchema>

export interface Settings {
  language: 'fr' | 'en' | 'system'
  /** The seller's own words to flag in replies (warning or blocking), checked live and on send. */
  sellerRules: SellerRule[]
}

export const templateInputSchema = z
  .object({
    name,
    language: z.enum(TEMPLATE_LANGUAGES),
    body: z.string().max(5000),
  })
  .strict()

const timeOfDay = z.string().regex(TIME_OF_DAY, 'time must be HH:MM')
export const notificationPatchSchema = z
  .object({
    enabled: z.boolean().optional(),
    onlyNeedsReply: z.boolean().optional(),
    quietHours: z
      .object({ enabled: z.boolean(), start: timeOfDay, end: timeOfDay })
      .partial()
      .strict()
      .optional(),
  })
  .strict()

/**
 * What an import reads: a file uploaded to the web harness (`POST /upload/import`, streamed to disk)
 * or, in the desktop app, a path the renderer got from the dropped or picked file.
 */
export const importSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('upload'), id: z.string().regex(/^[0-9a-f]{32}$/) }).strict(),
  z.object({ kind: z.literal('path'), path: z.string().min(1).max(4096) }).strict(),
])
export type ImportSource = z.infer<typeof importSourceSchema>

export interface ImportCountsView {
  read: number
  imported: number
  duplicates: number
  skipped: number
  failed: number
  threads_created: number
  threads_updated: number
}

export interface ImportProgressEvent extends ImportCountsView {
  jobId: string
  bytesDone: number
  bytesTotal: number
  source: string
}

export interface ImportDoneEvent extends ImportCountsView {
  jobId: string
  cancelled: boolean
  /** Each mail not imported and why, as data the renderer words. */
  errors: { source: string; problem: MailImportProblem }[]
  threadIds: string[]
  /** Set when the run itself stopped on an error (a path not found, the store could not be written…). */
  fatal: ImportStop | null
}
const endpoint = z
  .object({ host: z.string().trim().min(1).max(255), port: z.number().int().min(1).max(65535) })
  .strict()
/** The account as the settings panel sends it; an omitted password keeps the stored one. */
export const accountInputSchema = z
  .object({
    imap: endpoint,
    smtp: endpoint,
    security: z.enum(MAIL_SECURITIES),
    user: z.string().trim().min(1).max(320),
    from: z.string().trim().email().max(320),
    password: z.string().min(1).max(1000).optional(),
    syncDays: z.number().int().min(1).max(3650),
  })
  .strict()
export type AccountInput = z.infer<typeof accountInputSchema>

export interface AppInfo {
  version: string
  mode: 'electron' | 'web'
  /** Empty store without an owner: the renderer asks who the owner is and offers the demo mailbox. */
  firstRun: boolean
  /** Seller or buyer and their name (null until the first run); the UI adapts to the role. */
  owner: Owner | null
  /** What the store found wrong when it opened, worded by the renderer. */
  storeWarnings: StoreWarning[]
  systemLanguage: 'fr' | 'en'
}

export interface Mutation {
  /** Threads whose state changed, so the renderer can refresh only what it shows. */
  threadIds: string[]
}

/**
 * What `store:changed` carries: the threads that changed with their new summaries (so the renderer
 * patches the rows and lists it holds instead of refetching), the ids that no longer exist, the kinds
 * of change, and the sidebar counts after the change. `threads` is left out (null) past
 * `STORE_EVENT_MAX_THREADS`; the renderer then refetches what it shows.
 */
export interface StoreChangedEvent {
  threadIds: string[]
  kinds: StoreChangeKind[]
  threads: ThreadSummary[] | null
  removed: string[]
  counts: ViewCounts
}
export const STORE_CHANGE_KINDS = ['threads', 'messages', 'folders', 'labels', 'contacts', 'all'] as const
/** `threads`: flags and placement; `messages`: a message added; `folders`/`labels`: those lists. */
export type StoreChangeKind = (typeof STORE_CHANGE_KINDS)[number]
export const STORE_EVENT_MAX_THREADS = 500

/** Result type marker: carries the type for the compiler, nothing at run time. */
const returns = <T>() => undefined as unknown as T

function channel<A extends z.ZodTuple, R>(args: A, result: R) {
  return { args, result }
}

export const contract = {
  'app:info': channel(z.tuple([]), returns<AppInfo>()),
  'app:loadDemo': channel(z.tuple([]), returns<{ threads: number }>()),
  'owner:get': channel(z.tuple([]), returns<Owner | null>()),
  'owner:set': channel(
    z.tuple([z.object({ role: z.enum(['seller', 'buyer']), displayName: name }).strict()]),
    returns<Owner>(),
  ),
  'settings:get': channel(z.tuple([]), returns<Settings>()),
  'settings:set': channel(z.tuple([settingsPatchSchema]), returns<Settings>()),

  'threads:query': channel(z.tuple([threadQuerySchema]), returns<ThreadPage>()),
  'threads:get': channel(z.tuple([id]), returns<ThreadDetail>()),
  'threads:counts': channel(z.tuple([]), returns<ViewCounts>()),
  'threads:markRead': channel(z.tuple([ids, z.boolean()]), returns<Mutation>()),
  'threads:archive': channel(z.tuple([ids, z.boolean()]), returns<Mutation>()),
  'threads:trash': channel(z.tuple([ids, z.boolean()]), returns<Mutation>()),
  'threads:purge': channel(z.tuple([ids]), returns<Mutation>()),
  'threads:move': channel(z.tuple([ids, id.nullable()]), returns<Mutation>()),
  'threads:label': channel(z.tuple([ids, id, z.boolean()]), returns<Mutation>()),
  'threads:noResponseNeeded': channel(z.tuple([ids, z.boolean()]), returns<Mutation>()),

  'contacts:block': channel(z.tuple([id, z.boolean()]), returns<Mutation>()),
  'messages:report': channel(z.tuple([id, z.string().trim().min(1).max(1000)]), returns<Report>()),
  'messages:send': channel(z.tuple([sendMessageSchema]), returns<ThreadDetail>()),

  'folders:list': channel(z.tuple([]), returns<Folder[]>()),
  'folders:create': channel(z.tuple([name, id.nullable()]), returns<Folder>()),
  'folders:rename': channel(z.tuple([id, name]), returns<Folder>()),
  'folders:move': channel(z.tuple([id, id.nullable()]), returns<Folder>()),
  /** Refused with CONFLICT when the folder (or a subfolder) holds threads, unless `moveThreadsTo` is given. */
  'folders:delete': channel(
    z.tuple([id, z.object({ moveThreadsTo: id.nullable() }).strict().optional()]),
    returns<Mutation>(),
  ),

  'labels:list': channel(z.tuple([]), returns<Label[]>()),
  'labels:create': channel(
    z.tuple([z.object({ name, color, kind: z.enum(LABEL_KINDS) }).strict()]),
    returns<Label>(),
  ),
  'labels:update': channel(
    z.tuple([
      id,
      z
        .object({ name, color, kind: z.enum(LABEL_KINDS) })
        .partial()
        .strict(),
    ]),
    returns<Label>(),
  ),
  'labels:delete': channel(z.tuple([id]), returns<Mutation>()),

  'policy:check': channel(z.tuple([z.string().max(100_000)]), returns<Finding[]>()),
  'attachments:validate': channel(
    z.tuple([z.array(attachmentUploadSchema).min(1).max(20)]),
    returns<AttachmentCheck>(),
  ),

  'dashboard:metrics': channel(
    z.tuple([
      z
        .object({
          days: z.union(DASHBOARD_WINDOWS.map((d) => z.literal(d))),
          timeZone: z.string().min(1).max(100),
        })
        .strict(),
    ]),
    returns<DashboardMetrics>(),
  ),

  'templates:list': channel(z.tuple([]), returns<ReplyTemplate[]>()),
  'templates:create': channel(z.tuple([templateInputSchema]), returns<ReplyTemplate>()),
  'templates:update': channel(z.tuple([id, templateInputSchema.partial()]), returns<ReplyTemplate>()),
  'templates:delete': channel(z.tuple([id]), returns<{ id: string }>()),
  /** The template's text with its placeholders filled from the thread (and the seller's name). */
  'templates:fill': channel(z.tuple([id, id]), returns<FilledTemplate>()),

  'notifications:getSettings': channel(z.tuple([]), returns<NotificationSettings>()),
  'notifications:setSettings': channel(z.tuple([notificationPatchSchema]), returns<NotificationSettings>()),

  'backup:status': channel(z.tuple([]), returns<BackupStatus>()),
  'backup:setSettings': channel(
    z.tuple([
      z
        .object({
          auto: z.boolean().optional(),
          keep: z.number().int().min(1).max(MAX_BACKUPS_KEPT).optional(),
        })
        .strict(),
    ]),
    returns<BackupStatus>(),
  ),
  'backup:create': channel(z.tuple([]), returns<BackupResult>()),
  /** Replaces the whole mailbox by a backup of the list (the current data is set aside, not deleted). */
  'backup:restore': channel(z.tuple([z.string().regex(OUTPUT_FILE_NAME)]), returns<BackupResult>()),
  'export:pdf': channel(
    z.tuple([
      z.union([
        z.object({ threadId: id }).strict(),
        z.object({ orderNumber: z.string().regex(ORDER_NUMBER_PATTERN) }).strict(),
      ]),
      z.enum(['fr', 'en']),
    ]),
    returns<ExportResult>(),
  ),
  'export:mbox': channel(
    z.tuple([
      z.union([
        z.object({ threadId: id }).strict(),
        z.object({ folderId: id }).strict(),
        z.object({ everything: z.literal(true) }).strict(),
      ]),
    ]),
    returns<ExportResult>(),
  ),
  /** Starts importing mail files (one run at a time); progress and the summary arrive as events. */
  'import:start': channel(
    z.tuple([
      z
        .object({ sources: z.array(importSourceSchema).min(1).max(1000), all: z.boolean().default(false) })
        .strict(),
    ]),
    returns<{ jobId: string }>(),
  ),
  /** Stops the run after the mail in hand; what was imported stays. */
  'import:cancel': channel(z.tuple([id]), returns<{ cancelled: boolean }>()),
  /** The mail account (no secret), how its password is protected, and the sync status. */
  'mail:overview': channel(z.tuple([]), returns<MailOverview>()),
  'mail:setAccount': channel(z.tuple([accountInputSchema]), returns<MailOverview>()),
  /** Tries IMAP and SMTP logins with these settings; says exactly what failed (FR / EN). */
  'mail:testAccount': channel(z.tuple([accountInputSchema]), returns<AccountTest>()),
  'mail:removeAccount': channel(z.tuple([]), returns<MailOverview>()),
  'mail:syncNow': channel(z.tuple([]), returns<MailStatus>()),
  'outbox:list': channel(z.tuple([id.optional()]), returns<OutboxEntry[]>()),
  'outbox:retry': channel(z.tuple([id]), returns<OutboxEntry | null>()),
  /** Gives up a waiting reply; its text is returned so the composer can take it back. */
  'outbox:discard': channel(z.tuple([id]), returns<OutboxEntry | null>()),
  /**
   * Order import from the app: each report file is announced (`uploadBegin`), sent in pieces of at
   * most ORDER_UPLOAD_CHUNK_BYTES (`uploadChunk`, in order: bytes over the desktop IPC, base64 over
   * the web harness's JSON, as attachments), then imported together
   * (`import`), or dropped (`uploadDiscard`, on cancel). The CLI reads files directly.
   */
  'orders:uploadBegin': channel(
    z.tuple([
      z
        .object({
          name: z.string().min(1).max(300),
          size: z
            .number()
            .int()
            .min(0)
            .max(1024 ** 3),
        })
        .strict(),
    ]),
    returns<{ uploadId: string }>(),
  ),
  'orders:uploadChunk': channel(
    z.tuple([id, z.number().int().min(0), reportPieceSchema]),
    returns<{ received: number }>(),
  ),
  'orders:import': channel(z.tuple([z.array(id).min(1).max(50)]), returns<OrdersImportSummary>()),
  'orders:uploadDiscard': channel(z.tuple([z.array(id).min(1).max(50)]), returns<{ discarded: number }>()),

  /** Demo mode only (`--demo`): a buyer message arrives, so notices and the reply clock can be tried. */
  'demo:simulateInbound': channel(
    z.tuple([
      z.object({ threadId: id.optional(), body: z.string().trim().min(1).max(5000).optional() }).strict(),
    ]),
    returns<{ threadId: string; messageId: string }>(),
  ),
} as const

export type Contract = typeof contract
export type Channel = keyof Contract
export type ChannelArgs<C extends Channel> = z.output<Contract[C]['args']>
/** What the renderer passes (defaults may be omitted). */
export type ChannelInput<C extends Channel> = z.input<Contract[C]['args']>
export type ChannelResult<C extends Channel> = Contract[C]['result']
export const CHANNELS = Object.keys(contract) as Channel[]

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(contract, value)
}

/** Push events, main → renderer. */
export interface Events {
  /** The store changed (any command, from any window, or an incoming message). */
  'store:changed': StoreChangedEvent
  /** A new inbound message arrived. */
  'message:new': { threadId: string; messageId: string; blocked: boolean }
  /** A new inbound message passed the notification settings: announce it (web mode: an in-app notice). */
  'notification:show': NotificationRequest
  /** The user clicked a desktop notification: open that thread. */
  'notification:open': { threadId: string }
  /** The desktop menu bar chose a command of the shared catalog (shared/commands/catalog.ts). */
  'command:run': { id: string }
  /** How far a backup, restore or export has got. */
  'safekeeping:progress': SafekeepingProgress
  /** An import run moved on (at most every ~200 ms). */
  'import:progress': ImportProgressEvent
  /** An import run ended (finished, cancelled or stopped by an error), with its summary. */
  'import:done': ImportDoneEvent
  /** The live mailbox's state changed (syncing, online, offline with the error). */
  'mail:status': MailStatus
  /** The Outbox changed (a reply waiting, sent, refused). */
  'outbox:changed': { threadIds: string[] }
}
export type EventName = keyof Events
export const EVENT_NAMES: EventName[] = [
  'store:changed',
  'message:new',
  'notification:show',
  'notification:open',
  'command:run',
  'safekeeping:progress',
  'import:progress',
  'import:done',
  'mail:status',
  'outbox:changed',
]

export type { AttachmentVerdict }
