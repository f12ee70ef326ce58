import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { errorText } from './errors'

/** `errorText` bound to the current language: any error from main, worded for the user. */
export function useErrorText(): (error: unknown) => string {
  const { t, i18n } = useTranslation()
  return useCallback(
    (error: unknown) => errorText(error, t, i18n.language === 'en' ? 'en' : 'fr'),
    [t, i18n.language],
  )
}
