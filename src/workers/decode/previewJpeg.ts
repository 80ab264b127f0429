import { decodeJpegScaled } from '../../image/decodeJpegScaled';
import { inspectFile } from '../../image/inspectFile';
import { jpegPreviewPlan } from '../../image/previewPlan';

/**
 * A big JPEG's first look, decoded at 1/8 (or 1/4) by DCT scaling. Asked for the moment the file
 * is chosen, before the page has read its header: so this worker reads the header itself (bounded,
 * as on the page: a non-image, a file over the size limit or a small photo gets no look) and only
 * then the whole file. Undefined where there is no such look, or it failed.
 */
export async function previewJpeg(file: Blob, signal: AbortSignal): Promise<ImageBitmap | undefined> {
  let plan: ReturnType<typeof jpegPreviewPlan>;
  try {
    plan = jpegPreviewPlan(await inspectFile(file));
  } catch {
    return undefined;
  }
  if (!plan || signal.aborted) return undefined;
  return decodeJpegScaled(file, plan.upright, plan.reduction, undefined, signal);
}
