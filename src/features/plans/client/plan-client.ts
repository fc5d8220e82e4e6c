// The studio's PlanSource: the scene planner in the text worker, through ModelClient like every model call.
import type { ModelClient } from '../../../runtime/client/model-client';
import type { PlanSource, TreatmentPlan } from '../shared/plan-contract';

export class WorkerPlanSource implements PlanSource {
  constructor(private readonly models: ModelClient) {}

  planTreatment(lines: readonly string[], signal?: AbortSignal): Promise<TreatmentPlan> {
    return this.models.planTreatment([...lines], signal);
  }
}
