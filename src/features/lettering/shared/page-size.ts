// A panel's size in page pixels from its shape: full page width, height from the shape's width / height.
import { PANEL_SHAPES, type PanelShape } from './lettering-contract';
import { PAGE_WIDTH } from './stored-page';

export function panelPixelSize(shape: PanelShape, width: number = PAGE_WIDTH): { width: number; height: number } {
  const aspect = PANEL_SHAPES[shape] ?? 1;
  return { width, height: Math.max(1, Math.round(width / aspect)) };
}
