// The composer's data, one name each: a cast member's look, a panel's editable layout, what composing returns.
// A layout is a ToonScenes scene graph (the dataset renderer draws it as is) plus the panel's pixel size.
import type { DepthMap, RgbaImage } from '../../../core/rgba-image';
import type { SceneGraph } from './scene-graph';

/** How one cast member is drawn, chosen once per treatment and kept in every panel (and in the character library). */
export interface CastLook {
  /** Index into the kind's idle/bust sprite alternatives (cast-looks.ts); action sprites keep their own art. */
  variant: number;
  /** OpenMoji skin tone, 0 (default yellow) … 5. */
  tone: number;
  /** Clothing colour #rrggbb the sprite is recoloured with. */
  accent: string;
  /** Size relative to the kind's usual height (0.85 … 1.15). */
  size: number;
}

/** A panel's composition: the scene graph the renderer draws, at the panel's export size. */
export interface PanelLayout {
  scene: SceneGraph;
  /** Pixels of the composed drawing: 800 wide, height from the panel shape. */
  width: number;
  height: number;
  /** Cast id → look, for the members drawn in this panel. */
  looks: Record<string, CastLook>;
}

/** One drawn group in the CLI's NN.json and the layout editor: box in pixels, [x, y, w, h]. */
export interface LayoutItem {
  kind: string;
  castId: string | null;
  box: [number, number, number, number];
  depth: number;
  look: CastLook | null;
}

/** A composed panel: the drawing (crisp at its export size), its exact depth, and the layout it was drawn from. */
export interface ComposedPanel {
  image: RgbaImage;
  depth: DepthMap;
  layout: PanelLayout;
}

/** What the strip gives a composed panel's editor: the layout, its drawing and depth, and the history's state. */
export interface LayoutEditorView {
  layout: PanelLayout;
  image?: RgbaImage;
  depth?: DepthMap;
  canUndo: boolean;
  canRedo: boolean;
  composing: boolean;
}
