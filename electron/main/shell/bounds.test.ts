import { describe, expect, it } from 'vitest'
import { DEFAULT_SIZE, MIN_SIZE, initialBounds, parseSavedState } from './bounds'

const laptop = { x: 0, y: 0, width: 1440, height: 875 }
const right = { x: 1440, y: 0, width: 1920, height: 1050 }

describe('window bounds', () => {
  it('opens centred at the default size the first time', () => {
    expect(initialBounds(undefined, [laptop])).toEqual({ ...DEFAULT_SIZE, maximized: false })
  })

  it('restores a saved position that is still on a display', () => {
    const saved = { bounds: { x: 1600, y: 40, width: 1300, height: 900 }, maximized: true }
    expect(initialBounds(saved, [laptop, right])).toEqual({ ...saved.bounds, maximized: true })
  })

  it('recentres a window whose display is gone, keeping its size', () => {
    const saved = { bounds: { x: 1600, y: 40, width: 1300, height: 800 }, maximized: false }
    expect(initialBounds(saved, [laptop])).toEqual({ width: 1300, height: 800, maximized: false })
  })

  it('recentres a window whose title bar is off screen', () => {
    const above = { bounds: { x: 100, y: -300, width: 1000, height: 700 }, maximized: false }
    expect(initialBounds(above, [laptop]).x).toBeUndefined()
    const edge = { bounds: { x: 1400, y: 10, width: 1000, height: 700 }, maximized: false }
    expect(initialBounds(edge, [laptop]).x).toBeUndefined()
  })

  it('clamps sizes between the minimum and the largest display', () => {
    const huge = { bounds: { x: 0, y: 0, width: 9000, height: 9000 }, maximized: false }
    expect(initialBounds(huge, [laptop])).toMatchObject({ width: 1440, height: 875 })
    const tiny = { bounds: { x: 0, y: 0, width: 10, height: 10 }, maximized: false }
    expect(initialBounds(tiny, [laptop])).toMatchObject(MIN_SIZE)
  })

  it('ignores damaged saved state', () => {
    for (const value of [
      null,
      'x',
      { bounds: null },
      { bounds: { x: 0, y: 0, width: -5, height: 100 } },
      { bounds: { x: 0.5, y: 0, width: 100, height: 100 } },
      { bounds: { x: '0', y: 0, width: 100, height: 100 } },
    ])
      expect(parseSavedState(value)).toBeNull()
    expect(initialBounds({ bounds: 'nope' }, [laptop])).toEqual({ ...DEFAULT_SIZE, maximized: false })
  })
})
