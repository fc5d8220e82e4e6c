// One row of the models panel: a model, its download size and state, in words (pure: unit-tested).
import type { ModelState } from '../../../core/progress';
import { t } from '../../../core/i18n';

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
      return t('models.notLoaded');
    case 'downloading':
      return t('models.downloading', { percent: Math.floor(state.percent) });
    case 'ready':
      return state.backend.kind === 'webgpu' ? t('models.readyWebgpu') : t('models.readyWasm');
    case 'failed':
      return t('models.failed', { reason: state.reason });
  }
}
