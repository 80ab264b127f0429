interface Props {
  /** The accessible name, also shown as a tooltip. */
  readonly label: string;
  /** Tooltip when it should say more than the name (a keyboard shortcut). */
  readonly title?: string;
  /** A 24×24 stroke icon's path data. */
  readonly icon: string;
  readonly onClick: () => void;
  readonly disabled?: boolean;
  /** Its look, where not the panels' square icon button (the camera's switch). */
  readonly className?: string;
}

/** A square button with a line icon; the label is for screen readers and the tooltip. */
export function IconButton({
  label,
  title,
  icon,
  onClick,
  disabled = false,
  className = 'icon-button',
}: Props) {
  return (
    <button
      type="button"
      className={className}
      disabled={disabled}
      onClick={onClick}
      aria-label={label}
      title={title ?? label}
    >
      <svg viewBox="0 0 24 24" aria-hidden="true">
        <path
          d={icon}
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
    </button>
  );
}
