// The CLIP lens for the shell: what the CLIP towers see in the current strip, computed on demand in the
// model workers (sentence and panel embeddings, the gallery's PCA map, zero-shot setting labels).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PanelView } from '../../strip/shared/panel-view';
import { hasSmokeWeights } from '../../models/shared/smoke-note';
import type { GalleryMap } from '../shared/gallery-map';
import { promptLang } from '../shared/lens-math';
import { buildLensResult, type DrawnPanel } from '../shared/lens-result';
import { CLOSED_LENS, type LensResult, type LensState } from '../shared/lens-view';
import { settingPrompt } from '../shared/setting-words';
import { abortError, isAbortError } from '../../../runtime/client/job-queue';
import type { ModelHost } from '../../../runtime/client/model-host';
import { ModelClient } from '../../../runtime/client/model-client';
import type { RgbaImage } from '../../../core/rgba-image';
import { t } from '../../../core/i18n';

/** The two towers and the tokenizer: everything the lens runs. */
const CLIP_MODELS = ['tokenizer', 'text_encoder', 'vision_encoder'] as const;
const STEPS = 5;

export interface StripSource {
  panels: PanelView[];
  busy: boolean;
}

/** What a result was computed from: each drawn panel's result object and chosen variant. */
type StripKey = readonly unknown[];
const keyOf = (panels: readonly PanelView[]): StripKey => panels.flatMap((p) => (p.result ? [p.result, p.chosen, p.text] : [p.text]));
const sameKey = (a: StripKey | undefined, b: StripKey) => !!a && a.length === b.length && a.every((v, i) => v === b[i]);

const hasPixels = (p: RgbaImage | null | undefined): p is RgbaImage => !!p && p.width > 0 && p.height > 0 && p.data.length === p.width * p.height * 4;

/**
 * Settles with `work`, or rejects at once when `signal` aborts: a model download or a running worker call
 * cannot be stopped midway, but the author's Cancel must take effect now (the work finishes unseen).
 */
function unlessAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) {
      work.catch(() => undefined);
      return reject(abortError(signal.reason));
    }
    const onAbort = () => reject(abortError(signal.reason));
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

