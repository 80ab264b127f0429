// Every keyboard shortcut of the editor, in one table: the canvas's key handler and the page's
// undo/redo read it to act, and the "Keyboard shortcuts" help lists it, so the two cannot drift.
import type { NudgeCommand } from '../scene/nudge';

export type KeyCommand =
  | { readonly type: 'selectNext' }
  | { readonly type: 'selectPrevious' }
  | { readonly type: 'deselect' }
  | NudgeCommand
  | { readonly type: 'undo' }
  | { readonly type: 'redo' }
  | { readonly type: 'help' };

/** Translation keys of the help's descriptions (locales/en.json: `keyboard.*`, undo and redo as the buttons say them). */
export type KeyDescription =
  | 'keyboard.selectNext'
  | 'keyboard.selectPrevious'
  | 'keyboard.move'
  | 'keyboard.moveFar'
  | 'keyboard.grow'
  | 'keyboard.shrink'
  | 'keyboard.rotateLeft'
  | 'keyboard.rotateRight'
  | 'keyboard.deselect'
  | 'editor.undo'
  | 'editor.redo'
  | 'keyboard.help';

export interface KeyBinding {
  /** `KeyboardEvent.key` values that trigger it; the first is the one the help shows. */
  readonly keys: readonly string[];
  /**
   * Physical keys (`KeyboardEvent.code`) that also trigger it when the layout types a letter of
   * another alphabet there: Ctrl+Z on a Russian layout arrives as key "я", code "KeyZ".
   */
  readonly codes?: readonly string[];
  /** true: only with Shift; false: only without; 'any': the key itself needs Shift on some layouts ("?", "+"). */
  readonly shift: boolean | 'any';
  /** Ctrl, or ⌘ on Apple devices. */
  readonly mod?: boolean;
  /** canvas: while the canvas has the focus; page: anywhere but in a text field. */
  readonly scope: 'canvas' | 'page';
  readonly command: KeyCommand;
  readonly description: KeyDescription;
}

const move = (dx: -1 | 0 | 1, dy: -1 | 0 | 1, far: boolean): NudgeCommand => ({ type: 'move', dx, dy, far });
const ARROWS = [
  ['ArrowLeft', -1, 0],
  ['ArrowUp', 0, -1],
  ['ArrowRight', 1, 0],
  ['ArrowDown', 0, 1],
] as const;

export const KEYMAP: readonly KeyBinding[] = [
  {
    keys: ['Tab'],
    shift: false,
    scope: 'canvas',
    command: { type: 'selectNext' },
    description: 'keyboard.selectNext',
  },
  {
    keys: ['Tab'],
    shift: true,
    scope: 'canvas',
    command: { type: 'selectPrevious' },
    description: 'keyboard.selectPrevious',
  },
  ...ARROWS.map(([key, dx, dy]): KeyBinding => ({
    keys: [key],
    shift: false,
    scope: 'canvas',
    command: move(dx, dy, false),
    description: 'keyboard.move',
  })),
  ...ARROWS.map(([key, dx, dy]): KeyBinding => ({
    keys: [key],
    shift: true,
    scope: 'canvas',
    command: move(dx, dy, true),
    description: 'keyboard.moveFar',
  })),
  // "=" is "+" without Shift on US-style layouts; "_" is "-" with it.
  {
    keys: ['+', '='],
    shift: 'any',
    scope: 'canvas',
    command: { type: 'resize', direction: 1 },
    description: 'keyboard.grow',
  },
  {
    keys: ['-', '_'],
    shift: 'any',
    scope: 'canvas',
    command: { type: 'resize', direction: -1 },
    description: 'keyboard.shrink',
  },
  {
    keys: ['['],
    codes: ['BracketLeft'],
    shift: false,
    scope: 'canvas',
    command: { type: 'rotate', direction: -1 },
    description: 'keyboard.rotateLeft',
  },
  {
    keys: [']'],
    codes: ['BracketRight'],
    shift: false,
    scope: 'canvas',
    command: { type: 'rotate', direction: 1 },
    description: 'keyboard.rotateRight',
  },
  {
    keys: ['Escape'],
    shift: 'any',
    scope: 'canvas',
    command: { type: 'deselect' },
    description: 'keyboard.deselect',
  },
  {
    keys: ['z', 'Z'],
    codes: ['KeyZ'],
    shift: false,
    mod: true,
    scope: 'page',
    command: { type: 'undo' },
    description: 'editor.undo',
  },
  {
    keys: ['z', 'Z'],
    codes: ['KeyZ'],
    shift: true,
    mod: true,
    scope: 'page',
    command: { type: 'redo' },
    description: 'editor.redo',
  },
  {
    keys: ['y', 'Y'],
    codes: ['KeyY'],
    shift: false,
    mod: true,
    scope: 'page',
    command: { type: 'redo' },
    description: 'editor.redo',
  },
  { keys: ['?'], shift: 'any', scope: 'page', command: { type: 'help' }, description: 'keyboard.help' },
];

/** The parts of a keyboard event a binding is matched on (a DOM or a React event will do). */
export interface KeyPress {
  readonly key: string;
  readonly code: string;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
}

// A letter that is not Latin: the layout is of another alphabet, so the physical key decides.
const otherAlphabet = (key: string) => /^\p{L}$/u.test(key) && !/^[a-z]$/i.test(key);

/** The binding a key press in `scope` means, if any. */
export function matchKey(
  press: KeyPress,
  scope: KeyBinding['scope'],
  keymap = KEYMAP,
): KeyBinding | undefined {
  // Windows reports AltGr as Ctrl+Alt: AltGr+8 types "[" on a German keyboard, with no Ctrl meant.
  const altGraph = press.altKey && press.ctrlKey && !press.metaKey;
  const mod = !altGraph && (press.ctrlKey || press.metaKey);
  return keymap.find(
    (b) =>
      b.scope === scope &&
      Boolean(b.mod) === mod &&
      (b.shift === 'any' || b.shift === press.shiftKey) &&
      // Otherwise Alt (Option) is left to the system and the layout: only what it types counts.
      (press.altKey
        ? !b.mod && b.keys.includes(press.key)
        : b.keys.includes(press.key) || (otherAlphabet(press.key) && (b.codes ?? []).includes(press.code))),
  );
}

/** The help's rows: one per description, in the table's order, with every key that does it. */
export function keymapRows(keymap = KEYMAP): { description: KeyDescription; bindings: KeyBinding[] }[] {
  const rows = new Map<KeyDescription, KeyBinding[]>();
  for (const binding of keymap)
    rows.set(binding.description, [...(rows.get(binding.description) ?? []), binding]);
  return [...rows].map(([description, bindings]) => ({ description, bindings }));
}

/** Keys typed into a text field are the person's text, never a shortcut. */
export function inTextField(target: EventTarget | null): boolean {
  return (
    typeof Element !== 'undefined' &&
    target instanceof Element &&
    target.closest('input[type="text"], input:not([type]), textarea, [contenteditable="true"]') !== null
  );
}
