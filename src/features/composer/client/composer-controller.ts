// The studio's composed panels: the cast's looks (kept in the draft, named characters from the library), each
// panel's layout edits with undo/redo (the edited layout saved in the draft by its scene line) and the drawing and
// depth composed again after every edit, the cast's small pictures, and the character library.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { deriveSeed, hashString } from '../../../core/rng';
import { t } from '../../../core/i18n';
import type { DepthMap, RgbaImage } from '../../../core/rgba-image';
import {
  characterKey, deleteCharacter, listCharacters, renameCharacter, saveCharacter, setCharacterLook, type CharacterRecord, type StudioDb,
} from '../../../store';
import type { MessageLog } from '../../../ui/message-log';
import type { CastEntry } from '../../plans/shared/plan-contract';
import type { PanelView } from '../../strip/shared/panel-view';
import type { PanelFrame, StripOptions } from '../../strip/shared/strip-contract';
import { OBJECT_BY_ID } from '../shared/catalog/objects';
import { ACCENTS, idleSprite, looksForTreatment, lookFor } from '../shared/cast-looks';
import type { CastLook, LayoutEditorView, PanelLayout } from '../shared/composer-contract';
import { canRedo, canUndo, pushLayout, redo, startHistory, undo, type LayoutHistory } from '../shared/layout-history';
import { pruneLayouts, readCastLook, type ComposerDraft } from '../shared/stored-composer';
import { withSkinTone } from '../shared/scene/tones';
import type { SceneGraph } from '../shared/scene-graph';
import type { ComposerClient } from './composer-client';

export interface ComposerDeps {
  db: Promise<StudioDb>;
  log: MessageLog;
  /** The draft's composer data and how to change it (saved like typing). */
  draft: () => ComposerDraft;
  saveDraft: (draft: ComposerDraft) => void;
  /** The composer in the image worker, once the strip pipeline is up; null where the suite has none. */
  composer: () => Promise<ComposerClient | null>;
}

const PREVIEW_SIZE = 96;

export class ComposerController implements ReactiveController {
  /** Saved characters, by name. */
  library: CharacterRecord[] = [];
  /** Cast id → a small drawing of the member in its look. */
  previews: Record<string, RgbaImage> = {};
  /** Scene line → its undo/redo history (this visit only; the present layout is in the draft). */
  private readonly histories = new Map<string, LayoutHistory>();
  /** Scene line → the drawing of its present layout, once composed again after an edit. */
  private readonly drawn = new Map<string, { layout: PanelLayout; image: RgbaImage; depth: DepthMap }>();
  private readonly composing = new Set<string>();
  private previewKey = '';

  constructor(private readonly host: ReactiveControllerHost, private readonly deps: ComposerDeps) {
    host.addController(this);
  }

  hostConnected(): void {
    void this.loadLibrary();
  }

  private async loadLibrary(): Promise<void> {
    try {
      this.library = await listCharacters(await this.deps.db);
    } catch (error) {
      this.deps.log.error(error);
    }
    this.host.requestUpdate();
  }

  /** The saved look of a library character named like `entry`, if its look still reads. */
  private libraryLook(entry: Pick<CastEntry, 'name'>): CastLook | undefined {
    if (!entry.name) return undefined;
    const found = this.library.find((c) => characterKey(c.name) === characterKey(entry.name!));
    if (!found) return undefined;
    const look = readCastLook(found.look);
    if (!look) this.deps.log.add('warning', () => t('library.badLook', { name: found.name }));
    return look;
  }

  /**
   * Every cast member's look for this run: a named member in the library takes its saved look; the others keep
   * the look the draft has for them, or get a new one; the draft is updated when anything changed.
   */
  looksFor(cast: readonly CastEntry[], seed: number): Record<string, CastLook> {
    const draft = this.deps.draft();
    const stored = Object.fromEntries(Object.entries(draft.looks).filter(([id]) => {
      const member = cast.find((c) => c.id === id);
      return member && !this.libraryLook(member);
    }));
    const looks = looksForTreatment(cast, stored, (entry) => this.libraryLook(entry), seed);
    if (JSON.stringify(looks) !== JSON.stringify(draft.looks)) this.deps.saveDraft({ ...draft, looks });
    return looks;
  }

