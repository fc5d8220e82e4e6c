// The episode's words and page, one name each: balloons on panels, the vertical page they sit on, and what an
// export reports. Types and constants only, so the studio, the workers and the Node CLI all share them.
// Coordinates are in page pixels at the page's design width (800 px): a box is relative to its panel's top-left.

export const BALLOON_KINDS = ['speech', 'thought', 'shout', 'whisper', 'narration', 'sfx'] as const;
/** speech: oval + tail; thought: cloud + bubbles; shout: spiky; whisper: dashed oval; narration: box; sfx: display lettering. */
export type BalloonKind = (typeof BALLOON_KINDS)[number];

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Balloon {
  /** Stable within the episode: the key of the script line it came from (see balloonKey), or 'a…' for an added one. */
  id: string;
  kind: BalloonKind;
  /** The name before the colon, as written; absent for narration and sfx. */
  speaker?: string;
  /** Plain text, never markup; a newline is a forced line break. */
  text: string;
  /** Panel pixels at the page's design width; the balloon's outline fits inside it. */
  box: Box;
  /** Tail tips in panel pixels, one per tail (several for one balloon spoken by several); none for narration and sfx. */
  tails: Point[];
  /** 'auto' boxes are placed again when the panel's words change; 'author' boxes (moved or resized) stay put. */
  placed: 'auto' | 'author';
  /** Font size in page pixels; absent: the kind's default (legible at a phone's ~360 CSS px reading width). */
  fontSize?: number;
}

/** Panel shapes the author picks from; the number is width / height. */
export const PANEL_SHAPES = { wide: 16 / 9, landscape: 4 / 3, square: 1, tall: 3 / 4 } as const;
export type PanelShape = keyof typeof PANEL_SHAPES;

/** One panel of the vertical page: a scene line of the treatment, its shape, the space above it, its balloons. */
export interface PagePanel {
  /** The scene line (trimmed) it draws: the link between the page and the treatment. */
  scene: string;
  shape: PanelShape;
  /** Gutter above this panel in page pixels (ignored for the first panel, which sits at the page's top padding). */
  gutterBefore: number;
  balloons: Balloon[];
}

export interface EpisodePage {
  /** Design width in px: 800 (WEBTOON CANVAS). Exports at 690 (Naver contests) scale the whole page. */
  width: number;
  /** CSS colour between panels (gutters and margins). */
  background: string;
  panels: PagePanel[];
}

/** Default gutters in page pixels: between panels, and for a time skip (blank line or `---` in the treatment). */
export const GUTTERS = { normal: 120, long: 480 } as const;

/**
 * Where a speaker is in a panel, when a composed layout knows it (panel pixels): the tail aims at `anchor`,
 * and balloons never cover `face`. Without layouts auto placement still works, with no face to avoid.
 */
export interface SpeakerSpot {
  /** The speaker's name as written in the treatment, or the plan cast id it links to. */
  name: string;
  castId?: string;
  face?: Box;
  anchor: Point;
}

/** The three lettering faces (SIL Open Font License, bundled): dialogue, narration, sound effects. */
export interface LetteringFonts {
  dialogue: string;
  narration: string;
  display: string;
}

/** One exported image slice. */
export interface EpisodeSlice {
  file: string;
  width: number;
  height: number;
  bytes: number;
}

/** episode.json: the export's slices and every balloon as drawn (box in panel pixels at the export width). */
export interface EpisodeManifest {
  format: 'toonsmith-episode';
  version: 1;
  width: number;
  slices: EpisodeSlice[];
  balloons: { panel: number; kind: BalloonKind; speaker: string | null; text: string; box: [number, number, number, number] }[];
  warnings: string[];
}
