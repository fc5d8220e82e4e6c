/// <reference types="vite/client" />
// Exposes the runtime to Playwright: tests drive ModelHost and the demo bridge through window.runtime.
import { ModelHost } from '../../../src/runtime/client/model-host';
import type { ModelState, ProgressEvent } from '../../../src/core/progress';
import type { BackendPreference } from '../../../src/core/model-ref';

export interface HarnessHost {
  host: ModelHost;
  states: { modelId: string; state: ModelState }[];
  events: ProgressEvent[];
}

async function start(backend: BackendPreference): Promise<HarnessHost> {
  const host = await ModelHost.create({ backend, suite: 'demo' });
  const h: HarnessHost = { host, states: [], events: [] };
  host.onState((modelId, state) => h.states.push({ modelId, state }));
  host.onEvent((event) => h.events.push(event));
  return h;
}

const runtime = { start, ModelHost };
export type HarnessRuntime = typeof runtime;
(window as unknown as { runtime: HarnessRuntime }).runtime = runtime;
document.body.dataset.ready = 'true';
