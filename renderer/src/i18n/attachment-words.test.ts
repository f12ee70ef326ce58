import { describe, expect, it } from 'vitest'
import {
  ATTACHMENT_FLAWS,
  ATTACHMENT_REFUSAL_CODES,
  FOREIGN_FORMATS,
} from '../../../shared/model/attachments'
import type { AttachmentRefusal, FileRefusalCode } from '../../../shared/model/attachments'
import { tIn } from './t-in'
import { attachmentRefusalText, messageVerdictText } from './attachment-text'

const make = tIn

const FILE_CODES = ATTACHMENT_REFUSAL_CODES.filter(
  (code): code is FileRefusalCode => code !== 'message-too-large' && code !== 'attachment-refused',
)

describe('attachment refusals in the user language', () => {
  it('words every code, flaw and hidden format in French and in English, with no key or placeholder left', async () => {
    for (const language of ['fr', 'en'] as const) {
      const t = await make(language)
      const refusals: AttachmentRefusal[] = [
        ...FILE_CODES.map((code) => ({
          code,
          what: 'PDF',
          bytes: 12_800_000,
          errno: 'ENOENT',
          extensions: ['pdf'],
        })),
        ...ATTACHMENT_FLAWS.map((flaw) => ({ code: 'corrupt' as const, what: 'PNG', flaw, part: 'IDAT' })),
        ...FOREIGN_FORMATS.map((foreign) => ({
          code: 'polyglot' as const,
          what: { worded: 'png' as const },
          foreign,
        })),
      ]
      for (const refusal of refusals) {
        const text = attachmentRefusalText('photo.png', refusal, t, language)
        expect(text, `${language} ${JSON.stringify(refusal)}`).toContain('photo.png')
        expect(text, `${language} ${JSON.stringify(refusal)}`).not.toMatch(/errors\.|\{\{|\?\)/)
      }
    }
  })

  it('says a photo over the limit in French with French sizes, and in English', async () => {
    const tooLarge: AttachmentRefusal = { code: 'too-large', bytes: 12_800_000 }
    expect(attachmentRefusalText('IMG_2041.jpg', tooLarge, await make('fr'), 'fr')).toBe(
      '« IMG_2041.jpg » pèse 12,8\u202fMo, plus que la limite de 10\u202fMo par message, pièces jointes comprises.',
    )
    expect(attachmentRefusalText('IMG_2041.jpg', tooLarge, await make('en'), 'en')).toBe(
      '“IMG_2041.jpg” is 12.8 MB, over the limit of 10 MB per message, attachments included.',
    )
  })

  it('names the flaw, the two formats of a polyglot and the extensions a name must have', async () => {
    const t = await make('fr')
    expect(
      attachmentRefusalText(
        'scan.png',
        { code: 'truncated', what: 'PNG', flaw: 'png-chunk-cut', part: 'IDAT' },
        t,
        'fr',
      ),
    ).toBe('« scan.png » est un fichier PNG incomplet (bloc IDAT coupé) : il a été coupé, il est refusé.')
    expect(
      attachmentRefusalText('a.txt', { code: 'polyglot', what: { worded: 'txt' }, foreign: 'html' }, t, 'fr'),
    ).toMatch(/^« a\.txt » est à la fois un fichier texte et HTML :/)
    expect(
      attachmentRefusalText(
        'photo.png',
        { code: 'extension-mismatch', what: { worded: 'jpg' }, extensions: ['jpg', 'jpeg'] },
        t,
        'fr',
      ),
    ).toBe(
      'Le nom de « photo.png » ne correspond pas à son contenu : c’est un fichier image JPEG, son nom doit se terminer par .jpg ou .jpeg.',
    )
  })

  it('words the message as a whole: over the limit, or held back by refused files', async () => {
    const base = { bodyBytes: 10, files: 2, accepted: false }
    expect(
      messageVerdictText(
        { ...base, bytes: 14_000_010, code: 'message-too-large', refusedFiles: [] },
        await make('fr'),
        'fr',
      ),
    ).toBe(
      'Le message pèse 14\u202fMo (texte et pièces jointes), plus que la limite de 10\u202fMo par message : retirez une pièce jointe.',
    )
    expect(
      messageVerdictText(
        { ...base, bytes: 10, code: 'attachment-refused', refusedFiles: ['a.exe', 'b.zip'] },
        await make('en'),
        'en',
      ),
    ).toBe('The message cannot be sent: 2 attachments are refused (“a.exe”, “b.zip”).')
  })
})
