/**
 * The keyboard of a tree (WAI-ARIA tree pattern), as a pure function of the visible items: Up/Down
 * move, Right expands a closed branch or enters an open one, Left closes an open branch or goes to the
 * parent, Home/End go to the first/last visible item, Enter or Space selects.
 */
export interface TreeItem {
  id: string
  parentId: string | null
  hasChildren: boolean
  expanded: boolean
}

export type TreeMove =
  | { kind: 'focus'; id: string }
  | { kind: 'expand'; id: string; expanded: boolean }
  | { kind: 'select'; id: string }

/** `visible` in display order (children of a closed branch left out). Null: the key is not the tree's. */
export function treeKeyMove(visible: readonly TreeItem[], currentId: string, key: string): TreeMove | null {
  const index = visible.findIndex((item) => item.id === currentId)
  const current = visible[index]
  if (!current) return null
  const focus = (item: TreeItem | undefined): TreeMove | null =>
    item ? { kind: 'focus', id: item.id } : null
  switch (key) {
    case 'ArrowDown':
      return focus(visible[index + 1])
    case 'ArrowUp':
      return focus(visible[index - 1])
    case 'Home':
      return focus(visible[0])
    case 'End':
      return focus(visible.at(-1))
    case 'ArrowRight':
      if (!current.hasChildren) return null
      return current.expanded ? focus(visible[index + 1]) : { kind: 'expand', id: current.id, expanded: true }
    case 'ArrowLeft':
      if (current.hasChildren && current.expanded) return { kind: 'expand', id: current.id, expanded: false }
      return focus(visible.find((item) => item.id === current.parentId))
    case 'Enter':
    case ' ':
      return { kind: 'select', id: current.id }
    default:
      return null
  }
}
