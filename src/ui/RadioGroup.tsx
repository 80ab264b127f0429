import { useRef, type KeyboardEvent, type ReactNode } from 'react';

interface Props<T extends string> {
  /** The group's accessible name: the id of a visible label, or the name itself. */
  readonly labelledBy?: string;
  readonly label?: string;
  readonly options: readonly T[];
  /** The chosen option; null when none is (a badge dragged away from every corner). */
  readonly value: T | null;
  readonly onChange: (value: T) => void;
  /** Each option's accessible name. */
  readonly optionLabel: (option: T) => string;
  /** What each option shows; its name by default. */
  readonly renderOption?: (option: T) => ReactNode;
  readonly className: string;
  readonly optionClassName?: (option: T) => string;
  /** A tooltip per option, for options that show an icon rather than their name. */
  readonly titles?: boolean;
}

const NEXT = new Set(['ArrowRight', 'ArrowDown']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp']);

/**
 * A single choice as the ARIA radio group pattern has it: one Tab stop (the chosen option, or the
 * first when none is), arrow keys move to the next or previous option and choose it, wrapping
 * round; Space or a click chooses the focused one. Buttons underneath, so they look like our others.
 */
export function RadioGroup<T extends string>({
  labelledBy,
  label,
  options,
  value,
  onChange,
  optionLabel,
  renderOption,
  className,
  optionClassName,
  titles = false,
}: Props<T>) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const tabStop = value !== null && options.includes(value) ? value : options[0];

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step = NEXT.has(event.key) ? 1 : PREVIOUS.has(event.key) ? -1 : 0;
    if (!step || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const next = (index + step + options.length) % options.length;
    buttons.current[next]?.focus();
    onChange(options[next]!);
  };

  return (
    <div
      className={className}
      role="radiogroup"
      aria-labelledby={labelledBy}
      aria-label={labelledBy ? undefined : label}
    >
      {options.map((option, index) => {
        const name = optionLabel(option);
        const content = renderOption?.(option);
        return (
          <button
            key={option}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            role="radio"
            className={optionClassName?.(option)}
            aria-checked={option === value}
            tabIndex={option === tabStop ? 0 : -1}
            aria-label={content === undefined ? undefined : name}
            title={titles ? name : undefined}
            onClick={() => {
              if (option !== value) onChange(option);
            }}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {content ?? name}
          </button>
        );
      })}
    </div>
  );
}
