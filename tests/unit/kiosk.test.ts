import { describe, expect, it } from 'vitest';
import { COUNTER_KEY, createPictureCounter, localDay } from '../../src/kiosk/counter';
import { phoneLink } from '../../src/kiosk/handoff';
import { createIdleTimer, idleDurations, type IdleClock } from '../../src/kiosk/idleTimer';

/** A clock the test moves by hand. */
function manualClock() {
  let now = 0;
  let next = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  const clock: IdleClock & { advance(ms: number): void } = {
    setTimeout(run, ms) {
      const id = next++;
      timers.set(id, { at: now + ms, run });
      return id;
    },
    clearTimeout(id) {
      timers.delete(id as number);
    },
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const due = [...timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].run();
      }
      now = end;
    },
  };
  return clock;
}

function timer(idleSeconds: number) {
  const clock = manualClock();
  const seen: (number | null)[] = [];
  let resets = 0;
  const idle = createIdleTimer({
    ...idleDurations(idleSeconds),
    clock,
    onCountdown: (s) => seen.push(s),
    onReset: () => resets++,
  });
  return { clock, idle, seen, resets: () => resets };
}

describe('the idle timer', () => {
  it('counts down the last 10 s of the idle time, then resets once', () => {
    const { clock, idle, seen, resets } = timer(90);
    idle.arm(true);
    clock.advance(79_999);
    expect(seen).toEqual([]);
    clock.advance(1);
    expect(seen).toEqual([10]);
    clock.advance(9_999);
    expect(seen).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(resets()).toBe(0);
    clock.advance(1);
    expect(seen.at(-1)).toBeNull();
    expect(resets()).toBe(1);
    // Disarmed by its reset: an empty kiosk does not reset again and again.
    clock.advance(1_000_000);
    expect(resets()).toBe(1);
  });

  it('a short idle counts down all of it', () => {
    expect(idleDurations(3)).toEqual({ idleMs: 0, countdownMs: 3000 });
    expect(idleDurations(90)).toEqual({ idleMs: 80_000, countdownMs: 10_000 });
  });

  it('any input starts the quiet time again, and cancels a countdown', () => {
    const { clock, idle, seen, resets } = timer(20);
    idle.arm(true);
    clock.advance(9_000);
    idle.activity();
    clock.advance(9_000);
    expect(seen).toEqual([]);
    clock.advance(2_000);
    expect(seen).toEqual([10, 9]);
    idle.activity();
    expect(seen).toEqual([10, 9, null]);
    clock.advance(9_999);
    expect(resets()).toBe(0);
    clock.advance(20_000);
    expect(resets()).toBe(1);
  });

  it('does nothing while disarmed', () => {
    const { clock, idle, resets } = timer(5);
    idle.activity();
    clock.advance(60_000);
    expect(resets()).toBe(0);
    idle.arm(true);
    idle.arm(false);
    clock.advance(60_000);
    expect(resets()).toBe(0);
  });
});

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

describe('the picture counter', () => {
  it('counts today’s pictures, keeps only a number and a date, and starts again tomorrow', () => {
    const storage = memoryStorage();
    let now = new Date(2026, 7, 4, 23, 58);
    const counter = createPictureCounter(storage, () => now);
    expect(counter.count()).toBe(0);
    counter.increment();
    expect(counter.increment()).toBe(2);
    expect([...storage.map]).toEqual([[COUNTER_KEY, JSON.stringify({ day: '2026-08-04', count: 2 })]]);
    // A reload on the same day keeps the count.
    expect(createPictureCounter(storage, () => now).count()).toBe(2);
    now = new Date(2026, 7, 5, 0, 1);
    expect(counter.count()).toBe(0);
    expect(counter.increment()).toBe(1);
  });

  it('resets to zero, and survives storage that refuses or holds junk', () => {
    const storage = memoryStorage();
    const counter = createPictureCounter(storage);
    counter.increment();
    counter.reset();
    expect(counter.count()).toBe(0);
    expect(storage.map.size).toBe(0);
    storage.map.set(COUNTER_KEY, '{"day":');
    expect(createPictureCounter(storage).count()).toBe(0);
    const refusing = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('full');
      },
      removeItem: () => {
        throw new Error('blocked');
      },
    };
    const blocked = createPictureCounter(refusing);
    expect(blocked.increment()).toBe(1);
    expect(blocked.increment()).toBe(2);
    expect(() => blocked.reset()).not.toThrow();
  });

  it('uses the device’s own date', () => {
    expect(localDay(new Date(2026, 0, 9))).toBe('2026-01-09');
  });
});

describe('the phone link', () => {
  it('opens the standard app with the same language, designs and quote, never the kiosk', () => {
    const link = phoneLink('https://stall.example/app/?mode=kiosk&idle=60&lang=be#x', {
      lang: 'ka',
      overlays: ['badge', 'banner'],
      quote: 'truth',
    });
    expect(link).toBe('https://stall.example/app/?lang=ka&overlay=badge%2Cbanner&quote=truth');
    expect(new URL(link).searchParams.get('mode')).toBeNull();
  });
  it('names a quote only with the banner', () => {
    expect(
      phoneLink('https://x.example/?mode=kiosk', { lang: 'en', overlays: ['frame'], quote: 'truth' }),
    ).toBe('https://x.example/?lang=en&overlay=frame');
  });
});
