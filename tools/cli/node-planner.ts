// The scene planner on onnxruntime-node, from a suite folder laid out as public/models/<suite>/: the same
// TreatmentPlanner the text worker runs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import type { ModelSuite } from '../../src/core/manifest';
import { kindInfoFromCatalog } from '../../src/features/plans/shared/kind-info';
import { parsePlannerConfig } from '../../src/features/plans/shared/planner-config';
import { PlannerModel } from '../../src/features/plans/shared/planner-model';
import { TreatmentPlanner } from '../../src/features/plans/shared/treatment-planner';

export async function nodePlanner(suiteDir: string, threads = 1): Promise<TreatmentPlanner> {
  const suite = JSON.parse(readFileSync(join(suiteDir, 'suite.json'), 'utf8')) as ModelSuite;
  const model = suite.models.find((m) => m.id === 'scene_planner');
  if (!model) throw new Error(`Suite ${suite.id} has no scene_planner model (${suiteDir}/suite.json).`);
  const file = (suffix: string) => {
    const f = model.files.find((x) => x.path.endsWith(suffix));
    if (!f) throw new Error(`scene_planner has no file ending in ${suffix}.`);
    return join(suiteDir, f.path);
  };
  const json = (suffix: string) => JSON.parse(readFileSync(file(suffix), 'utf8')) as unknown;
  const session = await ort.InferenceSession.create(file('.onnx'), {
    intraOpNumThreads: threads, interOpNumThreads: 1, graphOptimizationLevel: 'all',
  });
  const config = parsePlannerConfig(json('config.json'));
  return new TreatmentPlanner(new PlannerModel(ort, session, config), kindInfoFromCatalog(json('catalog.json')));
}
