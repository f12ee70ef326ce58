/**
 * The services of "answer in time": dashboard metrics, reply templates, notification settings and
 * the announcer of new inbound messages, plus the demo-only simulated message. Kept apart from app.ts
 * so the composition root only spreads these handlers in.
 */
import path from 'node:path'
import type { EventName, Events } from '../../../shared/ipc/contract'
import { ComptoirError } from '../../../shared/ipc/result'
import { isValidTimeZone } from '../../../shared/model/local-days'
import { computeDashboardMetrics } from '../../../shared/model/reply-metrics'
import { fillTemplate, placeholderValuesOf } from '../../../shared/templates/placeholders'
import type { Handlers } from './router'
import type { MailboxStore } from './store'
import { createAnnouncer } from './notifications/announcer'
import { createFileNotificationSettings } from './notifications/settings-file'
import type { NotificationSettingsBackend } from './notifications/settings-file'
import { simulateInbound } from './notifications/simulate-inbound'
import { STARTER_TEMPLATES, TemplateStore } from './templates'

type ReplyChannels =
  | 'dashboard:metrics'
  | 'templates:list'
  | 'templates:create'
  | 'templates:update'
  | 'templates:delete'
  | 'templates:fill'
  | 'notifications:getSettings'
  | 'notifications:setSettings'
  | 'demo:simulateInbound'

export interface ReplyToolsOptions {
  store: MailboxStore
  userDataDir: string
  demo: boolean
  /** electron-store on the desktop; a JSON file beside the store otherwise. */
  notificationSettings?: NotificationSettingsBackend
  emit: <E extends EventName>(event: E, payload: Events[E]) => void
  now?: () => number
}

export async function createReplyTools(options: ReplyToolsOptions) {
  const { store } = options
  const now = options.now ?? Date.now
  const templates = await TemplateStore.open(
    path.join(options.userDataDir, 'templates.json'),
    STARTER_TEMPLATES,
  )
  for (const warning of templates.openWarnings) console.error(`[comptoir] templates: ${warning}`)
  const notificationSettings =
    options.notificationSettings ??
    createFileNotificationSettings(path.join(options.userDataDir, 'notifications.json'))
  const announce = createAnnouncer({
    getThread: (id) => store.getThread(id),
    settings: () => notificationSettings.get(),
    show: (request) => options.emit('notification:show', request),
    now,
  })

  const handlers: Pick<Handlers, ReplyChannels> = {
    'dashboard:metrics': ({ days, timeZone }) => {
      if (!isValidTimeZone(timeZone)) throw new ComptoirError('BAD_REQUEST', `Unknown time zone: ${timeZone}`)
      return computeDashboardMetrics(store.timelines(), { nowMs: now(), timeZone, days })
    },
    // A buyer is offered buyers' starters and their own templates, never the sellers' replies.
    'templates:list': () => templates.list(store.owner()?.role ?? 'seller'),
    'templates:create': (input) => templates.create(input),
    'templates:update': (id, patch) => templates.update(id, patch),
    'templates:delete': (id) => templates.delete(id),
    'templates:fill': (templateId, threadId) =>
      fillTemplate(
        templates.get(templateId).body,
        placeholderValuesOf(store.getThread(threadId), store.owner()?.displayName ?? null),
      ),
    'notifications:getSettings': () => notificationSettings.get(),
    'notifications:setSettings': (patch) => notificationSettings.set(patch),
    'demo:simulateInbound': (input) => simulateInbound(store, input, options.demo),
  }

  return {
    handlers,
    /** Call with each new inbound message; a faulty announcement never disturbs the store. */
    announce(event: Events['message:new']) {
      try {
        announce(event)
      } catch (error) {
        console.error('[comptoir] could not announce a new message', error)
      }
    },
  }
}
