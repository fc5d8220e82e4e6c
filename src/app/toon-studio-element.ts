// <toon-studio>: the app shell. Owns the database handle and the model host; components only get properties.
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import '../ui/backend-badge';
import '../features/lens/elements/clip-lens';
import '../ui/message-area';
import '../features/models/elements/models-panel';
import '../features/references/elements/reference-drop';
import '../features/strip/elements/strip-controls';
import '../features/strip/elements/strip-view';
import '../features/strip/elements/treatment-editor';
import '../features/plans/elements/plan-chips';
import '../features/lettering/elements/project-card';
import type { ProjectOpenEvent } from '../features/lettering/elements/project-card';
import type { BalloonChangeEvent, BalloonTextEvent } from '../features/lettering/elements/balloon-layer';
import type { PanelDeleteEvent, PanelGutterEvent, PanelInsertEvent, PanelMoveEvent, PanelShapeEvent } from '../features/lettering/elements/page-panel-controls';
import type { PageBackgroundEvent, StripExportEvent } from '../features/strip/elements/strip-view';
import { PageSync } from '../features/lettering/client/page-sync';
import { onFontsLoaded } from '../ui/font-events';
import { sharedMeasure } from '../features/lettering/elements/browser-measure';
import { PageActions } from './page-actions';
import type { PlanCastEditEvent, PlanLineEditEvent } from '../features/plans/elements/plan-chips';
import type { PlanSource } from '../features/plans/shared/plan-contract';
import { WorkerPlanSource } from '../features/plans/client/plan-client';
import { castKinds } from '../features/plans/shared/plan-catalog';
import { applyPlanEdits, plansForLines, prunePlanEdits, validatePlanEdits, withCastEdit, withLineEdit } from '../features/plans/shared/plan-edits';
import { PlanController } from './plan-controller';
import type { ReferenceFilesEvent } from '../features/references/elements/reference-drop';
import type { ChoicesChangeEvent } from '../features/strip/elements/strip-controls';
import type { PanelRegenerateEvent, VariantChooseEvent } from '../features/strip/elements/strip-panel';
import type { MessageDismissEvent } from '../ui/message-area';
import type { ModelLoadEvent } from '../features/models/elements/models-panel';
import { checkTreatment, type TreatmentInputEvent } from '../features/strip/elements/treatment-editor';
import { ModelHost } from '../runtime/client/model-host';
import type { BackendPreference } from '../core/model-ref';
import { getSetting, openStudioDb, setSetting, type StudioDb } from '../store';
import { DraftController } from './draft-controller';
import { LensController } from '../features/lens/client/lens-controller';
import { MessageLog } from '../ui/message-log';
import { ModelsController } from '../features/models/client/models-controller';
import { ReferenceController } from '../features/references/client/reference-controller';
import { StripController } from '../features/strip/client/strip-controller';
import { EpisodeFiles } from './episode-files';
import { studioStyles } from './studio-styles';
import { chooseLocale } from './ui-language';
import { getLocale, t, type Locale } from '../core/i18n';
import { LocaleController } from '../ui/locale-controller';
import '../features/composer/elements/cast-looks';
import type { CastLookEvent, LibraryDeleteEvent, LibraryRenameEvent } from '../features/composer/elements/cast-looks';
import type { LayoutCommandEvent, LayoutEditEvent } from '../features/composer/elements/layout-editor';
import { ComposerController } from '../features/composer/client/composer-controller';
import { panelSize } from '../features/composer/shared/panel-size';

export class ToonStudioElement extends LitElement {
  static override styles = studioStyles;

  @state() private messagesVersion = 0;
  private readonly i18n = new LocaleController(this);
  private readonly log = new MessageLog(() => this.messagesVersion++);
  private readonly db: Promise<StudioDb> = openStudioDb();
  private readonly drafts = new DraftController(this, this.db, (error) => this.log.error(error));
  private readonly modelsCtl = new ModelsController(this, () => this.createModelHost(), (kind, text) =>
    this.log.add(kind, text),
  );
  private readonly strip = new StripController(this, this.db, this.modelsCtl.hostReady, this.log);
  private readonly refs = new ReferenceController(this, this.db, () => this.strip.ready(), this.log);
  private readonly lens = new LensController(this, this.modelsCtl.hostReady, () => ({ panels: this.strip.panels, busy: this.strip.running !== null }));
  private readonly plans = new PlanController(this, {
    report: (kind, error) => this.log.error(error, () => t(kind === 'plan' ? 'plans.plannerFailed' : 'plans.catalogUnreadable')),
  });

