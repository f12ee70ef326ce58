/**
 * `npm run policy:train` — trains the policy checker's learned second opinion (shared/policy/learned) on
 * the labelled sets in tests/data/policy and measures it.
 *
 *   --cv                 leave one set out: train on the other sets, score the held-out one with the rules
 *                        alone and with the model's warnings added, at several thresholds
 *   --rules SET=FILE     for --cv, the rules' output on SET read from FILE (policy:check JSON Lines, e.g.
 *                        the checker as it stood at that set's first look) instead of the current rules
 *   --write              train on every set and write shared/policy/learned/weights.ts
 *
 * Sets named train-*.jsonl are training data only: --cv never holds them out.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { checkPolicy, quotedLines, spanAt } from '../../../shared/policy/check'
import { sentenceFeatures, sentenceRanges } from '../../../shared/policy/learned/features'
import { probability } from '../../../shared/policy/learned/model'
import type { RuleModel } from '../../../shared/policy/learned/model'
import { tokenize } from '../../../shared/policy/text'

/** The rules written as phrases, where wording is the signal (numbers and addresses are the rules' job). */
export const LEARNED_RULES = ['marketing', 'review-manipulation', 'contact-social'] as const
const THRESHOLDS = [0.5, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995, 0.999, 0.9999]

/**
 * Sets written as training data (`train-*.jsonl`: short messages, so a message's label is nearly its
 * sentence's) are always trained on and never held out: they are not a blind round's first look.
 */
const TRAINING_ONLY = (name: string): boolean => name.startsWith('train-')

interface Row {
  id: string
  text: string
  expect: string[]
  forbid: string[]
}

interface Sample {
  row: Row
  sentences: string[][]
}

const DATA = new URL('../../../tests/data/policy/', import.meta.url)

function loadSets(): Map<string, Sample[]> {
  const sets = new Map<string, Sample[]>()
  for (const file of readdirSync(DATA)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    const rows = readFileSync(new URL(file, DATA), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as Row)
    sets.set(file.replace(/\.jsonl$/, ''), rows.map(prepare))
  }
  return sets
}

function prepare(row: Row): Sample {
  const tokens = tokenize(row.text)
  const quoted = quotedLines(row.text)
  const ranges = sentenceRanges(tokens, (pos) => spanAt(quoted, pos) !== undefined)
  return { row, sentences: ranges.map(([from, to]) => sentenceFeatures(tokens, from, to)) }
}

/** Deterministic shuffling (xorshift), so that a training run is reproducible. */
function shuffle<T>(items: T[], seed: number): T[] {
  let x = seed
  for (let i = items.length - 1; i > 0; i--) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    const j = (x >>> 0) % (i + 1)
    ;[items[i], items[j]] = [items[j] as T, items[i] as T]
  }
  return items
}

/** Logistic regression by stochastic gradient descent, L2-regularised, classes weighted to balance. */
function sgd(examples: Array<[string[], number]>, epochs = 25, rate = 0.15, l2 = 1e-4): RuleModel {
  const weights = new Map<string, number>()
  let bias = 0
  const positives = examples.filter(([, y]) => y === 1).length || 1
  const negatives = examples.length - positives || 1
  const weightOf = (y: number): number =>
    y === 1 ? examples.length / (2 * positives) : examples.length / (2 * negatives)
  for (let epoch = 0; epoch < epochs; epoch++) {
    const lr = rate / (1 + epoch * 0.2)
    for (const [features, y] of shuffle([...examples], 7 + epoch)) {
      let z = bias
      for (const f of features) z += weights.get(f) ?? 0
      const g = (1 / (1 + Math.exp(-z)) - y) * weightOf(y)
      bias -= lr * g
      for (const f of features) {
        const w = weights.get(f) ?? 0
        weights.set(f, w - lr * (g + l2 * w))
      }
    }
  }
  return { bias, threshold: 0.9, weights }
}

/**
 * A message says which rules it breaks, not which sentence: first every sentence of a message that breaks
 * the rule is a positive, then only the sentence the first model finds most likely (multiple-instance
 * learning in its simplest form). Every sentence of a message that must not be flagged is a negative.
 */
export function trainRule(samples: readonly Sample[], rule: string): RuleModel {
  const negatives: Array<[string[], number]> = []
  for (const s of samples)
    if (s.row.forbid.includes(rule)) for (const f of s.sentences) negatives.push([f, 0])
  const positive = samples.filter((s) => s.row.expect.includes(rule) && s.sentences.length > 0)
  const first = sgd([
    ...negatives,
    ...positive.flatMap((s) => s.sentences.map((f): [string[], number] => [f, 1])),
  ])
  const best = positive.map((s): [string[], number] => {
    let top = s.sentences[0] as string[]
    for (const f of s.sentences) if (probability(first, f) > probability(first, top)) top = f
    return [top, 1]
  })
  return prune(sgd([...negatives, ...best]))
}

/** Small weights change no decision: dropped, the rest rounded, so the shipped data stays small. */
function prune(m: RuleModel): RuleModel {
  const weights = new Map<string, number>()
  for (const [f, w] of m.weights) if (Math.abs(w) >= 0.05) weights.set(f, Math.round(w * 1000) / 1000)
  return { bias: Math.round(m.bias * 1000) / 1000, threshold: m.threshold, weights }
}

