// For the bounded-read tests of the image headers: a Blob that counts every byte read from it
// (through any of its slices) and refuses the readers that take a whole blob at once.

/** A Blob that records how many bytes were read through slice().arrayBuffer() (or arrayBuffer()). */
export function countingBlob(parts: BlobPart[]): { blob: Blob; read: () => number } {
  let read = 0;
  const wrap = (b: Blob): Blob =>
    new Proxy(b, {
      get(target, key) {
        if (key === 'slice')
          return (start?: number, end?: number, type?: string) => wrap(target.slice(start, end, type));
        if (key === 'arrayBuffer') return () => ((read += target.size), target.arrayBuffer());
        if (key === 'stream' || key === 'text' || key === 'bytes') throw new Error(`unexpected ${key}()`);
        const value = Reflect.get(target, key, target) as unknown;
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
  return { blob: wrap(new Blob(parts)), read: () => read };
}
