import { describe, expect, it } from 'vitest'
import { treeKeyMove } from './treeKeys'
import type { TreeItem } from './treeKeys'

// Factures; Retours (open) > Remboursés; Litiges (closed, has a child not shown).
const items: TreeItem[] = [
  { id: 'factures', parentId: null, hasChildren: false, expanded: false },
  { id: 'retours', parentId: null, hasChildren: true, expanded: true },
  { id: 'rembourses', parentId: 'retours', hasChildren: false, expanded: false },
  { id: 'litiges', parentId: null, hasChildren: true, expanded: false },
]

describe('treeKeyMove', () => {
  it('moves up and down the visible items and stops at the ends', () => {
    expect(treeKeyMove(items, 'factures', 'ArrowDown')).toEqual({ kind: 'focus', id: 'retours' })
    expect(treeKeyMove(items, 'retours', 'ArrowDown')).toEqual({ kind: 'focus', id: 'rembourses' })
    expect(treeKeyMove(items, 'factures', 'ArrowUp')).toBeNull()
    expect(treeKeyMove(items, 'litiges', 'ArrowDown')).toBeNull()
    expect(treeKeyMove(items, 'rembourses', 'Home')).toEqual({ kind: 'focus', id: 'factures' })
    expect(treeKeyMove(items, 'factures', 'End')).toEqual({ kind: 'focus', id: 'litiges' })
  })

  it('Right opens a closed branch, then enters it; Left closes it, or goes to the parent', () => {
    expect(treeKeyMove(items, 'litiges', 'ArrowRight')).toEqual({
      kind: 'expand',
      id: 'litiges',
      expanded: true,
    })
    expect(treeKeyMove(items, 'retours', 'ArrowRight')).toEqual({ kind: 'focus', id: 'rembourses' })
    expect(treeKeyMove(items, 'factures', 'ArrowRight')).toBeNull()
    expect(treeKeyMove(items, 'rembourses', 'ArrowLeft')).toEqual({ kind: 'focus', id: 'retours' })
    expect(treeKeyMove(items, 'retours', 'ArrowLeft')).toEqual({
      kind: 'expand',
      id: 'retours',
      expanded: false,
    })
    expect(treeKeyMove(items, 'factures', 'ArrowLeft')).toBeNull()
  })

  it('Enter and Space select; other keys are left to the page', () => {
    expect(treeKeyMove(items, 'retours', 'Enter')).toEqual({ kind: 'select', id: 'retours' })
    expect(treeKeyMove(items, 'retours', ' ')).toEqual({ kind: 'select', id: 'retours' })
    expect(treeKeyMove(items, 'retours', 'e')).toBeNull()
    expect(treeKeyMove(items, 'unknown', 'ArrowDown')).toBeNull()
  })
})
