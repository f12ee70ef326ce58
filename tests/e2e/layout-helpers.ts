/**
 * What a user sees of a layout, measured: how many lines a piece of text takes, and whether a box is
 * wholly inside the window (or inside the box that clips it).
 */
import { expect } from '@playwright/test'
import type { Locator } from '@playwright/test'

/** How many lines the text inside the element takes on screen. */
export function linesOf(element: Locator): Promise<number> {
  return element.evaluate((el) => {
    const range = document.createRange()
    range.selectNodeContents(el)
    return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size
  })
}

/** The element's whole box is inside the window: nothing cut at an edge. */
export async function expectInsideWindow(element: Locator): Promise<void> {
  const fits = await element.evaluate((el) => {
    const box = el.getBoundingClientRect()
    return box.left >= 0 && box.top >= 0 && box.right <= innerWidth + 0.5 && box.bottom <= innerHeight + 0.5
  })
  expect(fits, `${await element.evaluate((el) => el.outerHTML.slice(0, 80))} inside the window`).toBe(true)
}

/** The element's whole box is inside what its scrolling container shows (not scrolled away or cut). */
export async function shownWhole(element: Locator, container: Locator): Promise<boolean> {
  const outer = (await container.boundingBox())!
  const inner = (await element.boundingBox())!
  return inner.y >= outer.y - 0.5 && inner.y + inner.height <= outer.y + outer.height + 0.5
}
