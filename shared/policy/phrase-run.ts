/**
 * Runs one compiled pattern at one token: a backtracking walk over the match tree, within a sentence,
 * with a step limit per attempt (and a budget per text that the caller spends).
 */
import type { Node, TokNode } from './phrase-compiler'
import type { Token } from './text'

interface Ctx {
  toks: readonly Token[]
  sent: number
  steps: number
  start: number
  end: number
  probe: boolean
}

/** Steps for one attempt, and for all the attempts on one text (a safety net for adversarial input). */
const STEP_LIMIT = 4_000
export const TEXT_STEP_BUDGET = 3_000_000

export function tokOk(n: TokNode, t: Token): boolean {
  if (n.exact.has(t.norm) || n.rawExact.has(t.raw)) return true
  if (n.num && t.num) return true
  const stems = n.stemIndex.get(t.pre)
  if (stems) for (const s of stems) if (t.norm.startsWith(s)) return true
  return false
}

/** What to match after the current sequence ends: the rest of an enclosing sequence (a linked list). */
interface Cont {
  seq: readonly Node[]
  i: number
  next: Cont | null
}

/**
 * Matches seq[i…] at token ti, then the continuation. At the very end (cont null) the match succeeds
 * when it consumed at least one token; c.end records where it stopped. A look-ahead (`not`) runs with
 * c.probe set, where reaching the end always succeeds.
 */
function run(seq: readonly Node[], i: number, ti: number, c: Ctx, cont: Cont | null): boolean {
  if (++c.steps > STEP_LIMIT) return false
  if (i === seq.length) {
    if (cont) return run(cont.seq, cont.i, ti, c, cont.next)
    if (c.probe) return true
    if (ti <= c.start) return false
    c.end = ti
    return true
  }
  const n = seq[i] as Node
  switch (n.k) {
    case 'tok': {
      const t = c.toks[ti]
      const opens = !n.bos || ti === 0 || (c.toks[ti - 1] as Token).sent !== c.sent
      if (t && t.sent === c.sent && opens && tokOk(n, t) && run(seq, i + 1, ti + 1, c, cont)) return true
      return n.opt && run(seq, i + 1, ti, c, cont)
    }
    case 'gap': {
      for (let g = 0; g <= n.max; g++) {
        if (g > 0) {
          const skipped = c.toks[ti + g - 1]
          if (!skipped || skipped.sent !== c.sent) break
        }
        if (run(seq, i + 1, ti + g, c, cont)) return true
      }
      return false
    }
    case 'grp': {
      const after: Cont = { seq, i: i + 1, next: cont }
      for (const alt of n.alts) if (run(alt, 0, ti, c, after)) return true
      return n.opt && run(seq, i + 1, ti, c, cont)
    }
    case 'not': {
      const probe = c.probe
      c.probe = true
      let found = false
      for (const alt of n.alts) if (run(alt, 0, ti, c, null)) found = true
      c.probe = probe
      return !found && run(seq, i + 1, ti, c, cont)
    }
  }
}

/** Index of the first token after the match of `seq` starting at token `ti` (or -1), and the steps used. */
export function matchAt(
  seq: readonly Node[],
  toks: readonly Token[],
  ti: number,
): { end: number; steps: number } {
  const first = toks[ti]
  if (!first) return { end: -1, steps: 0 }
  const c: Ctx = { toks, sent: first.sent, steps: 0, start: ti, end: -1, probe: false }
  run(seq, 0, ti, c, null)
  return { end: c.end, steps: c.steps }
}
