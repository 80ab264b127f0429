// react-konva's core build plus only the shapes we draw: the full `konva` bundle costs ~16 KB gz more.
// Importing a shape module registers it with Konva, so every canvas component imports from here.
import 'konva/lib/shapes/Image';
import 'konva/lib/shapes/Path';
import 'konva/lib/shapes/Circle';
import 'konva/lib/shapes/Rect';
import 'konva/lib/shapes/Text';
import 'konva/lib/shapes/Transformer';

export {
  Stage,
  Layer,
  Group,
  Image,
  Path,
  Circle,
  Rect,
  Text,
  Transformer,
  Shape,
} from 'react-konva/lib/ReactKonvaCore';
