import { useEffect } from 'react';

function firstFile(items: DataTransfer | null): File | undefined {
  if (!items) return undefined;
  for (const file of Array.from(items.files)) return file;
  for (const item of Array.from(items.items ?? [])) {
    if (item.kind === 'file') {
      const file = item.getAsFile();
      if (file) return file;
    }
  }
  return undefined;
}

/** A photo dropped anywhere on the page, or pasted (Ctrl+V), goes to the editor. */
export function usePageFileDrop(onFile: (file: File) => void): void {
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (!e.dataTransfer?.types.includes('Files')) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
      document.body.classList.add('dragging-file');
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) document.body.classList.remove('dragging-file');
    };
    const drop = (e: DragEvent) => {
      document.body.classList.remove('dragging-file');
      const file = firstFile(e.dataTransfer);
      if (!file) return;
      e.preventDefault();
      onFile(file);
    };
    const paste = (e: ClipboardEvent) => {
      // Pasting text into the banner's own-text field must stay a text paste.
      const file = firstFile(e.clipboardData);
      if (!file || (e.target instanceof Element && e.target.closest('textarea, input[type="text"]'))) return;
      e.preventDefault();
      onFile(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    window.addEventListener('paste', paste);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
      window.removeEventListener('paste', paste);
    };
  }, [onFile]);
}
