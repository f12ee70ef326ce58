/**
 * The full-text index behind keyword and order search: every thread's text (subject, counterpart,
 * order number, bodies: what the keyword search has always looked at) cut into chunks at whitespace,
 * each distinct chunk listed once with the documents that hold it. A query word then costs one sweep
 * over the distinct chunks (a few MB at a million messages) plus the postings of the chunks it hits,
 * instead of a regex over every body.
 *
 * A thread's text is one document. Text only ever grows (a message added, an order number learnt) or
 * goes with its thread, so a changed thread simply gets a new document and the old one is retired:
 * its postings stay but point nowhere. When retired postings outnumber live ones the owner rebuilds.
 *
 * Exactness: see text-match.ts (plain chunks folded and compared with `includes`, others matched with
 * the search's own regex), proven against the reference in query-engine.property.test.ts.
 */
import { foldPlainChunk, isPlainChunk, isPlainWord, keywordMatcher } from './text-match'
import { Vocabulary } from './vocabulary'
import type { SavedVocabulary } from './vocabulary'

/** The index as saved to disk (search-index-file.ts): only documents still in use. */
export interface SavedSearchIndex {
  docCount: number
  docPostings: Int32Array
  plain: SavedVocabulary
  odd: SavedVocabulary
  orders: SavedVocabulary
}

const WHITESPACE = /\s+/

export class SearchIndex {
  /** Retired postings tolerated before a compaction is worth it, in number and share (tests lower both). */
  static compactAfterRetired = 100_000
  static compactAtShare = 0.5
  /** Plain chunks, folded. */
  private plain = new Vocabulary()
  /** Every other chunk, as written. */
  private odd = new Vocabulary()
  /** Order numbers' digits (the order filter compares digits only). */
  private orders = new Vocabulary()
  /** Document → row of the thread table, or -1 once retired. */
  private docRow = new Int32Array(1024)
  private docPostings = new Int32Array(1024)
  private docCount = 0
  private retiredPostings = 0
  /** False while the index is exactly what was read from disk (nothing to save). */
  changedSinceLoad = true
  /** Chunk as written → its key: a plain key's id, or -1 - an odd key's id. */
  private readonly chunkKeys = new Map<string, number>()

  /** Indexes one thread's texts as a new document of `row`; returns the document number. */
  addDocument(row: number, texts: readonly string[], orderDigits: string): number {
    this.changedSinceLoad = true
    const doc = this.docCount++
    if (doc === this.docRow.length) {
      this.docRow = grow(this.docRow)
      this.docPostings = grow(this.docPostings)
    }
    this.docRow[doc] = row
    let posted = 0
    for (const text of texts) posted += this.addText(text, doc)
    if (orderDigits !== '' && this.orders.post(this.orders.idOf(orderDigits), doc)) posted++
    this.docPostings[doc] = posted
    return doc
  }

  /**
   * An index read back from disk. Every document starts retired: the thread table claims each one
   * whose thread is unchanged (`claim`) and indexes the others afresh.
   */
  static load(saved: SavedSearchIndex): SearchIndex {
    const index = new SearchIndex()
    index.plain = Vocabulary.load(saved.plain)
    index.odd = Vocabulary.load(saved.odd)
    index.orders = Vocabulary.load(saved.orders)
    index.docCount = saved.docCount
    const capacity = Math.max(1024, saved.docCount * 2)
    index.docRow = new Int32Array(capacity).fill(-1)
    index.docPostings = new Int32Array(capacity)
    index.docPostings.set(saved.docPostings.subarray(0, saved.docCount))
    for (let doc = 0; doc < saved.docCount; doc++) index.retiredPostings += index.docPostings[doc]!
    index.changedSinceLoad = false
    return index
  }

  /** Whether `doc` is a document of this index that nobody holds (a loaded one not yet claimed). */
  isFree(doc: number): boolean {
    return doc >= 0 && doc < this.docCount && this.docRow[doc] === -1
  }

