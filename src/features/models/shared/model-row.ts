// One row of the models panel: a model, its download size and state, in words (pure: unit-tested).
import type { ModelState } from '../../../core/progress';

export interface ModelRow {
  id: string;
  title: string;
  bytes: number;
  state: ModelState;
  notes?: string;
}

export function stateLabel(state: ModelState): string {
  switch (state.state) {
    case 'not-loaded':
      return 'not loaded';
    case 'downloading':
      return `downloading ${Math.floor(state.percent)} %`;
    case 'ready':
      return state.backend.kind === 'webgpu' ? 'ready (WebGPU)' : 'ready (WASM)';
    case 'failed':
      return `failed: ${state.reason}`;
  }
}
