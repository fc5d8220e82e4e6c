// Image worker: the gallery index (strip), the author's references (analysis + index), the lens's vision calls,
// the panels' upscaler, the composer (scene graph → panel picture).
import * as Comlink from 'comlink';
import { composeApi } from '../src/features/composer/worker/compose-api';
import { lensImageApi } from '../src/features/lens/worker/lens-api';
import { referenceApi } from '../src/features/references/worker/reference-api';
import { galleries, galleryApi } from '../src/features/strip/worker/gallery-api';
import { upscaleApi } from '../src/features/strip/worker/upscale-api';
import { runtimeApi, WorkerRuntime } from '../src/runtime/worker/worker-runtime';

const runtime = new WorkerRuntime();
const gallery = galleries();

const api = { ...runtimeApi(runtime), ...galleryApi(gallery), ...referenceApi(runtime, gallery), ...lensImageApi(runtime), ...upscaleApi(runtime), ...composeApi(runtime) };

export type ImageApi = typeof api;
Comlink.expose(api);
