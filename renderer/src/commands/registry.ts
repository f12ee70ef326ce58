/**
 * The renderer's command registry: the shared catalog (shared/commands/catalog.ts) with, for each
 * command, whether it can run now and what it does. Built by the workspace; read by the toolbar, the
 * keyboard, the `?` help, the row context menu and the desktop menu bar (through `command:run`).
 */
import type { CommandSpec } from '../../../shared/commands/catalog'
import { COMMANDS, commandForKey } from '../../../shared/commands/catalog'

export interface Command extends CommandSpec {
  enabled: boolean
  /** Runs on the current targets (the selection, else the open thread). */
  run: () => void
  /** For thread commands: runs on the given threads (the row context menu). */
  runOn?: (ids: string[]) => void
}

export type Behaviour = Pick<Command, 'enabled' | 'run' | 'runOn'>

/** Joins the catalog with the behaviours; a command without one is left out (not offered). */
export function buildRegistry(behaviours: Record<string, Behaviour | undefined>): Command[] {
  return COMMANDS.flatMap((spec) => {
    const behaviour = behaviours[spec.id]
    return behaviour ? [{ ...spec, ...behaviour }] : []
  })
}

/** Text fields keep their keys: shortcuts are single keys and must not eat what the user types. */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color'].includes(target.type)
  }
  return false
}

/**
 * The command a key press runs, or null: not in a text field, not inside a dialog or an open menu
 * (they own their keys), not a disabled command. Enter and Space are never taken (buttons need them).
 */
export function commandForEvent(event: KeyboardEvent, registry: readonly Command[]): Command | null {
  if (event.defaultPrevented || isTextField(event.target)) return null
  const target = event.target instanceof Element ? event.target : null
  if (target?.closest('[role="dialog"], [role="alertdialog"], [role="menu"]')) return null
  const spec = commandForKey(event, registry)
  if (!spec) return null
  const command = registry.find((c) => c.id === spec.id)
  return command?.enabled ? command : null
}
