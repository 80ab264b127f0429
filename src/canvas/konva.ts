// react-konva's core build plus only the shapes we draw: the full `konva` bundle costs ~16 KB gz more.
// Importing a shape module registers it with Konva, so every canvas component imports from here.
import Konva from 'konva/lib/Core';
import 'konva/lib/shapes/Image';
import 'konva/lib/shapes/Path';
import 'konva/lib/shapes/Circle';
import 'konva/lib/shapes/Rect';
import 'konva/lib/shapes/Text';
import 'konva/lib/shapes/Transformer';

// A pinch starts as a one-finger drag of the photo; Konva skips touch events during a drag unless
// this is on, and then the second finger would never reach the stage (see Konva's multi-touch demo).
Konva.hitOnDragEnabled = true;

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
