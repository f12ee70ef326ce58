import type http from 'node:http'

/** The same policy the Electron protocol sends: everything from our own origin, nothing inline but styles. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

export const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
} as const

export function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value)
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  })
  res.end(body)
}

/** Why a browser was given a page instead of what it asked for. */
export type NoticePage = 'no-key' | 'link-expired' | 'not-found'

const START = '<code>comptoir web: http://127.0.0.1:…/?token=…</code>'
const NOTICES: Record<NoticePage, Record<'fr' | 'en', { title: string; body: string }>> = {
  'no-key': {
    fr: {
      title: 'Cette page n’a pas la clé d’accès de Comptoir',
      body: `Ouvrez l’adresse exacte affichée au lancement (${START}). Si Comptoir a redémarré, cette adresse a changé : prenez la nouvelle.`,
    },
    en: {
      title: 'This page does not hold Comptoir’s access key',
      body: `Open the exact address printed at start-up (${START}). If Comptoir restarted, that address changed: use the new one.`,
    },
  },
  'link-expired': {
    fr: {
      title: 'Ce lien a expiré',
      body: `Les liens vers les pièces jointes et les fichiers ne valent qu’une heure, et plus du tout après un redémarrage de Comptoir. Revenez dans Comptoir et rouvrez le fichier depuis la conversation ; si la page de Comptoir ne répond plus, ouvrez l’adresse affichée au lancement (${START}).`,
    },
    en: {
      title: 'This link has expired',
      body: `Links to attachments and files last an hour, and not at all after Comptoir restarts. Go back to Comptoir and open the file again from the conversation; if Comptoir’s page no longer answers, open the address printed at start-up (${START}).`,
    },
  },
  'not-found': {
    fr: {
      title: 'Ce fichier n’est plus dans Comptoir',
      body: 'Il a peut-être été supprimé avec sa conversation, ou remplacé par une sauvegarde restaurée. Revenez dans Comptoir pour retrouver la conversation.',
    },
    en: {
      title: 'This file is no longer in Comptoir',
      body: 'It may have been deleted with its conversation, or replaced by a restored backup. Go back to Comptoir to find the conversation.',
    },
  },
}

/** The notice in the app's language first, then the other one (whoever reads either knows what to do). */
export function noticePage(kind: NoticePage, language: 'fr' | 'en'): string {
  const other = language === 'fr' ? 'en' : 'fr'
  const first = NOTICES[kind][language]
  const second = NOTICES[kind][other]
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>Comptoir — ${first.title}</title></head>
<body style="font-family:sans-serif;max-width:40em;margin:3em auto;line-height:1.5">
<h1 style="font-size:1.3em">${first.title}</h1><p>${first.body}</p>
<hr style="margin:2em 0;border:none;border-top:1px solid #ccc">
<section lang="${other}" style="color:#555"><h2 style="font-size:1em">${second.title}</h2><p>${second.body}</p></section>
</body></html>`
}

/** What a browser shows instead of a JSON error: the page itself without the token, a stale link… */
export function sendNoticePage(
  res: http.ServerResponse,
  status: number,
  kind: NoticePage,
  language: 'fr' | 'en',
): void {
  const page = noticePage(kind, language)
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(page),
    'Cache-Control': 'no-store',
  })
  res.end(page)
}