  /** The strip's composer options: looks, the author's layouts by line and each panel's frame from its shape. */
  stripOptions(lines: readonly string[], cast: readonly CastEntry[], seed: number, frames: readonly PanelFrame[]): Pick<StripOptions, 'looks' | 'layouts' | 'frames'> {
    const looks = this.looksFor(cast, seed);
    // Layouts of lines the treatment no longer has are dropped with this run (a renamed line starts from its plan).
    const draft = this.deps.draft();
    const pruned = pruneLayouts(draft, lines);
    if (pruned !== draft) this.deps.saveDraft(pruned);
    return { looks, layouts: lines.map((l) => pruned.layouts[l.trim()] ?? null), frames };
  }

  /** The editor of every composed panel, by index. */
  editors(panels: readonly PanelView[]): Record<number, LayoutEditorView> {
    const out: Record<number, LayoutEditorView> = {};
    const layouts = this.deps.draft().layouts;
    for (const p of panels) {
      const composed = p.result?.composed;
      if (!composed) continue;
      const layout = layouts[p.text] ?? composed.layout;
      const drawn = this.drawn.get(p.text);
      // The drawing of the present layout; while it is composed again, the last one drawn.
      const picture = (drawn?.layout === layout && drawn) || (composed.layout === layout && composed) || drawn || composed;
      const history = this.histories.get(p.text);
      out[p.index] = {
        layout, image: picture?.image, depth: picture?.depth,
        canUndo: !!history && canUndo(history), canRedo: !!history && canRedo(history), composing: this.composing.has(p.text),
      };
    }
    return out;
  }

  /** An edit on panel `panel`: a step of its history, saved in the draft, the drawing composed again. */
  edit(panel: PanelView, layout: PanelLayout): void {
    const current = this.deps.draft().layouts[panel.text] ?? panel.result?.composed?.layout;
    if (!current) return;
    const history = pushLayout(this.histories.get(panel.text) ?? startHistory(current), layout);
    this.setPresent(panel, history);
  }

  undo(panel: PanelView): void {
    const history = this.histories.get(panel.text);
    if (history && canUndo(history)) this.setPresent(panel, undo(history));
  }

  redo(panel: PanelView): void {
    const history = this.histories.get(panel.text);
    if (history && canRedo(history)) this.setPresent(panel, redo(history));
  }

  private setPresent(panel: PanelView, history: LayoutHistory): void {
    this.histories.set(panel.text, history);
    const draft = this.deps.draft();
    this.deps.saveDraft({ ...draft, layouts: { ...draft.layouts, [panel.text]: history.present } });
    this.host.requestUpdate();
    void this.recompose(panel.text, history.present, panel.result?.seed ?? 0);
  }

  /** The drawing and depth of `layout` (the newest edit wins; an older answer is dropped). */
  private async recompose(line: string, layout: PanelLayout, seed: number): Promise<void> {
    this.composing.add(line);
    try {
      const composer = await this.deps.composer();
      if (!composer) return;
      const { image, depth } = await composer.composePanel(layout, seed);
      if (this.deps.draft().layouts[line] === layout) this.drawn.set(line, { layout, image, depth });
    } catch (error) {
      this.deps.log.error(error);
    } finally {
      if (this.deps.draft().layouts[line] === layout) this.composing.delete(line);
      this.host.requestUpdate();
    }
  }

  /** Another look for a cast member: kept in the draft (and the library, for a saved character), applied to its edited layouts. */
  anotherLook(member: CastEntry, seed: number): void {
    const draft = this.deps.draft();
    const current = draft.looks[member.id] ?? lookFor(member, seed);
    let next = lookFor({ id: member.id, kind: member.kind }, deriveSeed(seed, hashString(`${current.accent}${current.variant}${Date.now()}`)));
    if (next.accent === current.accent && next.variant === current.variant) {
      next = { ...next, accent: ACCENTS[(ACCENTS.indexOf(current.accent as (typeof ACCENTS)[number]) + 1) % ACCENTS.length] };
    }
    const layouts = Object.fromEntries(Object.entries(draft.layouts).map(([line, layout]) => [line, withLook(layout, member.id, next)]));
    this.deps.saveDraft({ ...draft, looks: { ...draft.looks, [member.id]: next }, layouts });
    const saved = member.name ? this.library.find((c) => characterKey(c.name) === characterKey(member.name!)) : undefined;
    if (saved) void this.libraryWork(async (db) => void (await setCharacterLook(db, saved.id, next)));
    this.previewKey = '';
    this.host.requestUpdate();
  }

