import type { Scene } from './types';

/**
 * What the keyboard (and a tap) acts on: the photo or one overlay that can be moved or placed. The
 * wreath is not one: it has no place, size or angle of its own, so selecting it would do nothing.
 */
export type SelectionTarget = 'photo' | 'badge' | 'banner';

/** The things that can be selected, in the order Tab visits them: the photo, then overlays as stacked. */
export function selectableTargets(scene: Scene): SelectionTarget[] {
  const targets: SelectionTarget[] = scene.photo ? ['photo'] : [];
  for (const overlay of scene.overlays) if (overlay.kind !== 'frame') targets.push(overlay.kind);
  return targets;
}

/** The selection, or null if what it names is no longer in the scene (undone, switched off, start over). */
export function validSelection(scene: Scene, selection: SelectionTarget | null): SelectionTarget | null {
  return selection && selectableTargets(scene).includes(selection) ? selection : null;
}

/**
 * Where Tab (1) or Shift+Tab (-1) takes the selection. From nothing, Tab selects the first and
 * Shift+Tab the last (so the canvas works the same entered from either side); past either end
 * it is null: the selection is dropped and the focus leaves the canvas as it normally would.
 */
export function stepSelection(
  scene: Scene,
  selection: SelectionTarget | null,
  direction: 1 | -1,
): SelectionTarget | null {
  const targets = selectableTargets(scene);
  const current = selection ? targets.indexOf(selection) : -1;
  const next = current === -1 ? (direction === 1 ? 0 : targets.length - 1) : current + direction;
  return targets[next] ?? null;
}
