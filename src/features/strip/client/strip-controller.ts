// Runs the strip pipeline for the shell: whole strips, single panels, cancel, and the strip's choices.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_CHOICES, readChoices, type StripChoices } from '../shared/control-options';
import type { PanelView } from '../shared/panel-view';
import { isAbortError } from '../../../runtime/client/job-queue';
import type { ModelHost } from '../../../runtime/client/model-host';
import type { PanelResult, StripOptions } from '../shared/strip-contract';
import type { ScenePlan } from '../../plans/shared/plan-contract';
import { StripPipeline, type RunHooks } from './strip-pipeline';
import { getSetting, setSetting, type StudioDb } from '../../../store';
import { gpuResetMessage, isGpuDeviceLost, type DeviceLoss } from '../../../core/device-loss';
import type { MessageLog } from '../../../ui/message-log';
import * as states from '../shared/panel-view';
import { keepForOffline } from '../../../runtime/client/keep-for-offline';
import { WORKER_ENDED } from '../../../core/worker-lifeline';
import { t } from '../../../core/i18n';

const CHOICES_KEY = 'stripChoices';

/** What a composed run takes beside the plans: the cast's looks, the author's layouts and the panels' frames, by line. */
export type ComposedOptions = Pick<StripOptions, 'looks' | 'layouts' | 'frames'>;

