// Retrieval on the frozen free-form sentences, CLIP alone vs ranked by the plan (the app's ranker): does the
// top-1 gallery reference have the expected setting, and how many of the named kinds does it hold? Per language.
import type { NodeEngine } from '../cli/node-engine';
import type { TreatmentPlanner } from '../../src/features/plans/shared/treatment-planner';
import type { FreeFormSentence } from './eval';
import { kindMatches } from './score';

interface Figures { sentences: number; setting: number; kindsHeld: number | null }

export async function retrievalFigures(engine: NodeEngine, planner: TreatmentPlanner, sentences: FreeFormSentence[]) {
  const out: Record<string, { clip: Figures; plan: Figures }> = {};
  for (const lang of ['en', 'ko'] as const) {
    // only sentences whose place the catalogue has: the others have no right setting to retrieve
    const mine = sentences.filter((s) => s.lang === lang && s.expect.setting !== null);
    const plans = await planner.planEach(mine.map((s) => s.text), mine.map((s) => s.id));
    const states = await engine.encodeText(mine.map((s) => s.text));
    const tallies = { clip: { setting: 0, held: 0, named: 0 }, plan: { setting: 0, held: 0, named: 0 } };
    for (let i = 0; i < mine.length; i++) {
      const embedding = states.embeds.subarray(i * states.embedDim, (i + 1) * states.embedDim);
      const kinds = [...mine[i].expect.cast, ...mine[i].expect.objects].map((e) => e.kind);
      for (const way of ['clip', 'plan'] as const) {
        const [top] = await engine.search(embedding, 1, undefined, way === 'plan' ? plans[i] : undefined);
        const t = tallies[way];
        if (top?.setting === mine[i].expect.setting) t.setting++;
        t.named += kinds.length;
        t.held += kinds.filter((k) => top?.objects.some((o) => kindMatches(k, o))).length;
      }
    }
    const fig = (t: { setting: number; held: number; named: number }): Figures => ({
      sentences: mine.length, setting: Number((t.setting / mine.length).toFixed(4)),
      kindsHeld: t.named ? Number((t.held / t.named).toFixed(4)) : null,
    });
    out[lang] = { clip: fig(tallies.clip), plan: fig(tallies.plan) };
  }
  return out;
}
