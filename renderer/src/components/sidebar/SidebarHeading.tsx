/** A sidebar section title with its "+" button (new folder, new label). */
export function SidebarHeading(props: {
  title: string
  addLabel: string
  addTestId: string
  adding: boolean
  onAdd: () => void
}) {
  return (
    <div className="sidebar-heading-row">
      <h2 className="sidebar-heading">{props.title}</h2>
      <button
        type="button"
        className="icon-button"
        onClick={props.onAdd}
        data-testid={props.addTestId}
        aria-label={props.addLabel}
        aria-expanded={props.adding}
        title={props.addLabel}
      >
        +
      </button>
    </div>
  )
}
