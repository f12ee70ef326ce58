/** `errorText` bound to the current language, for components that show an error from main. */
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { errorText } from './errors'

export function useErrorText(): (error: unknown) => string {
  const { t, i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'fr'
  return useCallback((error: unknown) => errorText(error, t, language), [t, language])
}
