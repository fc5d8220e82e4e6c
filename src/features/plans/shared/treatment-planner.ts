// Lines → TreatmentPlan with one planner model: the same code in the worker and the Node CLI.
import { readLine } from './line-reading';
import type { PlannerModel } from './planner-model';
import type { TreatmentPlan } from './plan-contract';
import { readStory, type KindInfo } from './story-reader';

export class TreatmentPlanner {
  constructor(private readonly model: PlannerModel, private readonly kinds: ReadonlyMap<string, KindInfo>) {}

  /** The lines of one treatment, read in order as one story; ids default to the line number from 1. */
  async planTreatment(lines: readonly string[], ids?: readonly string[]): Promise<TreatmentPlan> {
    if (lines.length === 0) return { plans: [], cast: [] };
    const probs = await this.model.read(lines);
    const readings = probs.map((p) => readLine(p, this.model.config.labels));
    return readStory(lines, readings, this.kinds, ids);
  }

  /** Each line its own one-line treatment (the CLI's --queries): one model call, separate stories. */
  async planEach(lines: readonly string[], ids: readonly string[]): Promise<TreatmentPlan['plans']> {
    if (lines.length === 0) return [];
    const probs = await this.model.read(lines);
    return probs.map((p, i) => readStory([lines[i]], [readLine(p, this.model.config.labels)], this.kinds, [ids[i]]).plans[0]);
  }
}
