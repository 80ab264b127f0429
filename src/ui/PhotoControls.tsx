import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { IconButton } from './IconButton';
import { zoomOf, type SceneAction } from '../scene/actions';
import { MAX_ZOOM } from '../scene/defaults';
import type { PhotoPlacement } from '../scene/types';

interface Props {
  readonly photo: PhotoPlacement;
  readonly onEdit: (action: SceneAction, mergeKey?: string) => void;
}

/** Zoom, 90° turns and fine rotation; a slider drag is one undo step. */
export function PhotoControls({ photo, onEdit }: Props) {
  const { t } = useTranslation();
  const gesture = useRef(0);
  const newGesture = () => void gesture.current++;
  const zoom = zoomOf(photo);
  return (
    <div className="controls photo-controls">
      <label className="slider">
        <span>{t('editor.zoom')}</span>
        <input
          type="range"
          min={1}
          max={MAX_ZOOM}
          step={0.01}
          value={zoom}
          aria-valuetext={`${Math.round(zoom * 100)}%`}
          onPointerDown={newGesture}
          onKeyDown={newGesture}
          onChange={(e) =>
            onEdit({ type: 'photoZoomed', zoom: Number(e.target.value) }, `zoom${gesture.current}`)
          }
        />
      </label>
      <label className="slider">
        <span>{t('editor.rotation')}</span>
        <input
          type="range"
          min={-180}
          max={180}
          step={0.5}
          value={photo.rotation}
          aria-valuetext={t('editor.degrees', { value: Math.round(photo.rotation) })}
          onPointerDown={newGesture}
          onKeyDown={newGesture}
          onChange={(e) =>
            onEdit({ type: 'photoRotated', rotation: Number(e.target.value) }, `rotate${gesture.current}`)
          }
        />
        {/* Shown for the eye; the slider's value text already says it (an <output> is also a live
            region, which would say every step of a drag twice). */}
        <output aria-hidden="true">{t('editor.degrees', { value: Math.round(photo.rotation) })}</output>
      </label>
      <div className="button-row">
        <IconButton
          label={t('editor.rotateLeft')}
          icon="M7 4v5h5M7.5 8.5A8 8 0 1 1 5 14"
          onClick={() => onEdit({ type: 'photoTurned', quarterTurns: -1 })}
        />
        <IconButton
          label={t('editor.rotateRight')}
          icon="M17 4v5h-5M16.5 8.5A8 8 0 1 0 19 14"
          onClick={() => onEdit({ type: 'photoTurned', quarterTurns: 1 })}
        />
        <button type="button" className="secondary" onClick={() => onEdit({ type: 'photoFitted' })}>
          {t('editor.fit')}
        </button>
      </div>
    </div>
  );
}