function maxProbability(model: RuleModel, s: Sample): number {
  let best = 0
  for (const f of s.sentences) best = Math.max(best, probability(model, f))
  return best
}

interface Counts {
  tp: number
  fn: number
  fp: number
}

function score(samples: readonly Sample[], flagged: (s: Sample) => Set<string>): Counts {
  const c = { tp: 0, fn: 0, fp: 0 }
  for (const s of samples) {
    const f = flagged(s)
    for (const r of s.row.expect) {
      if (f.has(r)) c.tp++
      else c.fn++
    }
    for (const r of s.row.forbid) if (f.has(r)) c.fp++
  }
  return c
}

const fmt = (c: Counts): string =>
  `P ${(c.tp / Math.max(1, c.tp + c.fp)).toFixed(3)} R ${(c.tp / Math.max(1, c.tp + c.fn)).toFixed(3)} (tp ${c.tp} fn ${c.fn} fp ${c.fp})`

function rulesOutput(file: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>()
  for (const line of readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('{'))) {
    const o = JSON.parse(line) as { id: string; findings: Array<{ rule: string; severity: string }> }
    out.set(o.id, new Set(o.findings.filter((f) => f.severity !== 'info').map((f) => f.rule)))
  }
  return out
}

function crossValidate(sets: Map<string, Sample[]>, external: Map<string, string>): void {
  const total = new Map<string, Counts>()
  const add = (key: string, c: Counts): void => {
    const t = total.get(key) ?? { tp: 0, fn: 0, fp: 0 }
    total.set(key, { tp: t.tp + c.tp, fn: t.fn + c.fn, fp: t.fp + c.fp })
  }
  for (const [name, held] of sets) {
    if (TRAINING_ONLY(name)) continue
    const training = [...sets].filter(([n]) => n !== name).flatMap(([, s]) => s)
    const models = new Map(LEARNED_RULES.map((r) => [r, trainRule(training, r)]))
    const file = external.get(name)
    const given = file ? rulesOutput(file) : null
    const rules = (s: Sample): Set<string> =>
      new Set(
        given?.get(s.row.id) ??
          checkPolicy(s.row.text)
            .filter((f) => f.severity !== 'info')
            .map((f) => f.rule),
      )
    const alone = score(held, rules)
    console.log(`${name.padEnd(10)} ${file ? 'first-look rules' : 'current rules   '} alone   ${fmt(alone)}`)
    add('alone', alone)
    for (const t of THRESHOLDS) {
      const withModel = score(held, (s) => {
        const f = rules(s)
        for (const [r, m] of models) if (!f.has(r) && maxProbability(m, s) >= t) f.add(r)
        return f
      })
      console.log(`${' '.repeat(27)} + model ${t.toFixed(3)} ${fmt(withModel)}`)
      add(`model ${t}`, withModel)
    }
    // per rule: what the model's warnings add at each threshold (found, false alarms), to choose a
    // threshold per rule on the other rounds
    for (const [r, m] of models)
      for (const t of THRESHOLDS) {
        let found = 0
        let falseAlarms = 0
        for (const s of held) {
          if (rules(s).has(r) || maxProbability(m, s) < t) continue
          if (s.row.expect.includes(r)) found++
          else if (s.row.forbid.includes(r)) falseAlarms++
        }
        console.log(`gain ${name} ${r} ${t} ${found} ${falseAlarms}`)
      }
  }
  for (const [k, c] of total) console.log(`all sets   ${k.padEnd(12)} ${fmt(c)}`)
}

function writeWeights(sets: Map<string, Sample[]>, threshold: number): void {
  const all = [...sets.values()].flat()
  const lines = [
    '// Generated by `npm run policy:train -- --write` from tests/data/policy/*.jsonl: do not edit by hand.',
    "import type { PackedRuleModel } from './model'",
    '',
    'export const WEIGHTS: Record<string, PackedRuleModel> = {',
  ]
  for (const rule of LEARNED_RULES) {
    const m = trainRule(all, rule)
    const packed = [...m.weights]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([f, w]) => `${f} ${w}`)
      .join('\t')
    lines.push(
      `  '${rule}': { bias: ${m.bias}, threshold: ${threshold}, packed: ${JSON.stringify(packed)} },`,
    )
    console.log(`${rule}: ${m.weights.size} weights`)
  }
  lines.push('}', '')
  writeFileSync(new URL('../../../shared/policy/learned/weights.ts', import.meta.url), lines.join('\n'))
}

const args = process.argv.slice(2)
const sets = loadSets()
if (args.includes('--cv')) {
  const external = new Map<string, string>()
  args.forEach((a, i) => {
    if (a !== '--rules') return
    const [set, file] = (args[i + 1] ?? '').split('=')
    if (set && file) external.set(set, file)
  })
  crossValidate(sets, external)
}
const t = args.indexOf('--threshold')
if (args.includes('--write')) writeWeights(sets, t >= 0 ? Number(args[t + 1]) : 0.9)