export class LensController implements ReactiveController {
  state: LensState = CLOSED_LENS;
  private aborter?: AbortController;
  /** The strip the current result, cancel or failure belongs to; a new strip is looked at afresh. */
  private computedFor?: StripKey;
  private readonly prompts = new Map<string, Promise<Float32Array>>();
  /** A look is queued for after this update: later updates in the same turn must not queue another. */
  private starting = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly modelHost: Promise<ModelHost>,
    private readonly strip: () => StripSource,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    void this.modelHost.then(
      (h) => this.set({ smoke: hasSmokeWeights(h.models().filter((m) => (CLIP_MODELS as readonly string[]).includes(m.model.id))
        .map((m) => ({ id: m.model.id, title: m.model.title, bytes: m.bytes, notes: m.model.notes, state: h.state(m.model.id) }))) }),
      () => undefined,
    );
  }

  hostDisconnected(): void {
    this.aborter?.abort(new DOMException('The studio was closed.', 'AbortError'));
  }

  /** Before each render: what blocks the lens, whether its numbers are stale, and a lazy start when open. */
  hostUpdate(): void {
    if (!this.state.open) return;
    const { panels, busy } = this.strip();
    const key = keyOf(panels);
    const drawn = panels.some((p) => p.result);
    const blocked = busy
      ? t('lens.busy')
      : drawn ? '' : t('lens.noStrip');
    const stale = !!this.state.result && !sameKey(this.computedFor, key);
    if (blocked !== this.state.blocked || stale !== this.state.stale) this.state = { ...this.state, blocked, stale };
    if (!blocked && !this.starting && this.state.phase !== 'running' && !sameKey(this.computedFor, key)) {
      this.starting = true;
      queueMicrotask(() => {
        this.starting = false;
        void this.compute();
      });
    }
  }

  toggle(): void {
    const open = !this.state.open;
    if (!open && this.state.phase === 'running') {
      this.aborter?.abort(new DOMException('The lens was closed.', 'AbortError'));
      this.computedFor = undefined;
    }
    this.set({ open });
  }

  cancel(): void {
    this.aborter?.abort(new DOMException('Cancelled by the author.', 'AbortError'));
  }

  /** Looks at the current strip (again): the Refresh and Retry buttons. */
  async compute(): Promise<void> {
    const { panels, busy } = this.strip();
    if (!this.state.open || busy || !panels.some((p) => p.result)) return;
    this.aborter?.abort(new DOMException('A newer look replaced this one.', 'AbortError'));
    const aborter = new AbortController();
    this.aborter = aborter;
    const key = keyOf(panels);
    this.computedFor = key;
    this.set({ phase: 'running', error: '', progress: { label: t('lens.step.starting'), step: 0, total: STEPS } });
    try {
      const result = await this.look(panels, aborter.signal);
      if (this.aborter !== aborter) return;
      this.set({ phase: 'done', result, stale: false });
    } catch (error) {
      if (this.aborter !== aborter) return;
      if (isAbortError(error) || aborter.signal.aborted) {
        this.set({ phase: this.state.open ? 'cancelled' : 'idle' });
      } else {
        this.set({ phase: 'failed', error: error instanceof Error ? error.message : String(error) });
      }
    } finally {
      if (this.aborter === aborter) this.aborter = undefined;
    }
  }

  private async look(panels: readonly PanelView[], signal: AbortSignal): Promise<LensResult> {
    const host = await this.modelHost;
    const client = new ModelClient(host);
    const step = (label: string, n: number) => {
      if (signal.aborted) throw abortError(signal.reason);
      this.set({ progress: { label, step: n, total: STEPS } });
    };
    step(t('lens.step.loading'), 0);
    const off = host.onEvent((e) => {
      if (e.status === 'progress') this.set({ progress: { ...this.state.progress, label: t('lens.step.loadingModel', { model: e.model, percent: Math.floor(e.progress) }) } });
    });
    try {
      await unlessAborted(client.ensure(CLIP_MODELS, signal), signal);
    } finally {
      off();
    }

    const drawn: DrawnPanel[] = panels.flatMap((p) => {
      if (!p.result) return [];
      const ref = p.result.reference?.thumb;
      const image = p.result.variants[p.chosen] ?? p.result.variants[0];
      return [{ index: p.index, text: p.result.text, image, firstVariant: p.result.variants[0], reference: hasPixels(ref) ? ref : null }];
    });
    const sentences = panels.map((p) => p.result?.text ?? p.text);

    step(t('lens.step.sentences'), 1);
    const textVecs = await unlessAborted(client.embedTexts(sentences, signal), signal);

    step(t('lens.step.panels'), 2);
    const pictures = [...drawn.map((p) => p.image), ...drawn.flatMap((p) => (p.reference ? [p.reference] : []))];
    const imageVecs = await unlessAborted(client.embedImages(pictures, signal), signal);

    step(t('lens.step.map'), 3);
    const map = await unlessAborted(client.galleryMap(signal), signal);

    step(t('lens.step.labels'), 4);
    const prompts = new Map<'ko' | 'en', Float32Array>();
    for (const lang of new Set(drawn.map((p) => promptLang(p.text)))) {
      prompts.set(lang, await unlessAborted(this.labelPrompts(client, map, lang), signal));
    }
    const vectors = { dim: textVecs.length / sentences.length, sentences: textVecs, images: imageVecs, prompts: (lang: 'ko' | 'en') => prompts.get(lang)! };
    const result = buildLensResult(sentences, drawn, vectors, map, this.notes(host, map));
    step(t('lens.step.done'), STEPS);
    return result;
  }

  /** Prompt embeddings of every label in one language, computed once per gallery. */
  private labelPrompts(client: ModelClient, map: GalleryMap, lang: 'ko' | 'en'): Promise<Float32Array> {
    const key = `${client.galleryUrl}|${lang}|${map.labels.join(',')}`;
    let pending = this.prompts.get(key);
    if (!pending) {
      // No signal: the prompts are worth finishing even if this look is cancelled; the next look reuses them.
      pending = client.host.appDefaults().then((defaults) => {
        const prompts = map.labels.map((id) => settingPrompt(id, lang, map.names, defaults));
        return client.embedTexts(prompts);
      });
      this.prompts.set(key, pending);
      pending.catch(() => this.prompts.delete(key));
    }
    return pending;
  }

  private notes(host: ModelHost, map: GalleryMap): string[] {
    const vision = host.modelSha256('vision_encoder');
    return vision && map.modelSha256 && vision !== map.modelSha256
      ? [t('lens.staleGallery')]
      : [];
  }

  private set(change: Partial<LensState>): void {
    this.state = { ...this.state, ...change };
    this.host.requestUpdate();
  }
}
