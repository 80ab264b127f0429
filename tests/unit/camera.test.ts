import { describe, expect, it } from 'vitest';
import { cameraProblem, captureSize, MAX_CAPTURE_SIDE } from '../../src/ui/camera';

describe('captureSize', () => {
  it('keeps a frame that fits', () => {
    expect(captureSize(1920, 1440)).toEqual({ width: 1920, height: 1440 });
    expect(captureSize(4096, 4096)).toEqual({ width: 4096, height: 4096 });
  });

  it('scales a larger frame down to fit 4096 on both sides, keeping its shape', () => {
    expect(MAX_CAPTURE_SIDE).toBe(4096);
    expect(captureSize(8000, 6000)).toEqual({ width: 4096, height: 3072 });
    expect(captureSize(3000, 6000)).toEqual({ width: 2048, height: 4096 });
    expect(captureSize(5000, 1000)).toEqual({ width: 4096, height: 819 });
    const { width, height } = captureSize(4097, 4097);
    expect(Math.max(width, height)).toBeLessThanOrEqual(4096);
  });

  it('never makes a side of zero', () => {
    expect(captureSize(100000, 10)).toEqual({ width: 4096, height: 1 });
  });
});

describe('cameraProblem', () => {
  const named = (name: string) => new DOMException('test', name);
  it.each([
    ['NotAllowedError', 'denied'],
    ['PermissionDeniedError', 'denied'],
    ['SecurityError', 'insecure'],
    ['NotFoundError', 'absent'],
    ['DevicesNotFoundError', 'absent'],
    ['OverconstrainedError', 'absent'],
    ['NotReadableError', 'busy'],
    ['TrackStartError', 'busy'],
    ['AbortError', 'busy'],
    ['SomethingNewError', 'busy'],
  ])('%s → %s', (name, problem) => {
    expect(cameraProblem(named(name))).toBe(problem);
  });

  it('reads the name of errors that are no DOMException (Chromium’s OverconstrainedError)', () => {
    expect(cameraProblem({ name: 'OverconstrainedError', constraint: 'facingMode' })).toBe('absent');
    expect(cameraProblem(new TypeError('bad constraints'))).toBe('busy');
    expect(cameraProblem(undefined)).toBe('busy');
    expect(cameraProblem('NotAllowedError')).toBe('busy');
  });
});
