// A lost GPU device: how a worker reports it beside Comlink's traffic, and the named error callers see.
import { WORKER_ENDED } from './worker-lifeline';
import { t } from './i18n';

/** What the browser said when it took the device away (GPUDeviceLostInfo). */
export interface DeviceLoss {
  reason: string;
  message: string;
}

const TAG = 'toonsmithGpuDeviceLost';

/** The worker's message; it has no Comlink `id`, so Comlink on either side ignores it. */
export function deviceLossMessage(loss: DeviceLoss): Record<typeof TAG, DeviceLoss> {
  return { [TAG]: { reason: loss.reason, message: loss.message } };
}

/** The loss carried by a worker message, or null for any other message. */
export function readDeviceLossMessage(data: unknown): DeviceLoss | null {
  const loss = (data as Record<string, unknown> | null | undefined)?.[TAG] as Partial<DeviceLoss> | undefined;
  if (!loss || typeof loss !== 'object') return null;
  return { reason: String(loss.reason ?? 'unknown'), message: String(loss.message ?? '') };
}

/** "unknown: A valid external Instance reference no longer exists." — the browser's own words, for the author. */
export function describeLoss(loss: DeviceLoss): string {
  const message = loss.message.trim().replace(/\s+/g, ' ');
  return message ? `${loss.reason}: ${message}` : loss.reason;
}

/** The one message the author sees after a loss: what happened, what comes next, and that nothing is lost. */
export function gpuResetMessage(loss: DeviceLoss): string {
  if (loss.reason === WORKER_ENDED) return t('gpu.workerEnded');
  return t('gpu.reset', { detail: describeLoss(loss) });
}

/** A call that was running, or queued, on a worker whose GPU device was lost. */
export class GpuDeviceLostError extends Error {
  override readonly name = 'GpuDeviceLostError';

  constructor(readonly loss: DeviceLoss, options?: { cause?: unknown }) {
    super(loss.reason === WORKER_ENDED ? t('gpu.workerEndedShort') : t('gpu.resetShort', { detail: describeLoss(loss) }), options);
  }
}

export function isGpuDeviceLost(error: unknown): error is GpuDeviceLostError {
  return error instanceof GpuDeviceLostError;
}
