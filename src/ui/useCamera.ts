import { useCallback, useEffect, useRef, useState } from 'react';
import {
  cameraIds,
  cameraProblem,
  countCameras,
  liveCameraSupported,
  openCamera,
  stopCamera,
  type CameraFacing,
  type CameraProblem,
  type CameraRequest,
} from './camera';

export type CameraState =
  | { readonly status: 'starting' }
  | {
      readonly status: 'live';
      readonly stream: MediaStream;
      readonly facing: CameraFacing;
      /** Whether the camera itself said which way it faces (phones do, most webcams do not). */
      readonly facingKnown: boolean;
      readonly deviceId: string | undefined;
    }
  | { readonly status: 'failed'; readonly problem: CameraProblem };

interface Attempt extends CameraRequest {
  readonly attempt: number;
}

/**
 * A camera stream for as long as the component wants it: opened on mount, stopped on unmount,
 * on every switch and on `stop()`. A stream that arrives after it was no longer wanted (closed
 * while the permission prompt was up, switched twice quickly) is stopped the moment it arrives.
 */
export function useCamera(initialFacing: CameraFacing = 'user') {
  const [request, setRequest] = useState<Attempt>({ facing: initialFacing, attempt: 0 });
  const [state, setState] = useState<CameraState>({ status: 'starting' });
  const [cameras, setCameras] = useState<readonly string[]>([]);
  const current = useRef<MediaStream | null>(null);

  useEffect(() => {
    let wanted = true;
    let stream: MediaStream | null = null;
    openCamera(request).then(
      (opened) => {
        if (!wanted) return stopCamera(opened);
        stream = opened;
        current.current = opened;
        const track = opened.getVideoTracks()[0];
        const settings = track?.getSettings() ?? {};
        const said = settings.facingMode;
        const facingKnown = said === 'user' || said === 'environment';
        // `ended` fires only when the track ends by itself (unplugged, taken by the system), not on stop().
        track?.addEventListener('ended', () => {
          if (wanted) setState({ status: 'failed', problem: 'busy' });
        });
        setState({
          status: 'live',
          stream: opened,
          facing: facingKnown ? said : request.facing,
          facingKnown,
          deviceId: settings.deviceId,
        });
        // Only now, with permission, do all browsers list every camera.
        void cameraIds().then((ids) => wanted && setCameras(ids));
      },
      (error: unknown) => {
        if (wanted) setState({ status: 'failed', problem: cameraProblem(error) });
      },
    );
    return () => {
      wanted = false;
      stopCamera(stream);
      if (current.current === stream) current.current = null;
    };
  }, [request]);

  const live = state.status === 'live' ? state : null;
  const canSwitch = live !== null && cameras.length > 1;

  const switchCamera = useCallback(() => {
    if (!live) return;
    const facing: CameraFacing = live.facing === 'user' ? 'environment' : 'user';
    // Phones say which way each camera faces: ask for the other side. Cameras that do not say
    // (desktop webcams, a second USB camera) are taken in turn by id instead.
    const at = live.deviceId ? cameras.indexOf(live.deviceId) : -1;
    const next = cameras[(at + 1) % cameras.length];
    // Stopped before the next one opens: many phones cannot run two cameras at once.
    stopCamera(live.stream);
    setState({ status: 'starting' });
    setRequest((r) => ({
      facing,
      ...(live.facingKnown || !next ? {} : { deviceId: next }),
      attempt: r.attempt + 1,
    }));
  }, [live, cameras]);

  const retry = useCallback(() => {
    setState({ status: 'starting' });
    setRequest((r) => ({ ...r, attempt: r.attempt + 1 }));
  }, []);

  /** Stops the camera now (capture, page hidden); the component is expected to close. */
  const stop = useCallback(() => {
    stopCamera(current.current);
    current.current = null;
  }, []);

  return { state, canSwitch, switchCamera, retry, stop };
}

/**
 * Whether "Take a photo" should open the live camera: the browser has getUserMedia and does not
 * say there is no camera. Before permission browsers list at most one camera, unnamed, but one if
 * there is any (the spec's exposure rule); a browser that cannot list them counts as yes. A camera
 * plugged in or out later is noticed.
 */
export function useLiveCameraAvailable(): boolean {
  const [available, setAvailable] = useState(liveCameraSupported);
  useEffect(() => {
    if (!liveCameraSupported()) return;
    let mounted = true;
    const check = () =>
      void countCameras().then((count) => mounted && setAvailable(count === undefined || count > 0));
    check();
    const devices = navigator.mediaDevices;
    devices.addEventListener?.('devicechange', check);
    return () => {
      mounted = false;
      devices.removeEventListener?.('devicechange', check);
    };
  }, []);
  return available;
}
