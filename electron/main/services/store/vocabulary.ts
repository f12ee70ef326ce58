/**
 * A set of distinct strings ("keys"), each with a posting list of document numbers, and substring
 * search over the keys. A word of three characters or more goes through a trigram index of the keys
 * (key-trigrams.ts): only the keys holding all of its trigrams are read. Shorter ones, found in most
 * keys anyway, take one `indexOf` sweep over the keys joined in one string (separated by a newline,
 * which no key holds) instead of a Map walk that chases a pointer per key.
 *
 * Postings loaded from the index file stay in one flat array (`base`, no object per key); documents
 * added since go to small per-key lists (`tails`). Both are in ascending document order.
 */

import { KeyIds } from './key-ids'
import { KeyTrigrams } from './key-trigrams'

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

/**
 * Which kinds of characters a string holds, one bit each: the 26 ASCII letters, digits, and five
 * buckets for everything else. A key can only contain a word when it holds every kind the word holds,
 * so the keys added since the trigram index was built are tested by their mask (an int) before being
 * read.
 */
export function charMask(text: string): number {
  let mask = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 97 && code <= 122) mask |= 1 << (code - 97)
    else if (code >= 48 && code <= 57) mask |= 1 << 26
    else mask |= 1 << (27 + (code % 5))
  }
  return mask
}

/** A vocabulary as saved: keys joined (each followed by a newline), postings flat with their starts. */
export interface SavedVocabulary {
  joined: string
  /** keys + 1 offsets into `docs`. */
  starts: Int32Array
  docs: Int32Array
}

export class Vocabulary {
  readonly keys: string[] = []
  /** Built on the first new key (a loaded vocabulary is searched long before it is added to). */
  private ids: KeyIds | null = new KeyIds(this.keys)
  private base: SavedVocabulary = { joined: '', starts: new Int32Array(1), docs: new Int32Array(0) }
  private baseKeys = 0
  private readonly tails: (IntList | undefined)[] = []
  /** The last document posted under each key: a document lists a key once however often it says it. */
  private lastDoc = new Int32Array(16).fill(-1)
  private joined = ''
  private joinedKeys = 0
  /** Where each joined key starts in `joined` (ascending), for mapping a hit back to its key. */
  private textStarts = new Int32Array(16)
  /** `charMask` of each key. */
  private masks = new Int32Array(16)
  /** Postings held, including those of retired documents. */
  postingCount = 0
  private trigramIndex: KeyTrigrams | null = null

  static load(saved: SavedVocabulary): Vocabulary {
    const vocabulary = new Vocabulary()
    const keys = saved.joined === '' ? [] : saved.joined.slice(0, -1).split(SEPARATOR)
    for (const key of keys) vocabulary.keys.push(key)
    vocabulary.ids = null
    vocabulary.base = saved
    vocabulary.baseKeys = keys.length
    vocabulary.postingCount = saved.docs.length
    vocabulary.lastDoc = new Int32Array(Math.max(16, keys.length)).fill(-1)
    vocabulary.joined = saved.joined
    vocabulary.joinedKeys = keys.length
    vocabulary.textStarts = new Int32Array(Math.max(16, keys.length))
    vocabulary.masks = new Int32Array(Math.max(16, keys.length))
    let offset = 0
    for (let i = 0; i < keys.length; i++) {
      vocabulary.textStarts[i] = offset
      vocabulary.masks[i] = charMask(keys[i]!)
      offset += keys[i]!.length + SEPARATOR.length
    }
    return vocabulary
  }

  get size(): number {
    return this.keys.length
  }

  /** The id of `key`, added if new. */
  idOf(key: string): number {
    this.ids ??= KeyIds.fromJoined(this.keys, this.joined, this.joinedKeys)
    let id = this.ids.get(key)
    if (id < 0) {
      id = this.keys.length
      this.keys.push(key)
      this.ids.add(id)
      if (id === this.lastDoc.length) {
        const grown = new Int32Array(id * 2).fill(-1)
        grown.set(this.lastDoc)
        this.lastDoc = grown
      }
      if (id === this.masks.length) {
        const grown = new Int32Array(id * 2)
        grown.set(this.masks)
        this.masks = grown
      }
      this.masks[id] = charMask(key)
    }
    return id
  }

