// The volunteers' counter: how many pictures were made at this stall today. A number and a date,
// kept on the device; nothing about anyone.

export interface CounterStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const COUNTER_KEY = 'cornflower.kiosk.picturesToday';

/** The device's local date, `2026-08-04`: "today" at the stall, not in UTC. */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function read(storage: CounterStorage, day: string): number {
  try {
    const saved = JSON.parse(storage.getItem(COUNTER_KEY) ?? 'null') as unknown;
    if (
      saved &&
      typeof saved === 'object' &&
      (saved as { day?: unknown }).day === day &&
      Number.isSafeInteger((saved as { count?: unknown }).count)
    )
      return Math.max(0, (saved as { count: number }).count);
  } catch {
    // storage blocked or a bad value: count from zero
  }
  return 0;
}

function write(storage: CounterStorage, day: string, count: number): void {
  try {
    storage.setItem(COUNTER_KEY, JSON.stringify({ day, count }));
  } catch {
    // storage full or blocked: the counter lasts for this page only
  }
}

export function createPictureCounter(storage: CounterStorage, now: () => Date = () => new Date()) {
  let memory: { day: string; count: number } | null = null;
  const today = () => localDay(now());
  return {
    count(): number {
      const day = today();
      if (memory?.day === day) return Math.max(memory.count, read(storage, day));
      return read(storage, day);
    },
    increment(): number {
      const day = today();
      const count = this.count() + 1;
      memory = { day, count };
      write(storage, day, count);
      return count;
    },
    reset(): void {
      memory = { day: today(), count: 0 };
      try {
        storage.removeItem(COUNTER_KEY);
      } catch {
        // nothing saved anyway
      }
    },
  };
}

export type PictureCounter = ReturnType<typeof createPictureCounter>;
