// A panel's balloons from the script: words, kind and speaker come from the treatment (the one source of the
// words); what the author did to a balloon (moved or resized it, dragged its tails, switched its style, set its
// size) is kept by the balloon's id, the key of its script line. Balloons the author added ('a…') are kept too.
import { hashString } from '../../../core/rng';
import { fitBalloon } from './balloon-fit';
import { TAILED_KINDS } from './balloon-tails';
import type { MeasureText } from './lettering-canvas';
import type { Balloon, BalloonKind, Box, LetteringFonts } from './lettering-contract';
import type { ScriptLineKind, ScriptPanel } from './script-contract';
import { SHOUT } from './treatment-script';

export { MAX_BALLOON_TEXT, clampBalloonText } from './text-layout';

/** The id of the `ordinal`-th (0-based) dialogue line under the scene line `scene`: stable while both stay. */
export function balloonKey(scene: string, ordinal: number): string {
  const s = scene.trim();
  return `b${hashString(s).toString(36)}${hashString(`${s}\u0000`).toString(36)}-${ordinal}`;
}

/** What the script says for a balloon's text: a whisper is a style of speech, '!!' at the end makes a shout. */
function scriptKindOf(balloon: Pick<Balloon, 'kind' | 'text'>): ScriptLineKind {
  if (balloon.kind === 'speech' || balloon.kind === 'shout' || balloon.kind === 'whisper') {
    return SHOUT.test(balloon.text.trim()) ? 'shout' : 'speech';
  }
  return balloon.kind;
}

/** An author's box keeps its place; when its words grow past it, it grows around its centre (never shrinks). */
function grownBox(box: Box, need: { w: number; h: number }): Box {
  if (need.w <= box.w && need.h <= box.h) return box;
  const w = Math.max(box.w, need.w);
  const h = Math.max(box.h, need.h);
  return { x: Math.round(box.x + box.w / 2 - w / 2), y: Math.round(box.y + box.h / 2 - h / 2), w, h };
}

/**
 * The panel's balloons, in script order then the author's added ones. New ones are sized for their text at
 * (0, 0) with placed 'auto': placeBalloons puts them in the panel. A kept one keeps its kind when the script's
 * kind for it is unchanged (so a whisper stays a whisper), else it takes the script's new kind.
 */
export function balloonsFromScript(
  panel: ScriptPanel,
  previous: readonly Balloon[] | undefined,
  measure: MeasureText,
  fonts?: LetteringFonts,
): Balloon[] {
  const before = new Map((previous ?? []).map((b) => [b.id, b]));
  const fromScript = panel.lines.map((line, i): Balloon => {
    const id = balloonKey(panel.scene, i);
    const prev = before.get(id);
    const kind: BalloonKind = prev && scriptKindOf(prev) === line.kind ? prev.kind : line.kind;
    const fontSize = prev?.fontSize;
    const fit = fitBalloon(kind, line.text, measure, { fontSize, fonts });
    const balloon: Balloon = {
      id,
      kind,
      text: line.text,
      box: { x: 0, y: 0, w: fit.w, h: fit.h },
      tails: [],
      placed: 'auto',
    };
    if (line.speaker !== undefined) balloon.speaker = line.speaker;
    if (fontSize !== undefined) balloon.fontSize = fontSize;
    if (prev) {
      const changed = prev.text !== line.text || prev.kind !== kind;
      balloon.placed = prev.placed;
      balloon.box = prev.placed === 'author' && changed ? grownBox(prev.box, fit) : prev.placed === 'author' ? prev.box : { ...prev.box, w: fit.w, h: fit.h };
      balloon.tails = TAILED_KINDS.includes(kind) ? prev.tails.map((p) => ({ ...p })) : [];
    }
    return balloon;
  });
  const added = (previous ?? []).filter((b) => b.id.startsWith('a'));
  return [...fromScript, ...added];
}
