// The author's reference images: thumbnails of those stored, and adding new ones through the pipeline.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ReferenceThumb } from '../shared/reference-contract';
import { sniffImageType } from '../../../core/image-sniff';
import { rejectReason } from '../shared/reference-files';
import type { StripPipeline } from '../../strip/client/strip-pipeline';
import { listGallery, type StudioDb } from '../../../store';
import type { MessageLog } from '../../../ui/message-log';
import { t } from '../../../core/i18n';

/** Reads the first bytes and decodes the image, so a damaged file fails here with its name, not deep in a worker. */
async function checkDecodes(file: File): Promise<void> {
  const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
  const sniffed = sniffImageType(head);
  if (!sniffed) throw new Error(t('refs.contentsMismatch', { name: file.name }));
  try {
    const bitmap = await createImageBitmap(file);
    bitmap.close();
  } catch {
    throw new Error(t('refs.undecodable', { name: file.name }));
  }
}

export class ReferenceController implements ReactiveController {
  references: ReferenceThumb[] = [];
  adding: string[] = [];
  private readonly urls: string[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly db: Promise<StudioDb>,
    private readonly pipeline: () => Promise<StripPipeline>,
    private readonly log: MessageLog,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    void this.restore();
  }

  hostDisconnected(): void {
    for (const url of this.urls.splice(0)) URL.revokeObjectURL(url);
  }

  async add(files: File[]): Promise<void> {
    for (const file of files) {
      const reason = rejectReason(file);
      if (reason) {
        this.log.add('error', t('refs.notAdded', { reason }));
        continue;
      }
      this.adding = [...this.adding, file.name];
      this.host.requestUpdate();
      try {
        await checkDecodes(file);
        const pipeline = await this.pipeline();
        const hit = await pipeline.addReferenceImage(file, file.name);
        this.references = [...this.references.filter((r) => r.id !== hit.id), { id: hit.id, name: file.name, url: this.urlFor(file) }];
      } catch (error) {
        const text = error instanceof Error ? error.message : String(error);
        this.log.add('error', text.includes(file.name) ? t('refs.notAdded', { reason: text }) : t('refs.notAddedFile', { name: file.name, reason: text }));
      } finally {
        this.adding = this.adding.filter((n) => n !== file.name);
        this.host.requestUpdate();
      }
    }
  }

  private urlFor(blob: Blob): string {
    const url = URL.createObjectURL(blob);
    this.urls.push(url);
    return url;
  }

  private async restore(): Promise<void> {
    try {
      const records = await listGallery(await this.db);
      this.references = records.map((r) => ({ id: r.id, name: r.meta.name, url: this.urlFor(r.blob) }));
      this.host.requestUpdate();
    } catch (error) {
      this.log.error(error, () => t('refs.listFailed'));
    }
  }
}
