import { useEffect, useEffectEvent, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { captureFrame } from './camera';
import { CameraProblemPanel, CameraShutterBar, type Problem } from './CameraControls';
import { useCamera } from './useCamera';
import { useModalDialog } from './useModalDialog';

interface Props {
  /** The captured frame as a JPEG; the camera is already off and the view about to close. */
  readonly onCapture: (photo: Blob) => void;
  readonly onClose: () => void;
  /** Where the camera cannot be used: open the ordinary file picker instead (within the click). */
  readonly onChooseFile: () => void;
}

/**
 * A live camera view in a modal dialog: the preview (mirrored for the front camera, as a mirror
 * is what people expect), a square showing what becomes the profile picture, Capture, a switch
 * between cameras where there are several, and Close. The camera is off the moment the view
 * closes: on capture, close, Escape, unmount and when the page is hidden.
 */
export function CameraView({ onCapture, onClose, onChooseFile }: Props) {
  const { t } = useTranslation();
  const camera = useCamera();
  const { state, stop } = camera;
  const video = useRef<HTMLVideoElement>(null);
  const captureButton = useRef<HTMLButtonElement>(null);
  const chooseButton = useRef<HTMLButtonElement>(null);
  const [playing, setPlaying] = useState<MediaStream | null>(null);
  const [frame, setFrame] = useState<{ width: number; height: number } | null>(null);
  const [capturing, setCapturing] = useState(false);
  const [captureFailed, setCaptureFailed] = useState(false);
  // Modal, with the focus on Capture; closed, the focus goes back to what opened it.
  const dialog = useModalDialog(captureButton);
  const open = useRef(true);
  useEffect(() => {
    open.current = true;
    return () => {
      open.current = false;
    };
  }, []);

  const stream = state.status === 'live' ? state.stream : null;
  const shown = stream !== null && playing === stream;
  const ready = shown && !capturing;
  const problem: Problem | null = captureFailed
    ? 'captureFailed'
    : state.status === 'failed'
      ? state.problem
      : null;
  const mirrored = state.status === 'live' && state.facing === 'user';

  useEffect(() => {
    const element = video.current;
    if (!element) return;
    element.srcObject = stream;
    // autoPlay alone is not always enough (iOS after a switch); a refused play() shows as not ready.
    if (stream) element.play().catch(() => {});
    return () => {
      element.srcObject = null;
    };
  }, [stream]);

  useEffect(() => {
    if (problem) chooseButton.current?.focus();
  }, [problem]);

  const close = () => {
    stop();
    onClose();
  };
  const closeWhenHidden = useEffectEvent(close);
  // A hidden page must not keep filming: phones show the camera light and other apps cannot use it.
  useEffect(() => {
    const hidden = () => {
      if (document.visibilityState === 'hidden') closeWhenHidden();
    };
    document.addEventListener('visibilitychange', hidden);
    const leaving = () => closeWhenHidden();
    window.addEventListener('pagehide', leaving);
    return () => {
      document.removeEventListener('visibilitychange', hidden);
      window.removeEventListener('pagehide', leaving);
    };
  }, []);

  const capture = async () => {
    const element = video.current;
    if (!ready || !element) return;
    setCapturing(true);
    let photo: Blob | null = null;
    try {
      photo = await captureFrame(element, stop);
    } catch {
      photo = null;
    } finally {
      stop();
    }
    if (!open.current) return;
    if (photo) {
      onCapture(photo);
    } else {
      setCapturing(false);
      setCaptureFailed(true);
    }
  };

  const retry = () => {
    setCaptureFailed(false);
    setCapturing(false);
    camera.retry();
  };

  const chooseFile = () => {
    stop();
    // Closed first: the file input lies outside the dialog, in the part a modal dialog makes inert.
    dialog.current?.close();
    onChooseFile();
  };

  // The square that becomes the profile picture: the frame's short side, centred, as the editor
  // first places a photo.
  const guide = frame && {
    width: `${(Math.min(frame.width, frame.height) / frame.width) * 100}%`,
    height: `${(Math.min(frame.width, frame.height) / frame.height) * 100}%`,
  };

  return (
    <dialog
      ref={dialog}
      className="camera-dialog"
      aria-labelledby="camera-title"
      data-testid="camera-view"
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      <div className="camera-top">
        <h2 id="camera-title">{t('upload.takePhoto')}</h2>
        <button type="button" className="camera-close" onClick={close}>
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <path
              d="M6 6l12 12M18 6L6 18"
              fill="none"
              stroke="currentColor"
              strokeWidth="2.4"
              strokeLinecap="round"
            />
          </svg>
          {t('camera.close')}
        </button>
      </div>

      <div
        className="camera-frame"
        hidden={problem !== null}
        style={frame ? ({ '--frame-aspect': frame.width / frame.height } as CSSProperties) : undefined}
      >
        <video
          ref={video}
          className={mirrored ? 'camera-video mirrored' : 'camera-video'}
          aria-label={t('camera.preview')}
          data-testid="camera-video"
          autoPlay
          playsInline
          muted
          onPlaying={(event) => {
            const playingStream = stream;
            const element = event.currentTarget;
            // `playing` may come before the first frame is shown, and a capture then is black:
            // ready once a frame has been presented, where the browser can tell.
            if (typeof element.requestVideoFrameCallback === 'function')
              element.requestVideoFrameCallback(() => setPlaying(playingStream));
            else setPlaying(playingStream);
          }}
          onLoadedMetadata={(e) =>
            setFrame({ width: e.currentTarget.videoWidth, height: e.currentTarget.videoHeight })
          }
          onResize={(e) =>
            setFrame({ width: e.currentTarget.videoWidth, height: e.currentTarget.videoHeight })
          }
        />
        {guide && shown && <div className="camera-guide" style={guide} aria-hidden="true" />}
        {!shown && (
          <p className="camera-starting" role="status">
            {t('camera.starting')}
          </p>
        )}
      </div>

      {problem ? (
        <CameraProblemPanel
          problem={problem}
          chooseRef={chooseButton}
          onChooseFile={chooseFile}
          onRetry={retry}
        />
      ) : (
        <CameraShutterBar
          captureRef={captureButton}
          ready={ready}
          capturing={capturing}
          canSwitch={camera.canSwitch}
          facing={state.status === 'live' && state.facingKnown ? state.facing : null}
          onSwitch={camera.switchCamera}
          onCapture={() => void capture()}
        />
      )}
    </dialog>
  );
}
