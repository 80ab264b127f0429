import { useEffect, useRef, type RefObject } from 'react';

/**
 * A <dialog> shown as modal for as long as its component is mounted (the dialogs here mount to
 * open). `initialFocus` takes the focus when it opens (else the browser's first focusable element);
 * on unmount it closes, and the focus goes back to what had it before, as the dialog unmounts
 * before the browser's own restoring of the focus would run.
 */
export function useModalDialog(
  initialFocus?: RefObject<HTMLElement | null>,
): RefObject<HTMLDialogElement | null> {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const element = dialog.current;
    if (element && !element.open) element.showModal?.();
    initialFocus?.current?.focus();
    return () => {
      if (element?.open) element.close();
      if (opener?.isConnected) opener.focus();
    };
    // Once per opening: the refs are stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return dialog;
}
