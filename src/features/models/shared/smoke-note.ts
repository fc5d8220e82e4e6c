// Which models a suite still ships as smoke weights, and what that means for the author (pure: unit-tested).
import type { ModelRow } from './model-row';

/** Suites mark untrained weights in each model's notes; authors should know before judging the panels. */
export function hasSmokeWeights(models: ModelRow[]): boolean {
  return models.some((m) => /smoke weights/i.test(m.notes ?? ''));
}

/** Names the models still on smoke weights and what that costs the author (a trained CLIP retrieves well). */
export function smokeMessage(models: ModelRow[]): string {
  const smoke = models.filter((m) => /smoke weights/i.test(m.notes ?? ''));
  const clipSmoke = smoke.some((m) => m.id === 'text_encoder' || m.id === 'vision_encoder');
  const which = smoke.length === models.length ? 'these models were' : `${smoke.map((m) => m.title).join('; ')} ${smoke.length === 1 ? 'was' : 'were'}`;
  return `Smoke weights: ${which} trained for minutes on a CPU, so panels come out blurry${clipSmoke ? ' and retrieval is close to chance' : ''} until the full GPU training lands.`;
}

