/** Explanations shown with each finding: why it is a problem and what to write instead (see ./languages). */
import { LANGUAGES } from './languages'
import type { MessageId } from './languages/types'
import type { Lang } from './types'

export type { MessageId } from './languages/types'

export function messageFor(id: MessageId, lang: Lang, values: Record<string, string> = {}): string {
  const template = LANGUAGES[lang].messages[id]
  if (!template.includes('{')) return template
  return template.replace(/\{(\w+)\}/g, (all, key: string) => values[key] ?? all)
}
