import { useMemo } from 'react';
import { cornflowerBadge } from '../art/cornflower';
import { KonvaArt } from '../art/KonvaArt';
import { BANNER_FONT_FAMILY } from '../i18n/fonts';
import type { BannerPosition } from '../scene/types';
import { fitText } from './bannerLayout';
import { BANNER, bannerTop } from './bannerGeometry';
import { Group, Rect, Text } from './konva';
import { measureBannerText } from './measure';

export interface BannerText {
  readonly quote: string;
  /** "— Martin Luther King Jr.", or empty. */
  readonly attribution: string;
}

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
  const top = bannerTop(position) * size;
  const height = BANNER.height * size;
  const pad = BANNER.padding * size;
  const flower = BANNER.flowerSize * size;
  const textX = pad * 1.4 + flower + pad;
  const textWidth = size - textX - pad * 1.2;
  const textHeight = height - 2 * pad;

  const layout = useMemo(() => {
    // The attribution line takes its share of the height first, so the quote fits around it.
    const attributionSize = text.attribution ? BANNER.maxFontSize * BANNER.attributionScale * size : 0;
    const attributionFit = text.attribution
      ? fitText(
          text.attribution,
          textWidth,
          attributionSize * BANNER.lineHeight,
          { maxFontSize: attributionSize, minFontSize: attributionSize / 2, lineHeight: BANNER.lineHeight },
          measureBannerText,
        )
      : null;
    const attributionHeight = attributionFit ? attributionFit.fontSize * BANNER.lineHeight * attributionFit.lines.length : 0;
    const quoteFit = fitText(
      text.quote,
      textWidth,
      textHeight - attributionHeight - (attributionFit ? pad * 0.3 : 0),
      { maxFontSize: BANNER.maxFontSize * size, minFontSize: BANNER.minFontSize * size, lineHeight: BANNER.lineHeight },
      measureBannerText,
    );
    return { quoteFit, attributionFit, attributionHeight };
    // fontsVersion: measure again once the real font is in.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text.quote, text.attribution, textWidth, textHeight, size, pad, fontsVersion]);

  const { quoteFit, attributionFit, attributionHeight } = layout;
  const quoteHeight = quoteFit.lines.length * quoteFit.fontSize * BANNER.lineHeight;
  const blockHeight = quoteHeight + (attributionFit ? attributionHeight + pad * 0.3 : 0);
  const blockTop = top + pad + Math.max(0, (textHeight - blockHeight) / 2);

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
        y={position === 'top' ? top + height - size * 0.008 : top}
        width={size}
        height={size * 0.008}
        fill="#ffffff"
      />
      <KonvaArt art={cornflowerBadge} x={pad * 1.4} y={top + (height - flower) / 2} width={flower} height={flower} hitArea="none" />
      <Text
        x={textX}
        y={blockTop}
        width={textWidth}
        text={quoteFit.lines.join('\n')}
        fontSize={quoteFit.fontSize}
        fontFamily={BANNER_FONT_FAMILY}
        fontStyle="bold"
        lineHeight={BANNER.lineHeight}
        fill="#ffffff"
        wrap="none"
        align="left"
      />
      {attributionFit && (
        <Text
          x={textX}
          y={blockTop + quoteHeight + pad * 0.3}
          width={textWidth}
          text={attributionFit.lines.join('\n')}
          fontSize={attributionFit.fontSize}
          fontFamily={BANNER_FONT_FAMILY}
          fontStyle="bold"
          lineHeight={BANNER.lineHeight}
          fill="#cfe0ff"
          wrap="none"
          align="left"
        />
      )}
    </Group>
  );
}
