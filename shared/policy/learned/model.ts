/**
 * The learned second opinion: one logistic model per rule over sentence features (features.ts), trained
 * at build time on the labelled sets (`npm run policy:train`, electron/main/cli/policy-train.ts) and
 * shipped as data (weights.ts). It only speaks where the rules found nothing for a rule, and only as a
 * warning: it has read a few thousand messages, not the rules' reasons.
 */
import type { Token } from '../text'
import { sentenceFeatures, sentenceRanges } from './features'

export interface RuleModel {
  bias: number
  /** Probability from which a sentence is reported. */
  threshold: number
  weights: Map<string, number>
}

/** Weights as shipped: "feature weight" pairs separated by tabs (compact for the repository). */
export interface PackedRuleModel {
  bias: number
  threshold: number
  packed: string
}

export function unpack(m: PackedRuleModel): RuleModel {
  const weights = new Map<string, number>()
  for (const entry of m.packed.split('\t')) {
    const cut = entry.lastIndexOf(' ')
    if (cut > 0) weights.set(entry.slice(0, cut), Number(entry.slice(cut + 1)))
  }
  return { bias: m.bias, threshold: m.threshold, weights }
}

export function probability(model: RuleModel, features: readonly string[]): number {
  let z = model.bias
  for (const f of features) z += model.weights.get(f) ?? 0
  return 1 / (1 + Math.exp(-z))
}

export interface Opinion {
  rule: string
  start: number
  end: number
  probability: number
}

/**
 * For each rule of `models` not in `flagged`, the most likely sentence when it reaches the model's
 * threshold. `quoted` tells whether a text offset lies in a quoted line (not the sender's words).
 */
export function secondOpinions(
  tokens: readonly Token[],
  quoted: (pos: number) => boolean,
  models: ReadonlyMap<string, RuleModel>,
  flagged: ReadonlySet<string>,
): Opinion[] {
  const rules = [...models.keys()].filter((r) => !flagged.has(r))
  if (rules.length === 0 || tokens.length === 0) return []
  const out: Opinion[] = []
  const ranges = sentenceRanges(tokens, quoted)
  const features = ranges.map(([from, to]) => sentenceFeatures(tokens, from, to))
  for (const rule of rules) {
    const model = models.get(rule) as RuleModel
    let best: Opinion | null = null
    features.forEach((f, i) => {
      const p = probability(model, f)
      if (p < model.threshold || (best && best.probability >= p)) return
      const [from, to] = ranges[i] as [number, number]
      best = {
        rule,
        start: (tokens[from] as Token).start,
        end: (tokens[to - 1] as Token).end,
        probability: p,
      }
    })
    if (best) out.push(best)
  }
  return out
}
