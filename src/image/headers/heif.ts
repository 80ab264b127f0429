import { need, u16, u32, u8 } from '../bytes';
import { ImportError } from '../errors';
import { childBoxes, readBox, within, type Box } from '../isobmff';
import { orientationFromHeifTransforms, type HeifTransform, type Orientation } from '../orientation';

export interface HeifHeader {
  width: number;
  height: number;
  orientation: Orientation;
}

interface Association {
  itemId: number;
  propertyIndices: number[]; // 1-based into ipco, in association order
}

/**
 * HEIC/AVIF: the primary item ('pitm') and its properties ('iprp' → 'ipco' + 'ipma'). 'ispe' is the
 * stored size (of the whole grid for tiled iPhone photos); 'irot'/'imir' turn and mirror it, which
 * every decoder applies (libheif and the browsers' AVIF decoders), so they become the orientation.
 * The 'meta' box must be complete; a file cut off before or inside it is 'truncated'.
 */
export function readHeifHeader(bytes: Uint8Array): HeifHeader {
  const meta = findTopLevel(bytes, 'meta');
  const metaChildren = childBoxes(bytes, meta.body + 4, meta.end); // 'meta' is a full box: skip version+flags

  const pitm = metaChildren.find((box) => box.type === 'pitm');
  const iprp = metaChildren.find((box) => box.type === 'iprp');
  if (!pitm || !iprp) throw new ImportError('decodeFailed');
  const primaryId =
    u8(bytes, within(pitm, pitm.body, 1)) === 0
      ? u16(bytes, within(pitm, pitm.body + 4, 2))
      : u32(bytes, within(pitm, pitm.body + 4, 4));

  const iprpChildren = childBoxes(bytes, iprp.body, iprp.end);
  const ipco = iprpChildren.find((box) => box.type === 'ipco');
  if (!ipco) throw new ImportError('decodeFailed');
  const properties = childBoxes(bytes, ipco.body, ipco.end);
  let primary: Association | undefined;
  for (const box of iprpChildren) {
    if (box.type === 'ipma') primary ??= readIpma(bytes, box, primaryId);
  }
  if (!primary) throw new ImportError('decodeFailed');

  let size: { width: number; height: number } | undefined;
  const transforms: HeifTransform[] = [];
  for (const index of primary.propertyIndices) {
    const property = properties[index - 1];
    if (!property) continue;
    if (property.type === 'ispe') {
      within(property, property.body, 12); // version + flags, width, height
      size = { width: u32(bytes, property.body + 4), height: u32(bytes, property.body + 8) };
    } else if (property.type === 'irot') {
      transforms.push({ kind: 'irot', angle: u8(bytes, within(property, property.body, 1)) & 3 });
    } else if (property.type === 'imir') {
      transforms.push({ kind: 'imir', axis: u8(bytes, within(property, property.body, 1)) & 1 });
    }
  }
  if (!size || size.width === 0 || size.height === 0) throw new ImportError('decodeFailed');
  return { ...size, orientation: orientationFromHeifTransforms(transforms) };
}

/** Walks the top-level boxes to `type`; runs out of bytes first → 'truncated' (read more). */
function findTopLevel(bytes: Uint8Array, type: string): Box {
  for (let offset = 0; ;) {
    need(bytes, offset + 8);
    const box = readBox(bytes, offset, Infinity);
    if (box.type === type) {
      need(bytes, box.end);
      return box;
    }
    if (!Number.isFinite(box.end)) throw new ImportError('decodeFailed'); // size 0: last box, and not ours
    offset = box.end;
  }
}

/**
 * The primary item's entry in an 'ipma' box, or undefined. The entry count is a claim: it is checked
 * against the bytes the box holds before anything is read (each entry takes at least an item id and
 * a count byte), and only the one entry we need is kept, so a box claiming 2³² entries costs nothing.
 */
function readIpma(bytes: Uint8Array, box: Box, itemIdWanted: number): Association | undefined {
  within(box, box.body, 8); // version + flags, entry count
  const version = u8(bytes, box.body);
  const wideIndices = (u8(bytes, box.body + 3) & 1) === 1;
  const count = u32(bytes, box.body + 4);
  const idBytes = version < 1 ? 2 : 4;
  const indexBytes = wideIndices ? 2 : 1;
  let offset = box.body + 8;
  if (count * (idBytes + 1) > box.end - offset) throw new ImportError('decodeFailed');
  need(bytes, box.end);
  for (let i = 0; i < count; i++) {
    within(box, offset, idBytes + 1);
    const itemId = idBytes === 2 ? u16(bytes, offset) : u32(bytes, offset);
    const n = u8(bytes, offset + idBytes);
    offset += idBytes + 1;
    within(box, offset, n * indexBytes);
    if (itemId === itemIdWanted) {
      const propertyIndices: number[] = [];
      for (let j = 0; j < n; j++, offset += indexBytes) {
        // The top bit of each entry marks the property as essential; the rest is the index.
        propertyIndices.push(indexBytes === 2 ? u16(bytes, offset) & 0x7fff : u8(bytes, offset) & 0x7f);
      }
      return { itemId, propertyIndices };
    }
    offset += n * indexBytes;
  }
  return undefined;
}
