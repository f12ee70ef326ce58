/** Pure helpers over the folder list (a tree by `parentId`, any depth). */
import type { Folder } from '../../../../shared/model/mailbox'

/** The folder and all its descendants. */
export function subtreeIds(folders: Folder[], rootId: string): Set<string> {
  const children = new Map<string | null, string[]>()
  for (const folder of folders) {
    const siblings = children.get(folder.parentId) ?? []
    siblings.push(folder.id)
    children.set(folder.parentId, siblings)
  }
  const result = new Set<string>([rootId])
  const pending = [rootId]
  while (pending.length > 0) {
    for (const child of children.get(pending.pop()!) ?? []) {
      if (!result.has(child)) {
        result.add(child)
        pending.push(child)
      }
    }
  }
  return result
}

/** Every folder with the ids of its ancestors (itself included): used to roll counts up the tree. */
export function ancestorsById(folders: Folder[]): Map<string, string[]> {
  const byId = new Map(folders.map((f) => [f.id, f]))
  const result = new Map<string, string[]>()
  for (const folder of folders) {
    const chain: string[] = []
    let current: Folder | undefined = folder
    while (current && !chain.includes(current.id)) {
      chain.push(current.id)
      current = current.parentId === null ? undefined : byId.get(current.parentId)
    }
    result.set(folder.id, chain)
  }
  return result
}

export const sameName = (a: string, b: string) =>
  a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0