  /** Records that document `doc` holds key `id`. Returns true when it was not recorded yet. */
  post(id: number, doc: number): boolean {
    if (this.lastDoc[id] === doc) return false
    this.lastDoc[id] = doc
    const tail = (this.tails[id] ??= new IntList())
    tail.push(doc)
    this.postingCount++
    return true
  }

  /** Calls `visit` with the id of every key that contains `needle` (each key once). */
  eachKeyContaining(needle: string, visit: (id: number) => void): void {
    if (needle.length >= 3) {
      // The keys holding every trigram of the word, then those added since the trigrams were built.
      const trigrams = this.trigrams()
      const { keys, masks } = this
      for (const id of trigrams.candidates(needle)) if (keys[id]!.includes(needle)) visit(id)
      const wanted = charMask(needle)
      for (let id = trigrams.builtKeys; id < keys.length; id++) {
        if ((masks[id]! & wanted) === wanted && keys[id]!.includes(needle)) visit(id)
      }
      return
    }
    // One or two characters have no trigram (and are found nearly everywhere): one sweep over the
    // joined keys.
    this.catchUpJoined()
    const { joined, textStarts } = this
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
        if (textStarts[mid]! <= at) low = mid
        else high = mid - 1
      }
      visit(low)
      from = low + 1 < count ? textStarts[low + 1]! : joined.length
    }
  }

  /**
   * The trigram index of the keys, built at the first search that needs it (not at open: a session
   * that never searches never pays for it) and again once the keys added since outnumber an eighth of
   * those it holds (they are tested one by one until then).
   */
  private trigrams(): KeyTrigrams {
    const built = this.trigramIndex
    const added = this.keys.length - (built?.builtKeys ?? 0)
    if (built && added <= Math.max(1024, built.builtKeys / 8)) return built
    this.catchUpJoined()
    this.trigramIndex = new KeyTrigrams(this.joined, this.joinedKeys)
    return this.trigramIndex
  }

  /** Calls `visit` with the id of every key the regex matches. */
  eachKeyMatching(pattern: RegExp, visit: (id: number) => void): void {
    const keys = this.keys
    for (let id = 0; id < keys.length; id++) if (pattern.test(keys[id]!)) visit(id)
  }

  /** Calls `visit(docs, from, to)` for the stretches of documents listed under key `id`. */
  eachDocRange(id: number, visit: (docs: Int32Array, from: number, to: number) => void): void {
    if (id < this.baseKeys) visit(this.base.docs, this.base.starts[id]!, this.base.starts[id + 1]!)
    const tail = this.tails[id]
    if (tail) visit(tail.items, 0, tail.length)
  }

  /** The vocabulary as saved, keeping only the documents `keep` accepts. */
  save(keep: (doc: number) => boolean): SavedVocabulary {
    this.catchUpJoined()
    const starts = new Int32Array(this.keys.length + 1)
    let docs = new Int32Array(Math.max(16, this.postingCount))
    let length = 0
    for (let id = 0; id < this.keys.length; id++) {
      starts[id] = length
      this.eachDocRange(id, (items, from, to) => {
        if (length + (to - from) > docs.length) {
          const grown = new Int32Array((length + (to - from)) * 2)
          grown.set(docs.subarray(0, length))
          docs = grown
        }
        for (let i = from; i < to; i++) if (keep(items[i]!)) docs[length++] = items[i]!
      })
    }
    starts[this.keys.length] = length
    return { joined: this.joined, starts, docs: docs.subarray(0, length) }
  }

  private catchUpJoined(): void {
    if (this.joinedKeys === this.keys.length) return
    const fresh = this.keys.slice(this.joinedKeys)
    if (this.textStarts.length < this.keys.length) {
      const grown = new Int32Array(Math.max(this.keys.length, this.textStarts.length * 2))
      grown.set(this.textStarts)
      this.textStarts = grown
    }
    let offset = this.joined.length
    for (let i = 0; i < fresh.length; i++) {
      this.textStarts[this.joinedKeys + i] = offset
      offset += fresh[i]!.length + SEPARATOR.length
    }
    this.joined = `${this.joined}${fresh.join(SEPARATOR)}${SEPARATOR}`
    // Flatten once here rather than at the first indexOf of every search.
    this.joined.indexOf('\0')
    this.joinedKeys = this.keys.length
  }
}
