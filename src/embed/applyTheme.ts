// Puts a partner's look on the document: `data-theme` for light or dark (absent: the person's own
// `prefers-color-scheme`, in CSS) and the accent's derived colours as CSS variables.
import { SURFACE, accentPalette, type Theme } from './theme';

export interface ThemeChoice {
  readonly theme?: Theme | undefined;
  readonly accent?: string | undefined;
}

const VARIABLES = [
  '--accent',
  '--on-accent',
  '--accent-strong',
  '--accent-soft',
  '--accent-ink',
  '--focus',
  '--focus-halo',
] as const;

function systemTheme(): Theme {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches
    ? 'dark'
    : 'light';
}

/** Applies the choice; returns a function that undoes it (and stops following the system's theme). */
export function applyTheme(root: HTMLElement, choice: ThemeChoice): () => void {
  const paint = () => {
    if (choice.theme) root.dataset.theme = choice.theme;
    else delete root.dataset.theme;
    if (!choice.accent) {
      for (const name of VARIABLES) root.style.removeProperty(name);
      return;
    }
    const theme = choice.theme ?? systemTheme();
    const palette = accentPalette(choice.accent, theme);
    root.style.setProperty('--accent', palette.accent);
    root.style.setProperty('--on-accent', palette.onAccent);
    root.style.setProperty('--accent-strong', palette.strong);
    root.style.setProperty('--accent-soft', palette.soft);
    root.style.setProperty('--accent-ink', palette.ink);
    // The ring in the accent's ink, with the surface as its halo: ink has 4.5:1 against it.
    root.style.setProperty('--focus', palette.ink);
    root.style.setProperty('--focus-halo', SURFACE[theme]);
  };
  paint();
  // With an accent and no theme, the accent's shades follow the system's light or dark.
  const query =
    !choice.theme && choice.accent && typeof matchMedia === 'function'
      ? matchMedia('(prefers-color-scheme: dark)')
      : null;
  query?.addEventListener('change', paint);
  return () => {
    query?.removeEventListener('change', paint);
    delete root.dataset.theme;
    for (const name of VARIABLES) root.style.removeProperty(name);
  };
}
