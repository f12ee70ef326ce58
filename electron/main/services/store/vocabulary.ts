/**
 * A set of distinct strings ("keys"), each with a posting list of document numbers, and substring
 * search over the keys. The keys are also kept joined in one string (separated by a newline, which no
 * key holds), so finding every key that contains a word is one `indexOf` sweep over a few megabytes
 * instead of a Map walk that chases a pointer per key.
 */

/** A growable list of int32 document numbers. */
class IntList {
  items = new Int32Array(4)
  length = 0

  push(value: number): void {
    if (this.length === this.items.length) {
      const grown = new Int32Array(this.items.length * 2)
      grown.set(this.items)
      this.items = grown
    }
    this.items[this.length++] = value
  }
}

const SEPARATOR = '\n'

export class Vocabulary {
  private readonly ids = new Map<string, number>()
  readonly keys: string[] = []
  private readonly postings: IntList[] = []
  /** The last document posted under each key: a document lists a key once however often it says it. */
  private readonly lastDoc: number[] = []
  private joined = ''
  private joinedKeys = 0
  /** Where each joined key starts in `joined` (ascending), for mapping a hit back to its key. */
  private starts = new Int32Array(16)
  /** Postings written, including those of retired documents. */
  postingCount = 0

  get size(): number {
    return this.keys.length
  }

  /** The id of `key`, added if new. */
  idOf(key: string): number {
    let id = this.ids.get(key)
    if (id === undefined) {
      id = this.keys.length
      this.ids.set(key, id)
      this.keys.push(key)
      this.postings.push(new IntList())
      this.lastDoc.push(-1)
    }
    return id
  }

  /** Records that document `doc` holds key `id`. Returns true when it was not recorded yet. */
  post(id: number, doc: number): boolean {
    if (this.lastDoc[id] === doc) return false
    this.lastDoc[id] = doc
    this.postings[id]!.push(doc)
    this.postingCount++
    return true
  }

  /** Calls `visit` with the id of every key that contains `needle` (each key once). */
  eachKeyContaining(needle: string, visit: (id: number) => void): void {
    this.catchUpJoined()
    const { joined, starts } = this
    const count = this.joinedKeys
    let from = 0
    for (;;) {
      const at = joined.indexOf(needle, from)
      if (at < 0) return
      // The key holding position `at`: the last start at or before it.
      let low = 0
      let high = count - 1
      while (low < high) {
        const mid = (low + high + 1) >>> 1
        if (starts[mid]! <= at) low = mid
        else high = mid - 1
      }
      visit(low)
      from = low + 1 < count ? starts[low + 1]! : joined.length
    }
  }

  /** Calls `visit` with the id of every key the regex matches. */
  eachKeyMatching(pattern: RegExp, visit: (id: number) => void): void {
    const keys = this.keys
    for (let id = 0; id < keys.length; id++) if (pattern.test(keys[id]!)) visit(id)
  }

  /** Calls `visit` with every document listed under key `id`. */
  eachDoc(id: number, visit: (doc: number) => void): void {
    const list = this.postings[id]!
    const items = list.items
    for (let i = 0; i < list.length; i++) visit(items[i]!)
  }

  /** The documents listed under `id`, as a view (valid until the next `post`). */
  docsOf(id: number): Int32Array {
    const list = this.postings[id]!
    return list.items.subarray(0, list.length)
  }

  private catchUpJoined(): void {
    if (this.joinedKeys === this.keys.length) return
    const fresh = this.keys.slice(this.joinedKeys)
    if (this.starts.length < this.keys.length) {
      const grown = new Int32Array(Math.max(this.keys.length, this.starts.length * 2))
      grown.set(this.starts)
      this.starts = grown
    }
    let offset = this.joined.length
    for (let i = 0; i < fresh.length; i++) {
      this.starts[this.joinedKeys + i] = offset
      offset += fresh[i]!.length + SEPARATOR.length
    }
    this.joined = `${this.joined}${fresh.join(SEPARATOR)}${SEPARATOR}`
    // Flatten once here rather than at the first indexOf of every search.
    this.joined.indexOf('\0')
    this.joinedKeys = this.keys.length
  }
}
