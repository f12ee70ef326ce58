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

const REFUSAL_PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Comptoir</title></head>
<body style="font-family:sans-serif;max-width:40em;margin:3em auto;line-height:1.5">
<p>Cette page n’a pas la clé d’accès de Comptoir : ouvrez l’adresse exacte affichée au lancement
(<code>comptoir web: http://127.0.0.1:…/?token=…</code>).</p>
<p lang="en">This page does not hold Comptoir’s access key: open the exact address printed at start-up
(<code>comptoir web: http://127.0.0.1:…/?token=…</code>).</p></body></html>`

/** What a browser shows when the page itself is opened without the token (or from another host). */
export function sendRefusalPage(res: http.ServerResponse, status: number): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(REFUSAL_PAGE),
    'Cache-Control': 'no-store',
  })
  res.end(REFUSAL_PAGE)
}
