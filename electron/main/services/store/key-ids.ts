/**
 * Key → id for a vocabulary's keys: an open-addressing table of ids (linear probing) over a 32-bit
 * hash of each key computed here, with the hashes kept by id so that growing never hashes a key again.
 *
 * Why not a Map: a vocabulary read back from disk needs the look-up only when its first new key comes
 * (the first mail after an open), and a Map of its 237,000 keys (at a million messages) took 0.1–0.4 s
 * to build, holding the command queue that long. This table is built from the keys joined in one
 * string, one sweep of ~5 MB, and takes about 3 MB.
 */

const SEPARATOR = 10 // '\n'
const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193

/** FNV-1a's low bits barely depend on the last characters (keys differing in a digit pile up in one run of slots): mixed first. */
function finish(hash: number): number {
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b)
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35)
  return hash ^ (hash >>> 16)
}

function hashOf(key: string): number {
  let hash = FNV_OFFSET
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), FNV_PRIME)
  return finish(hash)
}

export class KeyIds {
  /** id + 1 at the slot its hash leads to (or the next free one); 0 is a free slot. */
  private slots = new Int32Array(1024)
  private hashes = new Int32Array(512)

  constructor(private readonly keys: readonly string[]) {}

  /** The table of `keys`, the first `joinedKeys` of them read from `joined` (each followed by a newline). */
  static fromJoined(keys: readonly string[], joined: string, joinedKeys: number): KeyIds {
    const table = new KeyIds(keys)
    table.reserve(keys.length)
    let id = 0
    let hash = FNV_OFFSET
    for (let i = 0; i < joined.length && id < joinedKeys; i++) {
      const code = joined.charCodeAt(i)
      if (code !== SEPARATOR) {
        hash = Math.imul(hash ^ code, FNV_PRIME)
        continue
      }
      table.insert(id++, finish(hash))
      hash = FNV_OFFSET
    }
    for (; id < keys.length; id++) table.insert(id, hashOf(keys[id]!))
    return table
  }

  /** The id of `key`, or -1. */
  get(key: string): number {
    const hash = hashOf(key)
    const mask = this.slots.length - 1
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = this.slots[slot]!
      if (held === 0) return -1
      if (this.hashes[held - 1] === hash && this.keys[held - 1] === key) return held - 1
    }
  }

  /** Records that `keys[id]` (a key not held yet) has this id. */
  add(id: number): void {
    this.reserve(id + 1)
    this.insert(id, hashOf(this.keys[id]!))
  }

  private insert(id: number, hash: number): void {
    this.hashes[id] = hash
    const mask = this.slots.length - 1
    let slot = hash & mask
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask
    this.slots[slot] = id + 1
  }

  /** Room for `keys` keys: the hashes by id, and twice as many slots (probes stay short). */
  private reserve(keys: number): void {
    if (keys > this.hashes.length) {
      const grown = new Int32Array(Math.max(keys, this.hashes.length * 2))
      grown.set(this.hashes)
      this.hashes = grown
    }
    if (keys * 2 <= this.slots.length) return
    let size = this.slots.length
    while (keys * 2 > size) size *= 2
    const old = this.slots
    this.slots = new Int32Array(size)
    const mask = size - 1
    for (const held of old) {
      if (held === 0) continue
      let slot = this.hashes[held - 1]! & mask
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask
      this.slots[slot] = held
    }
  }
}
