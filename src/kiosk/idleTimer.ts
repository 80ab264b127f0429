// Privacy between people at a street stall: after `idleMs` without input a countdown runs, and at
// its end everything of the last person is forgotten. Any input during the countdown cancels it.
// Timers come in from outside, so tests drive the clock.

export interface IdleClock {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface IdleTimerOptions {
  /** Quiet time before the countdown shows. */
  readonly idleMs: number;
  /** Length of the visible countdown. */
  readonly countdownMs: number;
  /** The countdown's seconds left, each second; null when it is cancelled or done. */
  readonly onCountdown: (secondsLeft: number | null) => void;
  readonly onReset: () => void;
  readonly clock?: IdleClock;
}

export interface IdleTimer {
  /** A person touched, typed or moved: start the quiet time again (and cancel a countdown). */
  activity(): void;
  /** Whether there is anything to forget: the timer runs only while armed. */
  arm(armed: boolean): void;
  dispose(): void;
}

const SECOND = 1000;

/** `?idle=` seconds: the countdown takes the last 10 s of it, or all of it when idle is shorter. */
export function idleDurations(idleSeconds: number): { idleMs: number; countdownMs: number } {
  const countdownMs = Math.min(10, idleSeconds) * SECOND;
  return { idleMs: Math.max(0, idleSeconds * SECOND - countdownMs), countdownMs };
}

export function createIdleTimer(options: IdleTimerOptions): IdleTimer {
  const clock: IdleClock = options.clock ?? {
    setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
    clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
  let armed = false;
  let handle: unknown = null;
  let counting = false;

  const clear = () => {
    if (handle !== null) clock.clearTimeout(handle);
    handle = null;
    if (counting) {
      counting = false;
      options.onCountdown(null);
    }
  };

  const tick = (leftMs: number) => {
    if (leftMs <= 0) {
      counting = false;
      handle = null;
      options.onCountdown(null);
      armed = false;
      options.onReset();
      return;
    }
    counting = true;
    options.onCountdown(Math.ceil(leftMs / SECOND));
    const step = leftMs % SECOND || SECOND;
    handle = clock.setTimeout(() => tick(leftMs - step), step);
  };

  const start = () => {
    clear();
    if (!armed) return;
    handle = clock.setTimeout(() => tick(options.countdownMs), options.idleMs);
  };

  return {
    activity: start,
    arm(next) {
      if (next === armed) return;
      armed = next;
      start();
    },
    dispose: clear,
  };
}
