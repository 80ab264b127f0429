import type { SelectionTarget } from '../scene/selection';
import type { Scene } from '../scene/types';
import { BANNER, bannerTop } from './bannerGeometry';
import { Group, Rect } from './konva';

const BLUE = '#1747a6';

/**
 * Where the keyboard's selection is, when it is the photo or the banner (the badge has the
 * transformer's handles): a dashed blue line on a white one, seen on dark and light photos alike.
 * In the selection layer, so it never reaches the export.
 */
export function SelectionOutline({
  scene,
  selection,
  size,
}: {
  readonly scene: Scene;
  readonly selection: SelectionTarget | null;
  readonly size: number;
}) {
  const banner = scene.overlays.find((o) => o.kind === 'banner');
  const box =
    selection === 'photo' && scene.photo
      ? { y: 0, height: size }
      : selection === 'banner' && banner
        ? { y: bannerTop(banner.position) * size, height: BANNER.height * size }
        : null;
  if (!box) return null;
  const inset = 3;
  const outline = { x: inset, y: box.y + inset, width: size - 2 * inset, height: box.height - 2 * inset };
  return (
    <Group name={`selection-${selection}`} listening={false}>
      <Rect {...outline} stroke="#ffffff" strokeWidth={4} cornerRadius={4} />
      <Rect {...outline} stroke={BLUE} strokeWidth={2} dash={[10, 6]} cornerRadius={4} />
    </Group>
  );
}
