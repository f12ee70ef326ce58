import { useTranslation } from 'react-i18next'
import type { Command } from '../../commands/registry'
import { keyLabel } from '../../../../shared/commands/catalog'
import { Modal } from '../primitives/Modal'

/** The `?` help: every command that has a key, from the registry, in the user's language. */
export function ShortcutHelp({ commands, onClose }: { commands: readonly Command[]; onClose: () => void }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'fr'
  const keyed = commands.filter((c) => c.key !== undefined)
  return (
    <Modal onClose={onClose} backdropClassName="dialog-backdrop" closeOnBackdrop>
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcuts-title"
        className="dialog shortcut-dialog"
        data-testid="shortcut-help"
      >
        <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
        <dl className="shortcut-list">
          {keyed.map((command) => (
            <div key={command.id} data-command-id={command.id}>
              <dt>
                <kbd>{keyLabel(command, language)}</kbd>
              </dt>
              <dd>{command.label[language]}</dd>
            </div>
          ))}
          <div>
            <dt>
              <kbd>{t('shortcuts.keys.Ctrl+Enter')}</kbd>
            </dt>
            <dd>{t('shortcuts.send')}</dd>
          </div>
        </dl>
        <button type="button" onClick={onClose} data-testid="shortcut-help-close">
          {t('app.close')}
        </button>
      </div>
    </Modal>
  )
}
