// <toon-studio>: the app shell. Owns the database handle and the model host; components only get properties.
import { LitElement, html } from 'lit';
import { state } from 'lit/decorators.js';
import '../components/backend-badge/backend-badge';
import '../components/message-area/message-area';
import '../components/models-panel/models-panel';
import '../components/strip-view/strip-view';
import '../components/treatment-editor/treatment-editor';
import type { MessageDismissEvent } from '../components/message-area/message-area';
import type { ModelLoadEvent } from '../components/models-panel/models-panel';
import { checkTreatment, type TreatmentInputEvent } from '../components/treatment-editor/treatment-editor';
import { ModelHost } from '../pipeline/model-host';
import type { BackendPreference } from '../shared/model-ref';
import { getSetting, openStudioDb, type StudioDb } from '../store';
import { DraftController } from './draft-controller';
import { MessageLog } from './message-log';
import { ModelsController } from './models-controller';
import { studioStyles } from './studio-styles';

const GENERATE_PENDING = 'The panel pipeline arrives with the model suite; until then the studio plans cuts only.';

export class ToonStudioElement extends LitElement {
  static override styles = studioStyles;

  @state() private messagesVersion = 0;
  private readonly log = new MessageLog(() => this.messagesVersion++);
  private readonly db: Promise<StudioDb> = openStudioDb();
  private readonly drafts = new DraftController(this, this.db, (error) => this.log.error(error));
  private readonly modelsCtl = new ModelsController(this, () => this.createModelHost(), (kind, text) =>
    this.log.add(kind, text),
  );

  private async createModelHost(): Promise<ModelHost> {
    let suite: string | undefined;
    let backend: BackendPreference = 'auto';
    try {
      const db = await this.db;
      suite = (await getSetting(db, 'activeSuite', '')) || undefined;
      backend = await getSetting<BackendPreference>(db, 'backendPreference', 'auto');
    } catch {
      // Settings are optional; the defaults serve when storage is unavailable.
    }
    return ModelHost.create({ suite, backend });
  }

  override render() {
    const check = checkTreatment(this.drafts.text);
    const models = this.modelsCtl;
    return html`
      <header>
        <h1><span><span class="mark">Toon</span>smith</span><small>webtoon studio</small></h1>
        <toon-backend-badge .backend=${models.backend} .error=${models.backendError}></toon-backend-badge>
      </header>
      <toon-message-area
        .messages=${this.log.messages}
        @message-dismiss=${(e: MessageDismissEvent) => this.log.dismiss(e.detail.id)}
      ></toon-message-area>
      <main>
        <div class="tools">
          <section class="card">
            <toon-treatment-editor
              .text=${this.drafts.text}
              .saveStatus=${this.drafts.status}
              @treatment-input=${(e: TreatmentInputEvent) => this.drafts.edit(e.detail.text)}
            ></toon-treatment-editor>
            <div class="actions">
              <button class="generate" type="button" disabled title=${GENERATE_PENDING}>Generate strip</button>
              <span class="note">Panels need the trained model suite.</span>
            </div>
          </section>
          <section class="card">
            <toon-models-panel
              .models=${models.rows}
              .suiteTitle=${models.suiteTitle}
              .loading=${models.loading}
              @model-load=${(e: ModelLoadEvent) => void models.load(e.detail.modelId)}
            ></toon-models-panel>
          </section>
        </div>
        <toon-strip-view .sentenceCount=${check.ok ? check.sentences.length : 0}></toon-strip-view>
      </main>
      <footer>
        Art derived from
        <a href="https://openmoji.org/" target="_blank" rel="noopener">OpenMoji</a> – the open-source emoji and icon
        project. License:
        <a href="https://creativecommons.org/licenses/by-sa/4.0/" target="_blank" rel="noopener">CC BY-SA 4.0</a>
      </footer>
    `;
  }
}
