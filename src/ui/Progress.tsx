/** An indeterminate progress bar with an accessible name; `overlay`: over what comes before it. */
export function Progress({ label, overlay = false }: { readonly label: string; readonly overlay?: boolean }) {
  return (
    <div
      className={overlay ? 'progress overlay' : 'progress'}
      role="progressbar"
      aria-label={label}
      aria-busy="true"
    >
      <div className="progress-bar" />
      <span className="progress-label">{label}</span>
    </div>
  );
}