export class StripController implements ReactiveController {
  choices: StripChoices = DEFAULT_CHOICES;
  panels: PanelView[] = [];
  running: 'strip' | 'panel' | null = null;
  pipelineState: 'starting' | 'ready' | 'failed' = 'starting';
  pipelineError = '';
  /** What the run waits for besides drawing (model downloads on a cold start), for the strip's status bar. */
  activity = '';
  private pipeline?: Promise<StripPipeline>;
  private aborter?: AbortController;
  private offLoss?: () => void;
  /** Set once the author picks something, so a slow restore of last visit's choices can't undo it. */
  private choicesTouched = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly db: Promise<StudioDb>,
    private readonly modelHost: Promise<ModelHost>,
    private readonly log: MessageLog,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    void this.restoreChoices();
    void this.ready().catch(() => undefined);
    void this.modelHost.then((host) => {
      const offLoss = host.onDeviceLost((loss) => this.deviceLost(loss, loss.worker !== 'demo'));
      // A backend switch ended the workers: a fresh pipeline reloads the models and puts the references back.
      const offRestart = host.onRestart(() => this.retirePipeline());
      this.offLoss = () => (offLoss(), offRestart());
    }, () => undefined);
  }

  hostDisconnected(): void {
    this.offLoss?.();
    this.aborter?.abort(new DOMException('The studio was closed.', 'AbortError'));
  }

  /** The pipeline, built once on the model host; a failure is shown and the next call tries again. */
  ready(): Promise<StripPipeline> {
    this.pipeline ??= (async () => {
      this.setPipeline('starting');
      let modelHost: ModelHost;
      try {
        modelHost = await this.modelHost;
      } catch (error) {
        // The shell has already shown why the model host failed; one alert is enough.
        this.setPipeline('failed', t('run.noSuite', { error: (error as Error).message }), false);
        throw error;
      }
      try {
        const pipeline = await StripPipeline.create(modelHost, this.db);
        this.setPipeline('ready');
        return pipeline;
      } catch (error) {
        this.pipeline = undefined;
        this.setPipeline('failed', t('run.pipelineFailed', { error: (error as Error).message }));
        throw error;
      }
    })();
    return this.pipeline;
  }

  setChoices(choices: StripChoices): void {
    this.choicesTouched = true;
    this.choices = choices;
    this.host.requestUpdate();
    void this.db.then((db) => setSetting(db, CHOICES_KEY, { ...choices })).catch(() => undefined);
  }

  /** `plans`: each line's scene plan, by line index (StripOptions.plans); lines without one retrieve by CLIP alone. */
  async generate(lines: string[], plans?: StripOptions['plans'], composed?: ComposedOptions): Promise<void> {
    if (this.running) return;
    const pipeline = await this.ready().catch(() => undefined);
    if (!pipeline) return;
    const previous = this.panels;
    this.panels = states.startStrip(lines);
    await this.run('strip', (hooks) => pipeline.generateStrip(lines, this.options(plans, composed), hooks));
    // A run that drew nothing (cancelled or failed at once) must not cost the author the strip they had.
    const kept = states.keepDrawnStrip(previous, this.panels);
    if (kept !== this.panels) {
      this.panels = kept;
      this.log.add('info', () => t('run.keptPrevious'));
      this.host.requestUpdate();
    }
  }

  /**
   * Redraws one panel; the others, and this one's old picture until the new one lands, stay as they are.
   * `plan`: the line's scene plan; left out, the plan the panel was drawn with while its sentence is unchanged;
   * null: none (CLIP alone).
   */
  async regenerate(index: number, text: string, plan?: ScenePlan | null, composed?: ComposedOptions): Promise<void> {
    const panel = this.panels.find((p) => p.index === index);
    if (this.running || !panel) return;
    const pipeline = await this.ready().catch(() => undefined);
    if (!pipeline) return;
    const kept = states.redrawPlan(panel, text, plan);
    const plans: ScenePlan[] = [];
    if (kept) plans[index] = kept;
    this.panels = states.startPanel(this.panels, index, text);
    await this.run('panel', (hooks) => pipeline.regeneratePanel(index, text, this.options(kept ? plans : undefined, composed), hooks));
  }

  cancel(): void {
    this.aborter?.abort(new DOMException('Cancelled by the author.', 'AbortError'));
  }

  choose(index: number, variant: number): void {
    this.panels = states.choose(this.panels, index, variant);
    this.host.requestUpdate();
  }

  /** The composer in the image worker, once the pipeline is up; null where the suite has none. */
  async composer() {
    const pipeline = await this.ready().catch(() => undefined);
    return pipeline?.composer ?? null;
  }

  /** A scene line moved on the page: its panel (picture and choice) moves with it. Not while a run draws. */
  movePanel(from: number, to: number): void {
    if (this.running || from >= this.panels.length || to >= this.panels.length) return;
    this.setPanels(states.movePanel(this.panels, from, to));
  }

  /** A scene line inserted on the page: a panel not drawn yet, where the strip reaches that far. */
  insertPanel(at: number, text: string): void {
    if (this.running || at > this.panels.length || this.panels.length === 0) return;
    this.setPanels(states.insertPanel(this.panels, at, text));
  }

  deletePanel(index: number): void {
    if (this.running || index >= this.panels.length) return;
    this.setPanels(states.deletePanel(this.panels, index));
  }

  /** The strip of an opened project replaces this one (nothing is drawn while it does). */
  replacePanels(panels: PanelView[]): void {
    if (this.running) return;
    this.setPanels(panels);
  }

  private setPanels(panels: PanelView[]): void {
    this.panels = panels;
    this.host.requestUpdate();
  }

  private options(plans?: StripOptions['plans'], composed?: ComposedOptions): StripOptions {
    const opts: StripOptions = { mode: this.choices.mode, style: this.choices.style, seed: this.choices.seed, source: this.choices.source, ...composed };
    if (plans) opts.plans = plans;
    return opts;
  }

  private async run(kind: 'strip' | 'panel', job: (hooks: RunHooks) => Promise<PanelResult | PanelResult[]>): Promise<void> {
    const aborter = new AbortController();
    this.aborter = aborter;
    this.running = kind;
    this.host.requestUpdate();
    // A worker lost with its GPU can still deliver a queued progress message after the run has failed.
    let over = false;
    const hooks: RunHooks = {
      signal: aborter.signal,
      onProgress: (p) => {
        if (p.stage === 'done' || aborter.signal.aborted || over) return;
        this.panels = states.withProgress(this.panels, p.index, p);
        this.host.requestUpdate();
      },
      onPanel: (r) => {
        if (aborter.signal.aborted || over) return;
        this.panels = states.withResult(this.panels, r);
        this.host.requestUpdate();
      },
      onWarning: (message) => this.log.add('warning', message),
      onModelEvent: (e) => {
        if (e.status === 'warning') this.log.add('warning', e.message);
        const activity =
          e.status === 'progress' ? t('run.downloading', { model: e.model, percent: Math.floor(e.progress) }) : e.status === 'ready' || e.status === 'done' ? '' : this.activity;
        if (activity !== this.activity) {
          this.activity = activity;
          this.host.requestUpdate();
        }
      },
    };
    try {
      const out = await job(hooks);
      // Results the hooks did not deliver still land; those they did are left as they are.
      for (const r of Array.isArray(out) ? out : [out]) {
        const panel = this.panels.find((p) => p.index === r.index);
        if (panel && panel.result !== r) this.panels = states.withResult(this.panels, r);
      }
      void keepForOffline();
    } catch (error) {
      if (isAbortError(error) || aborter.signal.aborted) {
        this.panels = states.cancelUnfinished(this.panels);
      } else if (isGpuDeviceLost(error)) {
        // The same words as the host's loss report, so the message area shows it once.
        this.panels = states.failUnfinished(this.panels, t(error.loss.reason === WORKER_ENDED ? 'run.panelWorkerEnded' : 'run.panelLost'));
        this.deviceLost(error.loss);
      } else {
        const message = error instanceof Error ? error.message : String(error);
        this.panels = states.failUnfinished(this.panels, message);
        this.log.error(error, () => (kind === 'strip' ? t('run.stripStopped') : t('run.panelFailed')));
      }
    } finally {
      over = true;
      if (this.aborter === aborter) this.aborter = undefined;
      this.running = null;
      this.activity = '';
      this.host.requestUpdate();
    }
  }

  /**
   * A worker lost its GPU device (the host has already ended it and marked its models not loaded). One message,
   * and a fresh pipeline, whose first run loads the models again and puts the author's references back.
   * The demo worker holds none of the pipeline's models: its loss is said, and the pipeline kept.
   */
  private deviceLost(loss: DeviceLoss, retirePipeline = true): void {
    this.log.add('warning', () => gpuResetMessage(loss));
    if (retirePipeline) this.retirePipeline();
  }

  private retirePipeline(): void {
    if (!this.pipeline) return;
    this.pipeline = undefined;
    void this.ready().catch(() => undefined);
  }

  private setPipeline(state: StripController['pipelineState'], error = '', announce = true): void {
    this.pipelineState = state;
    this.pipelineError = error;
    if (error && announce) this.log.add('error', error);
    this.host.requestUpdate();
  }

  private async restoreChoices(): Promise<void> {
    try {
      const saved = readChoices(await getSetting(await this.db, CHOICES_KEY, null));
      if (this.choicesTouched) return;
      this.choices = saved;
      this.host.requestUpdate();
    } catch {
      // Defaults serve when storage is unavailable.
    }
  }
}
