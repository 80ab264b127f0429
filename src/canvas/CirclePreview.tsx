import { Shape } from './konva';

/** Dims everything outside the inscribed circle, the way networks crop userpics. Editor only. */
export function CirclePreview({ size }: { readonly size: number }) {
  return (
    <Shape
      name="circle-preview"
      listening={false}
      sceneFunc={(context) => {
        const ctx = context._context;
        ctx.save();
        ctx.beginPath();
        ctx.rect(0, 0, size, size);
        ctx.arc(size / 2, size / 2, size / 2, 0, Math.PI * 2, true);
        ctx.fillStyle = 'rgba(245, 247, 252, 0.88)';
        ctx.fill('evenodd');
        ctx.beginPath();
        ctx.arc(size / 2, size / 2, size / 2 - 0.5, 0, Math.PI * 2);
        ctx.strokeStyle = 'rgba(23, 71, 166, 0.6)';
        ctx.lineWidth = 1;
        ctx.stroke();
        ctx.restore();
      }}
    />
  );
}
