// The text analysis's shape keeper (shapeKeeper.ts says why): every per-document class of the
// analysis calls keepShape(this) in its constructor; analyze() reads its sample text once.
import { shapeKeeper } from './shapeKeeper';

export const { keepShape, keepShapesOf } = shapeKeeper();
