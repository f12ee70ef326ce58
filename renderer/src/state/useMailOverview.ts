import { useCallback, useEffect, useState } from 'react'
import { api, call } from '../bridge'
import type { MailOverview } from '../../../shared/model/mail-status'

/** The mail account and the live status, kept current by the `mail:status` event. */
export function useMailOverview(): [MailOverview | null, () => void] {
  const [overview, setOverview] = useState<MailOverview | null>(null)
  const reload = useCallback(() => {
    call(api.mail.overview()).then(setOverview, () => undefined)
  }, [])
  useEffect(() => {
    reload()
    return api.on('mail:status', (status) => {
      setOverview((current) => (current ? { ...current, status } : current))
    })
  }, [reload])
  return [overview, reload]
}

/** Words from main (FR / EN) in the user's language. */
export function inLanguage(words: { fr: string; en: string } | null | undefined, language: string): string {
  if (!words) return ''
  return language === 'en' ? words.en : words.fr
}
