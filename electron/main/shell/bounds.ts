/**
 * Window bounds kept across runs: what was saved is validated (it comes from a file the user can edit)
 * and put back on a display that still exists. Pure logic (tested); window.ts feeds it `screen` data.
 */

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export interface SavedWindowState {
  bounds: Rect
  maximized: boolean
}

export const DEFAULT_SIZE = { width: 1280, height: 800 }
export const MIN_SIZE = { width: 900, height: 600 }
/** At least this much of the title bar area must be on a display for the saved position to be kept. */
const MIN_VISIBLE = 100

const isInt = (value: unknown): value is number => Number.isSafeInteger(value)

/** The saved state if it has the right shape, else null. */
export function parseSavedState(value: unknown): SavedWindowState | null {
  if (typeof value !== 'object' || value === null) return null
  const { bounds, maximized } = value as Partial<Record<keyof SavedWindowState, unknown>>
  if (typeof bounds !== 'object' || bounds === null) return null
  const { x, y, width, height } = bounds as Partial<Record<keyof Rect, unknown>>
  if (!isInt(x) || !isInt(y) || !isInt(width) || !isInt(height) || width <= 0 || height <= 0) return null
  return { bounds: { x, y, width, height }, maximized: maximized === true }
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  }
}

export interface InitialBounds {
  /** Absent: let Electron centre the window on the primary display. */
  x?: number
  y?: number
  width: number
  height: number
  maximized: boolean
}

/**
 * Where to open the window. Sizes are clamped to the largest work area; the saved position is kept
 * only if the top strip of the window (where the title bar is) is visible on some display.
 */
export function initialBounds(saved: unknown, workAreas: readonly Rect[]): InitialBounds {
  const state = parseSavedState(saved)
  const maxWidth = Math.max(MIN_SIZE.width, ...workAreas.map((area) => area.width))
  const maxHeight = Math.max(MIN_SIZE.height, ...workAreas.map((area) => area.height))
  const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max)
  const width = clamp(state?.bounds.width ?? DEFAULT_SIZE.width, MIN_SIZE.width, maxWidth)
  const height = clamp(state?.bounds.height ?? DEFAULT_SIZE.height, MIN_SIZE.height, maxHeight)
  if (!state) return { width, height, maximized: false }
  const titleStrip = { x: state.bounds.x, y: state.bounds.y, width, height: Math.min(height, 40) }
  const visible = workAreas.some((area) => {
    const common = overlap(titleStrip, area)
    return common.width >= MIN_VISIBLE && common.height > 0 && state.bounds.y >= area.y
  })
  return visible
    ? { x: state.bounds.x, y: state.bounds.y, width, height, maximized: state.maximized }
    : { width, height, maximized: state.maximized }
}
