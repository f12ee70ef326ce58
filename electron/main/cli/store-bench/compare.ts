/** Checks that the SQLite peer answered exactly what the store answered (else its figures mean nothing). */
import type { Answers } from './measure'

/** JSON with sorted keys: two answers are equal whatever order their fields were built in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  )
}

export function compareAnswers(
  store: Answers,
  peer: Answers,
  storeFirst: string[],
  peerFirst: string[],
): string[] {
  const mismatches: string[] = []
  const check = (name: string, a: unknown, b: unknown) => {
    if (canonical(a) !== canonical(b))
      mismatches.push(`${name}: store ${canonical(a).slice(0, 300)} / SQLite ${canonical(b).slice(0, 300)}`)
  }
  for (const [name, answer] of Object.entries(store.pages)) check(name, answer, peer.pages[name])
  check('sidebar counts', store.counts, peer.counts)
  check('first Inbox page at open', storeFirst, peerFirst)
  check('Inbox after every change', store.final.inbox, peer.final.inbox)
  check('counts after every change', store.final.counts, peer.final.counts)
  check('search after every change', store.final.search, peer.final.search)
  return mismatches
}