  /** Gives a loaded document to `row` (its thread's text is what the document was built from). */
  claim(doc: number, row: number): void {
    this.docRow[doc] = row
    this.retiredPostings -= this.docPostings[doc]!
  }

  /** The index to save: documents still held, and the postings of those alone. */
  save(): SavedSearchIndex {
    const live = (doc: number) => this.docRow[doc]! >= 0
    const docPostings = this.docPostings.slice(0, this.docCount)
    for (let doc = 0; doc < this.docCount; doc++) if (!live(doc)) docPostings[doc] = 0
    return {
      docCount: this.docCount,
      docPostings,
      plain: this.plain.save(live),
      odd: this.odd.save(live),
      orders: this.orders.save(live),
    }
  }

  retire(doc: number): void {
    if (this.docRow[doc] === -1) return
    this.changedSinceLoad = true
    this.docRow[doc] = -1
    this.retiredPostings += this.docPostings[doc]!
  }

  /** True when most postings belong to retired documents: time to rebuild. */
  isWasteful(): boolean {
    const total = this.plain.postingCount + this.odd.postingCount + this.orders.postingCount
    return (
      this.retiredPostings > SearchIndex.compactAfterRetired &&
      this.retiredPostings > total * SearchIndex.compactAtShare
    )
  }

  /**
   * Sets `rows[row] = 1` for every thread whose text matches the folded query word; returns how many
   * rows it set (0: the word is found nowhere).
   */
  markWord(word: string, rows: Uint8Array): number {
    let marked = 0
    const mark = (vocabulary: Vocabulary) => (id: number) => (marked += this.markDocs(vocabulary, id, rows))
    // A word outside the plain alphabet cannot match a plain chunk (text-match.test.ts).
    if (isPlainWord(word)) this.plain.eachKeyContaining(word, mark(this.plain))
    if (this.odd.size > 0) this.odd.eachKeyMatching(keywordMatcher(word), mark(this.odd))
    return marked
  }

  /** Sets `rows[row] = 1` for every thread whose order number's digits contain `digits`; returns how many. */
  markOrder(digits: string, rows: Uint8Array): number {
    let marked = 0
    this.orders.eachKeyContaining(digits, (id) => (marked += this.markDocs(this.orders, id, rows)))
    return marked
  }

  stats(): { plainKeys: number; oddKeys: number; postings: number; retired: number } {
    return {
      plainKeys: this.plain.size,
      oddKeys: this.odd.size,
      postings: this.plain.postingCount + this.odd.postingCount + this.orders.postingCount,
      retired: this.retiredPostings,
    }
  }

  /** Marks the rows of the live documents listed under key `id`; returns how many were not marked yet. */
  private markDocs(vocabulary: Vocabulary, id: number, rows: Uint8Array): number {
    const docRow = this.docRow
    let marked = 0
    vocabulary.eachDocRange(id, (docs, from, to) => {
      for (let i = from; i < to; i++) {
        const row = docRow[docs[i]!]!
        if (row < 0) continue
        marked += 1 - rows[row]!
        rows[row] = 1
      }
    })
    return marked
  }

  private addText(text: string, doc: number): number {
    let posted = 0
    const chunks = text.split(WHITESPACE)
    for (let i = 0; i < chunks.length; i++) {
      const chunk = chunks[i]!
      if (chunk === '') continue
      // Each distinct chunk is classified and folded once, however many messages say it.
      let key = this.chunkKeys.get(chunk)
      if (key === undefined) {
        key = isPlainChunk(chunk) ? this.plain.idOf(foldPlainChunk(chunk)) : -1 - this.odd.idOf(chunk)
        this.chunkKeys.set(chunk, key)
      }
      if (key >= 0 ? this.plain.post(key, doc) : this.odd.post(-1 - key, doc)) posted++
    }
    return posted
  }
}

function grow(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(array.length * 2)
  grown.set(array)
  return grown
}
