/**
 * A perspective turns what the user selected in the sidebar (a system view, a folder or a label) plus
 * the filter bar into one ThreadQuery. It also round-trips through the URL hash, so that Back restores
 * the previous selection and filters.
 */
import type { SystemView, ThreadQuery } from './query'
import { SYSTEM_VIEWS } from './query'

export type Perspective =
  | { kind: 'view'; view: SystemView }
  | { kind: 'folder'; folderId: string }
  | { kind: 'label'; labelId: string }

export interface Filters {
  unread?: boolean
  needsReply?: boolean
  sent?: boolean
  received?: boolean
  from?: string
  to?: string
  order?: string
  keywords?: string
}

export interface UiLocation {
  perspective: Perspective
  filters: Filters
  threadId: string | null
}

export const DEFAULT_LOCATION: UiLocation = {
  perspective: { kind: 'view', view: 'inbox' },
  filters: {},
  threadId: null,
}

export function perspectiveQuery(perspective: Perspective, filters: Filters): ThreadQuery {
  const query: ThreadQuery = {}
  if (perspective.kind === 'view') query.view = perspective.view
  if (perspective.kind === 'folder') query.folderId = perspective.folderId
  if (perspective.kind === 'label') query.labelId = perspective.labelId
  for (const flag of ['unread', 'needsReply', 'sent', 'received'] as const)
    if (filters[flag]) query[flag] = true
  for (const text of ['from', 'to', 'order', 'keywords'] as const) {
    const value = filters[text]?.trim()
    if (value) query[text] = value
  }
  return query
}

const FLAG_KEYS = { unread: 'unread', needsReply: 'needs-reply', sent: 'sent', received: 'received' } as const
const TEXT_KEYS = { from: 'from', to: 'to', order: 'order', keywords: 'q' } as const

/** `#/view/inbox?unread=1&q=colis&thread=t12` */
export function encodeLocation(location: UiLocation): string {
  const p = location.perspective
  const head =
    p.kind === 'view'
      ? `/view/${p.view}`
      : p.kind === 'folder'
        ? `/folder/${encodeURIComponent(p.folderId)}`
        : `/label/${encodeURIComponent(p.labelId)}`
  const params: string[] = []
  for (const [key, name] of Object.entries(FLAG_KEYS)) {
    if (location.filters[key as keyof typeof FLAG_KEYS]) params.push(`${name}=1`)
  }
  for (const [key, name] of Object.entries(TEXT_KEYS)) {
    const value = location.filters[key as keyof typeof TEXT_KEYS]
    if (value) params.push(`${name}=${encodeURIComponent(value)}`)
  }
  if (location.threadId) params.push(`thread=${encodeURIComponent(location.threadId)}`)
  return `#${head}${params.length ? '?' + params.join('&') : ''}`
}

export function decodeLocation(hash: string): UiLocation {
  const [path = '', search = ''] = hash.replace(/^#/, '').split('?', 2)
  const [, kind, rawId] = path.split('/')
  const id = safeDecode(rawId ?? '')
  let perspective: Perspective = DEFAULT_LOCATION.perspective
  if (kind === 'view' && (SYSTEM_VIEWS as readonly string[]).includes(id))
    perspective = { kind: 'view', view: id as SystemView }
  else if (kind === 'folder' && id) perspective = { kind: 'folder', folderId: id }
  else if (kind === 'label' && id) perspective = { kind: 'label', labelId: id }
  const values = new Map<string, string>()
  for (const pair of search.split('&')) {
    const [key, value = ''] = pair.split('=', 2)
    if (key) values.set(key, safeDecode(value))
  }
  const filters: Filters = {}
  for (const [key, name] of Object.entries(FLAG_KEYS))
    if (values.get(name) === '1') filters[key as keyof typeof FLAG_KEYS] = true
  for (const [key, name] of Object.entries(TEXT_KEYS)) {
    const value = values.get(name)
    if (value) filters[key as keyof typeof TEXT_KEYS] = value
  }
  return { perspective, filters, threadId: values.get('thread') || null }
}

export function samePerspective(a: Perspective, b: Perspective): boolean {
  return (
    encodeLocation({ perspective: a, filters: {}, threadId: null }) ===
    encodeLocation({ perspective: b, filters: {}, threadId: null })
  )
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return ''
  }
}
