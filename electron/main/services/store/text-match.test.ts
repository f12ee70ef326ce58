/**
 * The two claims the full-text index rests on (see text-match.ts), checked character by character
 * against the regexes the keyword search builds, so an indexed search finds exactly what a scan finds:
 *   1. in a plain chunk, the regex of a plain word matches exactly where the folded chunk contains it;
 *   2. a folded query word holding any other character matches no plain chunk at all.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  foldPlainChunk,
  foldText,
  isPlainChunk,
  isPlainWord,
  keywordMatcher,
  keywordWords,
} from './text-match'

const everyBmpCharacter = (): string[] => {
  const chars: string[] = []
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue
    chars.push(String.fromCharCode(code))
  }
  return chars
}
const plainCharacters = everyBmpCharacter().filter((c) => !/\s/.test(c) && isPlainChunk(c))
/** Every character a folded query word can hold that the index searches with `includes`. */
const plainWordCharacters = [
  ...new Set(plainCharacters.flatMap((c) => [...foldText(c)]).filter((c) => isPlainWord(c))),
]

describe('plain chunks', () => {
  it('fold one character into one character', () => {
    for (const char of plainCharacters) expect(foldPlainChunk(char), char).toHaveLength(1)
    expect(foldPlainChunk('Éc`ran’S')).toBe(foldText('Éc`ran’S'))
  })

  it('match a plain word character exactly where their folded form equals it', () => {
    for (const word of plainWordCharacters) {
      const regex = keywordMatcher(word)
      for (const char of plainCharacters) {
        expect(regex.test(char), `${word} in ${char}`).toBe(foldPlainChunk(char) === word)
      }
    }
  })

  it('match any plain word as the folded chunk contains it', () => {
    const plainChar = fc.constantFrom(...plainCharacters)
    const wordChar = fc.constantFrom(...plainWordCharacters)
    fc.assert(
      fc.property(
        fc.array(plainChar, { minLength: 1, maxLength: 12 }).map((c) => c.join('')),
        fc.array(wordChar, { minLength: 1, maxLength: 4 }).map((c) => c.join('')),
        (chunk, word) => {
          expect(keywordMatcher(word).test(chunk)).toBe(foldPlainChunk(chunk).includes(word))
        },
      ),
      { numRuns: 20_000 },
    )
  })
})

describe('words beyond the plain alphabet', () => {
  it('match no plain character', () => {
    const allPlain = plainCharacters.join('')
    const outside = new Set<string>()
    for (const char of everyBmpCharacter()) {
      for (const word of keywordWords(char)) for (const c of word) if (!isPlainWord(c)) outside.add(c)
    }
    expect(outside.size).toBeGreaterThan(1000)
    for (const char of outside) expect(keywordMatcher(char).test(allPlain), char).toBe(false)
  })

  it('are never treated as plain', () => {
    for (const word of ['sœur', 'straße', 'ø', 'µ', 'ı', 'colis🙂']) {
      for (const folded of keywordWords(word)) {
        if ([...folded].some((c) => !plainWordCharacters.includes(c))) expect(isPlainWord(folded)).toBe(false)
      }
    }
  })
})
