/**
 * Which keys of a vocabulary hold each trigram (three characters in a row), so that finding the keys
 * that contain a word looks at the few keys holding all of its trigrams instead of every key. A key
 * that contains the word holds each of its trigrams, so the candidates are a superset of the answer;
 * the caller still tests each candidate with `includes`, so results are exact.
 *
 * Trigrams are hashed into buckets (a collision only adds candidates, never loses one), and the key
 * ids of each bucket sit in one flat array (no object per trigram): at a million messages, 237,000
 * keys and 5.2 M characters make ~5 M ids (20 MB), built in a single pass of two sweeps. A word found
 * nowhere usually has a trigram no key holds, so it costs a few bucket look-ups instead of a sweep over
 * every key (6 ms at a million messages).
 */

/** The bucket of the trigram (a, b, c): a multiplicative hash, top `bits` bits. */
function bucketOf(a: number, b: number, c: number, shift: number): number {
  return Math.imul(((a << 16) | b) ^ Math.imul(c, 0x9e3779b1), 0x85ebca6b) >>> shift
}

export class KeyTrigrams {
  /** Bucket b's key ids are `ids[starts[b]] … ids[starts[b + 1] - 1]`, ascending. */
  private readonly starts: Int32Array
  private readonly ids: Int32Array
  private readonly shift: number

  /**
   * Indexes the `keyCount` keys of `joined` (each followed by a newline, which no key holds): one
   * flat string swept twice (count, then fill) costs ~30 ms at a million messages, where reading the
   * 237,000 key strings one by one cost several times that.
   */
  constructor(joined: string, keyCount: number) {
    // About 64 characters per bucket, between 2^10 and 2^17 buckets: the two arrays the sweeps write
    // at random then stay within the processor's cache (2^20 buckets made the build twice as slow).
    const bits = Math.min(17, Math.max(10, Math.ceil(Math.log2(joined.length / 64 + 1))))
    this.shift = 32 - bits
    const buckets = 1 << bits
    const starts = new Int32Array(buckets + 1)
    // The last key counted in each bucket: a key holding a trigram twice is listed once.
    const last = new Int32Array(buckets)
    sweep(joined, this.shift, last, starts, null)
    for (let b = 0; b < buckets; b++) starts[b + 1]! += starts[b]!
    const ids = new Int32Array(starts[buckets]!)
    sweep(joined, this.shift, last, starts.slice(0, buckets), ids)
    this.starts = starts
    this.ids = ids
    this.builtKeys = keyCount
  }

  /** Keys from here on were added after the build: not indexed. */
  readonly builtKeys: number

  /**
   * The ids of the indexed keys holding every trigram of `needle` (at least three characters), in
   * ascending order: each list is cut down by the next, shortest first.
   */
  candidates(needle: string): Int32Array {
    const ranges: [number, number][] = []
    for (let i = 2; i < needle.length; i++) {
      const bucket = bucketOf(
        needle.charCodeAt(i - 2),
        needle.charCodeAt(i - 1),
        needle.charCodeAt(i),
        this.shift,
      )
      ranges.push([this.starts[bucket]!, this.starts[bucket + 1]!])
    }
    ranges.sort((a, b) => a[1] - a[0] - (b[1] - b[0]))
    const [first, second] = ranges[0]!
    let found: Int32Array = this.ids.slice(first, second)
    for (let r = 1; r < ranges.length && found.length > 0; r++) {
      const [from, to] = ranges[r]!
      found = this.keepListed(found, from, to)
    }
    return found
  }

  /** The ids of `found` also listed in `ids[from … to)` (both ascending), kept in place. */
  private keepListed(found: Int32Array, from: number, to: number): Int32Array {
    const { ids } = this
    let kept = 0
    let at = from
    // Lists of like sizes are merged; a list much longer than what is left is galloped through.
    const gallop = (to - from) / 16 > found.length
    for (let i = 0; i < found.length && at < to; i++) {
      const id = found[i]!
      if (gallop) {
        let step = 1
        while (at + step < to && ids[at + step]! < id) step *= 2
        let low = at
        let high = Math.min(at + step, to - 1)
        while (low < high) {
          const mid = (low + high) >>> 1
          if (ids[mid]! < id) low = mid + 1
          else high = mid
        }
        at = low
      } else {
        while (at < to - 1 && ids[at]! < id) at++
      }
      if (ids[at]! < id) break // every id left in the list is smaller: nothing more to keep
      if (ids[at] === id) found[kept++] = id
    }
    return found.subarray(0, kept)
  }
}

const SEPARATOR = 10 // '\n'

/**
 * Goes through every trigram of every key, each distinct bucket once per key: without `ids`, counts
 * them (`slots[bucket + 1]++`); with `ids`, writes the key's id at `slots[bucket]++`.
 */
function sweep(
  joined: string,
  shift: number,
  last: Int32Array,
  slots: Int32Array,
  ids: Int32Array | null,
): void {
  last.fill(-1)
  let id = 0
  let run = 0
  let a = 0
  let b = 0
  for (let i = 0; i < joined.length; i++) {
    const c = joined.charCodeAt(i)
    if (c === SEPARATOR) {
      id++
      run = 0
      continue
    }
    if (run >= 2) {
      const bucket = bucketOf(a, b, c, shift)
      if (last[bucket] !== id) {
        last[bucket] = id
        if (ids === null) slots[bucket + 1]!++
        else ids[slots[bucket]!++] = id
      }
    }
    a = b
    b = c
    run++
  }
}
