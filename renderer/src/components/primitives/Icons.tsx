/**
 * Small drawn icons. Drawn rather than typed ("⋯", "▸") so the accessible name of what holds them stays
 * the words the user sees (axe's label-in-name rule counts typed symbols as visible text).
 */
export function MoreIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      <circle cx="2.5" cy="7" r="1.4" fill="currentColor" />
      <circle cx="7" cy="7" r="1.4" fill="currentColor" />
      <circle cx="11.5" cy="7" r="1.4" fill="currentColor" />
    </svg>
  )
}

/** The open/closed mark of a tree branch: points right when closed, down when open. */
export function TwistyIcon({ open }: { open: boolean }) {
  return (
    <svg
      width="10"
      height="10"
      viewBox="0 0 10 10"
      aria-hidden="true"
      focusable="false"
      style={{ transform: open ? 'rotate(90deg)' : undefined }}
    >
      <path d="M3 1.5 7.5 5 3 8.5z" fill="currentColor" />
    </svg>
  )
}