  private readonly pageSync = new PageSync(sharedMeasure);
  private readonly pageActions = new PageActions({
    drafts: this.drafts,
    strip: this.strip,
    log: this.log,
    page: () => this.drafts.page,
  });
  private readonly files = new EpisodeFiles(this, this.drafts, this.strip, this.log);
  private readonly composer = new ComposerController(this, {
    db: this.db,
    log: this.log,
    draft: () => this.drafts.composer,
    saveDraft: (composer) => this.drafts.editComposer(composer),
    composer: () => this.strip.composer(),
  });
  private offFonts?: () => void;

  /** Reads each treatment line's scene plan: the planner in the text worker unless a caller passes another; null: no plans. */
  @property({ attribute: false }) planSource: PlanSource | null;

  constructor(planSource?: PlanSource | null) {
    super();
    this.planSource = planSource === undefined ? new WorkerPlanSource(this.modelsCtl.hostReady) : planSource;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Balloons fitted with a fallback face before the lettering fonts arrived are fitted again.
    this.offFonts = onFontsLoaded(() => {
      this.pageSync.fontsChanged();
      this.requestUpdate();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.offFonts?.();
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('planSource')) this.plans.setSource(this.planSource);
    // The page follows the treatment: its panels, their balloons from the dialogue, the author's edits kept. Saved
    // with the text's own save (a layout alone is no edit).
    this.drafts.page = this.pageSync.pageFor(this.drafts.text, this.drafts.page);
    // After typing, a restored draft or a new source: the plans follow the lines (debounced in the controller).
    const check = checkTreatment(this.drafts.text);
    // An emptied treatment clears the chips; one Generate refuses (too many or too long lines) is not read.
    if (this.planSource && (check.ok || check.sentences.length === 0)) this.plans.request(check.sentences);
    this.composer.updatePreviews(this.treatmentCast(), this.strip.choices.style);
  }

  /** The composer's part of a run: the cast's looks, the author's layouts and each panel's frame (800 px × its shape). */
  private composedOptions(lines: readonly string[]) {
    const frames = lines.map((_, i) => panelSize(this.drafts.page.panels[i]?.shape ?? 'square'));
    return this.composer.stripOptions(lines, this.treatmentCast(), this.strip.choices.seed, frames);
  }

  private generate(lines: string[]): void {
    void this.strip.generate(lines, this.stripPlans(lines), this.composedOptions(lines));
  }

  private panelAt(index: number) {
    return this.strip.panels.find((p) => p.index === index);
  }

  private castMember(id: string) {
    return this.treatmentCast().find((c) => c.id === id);
  }

  /** The edited plans of these lines, for the strip's `plans` option; none while no plan has been read. */
  private stripPlans(lines: string[]) {
    if (!this.plans.plan) return undefined;
    // Restored fixes were checked for shape only; with the catalog, ids it lacks are dropped before retrieval sees them.
    const catalog = this.plans.catalog;
    const edits = catalog ? validatePlanEdits(this.drafts.planEdits, { catalog }) : this.drafts.planEdits;
    return plansForLines(this.plans.plan, edits, lines);
  }

  /** The cast the scene plans read, with the author's renames and kind changes. */
  private treatmentCast() {
    return this.plans.plan ? applyPlanEdits(this.plans.plan, this.drafts.planEdits).cast : [];
  }

  private editPlanLine(e: PlanLineEditEvent): void {
    const { text, edit } = e.detail;
    const checked = validatePlanEdits({ lines: { [text]: edit } }, { catalog: this.plans.catalog ?? undefined }).lines[text];
    if (!checked) return;
    const lines = checkTreatment(this.drafts.text).sentences;
    this.drafts.editPlans(prunePlanEdits(withLineEdit(this.drafts.planEdits, text, checked), lines));
  }

  private editPlanCast(e: PlanCastEditEvent): void {
    const { id, name, kind } = e.detail;
    const catalog = this.plans.catalog;
    if (kind !== undefined && catalog && !castKinds(catalog).some((k) => k.id === kind)) return;
    this.drafts.editPlans(withCastEdit(this.drafts.planEdits, id, { name, kind }));
  }

  /** Why Generate is off, or '' when it may run. */
  private generateBlocker(check: ReturnType<typeof checkTreatment>): string {
    if (!check.ok) return check.problems.find((p) => !p.advisory)?.message ?? t('app.treatmentNeedsFix');
    if (this.strip.pipelineState === 'starting') return t('app.pipelineStarting');
    if (this.strip.pipelineState === 'failed') return this.strip.pipelineError;
    return '';
  }

  private regenerate(index: number): void {
    const check = checkTreatment(this.drafts.text);
    // An edited line is redrawn from its new text; a line that no longer exists keeps the panel's own.
    const text = check.sentences[index] ?? this.strip.panels.find((p) => p.index === index)?.text ?? '';
    const lines = check.sentences.slice();
    lines[index] = text;
    // the line's current plan (with the author's fixes); none yet → the plan the panel was drawn with, if its text is unchanged
    void this.strip.regenerate(index, text, this.stripPlans(lines)?.[index] ?? undefined, this.composedOptions(lines));
  }

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

  /** The author's backend switch: remembered in settings, applied by restarting the model workers in place. */
  private chooseBackend(choice: BackendPreference): void {
    if (!this.modelsCtl.switchBackend(choice)) return;
    this.log.add('info', () => t('backend.switched', { choice: t(`backend.${choice}`) }));
    void this.db.then((db) => setSetting(db, 'backendPreference', choice)).catch((error) => this.log.error(error));
  }

  private renderBackendChoice() {
    const current = this.modelsCtl.preference;
    const busy = this.strip.running !== null || this.modelsCtl.loadingModel;
    const option = (value: BackendPreference) => html`<option value=${value} ?selected=${current === value}>${t(`backend.${value}`)}</option>`;
    return html`<label class="backend-choice" title=${busy ? t('backend.busy') : t('backend.label')}>
      <select aria-label=${t('backend.label')} data-testid="backend-choice" ?disabled=${busy || this.modelsCtl.loading}
        .value=${current} @change=${(e: Event) => this.chooseBackend((e.target as HTMLSelectElement).value as BackendPreference)}>
        ${option('auto')}${option('webgpu')}${option('wasm')}
      </select>
    </label>`;
  }

  /** Each language named in itself, so a reader of either finds theirs. */
  private renderLanguageSwitch() {
    const current = getLocale();
    const option = (locale: Locale, name: string) => html`<button type="button" lang=${locale}
      aria-pressed=${current === locale ? 'true' : 'false'} @click=${() => chooseLocale(locale)}>${name}</button>`;
    return html`<div class="language" role="group" aria-label=${t('app.language')} data-testid="language-switch">
      ${option('ko', '한국어')}${option('en', 'English')}
    </div>`;
  }

  override render() {
    const check = checkTreatment(this.drafts.text);
    const models = this.modelsCtl;
    const strip = this.strip;
    return html`
      <header>
        <h1><span lang="en"><span class="mark">Toon</span>smith</span><small>${t('app.tagline')}</small></h1>
        <div class="header-end">
          ${this.renderLanguageSwitch()}
          <toon-backend-badge .backend=${models.backend} .error=${models.backendError}></toon-backend-badge>
          ${this.renderBackendChoice()}
        </div>
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
          </section>
          ${this.planSource
            ? html`<section class="card">
                <toon-plan-chips
                  .plan=${this.plans.plan}
                  .edits=${this.drafts.planEdits}
                  .catalog=${this.plans.catalog}
                  .lines=${check.sentences}
                  .status=${this.plans.status}
                  .error=${this.plans.error}
                  @plan-line-edit=${(e: PlanLineEditEvent) => this.editPlanLine(e)}
                  @plan-cast-edit=${(e: PlanCastEditEvent) => this.editPlanCast(e)}
                ></toon-plan-chips>
              </section>`
            : nothing}
          ${this.planSource
            ? html`<section class="card">
                <toon-cast-looks
                  .cast=${this.treatmentCast()}
                  .looks=${this.drafts.composer.looks}
                  .previews=${this.composer.previews}
                  .library=${this.composer.library}
                  .names=${this.plans.catalog ?? undefined}
                  @cast-look-another=${(e: CastLookEvent) => { const m = this.castMember(e.detail.id); if (m) this.composer.anotherLook(m, strip.choices.seed); }}
                  @cast-look-save=${(e: CastLookEvent) => { const m = this.castMember(e.detail.id); if (m) void this.composer.saveToLibrary(m); }}
                  @library-rename=${(e: LibraryRenameEvent) => void this.composer.renameCharacter(e.detail.id, e.detail.name)}
                  @library-delete=${(e: LibraryDeleteEvent) => void this.composer.deleteCharacter(e.detail.id)}
                ></toon-cast-looks>
              </section>`
            : nothing}
          <section class="card">
            <toon-project-card
              ?working=${this.files.projectWork}
              ?busy=${strip.running !== null}
              @project-save=${() => void this.files.save()}
              @project-open=${(e: ProjectOpenEvent) => void this.files.open(e.detail.file)}
            ></toon-project-card>
          </section>
          <section class="card">
            <toon-strip-controls
              .choices=${strip.choices}
              .blockedReason=${this.generateBlocker(check)}
              ?running=${strip.running !== null}
              @choices-change=${(e: ChoicesChangeEvent) => strip.setChoices(e.detail)}
              @strip-generate=${() => this.generate(check.sentences)}
              @strip-cancel=${() => strip.cancel()}
            ></toon-strip-controls>
          </section>
        </div>
        <div class="extras">
          <section class="card">
            <toon-reference-drop
              .references=${this.refs.references}
              .adding=${this.refs.adding}
              @reference-files=${(e: ReferenceFilesEvent) => void this.refs.add(e.detail.files)}
            ></toon-reference-drop>
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
        <div class="strip-column">
          <toon-clip-lens
            .state=${this.lens.state}
            @lens-toggle=${() => this.lens.toggle()}
            @lens-compute=${() => void this.lens.compute()}
            @lens-cancel=${() => this.lens.cancel()}
          ></toon-clip-lens>
          <toon-strip-view
            .sentenceCount=${check.ok ? check.sentences.length : 0}
            .script=${check.panels}
            .panels=${strip.panels}
            .page=${this.drafts.page}
            .planNames=${this.plans.catalog ?? undefined}
            .cast=${this.treatmentCast()}
            .editors=${this.composer.editors(strip.panels)}
            ?busy=${strip.running !== null}
            ?exporting=${this.files.exporting}
            .activity=${strip.activity}
            @variant-choose=${(e: VariantChooseEvent) => strip.choose(e.detail.index, e.detail.variant)}
            @panel-regenerate=${(e: PanelRegenerateEvent) => this.regenerate(e.detail.index)}
            @layout-edit=${(e: LayoutEditEvent) => { const p = this.panelAt(e.detail.index); if (p) this.composer.edit(p, e.detail.layout); }}
            @layout-undo=${(e: LayoutCommandEvent) => { const p = this.panelAt(e.detail.index); if (p) this.composer.undo(p); }}
            @layout-redo=${(e: LayoutCommandEvent) => { const p = this.panelAt(e.detail.index); if (p) this.composer.redo(p); }}
            @layout-redraw=${(e: LayoutCommandEvent) => this.regenerate(e.detail.index)}
            @strip-export=${(e: StripExportEvent) => void this.files.export(e.detail)}
            @page-background=${(e: PageBackgroundEvent) => this.pageActions.setBackground(e.detail.background)}
            @balloon-change=${(e: BalloonChangeEvent) => this.pageActions.changeBalloon(e.detail.panel, e.detail.balloon)}
            @balloon-text=${(e: BalloonTextEvent) => this.pageActions.rewriteBalloon(e.detail.panel, e.detail.id, e.detail.text)}
            @panel-shape=${(e: PanelShapeEvent) => this.pageActions.setShape(e.detail.index, e.detail.shape)}
            @panel-gutter=${(e: PanelGutterEvent) => this.pageActions.setGutter(e.detail.index, e.detail.gutter)}
            @panel-insert=${(e: PanelInsertEvent) => this.pageActions.insertPanel(e.detail.index)}
            @panel-delete=${(e: PanelDeleteEvent) => this.pageActions.deletePanel(e.detail.index)}
            @panel-move=${(e: PanelMoveEvent) => this.pageActions.movePanel(e.detail.index, e.detail.to)}
          ></toon-strip-view>
        </div>
      </main>
      <footer>
        ${t('app.footerBefore')}
        <a href="https://openmoji.org/" target="_blank" rel="noopener">OpenMoji</a> ${t('app.footerMiddle')}
        <a href="https://creativecommons.org/licenses/by-sa/4.0/" target="_blank" rel="noopener">CC BY-SA 4.0</a>
        <br />
        ${t('app.footerFonts')}
        <a href="https://openfontlicense.org" target="_blank" rel="noopener">SIL Open Font License 1.1</a>
      </footer>
    `;
  }
}
