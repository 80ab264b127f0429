import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SceneAction } from '../scene/actions';
import { BADGE_MAX_SIZE, BADGE_MIN_SIZE, cornerCentre } from '../scene/defaults';
import {
  QUOTE_IDS,
  type BadgeOverlay,
  type BannerPosition,
  type Corner,
  type OverlayKind,
  type Scene,
} from '../scene/types';
import { RadioGroup } from './RadioGroup';

interface Props {
  readonly scene: Scene;
  readonly onEdit: (action: SceneAction, mergeKey?: string) => void;
}

const KINDS: readonly OverlayKind[] = ['badge', 'frame', 'banner'];
const CORNERS: readonly Corner[] = ['topLeft', 'topRight', 'bottomLeft', 'bottomRight'];
const POSITIONS: readonly BannerPosition[] = ['top', 'bottom'];

/** The corner preset the badge sits at exactly (as placing it there leaves it), or null once moved. */
function snappedCorner(badge: BadgeOverlay): Corner | null {
  if (Math.abs(badge.rotation) > 0.01) return null;
  return (
    CORNERS.find((corner) => {
      const centre = cornerCentre(corner, badge.size);
      return Math.abs(centre.x - badge.x) < 1e-3 && Math.abs(centre.y - badge.y) < 1e-3;
    }) ?? null
  );
}

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
          <legend>{t('overlay.badge')}</legend>
          <p className="group-label" id={`${id}-corner`}>
            {t('overlay.badgeCorner')}
          </p>
          <RadioGroup
            labelledBy={`${id}-corner`}
            className="corner-grid"
            options={CORNERS}
            value={snappedCorner(badge)}
            onChange={(corner) => onEdit({ type: 'badgeSnapped', corner })}
            optionLabel={(corner) => t(`overlay.corner.${corner}`)}
            optionClassName={(corner) => `corner corner-${corner}`}
            renderOption={() => <span aria-hidden="true" />}
            titles
          />
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
          <RadioGroup
            label={t('banner.position')}
            className="segmented"
            options={POSITIONS}
            value={banner.position}
            onChange={(position) => onEdit({ type: 'bannerChanged', changes: { position } })}
            optionLabel={(position) => t(`banner.${position}`)}
          />
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
