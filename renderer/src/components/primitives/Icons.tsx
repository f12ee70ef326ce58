import type React from 'react'
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

/** A 16 px line icon: its paths drawn in the text colour. */
function LineIcon({ children }: { children: React.ReactNode }) {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.4"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {children}
    </svg>
  )
}

/** The top bar's entries, so they can drop their words when the window is narrow. */
export const TOOL_ICONS = {
  sidebar: (
    <LineIcon>
      <rect x="1.5" y="2.5" width="13" height="11" rx="1" />
      <path d="M6 2.5v11M3 5h1.5M3 7.2h1.5" />
    </LineIcon>
  ),
  importMail: (
    <LineIcon>
      <rect x="1.5" y="5" width="13" height="9" rx="1" />
      <path d="m1.5 6 6.5 4.5L14.5 6M8 1v5M6 4l2 2 2-2" />
    </LineIcon>
  ),
  importOrders: (
    <LineIcon>
      <path d="M2 5.5 8 2.5l6 3v6L8 14.5 2 11.5z" />
      <path d="M2 5.5 8 8.5l6-3M8 8.5v6" />
    </LineIcon>
  ),
  sellerRules: (
    <LineIcon>
      <path d="M6.5 3.5h7M6.5 8h7M6.5 12.5h7" />
      <path d="m1.8 3.5 1 1 1.7-2M1.8 8l1 1 1.7-2M1.8 12.5l1 1 1.7-2" />
    </LineIcon>
  ),
  notifications: (
    <LineIcon>
      <path d="M4 11.5V7a4 4 0 0 1 8 0v4.5l1.2 1.2H2.8z" />
      <path d="M6.6 14.2a1.5 1.5 0 0 0 2.8 0" />
    </LineIcon>
  ),
  safekeeping: (
    <LineIcon>
      <path d="M2.5 8a5.5 5.5 0 1 0 1.6-3.9" />
      <path d="M2.2 1.8v2.6h2.6M8 5v3.2l2 1.3" />
    </LineIcon>
  ),
  profile: (
    <LineIcon>
      <circle cx="8" cy="5.2" r="2.8" />
      <path d="M2.5 14.5c.6-3 2.8-4.6 5.5-4.6s4.9 1.6 5.5 4.6" />
    </LineIcon>
  ),
} as const

/** The thread actions' icons (toolbar). */
export const ACTION_ICONS = {
  readToggle: (
    <LineIcon>
      <path d="M1.5 6.5 8 2l6.5 4.5V14h-13z" />
      <path d="m1.5 6.5 6.5 4.5 6.5-4.5" />
    </LineIcon>
  ),
  archive: (
    <LineIcon>
      <rect x="1.5" y="2.5" width="13" height="3" rx="0.5" />
      <path d="M2.5 5.5v8h11v-8M6 8.5h4" />
    </LineIcon>
  ),
  delete: (
    <LineIcon>
      <path d="M2 4h12M6 4V2.5h4V4M3.5 4l.8 10h7.4l.8-10M6.5 6.5v5M9.5 6.5v5" />
    </LineIcon>
  ),
  purge: (
    <LineIcon>
      <path d="M2 4h12M6 4V2.5h4V4M3.5 4l.8 10h7.4l.8-10M6 7l4 4M10 7l-4 4" />
    </LineIcon>
  ),
  move: (
    <LineIcon>
      <path d="M1.5 3.5h4.5l1.5 1.5h7v8.5h-13z" />
      <path d="M6 9.5h5M9 7.5l2 2-2 2" />
    </LineIcon>
  ),
  label: (
    <LineIcon>
      <path d="M1.5 2.5v5l7 7 6-6-7-7h-5z" />
      <circle cx="5" cy="5" r="1" />
    </LineIcon>
  ),
  block: (
    <LineIcon>
      <circle cx="8" cy="8" r="6.2" />
      <path d="m3.6 3.6 8.8 8.8" />
    </LineIcon>
  ),
  report: (
    <LineIcon>
      <path d="M3 14.5V2M3 2.5h9l-2 3 2 3H3" />
    </LineIcon>
  ),
  noResponse: (
    <LineIcon>
      <path d="M2 3h12v8H7l-3 3v-3H2z" />
      <path d="m5.5 7 1.8 1.8L10.5 5.5" />
    </LineIcon>
  ),
} as const

export function PencilIcon() {
  return (
    <LineIcon>
      <path d="M10.5 2.5 13.5 5.5 5.5 13.5H2.5v-3z" />
      <path d="m9 4 3 3" />
    </LineIcon>
  )
}
