/**
 * The languages the checker speaks, in order of preference (the first wins a tie: French first). To add
 * Italian or Spanish: write ./it.ts like ./de.ts, add it here and to LANGS in ../types.ts, and add its
 * words to the lexicon sets.
 */
import type { Lang } from '../types'
import { GERMAN } from './de'
import { ENGLISH } from './en'
import { FRENCH } from './fr'
import type { LanguageData } from './types'

export const LANGUAGES: Readonly<Record<Lang, LanguageData>> = { fr: FRENCH, en: ENGLISH, de: GERMAN }
