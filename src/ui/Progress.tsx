/** An indeterminate progress bar with an accessible name. */
export function Progress({ label }: { readonly label: string }) {
  return (
    <div className="progress" role="progressbar" aria-label={label} aria-busy="true">
      <div className="progress-bar" />
      <span className="progress-label">{label}</span>
    </div>
  );
}
