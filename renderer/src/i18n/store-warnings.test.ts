import { describe, expect, it } from 'vitest'
import { tIn } from './t-in'
import { storeWarningText } from './store-warnings'
import type { StoreWarning } from '../../../shared/model/store-warnings'

const make = tIn

const storeDir = '/home/vendeur/.comptoir/mailbox'

describe('the store opening warnings in the user language', () => {
  it('words a damaged partition in French only, and in English only', async () => {
    const damaged: StoreWarning = {
      kind: 'file-damaged',
      storeDir,
      file: 'gen-3-n16/p-04.json',
      damage: 'not-json',
      reason: 'not valid JSON, probably truncated (Unexpected end of JSON input)',
      where: 'damaged/p-04.json',
      lost: 'partition',
    }
    expect(storeWarningText(damaged, await make('fr'))).toBe(
      `Fichier de la boîte endommagé : gen-3-n16/p-04.json (illisible, probablement tronqué), mis de côté sous damaged/p-04.json dans ${storeDir} ; les conversations, messages et contacts qu’il contenait manquent tant qu’il n’est pas réparé. Le reste de la boîte s’est ouvert normalement.`,
    )
    expect(storeWarningText(damaged, await make('en'))).toBe(
      `Damaged store file gen-3-n16/p-04.json (unreadable, probably cut short) was set aside as damaged/p-04.json in ${storeDir}; the threads, messages and contacts it held are missing until it is repaired. The rest of the mailbox opened normally.`,
    )
  })

  it('counts missing files and invalid threads, listing ten at most', async () => {
    const files = Array.from({ length: 12 }, (_, i) => `gen-1-n16/p-${i}.json`)
    const missing: StoreWarning = { kind: 'files-missing', storeDir, files, lost: 'partition' }
    const text = storeWarningText(missing, await make('fr'))
    expect(text).toMatch(
      /^Fichiers de la boîte introuvables dans .* : gen-1-n16\/p-0\.json, .*p-9\.json \(\+2\) ;/,
    )
    const one: StoreWarning = { kind: 'invalid-values', threadIds: ['t1'] }
    expect(storeWarningText(one, await make('en'))).toBe(
      '1 thread holds an invalid date or amount (t1); it shows as “unknown date” or “—”, and its data is kept as it is.',
    )
  })

  it('says how a lost index was rebuilt, with what was kept aside and what is missing', async () => {
    const rebuilt: StoreWarning = {
      kind: 'manifest-rebuilt',
      storeDir,
      problem: { kind: 'missing' },
      from: 'gen-4-n16',
      keptAside: ['damaged/gen-3-n16'],
      missing: ['meta.json'],
    }
    expect(storeWarningText(rebuilt, await make('fr'))).toBe(
      `L’index manifest.json manquait dans ${storeDir} ; il a été reconstruit depuis gen-4-n16, rien n’a été supprimé. Les autres dossiers de génération sont conservés sous damaged/gen-3-n16. Fichier absent : gen-4-n16/meta.json ; ce qu’il contenait (conversations, messages, contacts, ou dossiers et étiquettes pour meta.json) manque, sauf s’il était vide.`,
    )
    expect(storeWarningText(rebuilt, await make('en'))).not.toMatch(/[éè]|errors\./)
  })
})
