/**
 * Web mode's credential: the token of the printed URL, kept in this origin's localStorage (so a reload
 * and a new tab at the address bar's URL keep it; storage is per origin, port included, unlike a
 * cookie, which every server on 127.0.0.1 would receive) and sent as
 * `Authorization: Bearer` on each call. Loaders that cannot send headers (`<img>`, links) get a
 * per-resource URL signed with it, valid for minutes (the server checks it: services/web/auth.ts).
 */
const STORAGE_KEY = 'comptoir.webToken'

let token: string | null = null

function storedToken(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY)
  } catch {
    return null
  }
}

/** Reads the token from `?token=` (then drops it from the address bar) or from this origin's storage. */
export function adoptWebToken(): string | null {
  const params = new URLSearchParams(window.location.search)
  const fromUrl = params.get('token')
  if (fromUrl) {
    try {
      window.localStorage.setItem(STORAGE_KEY, fromUrl)
    } catch {
      // Storage refused (private mode quotas): the token still lives in memory for this page.
    }
    params.delete('token')
    const query = params.toString()
    window.history.replaceState(
      null,
      '',
      window.location.pathname + (query ? `?${query}` : '') + window.location.hash,
    )
  }
  token = fromUrl ?? storedToken()
  return token
}

export const authorizationHeader = (): Record<string, string> =>
  token ? { Authorization: `Bearer ${token}` } : {}

/** How long a signed URL lives: a page view's worth, rounded so one image keeps one URL (and its cache). */
const SIGNED_STEP_SECONDS = 600
const SIGNED_LIFETIME_SECONDS = 1800

let keyPromise: Promise<CryptoKey> | null = null
const signingKey = (secret: string) =>
  (keyPromise ??= crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  ))

function base64url(bytes: ArrayBuffer): string {
  let binary = ''
  for (const byte of new Uint8Array(bytes)) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** `resource` (e.g. `attachments/<id>`) with `?exp=&sig=`; the resource itself when there is no token. */
export async function signedUrl(resource: string, nowMs = Date.now()): Promise<string> {
  if (!token) return resource
  const now = Math.floor(nowMs / 1000)
  const exp = Math.floor(now / SIGNED_STEP_SECONDS) * SIGNED_STEP_SECONDS + SIGNED_LIFETIME_SECONDS
  const signature = await crypto.subtle.sign(
    'HMAC',
    await signingKey(token),
    new TextEncoder().encode(`${resource}\n${exp}`),
  )
  return `${resource}?exp=${exp}&sig=${base64url(signature)}`
}

/** How often a shown URL should be re-signed so that it is always valid. */
export const RESIGN_EVERY_MS = SIGNED_STEP_SECONDS * 1000
