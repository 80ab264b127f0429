import { BANNER_FONT_FAMILY } from '../i18n/fonts';
import type { MeasureText } from './bannerLayout';

let context: CanvasRenderingContext2D | null = null;

/** Measures bold banner text with the same font Konva will draw it in. */
export const measureBannerText: MeasureText = (text, fontSize) => {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return text.length * fontSize * 0.6;
  context.font = `bold ${fontSize}px ${BANNER_FONT_FAMILY}`;
  return context.measureText(text).width;
};
