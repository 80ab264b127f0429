import { useLayoutEffect, useState, type RefObject } from 'react';
import { EDITOR_MAX_SIDE } from './konva';

/** Side of the largest square that fits the element's width (capped), kept up to date on resize. */
export function useSquareSize(ref: RefObject<HTMLElement | null>, max = EDITOR_MAX_SIDE): number {
  const [size, setSize] = useState(320);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = () => setSize(Math.max(160, Math.min(max, Math.floor(element.clientWidth))));
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, max]);
  return size;
}
