import { useMemo } from 'react';
import { cornflowerBadge } from '../art/cornflower';
import { KonvaArt } from './KonvaArt';
import { BANNER_FONT_FAMILY } from '../i18n/fonts';
import type { BannerPosition } from '../scene/types';
import { BANNER, layoutBanner, type BannerWords } from './bannerGeometry';
import { Group, Rect, Text } from './konva';
import { measureBannerText } from './measure';

export type BannerText = BannerWords;

interface Props {
  readonly position: BannerPosition;
  readonly text: BannerText;
  /** Side of the square frame, in pixels. */
  readonly size: number;
  /** Changes when the banner font has loaded, so the text is measured again with the real glyphs. */
  readonly fontsVersion?: number;
}

const BLUE = '#1747a6';
const BLUE_DARK = '#0f2f73';

/** A campaign-blue band across the top or bottom with the cornflower and the quote, fitted to never cut off. */
export function BannerNode({ position, text, size, fontsVersion = 0 }: Props) {
  const layout = useMemo(
    () => layoutBanner(text, position, size, measureBannerText),
    // fontsVersion: measure again once the real font is in.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [text.quote, text.attribution, position, size, fontsVersion],
  );
  const { top, height, flower, quote, attribution } = layout;
  const line = size * 0.008;
  const textProps = {
    x: layout.text.x,
    width: layout.text.width,
    fontFamily: BANNER_FONT_FAMILY,
    fontStyle: 'bold',
    lineHeight: BANNER.lineHeight,
    wrap: 'none',
    align: 'left',
  } as const;

  return (
    <Group listening={false} name="banner">
      <Rect
        x={0}
        y={top}
        width={size}
        height={height}
        fillLinearGradientStartPoint={{ x: 0, y: 0 }}
        fillLinearGradientEndPoint={{ x: 0, y: height }}
        fillLinearGradientColorStops={[0, BLUE, 1, BLUE_DARK]}
        opacity={0.94}
      />
      <Rect
        x={0}
        y={position === 'top' ? top + height - line : top}
        width={size}
        height={line}
        fill="#ffffff"
      />
      <KonvaArt
        art={cornflowerBadge}
        x={flower.x}
        y={flower.y}
        width={flower.size}
        height={flower.size}
        hitArea="none"
      />
      <Text
        {...textProps}
        y={quote.y}
        text={quote.lines.join('\n')}
        fontSize={quote.fontSize}
        fill="#ffffff"
      />
      {attribution && (
        <Text
          {...textProps}
          y={attribution.y}
          text={attribution.lines.join('\n')}
          fontSize={attribution.fontSize}
          fill="#cfe0ff"
        />
      )}
    </Group>
  );
}
