// The web page reader's shape keeper (../shapeKeeper.ts says why): readHtmlPage reads its sample
// page once, and the page's tree and reader are kept.
import { shapeKeeper } from '../shapeKeeper';

export const { keepShape, keepShapesOf } = shapeKeeper();
