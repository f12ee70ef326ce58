import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, call } from './bridge'
import { i18next, setLanguage } from './i18n'
import type { Language } from './i18n'
import { useAsync } from './state/useAsync'
import { QueryClientProvider } from '@tanstack/react-query'
import { createQueryClient } from './data/client'
import { primeSellerRules } from './state/seller-rules'
import { Workspace } from './components/workspace/Workspace'
import { FirstRun } from './components/onboarding/FirstRun'
import type { FirstStep } from './components/onboarding/FirstRun'
import { ErrorState, LoadingState } from './components/primitives/States'
import { errorText } from './i18n/errors'

const queryClient = createQueryClient()

export function App() {
  const { t } = useTranslation()
  const [boot, reload] = useAsync(async () => {
    const [info, settings] = await Promise.all([call(api.app.info()), call(api.settings.get())])
    primeSellerRules(settings.sellerRules)
    return { info, settings }
  }, 'boot')
  const [firstRunDismissed, setFirstRunDismissed] = useState(false)
  const [firstStep, setFirstStep] = useState<FirstStep>(null)
  const value = boot.value
  const language: Language | null = value
    ? value.settings.language === 'system'
      ? value.info.systemLanguage
      : value.settings.language
    : null

  useEffect(() => {
    if (language) setLanguage(language)
  }, [language])

  if (!value || !language) {
    return boot.status === 'error' ? (
      <ErrorState
        message={errorText(boot.error, t, i18next.language === 'en' ? 'en' : 'fr')}
        onRetry={reload}
      />
    ) : (
      <LoadingState label={t('app.loading')} />
    )
  }
  if (value.info.firstRun && !firstRunDismissed) {
    return (
      <FirstRun
        systemLanguage={value.info.systemLanguage}
        onDone={(next) => {
          setFirstStep(next)
          setFirstRunDismissed(true)
          reload()
        }}
      />
    )
  }
  return (
    <QueryClientProvider client={queryClient}>
      <Workspace
        language={language}
        owner={value.info.owner}
        languageSetting={value.settings.language}
        storeWarnings={value.info.storeWarnings}
        onSettingsChanged={reload}
        firstStep={firstStep}
      />
    </QueryClientProvider>
  )
}
