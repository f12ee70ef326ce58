/**
 * How a file to import reaches the main process. The desktop app gives its path (the preload's
 * `comptoirFiles.pathFor`, Electron's webUtils.getPathForFile), so nothing is copied; a browser cannot
 * give paths, so the web harness receives the bytes as a streamed upload (`POST upload/import`), apart
 * from the size-capped JSON API. Either way the import itself runs in the main process.
 */
import type { ImportSource } from '../../../shared/ipc/contract'
import { authorizationHeader } from './web-auth'

export interface UploadProgress {
  /** Bytes sent of all files so far. */
  done: number
  total: number
}

function pathOf(file: File): string | null {
  const path = window.comptoirFiles?.pathFor(file)
  return path ? path : null
}

function uploadOne(file: File, onBytes: (sent: number) => void, signal: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest()
    request.open('POST', `upload/import?name=${encodeURIComponent(file.name)}`)
    // The web token travels as a header, never a cookie (cookies ignore ports: see web-auth.ts).
    for (const [name, value] of Object.entries(authorizationHeader())) request.setRequestHeader(name, value)
    request.upload.onprogress = (event) => onBytes(event.loaded)
    request.onload = () => {
      try {
        const result = JSON.parse(request.responseText) as { ok: boolean; value?: { id: string } }
        if (result.ok && result.value) resolve(result.value.id)
        else reject(new Error(`HTTP ${request.status}`))
      } catch {
        reject(new Error(`HTTP ${request.status}`))
      }
    }
    request.onerror = () => reject(new Error('network'))
    request.onabort = () => reject(new DOMException('Aborted', 'AbortError'))
    signal.addEventListener('abort', () => request.abort(), { once: true })
    request.send(file)
  })
}

/** The sources for `import:start`: paths where the host gives them, uploads otherwise. */
export async function prepareImportSources(
  files: File[],
  onProgress: (progress: UploadProgress) => void,
  signal: AbortSignal,
): Promise<ImportSource[]> {
  const total = files.reduce((sum, file) => sum + file.size, 0)
  const sources: ImportSource[] = []
  let before = 0
  for (const file of files) {
    const path = pathOf(file)
    if (path) sources.push({ kind: 'path', path })
    else {
      const id = await uploadOne(file, (sent) => onProgress({ done: before + sent, total }), signal).catch(
        (error: unknown) => {
          throw Object.assign(error instanceof Error ? error : new Error(String(error)), {
            fileName: file.name,
          })
        },
      )
      sources.push({ kind: 'upload', id })
    }
    before += file.size
    onProgress({ done: before, total })
  }
  return sources
}
