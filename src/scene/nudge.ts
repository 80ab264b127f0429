import { zoomOf, type SceneAction } from './actions';
import type { SelectionTarget } from './selection';
import type { Scene } from './types';

/** A keyboard edit of the selected thing, independent of which key asked for it. */
export type NudgeCommand =
  | { readonly type: 'move'; readonly dx: -1 | 0 | 1; readonly dy: -1 | 0 | 1; readonly far: boolean }
  | { readonly type: 'resize'; readonly direction: 1 | -1 }
  | { readonly type: 'rotate'; readonly direction: 1 | -1 };

/** One arrow press moves this much of the frame's side; with Shift, FAR_STEP. */
export const MOVE_STEP = 0.02;
export const FAR_STEP = 0.1;
/** One + or − press scales by this factor (the badge's diameter, the photo's zoom). */
export const RESIZE_FACTOR = 1.1;
/** Degrees per [ or ]: fine for straightening a photo, coarser for the badge. */
export const PHOTO_TURN = 1;
export const BADGE_TURN = 5;

/**
 * The scene action a keyboard command stands for, or null if it means nothing for the target (the
 * banner has no size). With nothing selected the keys work the photo, as they did before selection.
 * Built on the reducer's own actions, so keyboard edits undo like any other.
 */
export function nudgeAction(
  scene: Scene,
  target: SelectionTarget | null,
  command: NudgeCommand,
): SceneAction | null {
  const what = target ?? 'photo';
  if (what === 'photo') {
    const photo = scene.photo;
    if (!photo) return null;
    switch (command.type) {
      case 'move': {
        const step = command.far ? FAR_STEP : MOVE_STEP;
        return { type: 'photoMoved', x: photo.x + command.dx * step, y: photo.y + command.dy * step };
      }
      case 'resize':
        return { type: 'photoZoomed', zoom: zoomOf(photo) * RESIZE_FACTOR ** command.direction };
      case 'rotate':
        return { type: 'photoRotated', rotation: photo.rotation + command.direction * PHOTO_TURN };
    }
  }
  if (what === 'badge') {
    const badge = scene.overlays.find((o) => o.kind === 'badge');
    if (!badge) return null;
    switch (command.type) {
      case 'move': {
        const step = command.far ? FAR_STEP : MOVE_STEP;
        return { type: 'badgeChanged', x: badge.x + command.dx * step, y: badge.y + command.dy * step };
      }
      case 'resize':
        return { type: 'badgeChanged', size: badge.size * RESIZE_FACTOR ** command.direction };
      case 'rotate':
        return { type: 'badgeChanged', rotation: badge.rotation + command.direction * BADGE_TURN };
    }
  }
  // The banner has two places, so only up and down mean anything for it.
  const banner = scene.overlays.find((o) => o.kind === 'banner');
  if (!banner || command.type !== 'move' || command.dy === 0) return null;
  return { type: 'bannerChanged', changes: { position: command.dy < 0 ? 'top' : 'bottom' } };
}

/** Key presses closer together than this, of the same kind on the same target, are one undo step. */
export const NUDGE_MERGE_MS = 1500;

export interface NudgeStreak {
  readonly group: string;
  readonly at: number;
  readonly serial: number;
}

/**
 * The undo merge key for a key press at `now`: the same as the last press's while the person keeps
 * doing the same thing (moving the badge, say) without a long pause, so a run of presses is one
 * undo step, as a drag is. Returns the key and the streak to remember for the next press.
 */
export function nudgeMergeKey(
  last: NudgeStreak | null,
  target: SelectionTarget | null,
  command: NudgeCommand,
  now: number,
): { mergeKey: string; streak: NudgeStreak } {
  const group = `${target ?? 'photo'}-${command.type}`;
  const continues = last !== null && last.group === group && now - last.at <= NUDGE_MERGE_MS;
  const serial = continues ? last.serial : (last?.serial ?? 0) + 1;
  return { mergeKey: `key-${group}-${serial}`, streak: { group, at: now, serial } };
}
