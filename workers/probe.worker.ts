// Backend probe for the header badge: asks for a GPU adapter (else WASM) and loads no model.
import * as Comlink from 'comlink';
import { WorkerRuntime } from '../src/runtime/worker/worker-runtime';
import type { BackendPreference } from '../src/core/model-ref';
import { setLocale, type Locale } from '../src/core/i18n';

const runtime = new WorkerRuntime();

const api = {
  init: (preference: BackendPreference = 'auto', locale?: Locale) => runtime.init(preference, locale),
  setLocale: (locale: Locale) => setLocale(locale),
  backend: () => runtime.backend(),
  load: (): Promise<void> => Promise.reject(new Error('The backend probe loads no model.')),
  cancel: (_jobId: number): void => undefined,
  dispose: () => runtime.dispose(),
};

export type ProbeApi = typeof api;
Comlink.expose(api);
