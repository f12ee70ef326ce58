/** Commands on the folder tree, the labels and the owner: they live in the small meta file. */
import type { Folder, Label, LabelKind } from '../../../../shared/model/mailbox'
import { LABEL_KINDS } from '../../../../shared/model/mailbox'
import { ComptoirError } from '../../../../shared/ipc/result'
import { reasonError } from '../../../../shared/ipc/error-details'
import { sameName, subtreeIds } from './folder-tree'
import type { Owner } from './schema'
import { metaOf, newId, requireName, touchThread } from './store-context'
import type { Change, StoreContext } from './store-context'

function findFolder(context: StoreContext, id: string): Folder {
  const folder = metaOf(context).folders.find((f) => f.id === id)
  if (!folder)
    throw reasonError('NOT_FOUND', `No such folder: ${id}`, { reason: 'not-found', what: 'folder', id })
  return folder
}

function assertFreeName(context: StoreContext, name: string, parentId: string | null, except?: string): void {
  const taken = metaOf(context).folders.some(
    (f) => f.parentId === parentId && f.id !== except && sameName(f.name, name),
  )
  if (taken) {
    throw new ComptoirError('CONFLICT', `A folder named "${name}" already exists there.`, {
      reason: 'folder-name-taken',
      name,
    })
  }
}

export function createFolder(
  context: StoreContext,
  change: Change,
  name: string,
  parentId: string | null,
): Folder {
  const folderName = requireName(name, 'folder')
  if (parentId !== null) findFolder(context, parentId)
  assertFreeName(context, folderName, parentId)
  const folder: Folder = { id: newId('f'), name: folderName, parentId }
  metaOf(context).folders.push(folder)
  change.meta = true
  return { ...folder }
}

export function renameFolder(context: StoreContext, change: Change, id: string, name: string): Folder {
  const folder = findFolder(context, id)
  const folderName = requireName(name, 'folder')
  assertFreeName(context, folderName, folder.parentId, id)
  folder.name = folderName
  change.meta = true
  return { ...folder }
}

export function moveFolder(
  context: StoreContext,
  change: Change,
  id: string,
  parentId: string | null,
): Folder {
  const folder = findFolder(context, id)
  if (parentId !== null) {
    findFolder(context, parentId)
    if (subtreeIds(metaOf(context).folders, id).has(parentId)) {
      throw reasonError('BAD_REQUEST', 'A folder cannot be moved into itself or one of its subfolders.', {
        reason: 'folder-into-itself',
      })
    }
  }
  assertFreeName(context, folder.name, parentId, id)
  folder.parentId = parentId
  change.meta = true
  return { ...folder }
}

/**
 * Deletes a folder and its subfolders. Threads inside are never dropped silently: without a
 * destination (`null` = no folder) the command is refused while any of them holds a thread.
 */
export function deleteFolder(
  context: StoreContext,
  change: Change,
  id: string,
  options: { moveThreadsTo?: string | null } = {},
): void {
  findFolder(context, id)
  const meta = metaOf(context)
  const doomed = subtreeIds(meta.folders, id)
  const destination = options.moveThreadsTo
  if (typeof destination === 'string') {
    findFolder(context, destination)
    if (doomed.has(destination)) {
      throw reasonError('BAD_REQUEST', 'Threads cannot be moved into the folder being deleted.', {
        reason: 'threads-into-deleted-folder',
      })
    }
  }
  const inside = [...context.index.threads.values()].filter(
    (e) => e.record.folderId !== null && doomed.has(e.record.folderId),
  )
  if (inside.length > 0 && destination === undefined) {
    throw reasonError(
      'CONFLICT',
      `This folder (or one of its subfolders) still holds ${inside.length} thread(s); choose where to move them first.`,
      { reason: 'folder-not-empty', threads: inside.length },
    )
  }
  for (const entry of inside) {
    entry.record.folderId = destination ?? null
    touchThread(context, change, entry)
  }
  meta.folders = meta.folders.filter((f) => !doomed.has(f.id))
  change.meta = true
}

const COLOR = /^#[0-9a-fA-F]{6}$/

function checkLabel(context: StoreContext, patch: Partial<Omit<Label, 'id'>>, except?: string): void {
  if (patch.color !== undefined && !COLOR.test(patch.color)) {
    throw reasonError('BAD_REQUEST', `A label colour is written #rrggbb (got "${patch.color}").`, {
      reason: 'label-colour-invalid',
      colour: patch.color,
    })
  }
  if (patch.kind !== undefined && !(LABEL_KINDS as readonly string[]).includes(patch.kind)) {
    throw new ComptoirError('BAD_REQUEST', `A label kind is one of ${LABEL_KINDS.join(', ')}.`)
  }
  if (
    patch.name !== undefined &&
    metaOf(context).labels.some((l) => l.id !== except && sameName(l.name, patch.name!))
  ) {
    throw new ComptoirError('CONFLICT', `A label named "${patch.name}" already exists.`, {
      reason: 'label-name-taken',
      name: patch.name,
    })
  }
}

function findLabel(context: StoreContext, id: string): Label {
  const label = metaOf(context).labels.find((l) => l.id === id)
  if (!label)
    throw reasonError('NOT_FOUND', `No such label: ${id}`, { reason: 'not-found', what: 'label', id })
  return label
}

export function createLabel(
  context: StoreContext,
  change: Change,
  input: { name: string; color: string; kind: LabelKind },
): Label {
  const label: Label = {
    id: newId('l'),
    name: requireName(input.name, 'label'),
    color: input.color,
    kind: input.kind,
  }
  checkLabel(context, label)
  metaOf(context).labels.push(label)
  change.meta = true
  return { ...label }
}

export function updateLabel(
  context: StoreContext,
  change: Change,
  id: string,
  patch: Partial<Omit<Label, 'id'>>,
): Label {
  const label = findLabel(context, id)
  const clean = {
    ...patch,
    ...(patch.name !== undefined ? { name: requireName(patch.name, 'label') } : {}),
  }
  checkLabel(context, clean, id)
  if (clean.name !== undefined) label.name = clean.name
  if (clean.color !== undefined) label.color = clean.color
  if (clean.kind !== undefined) label.kind = clean.kind
  change.meta = true
  return { ...label }
}

export function deleteLabel(context: StoreContext, change: Change, id: string): void {
  findLabel(context, id)
  const meta = metaOf(context)
  meta.labels = meta.labels.filter((l) => l.id !== id)
  for (const entry of context.index.threads.values()) {
    if (entry.record.labelIds.includes(id)) {
      entry.record.labelIds = entry.record.labelIds.filter((l) => l !== id)
      touchThread(context, change, entry)
    }
  }
  change.meta = true
}

export function setOwner(context: StoreContext, change: Change, owner: Owner): Owner {
  if (owner?.role !== 'seller' && owner?.role !== 'buyer') {
    throw new ComptoirError('BAD_REQUEST', 'The owner is a "seller" or a "buyer".')
  }
  const value: Owner = {
    role: owner.role,
    displayName: requireName(owner.displayName, 'owner', 200),
  }
  metaOf(context).owner = value
  change.meta = true
  return { ...value }
}