  /** Saves a named member's look as a character of the library. */
  saveToLibrary(member: CastEntry): Promise<void> {
    const look = this.deps.draft().looks[member.id];
    if (!member.name || !look) return Promise.resolve();
    return this.libraryWork(async (db) => {
      const saved = await saveCharacter(db, { name: member.name!, kind: member.kind, look });
      this.deps.log.add('info', () => t('looks.saved', { name: saved.name }));
    });
  }

  renameCharacter(id: string, name: string): Promise<void> {
    return this.libraryWork(async (db) => {
      const renamed = await renameCharacter(db, id, name);
      this.deps.log.add('info', () => t('looks.renamed', { name: renamed.name }));
    });
  }

  deleteCharacter(id: string): Promise<void> {
    const name = this.library.find((c) => c.id === id)?.name ?? '';
    return this.libraryWork(async (db) => {
      await deleteCharacter(db, id);
      this.deps.log.add('info', () => t('looks.deleted', { name }));
    });
  }

  /** A library change, its message on failure (nothing lost: the list is read again either way). */
  private async libraryWork(work: (db: StudioDb) => Promise<void>): Promise<void> {
    try {
      await work(await this.deps.db);
    } catch (error) {
      this.deps.log.error(error);
    }
    await this.loadLibrary();
  }

  /** Draws each member's small picture once its look is known (again when a look changes). */
  updatePreviews(cast: readonly CastEntry[], style: SceneGraph['style']): void {
    const looks = this.deps.draft().looks;
    const key = JSON.stringify([cast, looks, style]);
    if (key === this.previewKey) return;
    this.previewKey = key;
    void (async () => {
      const composer = await this.deps.composer().catch(() => null);
      if (!composer) return;
      const previews: Record<string, RgbaImage> = {};
      for (const member of cast) {
        const look = looks[member.id];
        const scene = look ? previewScene(member, look, style) : null;
        if (!scene) continue;
        try {
          previews[member.id] = (await composer.compose(scene, { width: PREVIEW_SIZE, height: PREVIEW_SIZE }, 1)).image;
        } catch {
          // A missing preview leaves the member's square blank; the panels still compose.
        }
      }
      if (this.previewKey === key) {
        this.previews = previews;
        this.host.requestUpdate();
      }
    })();
  }
}

/** `layout` with cast member `castId` dressed in `look`: its clothing colour and size (its sprites keep their art). */
export function withLook(layout: PanelLayout, castId: string, look: CastLook): PanelLayout {
  if (!layout.scene.objects.some((o) => o.castId === castId)) return layout;
  const before = layout.looks[castId]?.size ?? 1;
  const objects = layout.scene.objects.map((o) => (o.castId === castId ? { ...o, accent: look.accent, scale: Math.round((o.scale * look.size * 1000) / before) / 1000 } : o));
  return { ...layout, scene: { ...layout.scene, objects }, looks: { ...layout.looks, [castId]: look } };
}

/** One member standing in an empty park, filling a small square: how the cast panel shows a look. */
export function previewScene(member: Pick<CastEntry, 'id' | 'kind'>, look: CastLook, style: SceneGraph['style']): SceneGraph | null {
  const kind = OBJECT_BY_ID.get(member.kind);
  if (!kind) return null;
  const base = idleSprite(kind, look);
  const hexcode = kind.skinTones ? withSkinTone(base, look.tone) : base;
  return {
    id: `look-${member.id}`, setting: 'park', time: 'day', style, relations: [],
    objects: [{
      kind: kind.id, count: 1, action: null, x: 0.5, y: 0.97, scale: 0.86, depth: 1, on: null, zone: 'ground',
      hexcode, tone: hexcode === base ? 0 : look.tone, flip: false, castId: member.id, accent: look.accent,
    }],
  };
}
