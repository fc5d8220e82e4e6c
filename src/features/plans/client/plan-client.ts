// The studio's PlanSource: the scene planner in the text worker, through ModelClient like every model call.
import type { ModelHost } from '../../../runtime/client/model-host';
import { ModelClient } from '../../../runtime/client/model-client';
import type { PlanSource, TreatmentPlan } from '../shared/plan-contract';

export class WorkerPlanSource implements PlanSource {
  private client?: Promise<ModelClient>;

  /** `host`: the studio's model host once it is up (a failed host fails each call with its own error). */
  constructor(private readonly host: Promise<ModelHost>) {}

  async planTreatment(lines: readonly string[], signal?: AbortSignal): Promise<TreatmentPlan> {
    this.client ??= this.host.then((h) => new ModelClient(h));
    return (await this.client).planTreatment([...lines], signal);
  }
}
