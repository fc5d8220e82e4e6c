// scene_planner/config.json: the label spaces and character vocabulary the ONNX planner was trained with.

export interface PlannerLabels {
  spanTypes: string[];
  settings: string[];
  times: string[];
  kinds: string[];
  actions: string[];
  relations: string[];
  genders: string[];
  /** 1…4, then "many" (a plural with no number). */
  counts: (number | 'many')[];
}

export interface PlannerConfig {
  maxChars: number;
  labels: PlannerLabels;
  vocab: Map<string, number>;
}

function strings(value: unknown, field: string): string[] {
  if (!Array.isArray(value) || value.length === 0 || !value.every((v) => typeof v === 'string')) {
    throw new Error(`scene_planner/config.json: "${field}" must be a non-empty list of strings`);
  }
  return value as string[];
}

export function parsePlannerConfig(json: unknown): PlannerConfig {
  if (!json || typeof json !== 'object') throw new Error('scene_planner/config.json: not a JSON object');
  const c = json as Record<string, unknown>;
  if (c.model_type !== 'toon-scene-planner') throw new Error('scene_planner/config.json: "model_type" is not toon-scene-planner');
  const l = c.labels as Record<string, unknown> | undefined;
  if (!l || typeof l !== 'object') throw new Error('scene_planner/config.json: "labels" is missing');
  const counts = l.counts;
  if (!Array.isArray(counts) || !counts.every((x) => x === 'many' || (typeof x === 'number' && x >= 1))) {
    throw new Error('scene_planner/config.json: "labels.counts" must list numbers and "many"');
  }
  const vocab = c.vocab as Record<string, unknown> | undefined;
  if (!vocab || typeof vocab !== 'object') throw new Error('scene_planner/config.json: "vocab" is missing');
  const map = new Map<string, number>();
  for (const [ch, id] of Object.entries(vocab)) {
    if (typeof id !== 'number' || !Number.isInteger(id) || id < 2) throw new Error(`scene_planner/config.json: vocab id of "${ch}" is not an integer ≥ 2`);
    map.set(ch, id);
  }
  const maxChars = typeof c.max_chars === 'number' && c.max_chars > 0 ? c.max_chars : 256;
  return {
    maxChars,
    vocab: map,
    labels: {
      spanTypes: strings(l.spanTypes, 'labels.spanTypes'), settings: strings(l.settings, 'labels.settings'),
      times: strings(l.times, 'labels.times'), kinds: strings(l.kinds, 'labels.kinds'),
      actions: strings(l.actions, 'labels.actions'), relations: strings(l.relations, 'labels.relations'),
      genders: strings(l.genders, 'labels.genders'), counts: counts as (number | 'many')[],
    },
  };
}
