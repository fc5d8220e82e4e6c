// Rewording a scene line must not cost its panel the author's page edits. The page model keeps a panel's shape,
// gutter and balloons by scene text (and balloon ids hash the scene), so while the author types in a scene line
// every keystroke would start that panel afresh. When the panels stay in place and a scene line only changed its
// words, the previous page is carried over to the new words first: same panel, same balloons, new ids.
import type { EpisodePage, PagePanel } from './lettering-contract';
import type { TreatmentScript } from './script-contract';
import { balloonKey } from './script-balloons';

/**
 * `previous` with each panel whose scene line was reworded in place renamed to its new words (and its balloons'
 * ids re-keyed). Only when the panel count is unchanged and neither the old nor the new words appear elsewhere,
 * so a moved, inserted or deleted panel is still matched by its text. Returns `previous` itself when nothing changed.
 */
export function carryRenamedScenes(previous: EpisodePage, script: TreatmentScript): EpisodePage {
  const scenes = script.panels.map((p) => p.scene);
  if (previous.panels.length !== scenes.length) return previous;
  const before = new Set(previous.panels.map((p) => p.scene));
  const now = new Set(scenes);
  let changed = false;
  const panels = previous.panels.map((panel, i): PagePanel => {
    const scene = scenes[i];
    if (panel.scene === scene || now.has(panel.scene) || before.has(scene)) return panel;
    changed = true;
    const ids = new Map(panel.balloons.map((_, k) => [balloonKey(panel.scene, k), balloonKey(scene, k)]));
    return { ...panel, scene, balloons: panel.balloons.map((b) => (ids.has(b.id) ? { ...b, id: ids.get(b.id)! } : b)) };
  });
  return changed ? { ...previous, panels } : previous;
}
