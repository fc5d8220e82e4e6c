// PanelEngine over the model workers (through the one ModelClient), with the gallery opened once and checked.
import type { ModelClient } from '../../../runtime/client/model-client';
import type { PanelEngine, SceneHit } from '../shared/strip-contract';
import { t } from '../../../core/i18n';

export class BrowserEngine implements PanelEngine {
  private gallery?: Promise<{ count: number; modelSha256: string }>;

  constructor(private readonly client: ModelClient, private readonly onWarning: (message: string) => void = () => {}) {}

  /** Opens the shipped gallery once and warns when its embeddings came from another vision tower. */
  openGallery(): Promise<{ count: number; modelSha256: string }> {
    this.gallery ??= this.client.openGallery().then((info) => {
      const vision = this.client.host.modelSha256('vision_encoder');
      if (info.modelSha256 && vision && info.modelSha256 !== vision) {
        this.onWarning(t('models.staleGallery'));
      }
      return info;
    });
    this.gallery.catch(() => (this.gallery = undefined));
    return this.gallery;
  }

  encodeText(texts: string[], signal?: AbortSignal) {
    return this.client.encodeText(texts, signal);
  }

  async search(embedding: Float32Array, k: number, signal?: AbortSignal): Promise<SceneHit[]> {
    await this.openGallery();
    const hits = await this.client.search(embedding, k, signal);
    return hits.map((h) => ({ id: h.id, score: h.score, source: h.source, setting: h.meta.setting, settingNames: h.meta.settingNames, style: h.meta.style, objects: h.meta.objects }));
  }

  reference(id: string, signal?: AbortSignal) {
    return this.client.reference(id, signal);
  }

  denoise(...args: Parameters<PanelEngine['denoise']>) {
    return this.client.denoise(...args);
  }

  gan(sentence: Float32Array, seeds: number[], signal?: AbortSignal): Promise<Float32Array> {
    return this.client.gan(sentence, seeds, signal);
  }
}
