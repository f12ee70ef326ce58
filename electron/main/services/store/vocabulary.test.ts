/**
 * Substring search over a vocabulary's keys finds exactly the keys that contain the word, whichever way
 * it goes: the trigram index (words of three characters or more), the keys added since it was built,
 * the index built again once they pile up, and the sweep over the joined keys (shorter words).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { KeyTrigrams } from './key-trigrams'
import { Vocabulary } from './vocabulary'

// Few letters, so that words are found in many keys and trigrams repeat inside keys.
const keyArb = fc.string({
  unit: fc.constantFrom('a', 'b', 'c', 'é', '-', '4', '’'),
  minLength: 1,
  maxLength: 12,
})

function containing(vocabulary: Vocabulary, needle: string): string[] {
  const found: number[] = []
  vocabulary.eachKeyContaining(needle, (id) => found.push(id))
  expect(new Set(found).size, `"${needle}" visited a key twice`).toBe(found.length)
  return found.map((id) => vocabulary.keys[id]!).sort()
}

const expected = (keys: readonly string[], needle: string) => keys.filter((k) => k.includes(needle)).sort()

describe('vocabulary substring search', () => {
  it('finds exactly the keys containing the word, before and after keys are added', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(keyArb, { maxLength: 60 }),
        fc.uniqueArray(keyArb, { maxLength: 30 }),
        fc.array(keyArb, { minLength: 1, maxLength: 8 }),
        (first, later, needles) => {
          const vocabulary = new Vocabulary()
          for (const key of first) vocabulary.idOf(key)
          for (const needle of needles)
            expect(containing(vocabulary, needle)).toEqual(expected(first, needle))
          // Keys added after the trigrams were built are tested one by one.
          for (const key of later) vocabulary.idOf(key)
          const keys = vocabulary.keys
          for (const needle of needles) expect(containing(vocabulary, needle)).toEqual(expected(keys, needle))
        },
      ),
      { numRuns: 300 },
    )
  })

  it('builds its trigrams again once many keys were added, and a loaded vocabulary searches the same', () => {
    const vocabulary = new Vocabulary()
    for (let i = 0; i < 500; i++) vocabulary.idOf(`k${i}-commande`)
    expect(containing(vocabulary, 'k12-')).toEqual(['k12-commande'])
    // More than 1,024 keys since the build: the next search indexes them all again.
    for (let i = 500; i < 2000; i++) vocabulary.idOf(`k${i}-colis`)
    expect(containing(vocabulary, '1999-')).toEqual(['k1999-colis'])
    expect(containing(vocabulary, '99-co')).toEqual(expected(vocabulary.keys, '99-co'))
    const loaded = Vocabulary.load(vocabulary.save(() => true))
    expect(containing(loaded, 'colis')).toHaveLength(1500)
    expect(containing(loaded, 'xylophone')).toEqual([])
  })
})

describe('vocabulary ids', () => {
  it('gives every key one id, added or read back, however many keys come', () => {
    const vocabulary = new Vocabulary()
    for (let i = 0; i < 3000; i++) expect(vocabulary.idOf(`key${i}`)).toBe(i)
    for (let i = 2999; i >= 0; i--) expect(vocabulary.idOf(`key${i}`)).toBe(i)
    const loaded = Vocabulary.load(vocabulary.save(() => true))
    expect(loaded.idOf('key2999')).toBe(2999)
    expect(loaded.idOf('nouveau')).toBe(3000)
    expect(loaded.idOf('key0')).toBe(0)
    expect(loaded.idOf('nouveau')).toBe(3000)
    expect(loaded.size).toBe(3001)
  })
})

describe('key trigrams', () => {
  it('list every key holding all the trigrams of a word, and none twice', () => {
    const keys = ['aaaa', 'abcabc', 'bca', 'xyz', 'cab']
    const trigrams = new KeyTrigrams(`${keys.join('\n')}\n`, keys.length)
    expect([...trigrams.candidates('abca')]).toEqual(expect.arrayContaining([1]))
    expect([...trigrams.candidates('aaa')]).toEqual(expect.arrayContaining([0]))
    const listed = [...trigrams.candidates('bca')]
    expect(new Set(listed).size).toBe(listed.length)
  })
})
