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

const WHITESPACE = /\s+/

export class SearchIndex {
  /** Plain chunks, folded. */
  private readonly plain = new Vocabulary()
  /** Every other chunk, as written. */
  private readonly odd = new Vocabulary()
  /** Order numbers' digits (the order filter compares digits only). */
  private readonly orders = new Vocabulary()
  /** Document → row of the thread table, or -1 once retired. */
  private docRow = new Int32Array(1024)
  private docPostings = new Int32Array(1024)
  private docCount = 0
  private retiredPostings = 0
  /** Chunk as written → its key: a plain key's id, or -1 - an odd key's id. */
  private readonly chunkKeys = new Map<string, number>()

  /** Indexes one thread's texts as a new document of `row`; returns the document number. */
  addDocument(row: number, texts: readonly string[], orderDigits: string): number {
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

  retire(doc: number): void {
    if (this.docRow[doc] === -1) return
    this.docRow[doc] = -1
    this.retiredPostings += this.docPostings[doc]!
  }

  /** True when most postings belong to retired documents: time to rebuild. */
  isWasteful(): boolean {
    const total = this.plain.postingCount + this.odd.postingCount + this.orders.postingCount
    return this.retiredPostings > 100_000 && this.retiredPostings * 2 > total
  }

  /** Sets `rows[row] = 1` for every thread whose text matches the folded query word. */
  markWord(word: string, rows: Uint8Array): void {
    const mark = (vocabulary: Vocabulary) => (id: number) => this.markDocs(vocabulary, id, rows)
    // A word outside the plain alphabet cannot match a plain chunk (text-match.test.ts).
    if (isPlainWord(word)) this.plain.eachKeyContaining(word, mark(this.plain))
    if (this.odd.size > 0) this.odd.eachKeyMatching(keywordMatcher(word), mark(this.odd))
  }

  /** Sets `rows[row] = 1` for every thread whose order number's digits contain `digits`. */
  markOrder(digits: string, rows: Uint8Array): void {
    this.orders.eachKeyContaining(digits, (id) => this.markDocs(this.orders, id, rows))
  }

  stats(): { plainKeys: number; oddKeys: number; postings: number; retired: number } {
    return {
      plainKeys: this.plain.size,
      oddKeys: this.odd.size,
      postings: this.plain.postingCount + this.odd.postingCount + this.orders.postingCount,
      retired: this.retiredPostings,
    }
  }

  private markDocs(vocabulary: Vocabulary, id: number, rows: Uint8Array): void {
    const docs = vocabulary.docsOf(id)
    const docRow = this.docRow
    for (let i = 0; i < docs.length; i++) {
      const row = docRow[docs[i]!]!
      if (row >= 0) rows[row] = 1
    }
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
