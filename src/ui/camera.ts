/**
 * The live camera without React: open, stop, classify a refusal, capture a frame. Here rather
 * than in src/kiosk because the standard page offers the camera too, and src/ui may not import
 * the shells; a kiosk shell reuses this and CameraView from here.
 */

export type CameraFacing = 'user' | 'environment';

/** Why the camera cannot be used; each has its own message (camera.<problem>). */
export type CameraProblem = 'denied' | 'absent' | 'busy' | 'insecure';

/** iOS Safari draws nothing on a canvas over 4096×4096 (16.7 Mpx), so no capture canvas is larger. */
export const MAX_CAPTURE_SIDE = 4096;
export const CAPTURE_QUALITY = 0.92;

/** Whether a live camera can exist here at all; elsewhere the `capture` file input is the fallback. */
export function liveCameraSupported(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.mediaDevices?.getUserMedia === 'function';
}

/** How many cameras the browser admits to, or undefined when it will not say. */
export async function countCameras(): Promise<number | undefined> {
  try {
    const devices = await navigator.mediaDevices.enumerateDevices();
    return devices.filter((device) => device.kind === 'videoinput').length;
  } catch {
    return undefined;
  }
}

/** The video inputs' ids, in the browser's order (empty before permission in some browsers). */
export async function cameraIds(): Promise<string[]> {
  try {
    const devices = await navigator.mediaDevices.enumerateDevices();
    return devices.filter((d) => d.kind === 'videoinput' && d.deviceId).map((d) => d.deviceId);
  } catch {
    return [];
  }
}

export interface CameraRequest {
  readonly facing: CameraFacing;
  /** A particular camera: used to switch where the cameras do not report which way they face. */
  readonly deviceId?: string;
}

export async function openCamera({ facing, deviceId }: CameraRequest): Promise<MediaStream> {
  // Browsers hide mediaDevices on http pages; one that does not would still refuse.
  if (!window.isSecureContext) throw new DOMException('Camera needs a secure context', 'SecurityError');
  return navigator.mediaDevices.getUserMedia({
    audio: false,
    video: {
      ...(deviceId ? { deviceId: { exact: deviceId } } : { facingMode: { ideal: facing } }),
      // 4:3 is the sensors' own shape: the largest square a phone camera gives without cropping.
      width: { ideal: 1920 },
      height: { ideal: 1440 },
    },
  });
}

export function stopCamera(stream: MediaStream | null | undefined): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}

/**
 * The error names getUserMedia rejects with, old Chrome's included
 * (https://developer.mozilla.org/docs/Web/API/MediaDevices/getUserMedia#exceptions).
 */
export function cameraProblem(error: unknown): CameraProblem {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
      return 'denied';
    case 'SecurityError':
      return 'insecure';
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
    case 'ConstraintNotSatisfiedError':
      return 'absent';
    default:
      // NotReadableError, TrackStartError, AbortError, and anything unforeseen: it did not start.
      return 'busy';
  }
}

/** The capture canvas's size: the frame's own, scaled down to fit `max` on both sides. */
export function captureSize(width: number, height: number, max = MAX_CAPTURE_SIDE) {
  const scale = Math.min(1, max / width, max / height);
  return {
    width: Math.max(1, Math.floor(width * scale)),
    height: Math.max(1, Math.floor(height * scale)),
  };
}

/**
 * The video's current frame as a JPEG, as the camera sees it: never mirrored, whatever the
 * preview's CSS does. Resolves null when the browser makes no blob. `beforeEncode` runs once the
 * frame is drawn, so the camera can be stopped before the (slower) encode.
 */
export async function captureFrame(
  video: HTMLVideoElement,
  beforeEncode: () => void = () => {},
): Promise<Blob | null> {
  const { width, height } = captureSize(video.videoWidth, video.videoHeight);
  const canvas = document.createElement('canvas');
  try {
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context || video.videoWidth === 0) return null;
    context.drawImage(video, 0, 0, width, height);
    beforeEncode();
    return await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', CAPTURE_QUALITY));
  } finally {
    // Frees the canvas's memory at once; iOS counts live canvas memory against a small budget.
    canvas.width = 0;
    canvas.height = 0;
  }
}
