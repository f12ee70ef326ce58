/**
 * One pane that fails to render (a record the store holds but the screen cannot show) must not blank
 * the window: each pane — sidebar, list, thread, composer, panels — sits in its own boundary, which
 * shows what failed and a Retry button in the user's language, and resets when what it shows changes.
 */
import { Component } from 'react'
import type { ErrorInfo, ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

export type PaneName = 'sidebar' | 'list' | 'thread' | 'composer' | 'panel'

interface Props {
  pane: PaneName
  /** Where the fallback sits in the layout (the pane's own class: grid area and size). */
  className?: string
  /** Showing something else (another thread…) tries again. */
  resetKey?: unknown
  /** The fallback's element, so it stays valid where it sits (an `li` inside a list). */
  as?: 'div' | 'li'
  children: ReactNode
}

interface State {
  error: Error | null
  resetKey: unknown
}

export class PaneBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey }

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error }
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return Object.is(props.resetKey, state.resetKey) ? null : { error: null, resetKey: props.resetKey }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`[comptoir] the ${this.props.pane} pane failed to render`, error, info.componentStack)
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children
    return (
      <PaneError
        pane={this.props.pane}
        as={this.props.as ?? 'div'}
        className={this.props.className}
        onRetry={() => this.setState({ error: null })}
      />
    )
  }
}

function PaneError(props: {
  pane: PaneName
  as: 'div' | 'li'
  className: string | undefined
  onRetry: () => void
}) {
  const { t } = useTranslation()
  const Element = props.as
  return (
    <Element
      className={`${props.className ?? ''} pane-error state state-error`.trim()}
      role="alert"
      data-testid="pane-error"
      data-pane={props.pane}
    >
      <p>{t('errors.paneFailed', { pane: t(`errors.panes.${props.pane}`) })}</p>
      <button type="button" onClick={props.onRetry} data-testid="pane-retry">
        {t('app.retry')}
      </button>
    </Element>
  )
}
