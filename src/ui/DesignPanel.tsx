import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SceneAction } from '../scene/actions';
import { BADGE_MAX_SIZE, BADGE_MIN_SIZE } from '../scene/defaults';
import { QUOTE_IDS, type Corner, type OverlayKind, type Scene } from '../scene/types';

interface Props {
  readonly scene: Scene;
  readonly onEdit: (action: SceneAction, mergeKey?: string) => void;
}

const KINDS: readonly OverlayKind[] = ['badge', 'frame', 'banner'];
const CORNERS: readonly Corner[] = ['topLeft', 'topRight', 'bottomLeft', 'bottomRight'];

/** Which designs are on the picture, and their settings. */
export function DesignPanel({ scene, onEdit }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const gesture = useRef(0);
  const badge = scene.overlays.find((o) => o.kind === 'badge');
  const banner = scene.overlays.find((o) => o.kind === 'banner');
  return (
    <section className="panel design-panel" aria-labelledby="design-heading">
      <h2 id="design-heading">{t('overlay.heading')}</h2>
      <div className="toggle-row">
        {KINDS.map((kind) => {
          const on = scene.overlays.some((o) => o.kind === kind);
          return (
            <button
              key={kind}
              type="button"
              className="toggle"
              aria-pressed={on}
              onClick={() => onEdit({ type: 'overlayToggled', kind, on: !on })}
            >
              {t(`overlay.${kind}`)}
            </button>
          );
        })}
      </div>

      {badge && (
        <fieldset>
          <legend>{t('overlay.badgeCorner')}</legend>
          <div className="corner-grid">
            {CORNERS.map((corner) => (
              <button
                key={corner}
                type="button"
                className={`corner corner-${corner}`}
                onClick={() => onEdit({ type: 'badgeSnapped', corner })}
                aria-label={t(`overlay.corner.${corner}`)}
                title={t(`overlay.corner.${corner}`)}
              >
                <span aria-hidden="true" />
              </button>
            ))}
          </div>
          <label className="slider">
            <span>{t('overlay.badgeSize')}</span>
            <input
              type="range"
              min={BADGE_MIN_SIZE}
              max={BADGE_MAX_SIZE}
              step={0.01}
              value={badge.size}
              aria-valuetext={`${Math.round(badge.size * 100)}%`}
              onPointerDown={() => gesture.current++}
              onKeyDown={() => gesture.current++}
              onChange={(e) =>
                onEdit({ type: 'badgeChanged', size: Number(e.target.value) }, `badge${gesture.current}`)
              }
            />
          </label>
        </fieldset>
      )}

      {banner && (
        <fieldset className="banner-settings">
          <legend>{t('overlay.banner')}</legend>
          <div className="segmented" role="radiogroup" aria-label={t('banner.position')}>
            {(['top', 'bottom'] as const).map((position) => (
              <button
                key={position}
                type="button"
                role="radio"
                aria-checked={banner.position === position}
                onClick={() => onEdit({ type: 'bannerChanged', changes: { position } })}
              >
                {t(`banner.${position}`)}
              </button>
            ))}
          </div>
          <div className="select">
            <label htmlFor={`${id}-quote`}>{t('banner.quote')}</label>
            <select
              id={`${id}-quote`}
              value={banner.quote ?? 'custom'}
              onChange={(e) =>
                onEdit({
                  type: 'bannerChanged',
                  changes: {
                    quote:
                      e.target.value === 'custom' ? null : (e.target.value as (typeof QUOTE_IDS)[number]),
                  },
                })
              }
            >
              {QUOTE_IDS.map((id) => (
                <option key={id} value={id}>
                  {t(`quotes.${id}`)}
                </option>
              ))}
              <option value="custom">{t('banner.custom')}</option>
            </select>
          </div>
          {banner.quote === null && (
            <label className="text-field">
              <span>{t('banner.customLabel')}</span>
              <textarea
                rows={2}
                maxLength={140}
                value={banner.customText}
                placeholder={t('banner.customPlaceholder')}
                onFocus={() => gesture.current++}
                onChange={(e) =>
                  onEdit(
                    { type: 'bannerChanged', changes: { customText: e.target.value } },
                    `text${gesture.current}`,
                  )
                }
              />
            </label>
          )}
        </fieldset>
      )}
    </section>
  );
}
