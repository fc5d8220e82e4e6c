// The scene planner in its worker: opened once from the loaded scene_planner model, lines → plans.
import * as ort from 'onnxruntime-web';
import { Once } from '../../../core/once';
import { assetJson, onlySession, type WorkerRuntime } from '../../../runtime/worker/worker-runtime';
import { kindInfoFromCatalog } from '../shared/kind-info';
import { parsePlannerConfig } from '../shared/planner-config';
import { PlannerModel } from '../shared/planner-model';
import type { TreatmentPlan } from '../shared/plan-contract';
import { TreatmentPlanner } from '../shared/treatment-planner';

export function treatmentPlanner(runtime: WorkerRuntime): Once<TreatmentPlanner> {
  return new Once(async () => {
    const model = await runtime.model('scene_planner');
    const config = parsePlannerConfig(assetJson(model, 'config.json'));
    const kinds = kindInfoFromCatalog(assetJson(model, 'catalog.json'));
    return new TreatmentPlanner(new PlannerModel(ort, onlySession(model), config), kinds);
  });
}

export function planApi(planner: Once<TreatmentPlanner>) {
  return {
    async planTreatment(lines: string[]): Promise<TreatmentPlan> {
      return (await planner.get()).planTreatment(lines);
    },
  };
}
