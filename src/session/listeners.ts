/**
 * Who hears of a session's changes, and when: at once, or at a given moment (the frame after a
 * photo was painted ahead of its render, see editorSession's setPainter).
 */
export function createListeners() {
  const listeners = new Set<() => void>();
  /** Whether the listeners have heard of the last change (false while one waits for its moment). */
  let told = true;
  /** The change that waits last: an earlier one's moment no longer counts. */
  let waiting = 0;

  const tell = (): void => {
    told = true;
    for (const listener of listeners) listener();
  };

  return {
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Tells them now (and so of any change still waiting). */
    tell,
    /**
     * Tells them when `moment` comes (resolved or not), `first` just before, unless they have been
     * told meanwhile (any later change tells at once) or a newer change waits for its own moment.
     */
    tellAt(moment: Promise<void>, first?: () => void): void {
      told = false;
      const mine = ++waiting;
      const tellLate = () => {
        if (told || mine !== waiting) return;
        first?.();
        tell();
      };
      void moment.then(tellLate, tellLate);
    },
    clear(): void {
      listeners.clear();
    },
  };
}
