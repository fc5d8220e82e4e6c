// The composer in the image worker: a scene graph → its picture at the panel's size, drawn by the same scene code
// as the dataset builder over the suite's sprite pack (the 'composer' model), pixels transferred back.
import * as Comlink from 'comlink';
import { Once } from '../../../core/once';
import { assetJson, type WorkerRuntime } from '../../../runtime/worker/worker-runtime';
import { renderImage, type ComposedPicture } from '../shared/render/compose';
import type { Frame, RenderKit } from '../shared/render/render-kit';
import type { SceneGraph } from '../shared/scene-graph';
import { COMPOSER_MODEL_ID, parseSpritePack, type SpritePack } from '../shared/sprite-pack';
import { browserKit, loadResvg } from './browser-kit';

/** The kit over a parsed pack, once resvg's WebAssembly is compiled. */
export async function kitOver(pack: SpritePack): Promise<RenderKit> {
  await loadResvg();
  return browserKit(pack);
}

/** Composes on `kit` and hands the pixels over (transferred, not copied). */
export function composeOn(kit: RenderKit, scene: SceneGraph, frame: Frame, seed: number): ComposedPicture {
  const picture = renderImage(kit, scene, frame, seed);
  return Comlink.transfer(picture, [picture.image.data.buffer, picture.depth.data.buffer]);
}

export function composeApi(runtime: WorkerRuntime) {
  const kit = new Once(async () => kitOver(parseSpritePack(assetJson(await runtime.model(COMPOSER_MODEL_ID), 'sprites.json'))));
  return {
    /** `scene` drawn at `frame` (x over the width, sizes over the height); `seed` varies the background. */
    async compose(scene: SceneGraph, frame: Frame, seed: number): Promise<ComposedPicture> {
      return composeOn(await kit.get(), scene, frame, seed);
    },
  };
}
