import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useModalDialog } from './useModalDialog';
import { keyLabel } from '../i18n/shortcuts';
import { KEYMAP, keymapRows, type KeyBinding } from './keymap';
import './shortcutsHelp.css';

interface Props {
  readonly onClose: () => void;
  /** Apple devices get ⌘ and ⇧; by default, whatever this device is. */
  readonly apple?: boolean;
}

const SCOPES = [
  { scope: 'canvas', heading: 'keyboard.onCanvas' },
  { scope: 'page', heading: 'keyboard.anywhere' },
] as const;

const ARROW = /^Arrow/;

/** The keyboard shortcuts, listed from the same keymap the key handlers act on. Mounted to open. */
export function ShortcutsHelp({ onClose, apple }: Props) {
  const { t } = useTranslation();
  // The title first, not the Close button at the end: read from the top, scrolled to the top.
  // Closed, the focus goes back to where the person was (the canvas, the button).
  const title = useRef<HTMLHeadingElement>(null);
  const dialog = useModalDialog(title);
  const options = (b: KeyBinding) => ({
    shift: b.shift === true,
    mod: Boolean(b.mod),
    ...(apple === undefined ? {} : { apple }),
  });
  // The four arrows with the same modifiers are one key cap's worth: "Shift+← ↑ → ↓".
  const labels = (bindings: readonly KeyBinding[]): string[] => {
    const first = bindings[0]!;
    const arrows =
      bindings.length > 1 && bindings.every((b) => ARROW.test(b.keys[0]!) && b.shift === first.shift);
    if (!arrows) return bindings.map((b) => keyLabel(t, b.keys[0]!, options(b)));
    const names = bindings.map((b) => keyLabel(t, b.keys[0]!, { ...options(b), shift: false }));
    return [`${keyLabel(t, '', options(first))}${names.join(' ')}`];
  };

  return (
    <dialog
      ref={dialog}
      className="save-dialog shortcuts-dialog"
      aria-labelledby="shortcuts-title"
      data-testid="shortcuts-help"
      onClose={onClose}
      onCancel={onClose}
    >
      <h2 id="shortcuts-title" ref={title} tabIndex={-1}>
        {t('keyboard.title')}
      </h2>
      {SCOPES.map(({ scope, heading }) => (
        <table key={scope} className="shortcuts">
          <caption>{t(heading)}</caption>
          <thead className="visually-hidden">
            <tr>
              <th scope="col">{t('keyboard.keys')}</th>
              <th scope="col">{t('keyboard.action')}</th>
            </tr>
          </thead>
          <tbody>
            {keymapRows(KEYMAP.filter((b) => b.scope === scope)).map(({ description, bindings }) => (
              <tr key={description}>
                <td className="shortcut-keys">
                  {labels(bindings).map((label) => (
                    <kbd key={label}>{label}</kbd>
                  ))}
                </td>
                <td>{t(description)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      <button type="button" className="secondary big" onClick={onClose}>
        {t('inApp.close')}
      </button>
    </dialog>
  );
}
