// Connects the shell to ModelHost: backend badge, model rows, load requests with cancellation on teardown.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ModelRow } from '../shared/model-row';
import type { BackendInfo } from '../../../core/progress';
import { isGpuDeviceLost } from '../../../core/device-loss';
import type { ModelHost } from '../../../runtime/client/model-host';
import { t } from '../../../core/i18n';
import type { BackendPreference } from '../../../core/model-ref';

export class ModelsController implements ReactiveController {
  backend?: BackendInfo;
  backendError = '';
  rows: ModelRow[] = [];
  suiteTitle = '';
  loading = true;
  /** The author's backend setting the host runs with ('auto' until the host exists). */
  preference: BackendPreference = 'auto';
  private modelHost?: ModelHost;
  private readonly unsubscribe: (() => void)[] = [];
  private readonly aborter = new AbortController();
  private settleHost!: { resolve: (host: ModelHost) => void; reject: (error: unknown) => void };
  /** Resolves with the model host once it exists; the strip pipeline is built on it. */
  readonly hostReady: Promise<ModelHost> = new Promise<ModelHost>((resolve, reject) => {
    this.settleHost = { resolve, reject };
  });

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly createHost: () => Promise<ModelHost>,
    private readonly report: (kind: 'error' | 'warning', text: string) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Callers that never await it must not see an unhandled rejection.
    this.hostReady.catch(() => undefined);
    void this.start();
  }

  hostDisconnected(): void {
    this.aborter.abort(new DOMException('The studio was closed.', 'AbortError'));
    for (const off of this.unsubscribe.splice(0)) off();
    void this.modelHost?.dispose();
  }

  async load(modelId: string): Promise<void> {
    const modelHost = this.modelHost;
    if (!modelHost) return;
    try {
      await modelHost.load(modelId, { signal: this.aborter.signal });
    } catch (error) {
      // A GPU reset is announced once, by the strip; the row is back to "not loaded" and Load works again.
      if ((error as Error).name === 'AbortError' || isGpuDeviceLost(error)) return;
      const title = this.rows.find((r) => r.id === modelId)?.title ?? modelId;
      this.report('error', t('models.couldNotLoad', { model: title, error: (error as Error).message }));
    }
  }

  /** True while a model downloads: ending its worker then would fail the load for nothing. */
  get loadingModel(): boolean {
    return this.rows.some((r) => r.state.state === 'downloading');
  }

  /** Restarts the model workers on the chosen backend; the caller persists the setting. */
  switchBackend(preference: BackendPreference): boolean {
    if (!this.modelHost || preference === this.preference) return false;
    this.preference = preference;
    this.modelHost.setPreference(preference);
    this.host.requestUpdate();
    return true;
  }

  private async start(): Promise<void> {
    let modelHost: ModelHost;
    try {
      modelHost = await this.createHost();
    } catch (error) {
      this.loading = false;
      this.settleHost.reject(error);
      this.backendError = t('models.noBackend', { error: (error as Error).message });
      this.report('error', (error as Error).message);
      this.host.requestUpdate();
      return;
    }
    if (this.aborter.signal.aborted) return void modelHost.dispose();
    this.modelHost = modelHost;
    this.preference = modelHost.backendPreference;
    this.settleHost.resolve(modelHost);
    for (const warning of modelHost.warnings) this.report('warning', warning);
    const manifest = await modelHost.manifest();
    this.suiteTitle = manifest.suites.find((s) => s.id === modelHost.suite)?.title ?? modelHost.suite;
    this.rows = modelHost.models().map(({ model, bytes }) => ({
      id: model.id,
      title: model.title,
      bytes,
      notes: model.notes,
      state: modelHost.state(model.id),
    }));
    this.unsubscribe.push(
      modelHost.onState((modelId, state) => {
        this.rows = this.rows.map((row) => (row.id === modelId ? { ...row, state } : row));
        this.host.requestUpdate();
      }),
      // After a GPU loss the badge says "Checking backend…" until a fresh probe names what the models will run on.
      modelHost.onBackend((info, error) => {
        this.backend = info;
        this.backendError = error ? t('models.backendFailed', { error: error.message }) : '';
        if (error) this.report('error', this.backendError);
        this.host.requestUpdate();
      }),
    );
    this.loading = false;
    this.host.requestUpdate();
    try {
      this.backend = await modelHost.backend();
    } catch (error) {
      this.backendError = t('models.backendFailed', { error: (error as Error).message });
      this.report('error', this.backendError);
    }
    this.host.requestUpdate();
  }
}
