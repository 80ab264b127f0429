import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { CameraFacing, CameraProblem } from './camera';
import { IconButton } from './IconButton';

export type Problem = CameraProblem | 'captureFailed';

/** Under the live view: the hint, the camera switch where there are several, and the shutter. */
export function CameraShutterBar({
  captureRef,
  ready,
  capturing,
  canSwitch,
  facing,
  onSwitch,
  onCapture,
}: {
  readonly captureRef: RefObject<HTMLButtonElement | null>;
  /** A frame is on screen and no capture is under way. */
  readonly ready: boolean;
  readonly capturing: boolean;
  readonly canSwitch: boolean;
  /** Which way the live camera faces, where it says so. */
  readonly facing: CameraFacing | null;
  readonly onSwitch: () => void;
  readonly onCapture: () => void;
}) {
  const { t } = useTranslation();
  const switchLabel =
    facing === null ? t('camera.switch') : facing === 'user' ? t('camera.useBack') : t('camera.useFront');
  return (
    <>
      <p className="camera-hint">{t('camera.hint')}</p>
      <div className="camera-controls">
        <span className="camera-side">
          {canSwitch && (
            <IconButton
              className="camera-switch"
              label={switchLabel}
              icon="M4 12a8 8 0 0 1 14-5.3M20 12a8 8 0 0 1-14 5.3M18 3v4h-4M6 21v-4h4"
              onClick={onSwitch}
              disabled={capturing}
            />
          )}
        </span>
        <button
          ref={captureRef}
          type="button"
          className="camera-shutter"
          // aria-disabled, not disabled: the button takes focus while the camera starts.
          aria-disabled={!ready}
          onClick={onCapture}
        >
          <span className="camera-shutter-ring" aria-hidden="true" />
          <span className="camera-shutter-label">{t('camera.capture')}</span>
        </button>
        <span className="camera-side" />
      </div>
    </>
  );
}

/** Where the camera cannot be used (or a capture failed): why, the file picker instead, and a retry. */
export function CameraProblemPanel({
  problem,
  chooseRef,
  onChooseFile,
  onRetry,
}: {
  readonly problem: Problem;
  readonly chooseRef: RefObject<HTMLButtonElement | null>;
  readonly onChooseFile: () => void;
  readonly onRetry: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="camera-problem">
      <p role="alert">{t(`camera.${problem}`)}</p>
      <div className="camera-problem-actions">
        <button ref={chooseRef} type="button" className="primary big" onClick={onChooseFile}>
          {t('upload.choose')}
        </button>
        {problem !== 'insecure' && (
          <button type="button" className="secondary big" onClick={onRetry}>
            {t('camera.retry')}
          </button>
        )}
      </div>
    </div>
  );
}
