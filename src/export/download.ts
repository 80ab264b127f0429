/** Object URLs of downloads the browser may still be reading; each is revoked within a minute. */
const pending = new Set<string>();

/** Saves a blob through a temporary link; the object URL is released once the browser has it. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  pending.add(url);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => {
    if (pending.delete(url)) URL.revokeObjectURL(url);
  }, 60_000);
}

/** A kiosk's reset: the last person's picture must not stay reachable for the minute. */
export function revokePendingDownloads(): void {
  for (const url of pending) URL.revokeObjectURL(url);
  pending.clear();
}

/** Phones can hand a file straight to another app (the network's own upload) through Web Share. */
export function canShareFiles(file: File): boolean {
  return (
    typeof navigator.canShare === 'function' &&
    typeof navigator.share === 'function' &&
    navigator.canShare({ files: [file] })
  );
}

/** Shares the file; resolves false when the person closed the share sheet. */
export async function shareFile(file: File, text: string): Promise<boolean> {
  try {
    await navigator.share({ files: [file], text });
    return true;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return false;
    throw error;
  }
}
