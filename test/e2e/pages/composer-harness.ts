/// <reference types="vite/client" />
// Exposes the app's composer to Playwright: the toon-mini suite's sprite pack loaded through ModelHost into the
// image worker (manifest, sha256, Cache Storage), then ComposerClient.compose, pixels returned as base64.
import { ComposerClient } from '../../../src/features/composer/client/composer-client';
import type { Frame } from '../../../src/features/composer/shared/render/render-kit';
import type { SceneGraph } from '../../../src/features/composer/shared/scene-graph';
import { ModelClient } from '../../../src/runtime/client/model-client';
import { ModelHost } from '../../../src/runtime/client/model-host';

let client: Promise<ComposerClient> | undefined;

function base64(bytes: Uint8ClampedArray): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

async function compose(scene: SceneGraph, frame: Frame, seed: number) {
  client ??= ModelHost.create({ backend: 'wasm', suite: 'toon-mini' }).then((host) => new ComposerClient(new ModelClient(host)));
  const composer = await client;
  const t = performance.now();
  const { image, depth } = await composer.compose(scene, frame, seed);
  return { ms: performance.now() - t, available: composer.available(), width: image.width, height: image.height, image: base64(image.data), depth: base64(depth.data) };
}

(window as unknown as { composer: { compose: typeof compose } }).composer = { compose };
document.body.dataset.ready = 'true';
