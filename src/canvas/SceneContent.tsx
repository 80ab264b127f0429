import type Konva from 'konva';
import type { Ref } from 'react';
import { cornflowerFrame } from '../art/frame';
import { KonvaArt } from './KonvaArt';
import type { BannerText, Scene } from '../scene/types';
import type { AssetImage } from '../state/assets';
import { BadgeNode, type BadgeChange } from './BadgeNode';
import { BannerNode } from './BannerNode';
import { Rect } from './konva';
import { PhotoNode } from './PhotoNode';

export interface SceneInteraction {
  readonly badgeRef?: Ref<Konva.Group>;
  readonly onPhotoMoved: (x: number, y: number) => void;
  readonly onPhotoPointerDown: (e: Konva.KonvaEventObject<MouseEvent | TouchEvent>) => void;
  readonly onBadgeSelect: (e: Konva.KonvaEventObject<MouseEvent | TouchEvent>) => void;
  readonly onBadgeChange: (change: BadgeChange) => void;
}

interface Props {
  readonly scene: Scene;
  readonly size: number;
  readonly image: AssetImage | undefined;
  readonly bannerText: BannerText;
  readonly fontsVersion?: number;
  /** JPEG has no transparency: give it a white ground. */
  readonly background?: string;
  /** The editor passes handlers; export draws the same nodes without them. */
  readonly interaction?: SceneInteraction;
}

/** Everything that ends up in the picture, in stacking order. Shared by the editor and the export. */
export function SceneContent({
  scene,
  size,
  image,
  bannerText,
  fontsVersion,
  background,
  interaction,
}: Props) {
  return (
    <>
      {background && <Rect x={0} y={0} width={size} height={size} fill={background} listening={false} />}
      {scene.photo && image && (
        <PhotoNode
          photo={scene.photo}
          image={image}
          size={size}
          onMoved={interaction?.onPhotoMoved}
          onPointerDown={interaction?.onPhotoPointerDown}
        />
      )}
      {scene.overlays.map((overlay) => {
        switch (overlay.kind) {
          case 'frame':
            return (
              <KonvaArt
                key="frame"
                art={cornflowerFrame}
                width={size}
                height={size}
                hitArea="none"
                listening={false}
              />
            );
          case 'banner':
            return (
              <BannerNode
                key="banner"
                position={overlay.position}
                text={bannerText}
                size={size}
                fontsVersion={fontsVersion}
              />
            );
          case 'badge':
            return (
              <BadgeNode
                key="badge"
                badge={overlay}
                size={size}
                nodeRef={interaction?.badgeRef}
                onSelect={interaction?.onBadgeSelect}
                onChange={interaction?.onBadgeChange}
              />
            );
        }
      })}
    </>
  );
}
