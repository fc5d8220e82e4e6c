// Which models a suite still ships as smoke weights, and what that means for the author (pure: unit-tested).
import type { ModelRow } from './model-row';
import { t } from '../../../core/i18n';

/** Suites mark untrained weights in each model's notes; authors should know before judging the panels. */
export function hasSmokeWeights(models: ModelRow[]): boolean {
  return models.some((m) => /smoke weights/i.test(m.notes ?? ''));
}

/** Names the models still on smoke weights and what that costs the author (a trained CLIP retrieves well). */
export function smokeMessage(models: ModelRow[]): string {
  const smoke = models.filter((m) => /smoke weights/i.test(m.notes ?? ''));
  const clipSmoke = smoke.some((m) => m.id === 'text_encoder' || m.id === 'vision_encoder');
  const retrieval = clipSmoke ? t('models.smokeRetrieval') : '';
  if (smoke.length === models.length) return t('models.smokeAll', { retrieval });
  return t('models.smokeSome', { models: smoke.map((m) => m.title).join('; '), count: smoke.length, retrieval });
}

