import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { api, call } from '../bridge'
import type { Owner } from '../../../shared/model/mailbox'
import { useAsync } from '../state/useAsync'
import { ErrorState, LoadingState } from './States'
import { useToast } from './Toasts'
import { Overlay } from './Overlay'
import { OwnerFields } from './OwnerFields'

/** Who owns this mailbox (seller or buyer) and the name that signs reply templates. */
export function ProfileSettings({ onClose, onSaved }: { onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation()
  const toast = useToast()
  const [loaded, reload] = useAsync(() => call(api.owner.get()), 'owner')
  const [edited, setEdited] = useState<Owner | null>(null)
  const owner = edited ?? loaded.value ?? { role: 'seller' as const, displayName: '' }

  const save = async (event: FormEvent) => {
    event.preventDefault()
    const displayName = owner.displayName.trim()
    if (!displayName) {
      toast.show(t(`firstRun.nameMissing.${owner.role}`), 'error')
      return
    }
    try {
      await call(api.owner.set({ role: owner.role, displayName }))
      toast.show(t('profile.saved'))
      onSaved()
      onClose()
    } catch (error) {
      toast.showError(error)
    }
  }

  return (
    <Overlay title={t('profile.title')} testId="profile" closeLabel={t('app.close')} onClose={onClose} narrow>
      {loaded.status === 'error' ? (
        <ErrorState message={loaded.error.message} onRetry={reload} />
      ) : loaded.status === 'loading' && !edited ? (
        <LoadingState label={t('app.loading')} />
      ) : (
        <form className="profile-form" onSubmit={(e) => void save(e)}>
          <OwnerFields owner={owner} onChange={setEdited} testIdPrefix="profile" />
          <button type="submit" className="primary" data-testid="profile-save">
            {t('profile.save')}
          </button>
        </form>
      )}
    </Overlay>
  )
}
