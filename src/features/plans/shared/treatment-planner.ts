// Lines → TreatmentPlan with one planner model: the same code in the worker and the Node CLI.
import { readLine, type LineReading } from './line-reading';
import type { PlannerModel } from './planner-model';
import type { TreatmentPlan } from './plan-contract';
import { ReadingCache } from './reading-cache';
import { readStory, type KindInfo } from './story-reader';

export class TreatmentPlanner {
  private readonly cache: ReadingCache;
  /** Lines the model has read (cache misses), over this planner's life: what a re-plan really cost. */
  linesRead = 0;

  constructor(private readonly model: PlannerModel, private readonly kinds: ReadonlyMap<string, KindInfo>,
    cacheLines?: number) {
    this.cache = new ReadingCache(cacheLines);
  }

  /** Each line's reading: from the cache, else from one batched model call over the distinct unread lines. */
  private async readings(lines: readonly string[]): Promise<LineReading[]> {
    const found = lines.map((l) => this.cache.get(l));
    const unread = [...new Set(lines.filter((_, i) => !found[i]))];
    if (unread.length > 0) {
      const probs = await this.model.read(unread);
      this.linesRead += unread.length;
      const fresh = new Map(unread.map((l, i) => [l, readLine(probs[i], this.model.config.labels)]));
      for (const [l, r] of fresh) this.cache.set(l, r);
      return lines.map((l, i) => found[i] ?? fresh.get(l)!);
    }
    return found as LineReading[];
  }

  /** The lines of one treatment, read in order as one story; ids default to the line number from 1. */
  async planTreatment(lines: readonly string[], ids?: readonly string[]): Promise<TreatmentPlan> {
    if (lines.length === 0) return { plans: [], cast: [] };
    return readStory(lines, await this.readings(lines), this.kinds, ids);
  }

  /** Each line its own one-line treatment (the CLI's --queries): one model call, separate stories. */
  async planEach(lines: readonly string[], ids: readonly string[]): Promise<TreatmentPlan['plans']> {
    if (lines.length === 0) return [];
    const readings = await this.readings(lines);
    return readings.map((r, i) => readStory([lines[i]], [r], this.kinds, [ids[i]]).plans[0]);
  }
}
