import { useCallback, useEffect } from 'react'
import { useQuery, useQueryClient } from '@tanstack/react-query'

const MAIL_KEY = ['mail', 'overview'] as const
import { api, call } from '../bridge'
import type { MailOverview } from '../../../shared/model/mail-status'

/** The mail account and the live status, kept current by the `mail:status` event. */
export function useMailOverview(): [MailOverview | null, () => void] {
  // One cached overview for every user of it (top bar, each composer): read once, then kept current.
  const client = useQueryClient()
  const overview = useQuery({ queryKey: MAIL_KEY, queryFn: () => call(api.mail.overview()) })
  const reload = useCallback(() => void client.invalidateQueries({ queryKey: MAIL_KEY }), [client])
  useEffect(
    () =>
      api.on('mail:status', (status) => {
        client.setQueryData<MailOverview>(MAIL_KEY, (current) => (current ? { ...current, status } : current))
      }),
    [client],
  )
  return [overview.data ?? null, reload]
}
