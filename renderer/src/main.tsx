import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { i18nReady } from './i18n'
import './styles.css'
import { App } from './App'

const root = document.getElementById('root')
if (root) {
  await i18nReady
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}
