import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { SELLER_RULE_LIMITS, sellerPatternProblem } from '../../../../shared/policy'
import type { SellerRule, SellerRuleSeverity } from '../../../../shared/policy'
import { saveSellerRules, useSellerRules } from '../../state/seller-rules'
import { useToast } from '../notices/Toasts'
import { Overlay } from '../primitives/Overlay'

const newId = () => `rule-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`

/**
 * The seller's own words to watch (brand names, a competitor's shop, words an account manager warned
 * about): each flags replies as a warning or blocks them, live in the composer and again on send.
 */
export function SellerRules({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  const toast = useToast()
  const rules = useSellerRules()
  const [pattern, setPattern] = useState('')
  const [severity, setSeverity] = useState<SellerRuleSeverity>('warning')
  const [note, setNote] = useState('')
  const [touched, setTouched] = useState(false)
  const problem = sellerPatternProblem(pattern)

  const save = async (next: SellerRule[], message: string, undo?: () => void): Promise<boolean> => {
    try {
      await saveSellerRules(next)
      toast.show(message, 'info', undo)
      return true
    } catch (error) {
      toast.showError(error)
      return false
    }
  }

  const add = async (event: FormEvent) => {
    event.preventDefault()
    setTouched(true)
    if (problem) return
    const rule: SellerRule = { id: newId(), pattern: pattern.trim(), severity, note: note.trim() }
    if (await save([...rules, rule], t('sellerRules.added'))) {
      setPattern('')
      setNote('')
      setTouched(false)
    }
  }

  const remove = (rule: SellerRule) => {
    const before = [...rules]
    void save(
      before.filter((r) => r.id !== rule.id),
      t('sellerRules.deleted', { pattern: rule.pattern }),
      () => void save(before, t('sellerRules.restored')),
    )
  }

  const changeSeverity = (rule: SellerRule, next: SellerRuleSeverity) =>
    void save(
      rules.map((r) => (r.id === rule.id ? { ...r, severity: next } : r)),
      t('sellerRules.saved'),
    )

  return (
    <Overlay
      title={t('sellerRules.title')}
      testId="seller-rules"
      closeLabel={t('sellerRules.close')}
      onClose={onClose}
      narrow
    >
      <p className="note">{t('sellerRules.intro')}</p>
      <form className="seller-rule-form" onSubmit={(e) => void add(e)} noValidate>
        <label>
          {t('sellerRules.pattern')}
          <input
            value={pattern}
            maxLength={SELLER_RULE_LIMITS.patternChars}
            onChange={(e) => setPattern(e.target.value)}
            aria-invalid={touched && problem !== null}
            aria-describedby="seller-rule-help"
            data-testid="seller-rule-pattern"
          />
        </label>
        <p id="seller-rule-help" className="note">
          {t('sellerRules.patternHelp')}
        </p>
        {touched && problem && (
          <p className="form-error" role="alert" data-testid="seller-rule-error">
            {t(`sellerRules.problem.${problem}`, { max: SELLER_RULE_LIMITS.words })}
          </p>
        )}
        <label>
          {t('sellerRules.severity')}
          <select
            value={severity}
            onChange={(e) => setSeverity(e.target.value as SellerRuleSeverity)}
            data-testid="seller-rule-severity"
          >
            <option value="warning">{t('sellerRules.warning')}</option>
            <option value="error">{t('sellerRules.error')}</option>
          </select>
        </label>
        <label>
          {t('sellerRules.note')}
          <input
            value={note}
            maxLength={SELLER_RULE_LIMITS.noteChars}
            onChange={(e) => setNote(e.target.value)}
            data-testid="seller-rule-note"
          />
        </label>
        <button type="submit" className="primary" data-testid="seller-rule-add">
          {t('sellerRules.add')}
        </button>
      </form>
      {rules.length === 0 ? (
        <p className="note" data-testid="seller-rules-empty">
          {t('sellerRules.empty')}
        </p>
      ) : (
        <ul className="seller-rule-list" aria-label={t('sellerRules.list')}>
          {rules.map((rule) => (
            <li key={rule.id} data-testid="seller-rule">
              <span className="seller-rule-pattern">{rule.pattern}</span>
              {rule.note && <span className="seller-rule-note">{rule.note}</span>}
              <select
                value={rule.severity}
                onChange={(e) => changeSeverity(rule, e.target.value as SellerRuleSeverity)}
                aria-label={`${t('sellerRules.severity')} — ${rule.pattern}`}
                data-testid="seller-rule-item-severity"
              >
                <option value="warning">{t('sellerRules.warning')}</option>
                <option value="error">{t('sellerRules.error')}</option>
              </select>
              <button
                type="button"
                className="icon-button"
                onClick={() => remove(rule)}
                aria-label={`${t('sellerRules.delete')} ${rule.pattern}`}
                data-testid="seller-rule-delete"
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </Overlay>
  )
}
