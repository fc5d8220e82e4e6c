// The image worker plus a test-only raw model run (parity tests, benches).
import * as Comlink from 'comlink';
import { composeApi } from '../../../../src/features/composer/worker/compose-api';
import { lensImageApi } from '../../../../src/features/lens/worker/lens-api';
import { referenceApi } from '../../../../src/features/references/worker/reference-api';
import { galleries, galleryApi } from '../../../../src/features/strip/worker/gallery-api';
import { upscaleApi } from '../../../../src/features/strip/worker/upscale-api';
import { runtimeApi, WorkerRuntime } from '../../../../src/runtime/worker/worker-runtime';
import { runRaw, type RawTensor } from './raw-run';

const runtime = new WorkerRuntime();
const gallery = galleries();

const api = {
  ...runtimeApi(runtime),
  ...galleryApi(gallery), ...referenceApi(runtime, gallery), ...lensImageApi(runtime), ...upscaleApi(runtime), ...composeApi(runtime),
  run: (modelId: string, feeds: Record<string, RawTensor>) => runRaw(runtime, modelId, feeds),
};

Comlink.expose(api);
