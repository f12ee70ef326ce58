/**
 * The state two desktops share through the mail server, per thread: read ↔ `\Seen`, labels ↔
 * keywords, folders ↔ mailboxes, archive/trash ↔ the special-use mailboxes, "no response needed" ↔
 * a keyword. Pure: compares three states (the base last agreed, the local one, the server's) and
 * says what to push and what to apply. See docs/architecture.md "Live mailbox" for the rules.
 */
import type { MailboxRole, TeamState } from './sync-state'

export const SEEN = '\\Seen'
export const NO_RESPONSE_NEEDED_KEYWORD = '$ComptoirNoReply'
const LABEL_PREFIX = '$CL_'

/** Label names travel as keywords: an atom of hex digits, since keywords are case-insensitive ASCII. */
export function labelKeyword(name: string): string {
  return LABEL_PREFIX + Buffer.from(name.normalize('NFC'), 'utf8').toString('hex')
}

export function labelFromKeyword(keyword: string): string | null {
  if (!keyword.toUpperCase().startsWith(LABEL_PREFIX)) return null
  const hex = keyword.slice(LABEL_PREFIX.length)
  if (!/^(?:[0-9a-fA-F]{2})+$/.test(hex)) return null
  return Buffer.from(hex, 'hex').toString('utf8')
}

export interface ServerCopy {
  role: MailboxRole
  path: string
  flags: string[]
}

/** The thread as the server shows it, or null when only Sent copies exist (nothing to share). */
export function serverState(
  copies: ServerCopy[],
  folderPathOf: (mailboxPath: string) => string,
): TeamState | null {
  const held = copies.filter((copy) => copy.role !== 'sent')
  if (held.length === 0) return null
  const labels = new Set<string>()
  for (const copy of held)
    for (const flag of copy.flags) {
      const name = labelFromKeyword(flag)
      if (name !== null) labels.add(name)
    }
  const roles = new Set(held.map((copy) => copy.role))
  const folder = held.find((copy) => copy.role === 'folder')
  // A new message in the Inbox brings a thread back, as it does locally; otherwise the most
  // specific place wins.
  const location = roles.has('inbox')
    ? 'inbox'
    : folder
      ? `folder:${folderPathOf(folder.path)}`
      : roles.has('archive')
        ? 'archive'
        : 'trash'
  return {
    read: held.every((copy) => copy.flags.includes(SEEN)),
    labels: [...labels].sort(),
    location,
    noResponseNeeded: held.some((copy) =>
      copy.flags.some((f) => f.toLowerCase() === NO_RESPONSE_NEEDED_KEYWORD.toLowerCase()),
    ),
  }
}

export interface Resolution {
  result: TeamState
  push: Partial<TeamState>
  apply: Partial<TeamState>
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/**
 * Three-way merge per attribute. Changed on one side only → that side wins. Changed on both → the
 * local change is pushed (the last desktop to reach the server wins). Labels merge as sets: each
 * side's additions and removals are kept.
 */
export function resolve(base: TeamState | undefined, local: TeamState, server: TeamState): Resolution {
  if (!base) return { result: server, push: {}, apply: diff(local, server) }
  const result: TeamState = { ...server }
  for (const key of ['read', 'location', 'noResponseNeeded'] as const) {
    if (!same(local[key], base[key])) (result as unknown as Record<string, unknown>)[key] = local[key]
  }
  const labels = new Set(server.labels)
  for (const name of local.labels) if (!base.labels.includes(name)) labels.add(name)
  for (const name of base.labels) if (!local.labels.includes(name)) labels.delete(name)
  result.labels = [...labels].sort()
  return { result, push: diff(server, result), apply: diff(local, result) }
}

function diff(from: TeamState, to: TeamState): Partial<TeamState> {
  const out: Partial<TeamState> = {}
  for (const key of Object.keys(to) as (keyof TeamState)[]) {
    if (!same(from[key], to[key])) (out as Record<string, unknown>)[key] = to[key]
  }
  return out
}
