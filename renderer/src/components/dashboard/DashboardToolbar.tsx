import { Suspense, lazy, useCallback, useState } from 'react'
import type { ReactNode } from 'react'
import { TOOL_ICONS } from '../primitives/Icons'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../i18n'
import { BackupSettings } from '../safekeeping/BackupSettings'
import { NoticeCenter } from '../notices/NoticeCenter'
import { NoticeSettings } from '../notices/NoticeSettings'
import { TemplateManager } from '../templates/TemplateManager'
import { useRole } from '../../state/role'
import { LoadingState } from '../primitives/States'
import { ProfileSettings } from '../settings/ProfileSettings'
import { MailAccountSettings } from '../settings/MailAccountSettings'
import { MailStatusBadge } from '../settings/MailStatusBadge'
import { useMailOverview } from '../../state/useMailOverview'
import { SellerRules } from '../settings/SellerRules'

// The dashboard and its charts (recharts) load when first opened: most sessions never show them.
const Dashboard = lazy(() => import('./Dashboard').then((module) => ({ default: module.Dashboard })))

type Panel =
  'dashboard' | 'templates' | 'notifications' | 'profile' | 'safekeeping' | 'mail' | 'sellerRules' | null

/**
 * The top-bar entries of "answer in time" (dashboard, templates, notification settings), the owner's
 * profile, the mail account with its live status, and the new-message notices. Lives in the top bar so every view can reach them.
 */
export function DashboardToolbar(props: {
  language: Language
  onOpenThread: (threadId: string) => void
  onSettingsChanged: () => void
  /** The panel open when the workspace first shows (the first run's "connect a mail account"). */
  openAtStart?: Panel
}) {
  const { t } = useTranslation()
  const role = useRole()
  const [panel, setPanel] = useState<Panel>(props.openAtStart ?? null)
  const close = useCallback(() => setPanel(null), [])
  const [mail, reloadMail] = useMailOverview()
  /** With an icon, the entry shows only the icon (its words stay its name, and its tooltip). */
  const entry = (name: Exclude<Panel, null>, testId: string, icon?: ReactNode) => (
    <button
      type="button"
      className={icon ? 'tool-button icon-tool' : 'tool-button'}
      onClick={() => setPanel(name)}
      data-testid={testId}
      title={icon ? t(`${name}.open`) : undefined}
    >
      {icon}
      <span className={icon ? 'visually-hidden' : undefined}>{t(`${name}.open`)}</span>
    </button>
  )
  return (
    <>
      {role === 'seller' && entry('dashboard', 'open-dashboard')}
      {entry('templates', 'open-templates')}
      {role === 'seller' && entry('sellerRules', 'open-seller-rules', TOOL_ICONS.sellerRules)}
      {entry('notifications', 'open-notification-settings', TOOL_ICONS.notifications)}
      {entry('safekeeping', 'open-backups', TOOL_ICONS.safekeeping)}
      {entry('profile', 'open-profile', TOOL_ICONS.profile)}
      <MailStatusBadge overview={mail} onOpen={() => setPanel('mail')} />
      {panel === 'dashboard' && (
        <Suspense fallback={<LoadingState label={t('app.loading')} />}>
          <Dashboard language={props.language} onClose={close} />
        </Suspense>
      )}
      {panel === 'templates' && <TemplateManager language={props.language} onClose={close} />}
      {panel === 'notifications' && <NoticeSettings onClose={close} />}
      {panel === 'sellerRules' && <SellerRules onClose={close} />}
      {panel === 'profile' && <ProfileSettings onClose={close} onSaved={props.onSettingsChanged} />}
      {panel === 'safekeeping' && <BackupSettings language={props.language} onClose={close} />}
      {panel === 'mail' && <MailAccountSettings overview={mail} onClose={close} onSaved={reloadMail} />}
      <NoticeCenter onOpenThread={props.onOpenThread} />
    </>
  )
}
