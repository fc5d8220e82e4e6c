// A composed panel's pixel size: 800 px wide (the export width), the height from the panel's shape.
import { PANEL_SHAPES, type PanelShape } from '../../lettering/shared/lettering-contract.js';

export type { PanelShape };
export const COMPOSE_WIDTH = 800;

export function isPanelShape(v: string): v is PanelShape {
  return Object.prototype.hasOwnProperty.call(PANEL_SHAPES, v);
}

/** Width × height of a panel of `shape` at `width` px (heights rounded to whole pixels). */
export function panelSize(shape: PanelShape, width = COMPOSE_WIDTH): { width: number; height: number } {
  return { width, height: Math.round(width / PANEL_SHAPES[shape]) };
}
