/**
 * The query engine against a plain reference (query-reference.ts): random small mailboxes, random
 * combined queries, every page walked with the cursor.
 */
import fc from 'fast-check'
import { describe, expect, it, onTestFinished } from 'vitest'
import { countViews, listTuning, runQuery } from './query-engine'
import { engineFor, mailboxArb, queryArb, reference } from './query-reference'

describe('query engine vs reference', () => {
  it('returns the same threads, in the same order, page after page, with the same totals', () => {
    onTestFinished(() => {
      listTuning.sortAtMost = 256
    })
    fc.assert(
      fc.property(
        mailboxArb,
        fc.array(queryArb, { minLength: 1, maxLength: 8 }),
        fc.constantFrom(1, 2, 8),
        // Matching rows sorted directly (up to 256) or met in activity order (0: always; 3: mixed).
        fc.constantFrom(0, 3, 256),
        (snapshot, queries, partitions, sortAtMost) => {
          listTuning.sortAtMost = sortAtMost
          const { index, meta } = engineFor(snapshot, partitions)
          const ref = reference(snapshot)
          for (const query of queries) {
            const expected = ref.query(query)
            const seen: string[] = []
            let cursor: string | null = null
            do {
              const page = runQuery(index, meta.folders, { ...query, ...(cursor ? { cursor } : {}) })
              expect(page.total).toBe(expected.length)
              expect(page.threads.length).toBeLessThanOrEqual(query.limit ?? 50)
              for (const summary of page.threads) {
                const row = expected.find((r) => r.thread.id === summary.id)
                expect(row, `unexpected thread ${summary.id}`).toBeDefined()
                expect(summary).toMatchObject({
                  needsReply: row!.needsReply,
                  unreadCount: row!.unreadCount,
                  waitingSince: row!.waitingSince,
                  blocked: row!.blocked,
                })
              }
              seen.push(...page.threads.map((t) => t.id))
              cursor = page.nextCursor
            } while (cursor)
            expect(seen).toEqual(expected.map((r) => r.thread.id))
          }
          expect(
            countViews(
              index,
              meta.folders,
              meta.labels.map((l) => l.id),
            ),
          ).toEqual(ref.counts())
        },
      ),
      { numRuns: 1000 },
    )
  })
})
