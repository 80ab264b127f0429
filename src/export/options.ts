export const EXPORT_SIZES = [400, 720, 1080, 2048] as const;
export type ExportSize = (typeof EXPORT_SIZES)[number];
export const DEFAULT_EXPORT_SIZE: ExportSize = 1080;

export type ExportFormat = 'png' | 'jpeg';
export const DEFAULT_EXPORT_FORMAT: ExportFormat = 'png';

export const EXPORT_BASENAME = 'cornflower-userpic';

export function exportFileName(format: ExportFormat): string {
  return `${EXPORT_BASENAME}.${format === 'png' ? 'png' : 'jpg'}`;
}

export function exportMimeType(format: ExportFormat): string {
  return format === 'png' ? 'image/png' : 'image/jpeg';
}
