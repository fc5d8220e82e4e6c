// What the app calls to compose panels: loads the suite's sprite pack (the 'composer' model: fetched, checked
// against its sha256 and cached like every suite file) into the image worker, then draws scene graphs there.
import type { ModelClient } from '../../../runtime/client/model-client';
import type { ComposedPanel, PanelLayout } from '../shared/composer-contract';
import type { ComposedPicture } from '../shared/render/compose';
import type { Frame } from '../shared/render/render-kit';
import type { SceneGraph } from '../shared/scene-graph';
import { COMPOSER_MODEL_ID } from '../shared/sprite-pack';
import { sceneFromPlan } from '../shared/plan-scene';
import type { ComposeRequest } from '../../strip/shared/strip-contract';

export const COMPOSER_MODELS = [COMPOSER_MODEL_ID] as const;

export class ComposerClient {
  constructor(private readonly models: ModelClient) {}

  /** Whether the active suite ships the sprite pack (the demo suite does not). */
  available(): boolean {
    return this.models.hasModels(COMPOSER_MODELS);
  }

  /** `scene` drawn at `frame` in the worker; `seed` varies the background. Abortable while queued. */
  async compose(scene: SceneGraph, frame: Frame, seed: number, signal?: AbortSignal): Promise<ComposedPicture> {
    await this.models.ensure(COMPOSER_MODELS, signal);
    return this.models.host.worker('image').call(signal, (r) => r.compose(scene, frame, seed));
  }

  /** A panel's layout drawn at its export size. */
  async composePanel(layout: PanelLayout, seed: number, signal?: AbortSignal): Promise<ComposedPanel> {
    const { image, depth } = await this.compose(layout.scene, { width: layout.width, height: layout.height }, seed, signal);
    return { image, depth, layout };
  }

  /** What the strip's engine asks: the request's layout drawn at its size. */
  composeRequest(req: ComposeRequest, signal?: AbortSignal): Promise<ComposedPanel> {
    return this.composePanel(requestLayout(req), req.seed, signal);
  }
}

/** The layout a compose request draws: the author's as it is, or the line's plan placed at the panel's frame. */
export function requestLayout(req: ComposeRequest): PanelLayout {
  if (req.layout) return req.layout;
  if (!req.plan) throw new Error(`nothing to compose for "${req.text}": no plan and no layout`);
  const { scene, width, height, looks } = sceneFromPlan(req.plan, { looks: req.looks, style: req.style, seed: req.seed, width: req.frame.width, height: req.frame.height });
  return { scene, width, height, looks };
}
