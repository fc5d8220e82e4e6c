// The project file: everything needed to reopen an episode exactly — the treatment, the author's scene-plan fixes,
// the page (shapes, gutters, background, balloons), each panel's pictures and which one was chosen, and the strip
// settings. Plain JSON with pictures as PNG data URLs. Reading checks every field and decodes every picture and
// throws one clear message for the first thing wrong; it only parses JSON, so nothing in a file ever runs.
import { t } from '../../../core/i18n';
import { decodePng, encodePng } from '../../../core/png';
import type { RgbaImage } from '../../../core/rgba-image';
import { ART_STYLES, PANEL_MODES, type ArtStyle, type PanelMode, type ReferenceHit } from '../../strip/shared/strip-contract';
import { BALLOON_KINDS, type Balloon, type Box, type EpisodePage, type PagePanel, type Point } from './lettering-contract';
import { isPanelShape, MAX_GUTTER, PAGE_COLOR } from './page-layout';

export const PROJECT_FORMAT = 'toonsmith-project';
export const PROJECT_VERSION = 1;
export const PROJECT_FILE_NAME = 'episode.toonsmith.json';
const PNG_DATA_URL = 'data:image/png;base64,';

/** Caps on what a file may hold, so a hostile or broken file cannot make the app build something enormous. */
export const PROJECT_LIMITS = { panels: 500, variants: 16, balloons: 200, tails: 16, idChars: 200, dimension: 100_000 } as const;

/** The author's scene-plan fixes as the draft store keeps them (plans/shared PlanEdits, checked by the app on use). */
export interface ProjectPlanEdits {
  lines: Record<string, unknown>;
  cast: Record<string, unknown>;
}

/**
 * The composed panels (composer/shared ComposerDraft: cast id → look, scene line → the author's layout) as plain
 * data; the app checks every look and layout on use. Absent in files saved before the composer.
 */
export interface ProjectComposer {
  looks: Record<string, unknown>;
  layouts: Record<string, unknown>;
}

/** The reference scene a panel was drawn from, as its card shows it; the thumbnail as a PNG data URL. */
export type ProjectReference = Omit<ReferenceHit, 'thumb'> & { thumb: string };

/** One panel's pictures: PNG data URLs, and the index of the one on the page (0 when there is none yet). */
export interface ProjectPanel {
  chosen: number;
  variants: string[];
  /** Absent in files saved before references were kept, and for panels drawn without one. */
  reference?: ProjectReference;
}

export interface ProjectFile {
  format: typeof PROJECT_FORMAT;
  version: typeof PROJECT_VERSION;
  treatment: string;
  planEdits: ProjectPlanEdits;
  page: EpisodePage;
  /** One per page panel, same order. */
  panels: ProjectPanel[];
  /** The strip controls when it was saved. */
  strip: { mode: PanelMode; style: ArtStyle; seed: number };
  /** The cast's looks and the edited layouts (absent in files saved before the composer: read as none). */
  composer?: ProjectComposer;
}

/** Thrown by readProject: `message` is for the author (through i18n), already naming the field or picture. */
export class ProjectFileError extends Error {
  override name = 'ProjectFileError';
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A picture as it is stored in the project: a PNG data URL. */
export function imageToDataUrl(image: RgbaImage): string {
  return PNG_DATA_URL + base64(encodePng(image));
}

/** A stored picture back to pixels; throws a plain reason (the caller names the picture). */
export function dataUrlToImage(url: string): RgbaImage {
  if (!url.startsWith(PNG_DATA_URL)) throw new Error('not a PNG data URL');
  const text = url.slice(PNG_DATA_URL.length);
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) throw new Error('the base64 text is damaged');
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return decodePng(bytes);
}

export interface ProjectInput {
  treatment: string;
  planEdits?: ProjectPlanEdits;
  page: EpisodePage;
  /** Per page panel: its variants (none yet: []) and the chosen one's index. */
  panels: readonly { chosen: number; variants: readonly RgbaImage[]; reference?: ReferenceHit | null }[];
  strip: ProjectFile['strip'];
  composer?: ProjectComposer;
}

export function createProject(input: ProjectInput): ProjectFile {
  return {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    treatment: input.treatment,
    planEdits: input.planEdits ?? { lines: {}, cast: {} },
    page: input.page,
    panels: input.panels.map((p) => ({
      chosen: p.chosen,
      variants: p.variants.map(imageToDataUrl),
      ...(p.reference ? { reference: { ...p.reference, thumb: imageToDataUrl(p.reference.thumb) } } : {}),
    })),
    strip: { ...input.strip },
    ...(input.composer ? { composer: { looks: input.composer.looks, layouts: input.composer.layouts } } : {}),
  };
}

/** The file's text. */
export function writeProject(project: ProjectFile): string {
  return JSON.stringify(project);
}

// ---- reading ----

type Json = unknown;

const fail = (field: string, expected: string): never => {
  throw new ProjectFileError(t('project.badField', { field, expected }));
};

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function field(obj: Record<string, Json>, key: string, path: string): Json {
  if (!Object.prototype.hasOwnProperty.call(obj, key) || obj[key] === undefined) throw new ProjectFileError(t('project.missing', { field: `${path}.${key}` }));
  return obj[key];
}

function object(v: Json, path: string): Record<string, Json> {
  return isObject(v) ? v : fail(path, 'an object');
}

function string(v: Json, path: string, maxChars = Infinity): string {
  if (typeof v !== 'string') return fail(path, 'text');
  return v.length <= maxChars ? v : fail(path, `text of at most ${maxChars} characters`);
}

function number(v: Json, path: string, min: number, max: number, integer = false): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max || (integer && !Number.isInteger(v))) {
    return fail(path, `${integer ? 'a whole number' : 'a number'} from ${min} to ${max}`);
  }
  return v;
}

function array(v: Json, path: string, max: number): Json[] {
  if (!Array.isArray(v)) return fail(path, 'a list');
  return v.length <= max ? v : fail(path, `a list of at most ${max}`);
}

function oneOf<T extends string>(v: Json, path: string, values: readonly T[]): T {
  return typeof v === 'string' && (values as readonly string[]).includes(v) ? (v as T) : fail(path, `one of ${values.join(', ')}`);
}

/** A copy with no prototype: a key named "__proto__" in the file stays a key. */
function record(v: Json, path: string): Record<string, unknown> {
  const src = object(v, path);
  const out = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(src)) out[key] = src[key];
  return out;
}

const D = PROJECT_LIMITS.dimension;

function readBox(v: Json, path: string): Box {
  const o = object(v, path);
  return {
    x: number(field(o, 'x', path), `${path}.x`, -D, D),
    y: number(field(o, 'y', path), `${path}.y`, -D, D),
    w: number(field(o, 'w', path), `${path}.w`, 1, D),
    h: number(field(o, 'h', path), `${path}.h`, 1, D),
  };
}

function readPoint(v: Json, path: string): Point {
  const o = object(v, path);
  return { x: number(field(o, 'x', path), `${path}.x`, -D, D), y: number(field(o, 'y', path), `${path}.y`, -D, D) };
}

function readBalloon(v: Json, path: string): Balloon {
  const o = object(v, path);
  const balloon: Balloon = {
    id: string(field(o, 'id', path), `${path}.id`, PROJECT_LIMITS.idChars),
    kind: oneOf(field(o, 'kind', path), `${path}.kind`, BALLOON_KINDS),
    text: string(field(o, 'text', path), `${path}.text`),
    box: readBox(field(o, 'box', path), `${path}.box`),
    tails: array(field(o, 'tails', path), `${path}.tails`, PROJECT_LIMITS.tails).map((p, i) => readPoint(p, `${path}.tails[${i}]`)),
    placed: oneOf(field(o, 'placed', path), `${path}.placed`, ['auto', 'author'] as const),
  };
  if (!balloon.id) fail(`${path}.id`, 'a non-empty id');
  if (o.speaker !== undefined) balloon.speaker = string(o.speaker, `${path}.speaker`, 200);
  if (o.fontSize !== undefined) balloon.fontSize = number(o.fontSize, `${path}.fontSize`, 1, 1000);
  return balloon;
}

function readPanel(v: Json, path: string): PagePanel {
  const o = object(v, path);
  const shape = field(o, 'shape', path);
  if (!isPanelShape(shape)) fail(`${path}.shape`, 'one of wide, landscape, square, tall');
  const balloons = array(field(o, 'balloons', path), `${path}.balloons`, PROJECT_LIMITS.balloons).map((b, i) => readBalloon(b, `${path}.balloons[${i}]`));
  const ids = new Set<string>();
  balloons.forEach((b, i) => (ids.has(b.id) ? fail(`${path}.balloons[${i}].id`, 'an id no other balloon of the panel has') : ids.add(b.id)));
  return {
    scene: string(field(o, 'scene', path), `${path}.scene`),
    shape: shape as PagePanel['shape'],
    gutterBefore: number(field(o, 'gutterBefore', path), `${path}.gutterBefore`, 0, MAX_GUTTER, true),
    balloons,
  };
}

function readPage(v: Json): EpisodePage {
  const o = object(v, 'page');
  const background = string(field(o, 'background', 'page'), 'page.background');
  if (!PAGE_COLOR.test(background)) fail('page.background', 'a colour like #ffffff');
  return {
    width: number(field(o, 'width', 'page'), 'page.width', 100, 4000, true),
    background,
    panels: array(field(o, 'panels', 'page'), 'page.panels', PROJECT_LIMITS.panels).map((p, i) => readPanel(p, `page.panels[${i}]`)),
  };
}

function readImages(v: Json, index: number): ProjectPanel {
  const path = `panels[${index}]`;
  const o = object(v, path);
  const variants = array(field(o, 'variants', path), `${path}.variants`, PROJECT_LIMITS.variants).map((url, i) => {
    const text = string(url, `${path}.variants[${i}]`);
    try {
      dataUrlToImage(text);
    } catch (err) {
      throw new ProjectFileError(t('project.badImage', { panel: index + 1, variant: i + 1, reason: (err as Error).message }));
    }
    return text;
  });
  const chosen = number(field(o, 'chosen', path), `${path}.chosen`, 0, Math.max(0, variants.length - 1), true);
  return o.reference === undefined ? { chosen, variants } : { chosen, variants, reference: readReference(o.reference, index) };
}

function optionalStrings(v: Json, path: string): string[] | undefined {
  return v === undefined ? undefined : array(v, path, PROJECT_LIMITS.variants * 16).map((x, i) => string(x, `${path}[${i}]`, PROJECT_LIMITS.idChars));
}

function readReference(v: Json, index: number): ProjectReference {
  const path = `panels[${index}].reference`;
  const o = object(v, path);
  const text = (key: string) => string(field(o, key, path), `${path}.${key}`, PROJECT_LIMITS.idChars);
  const thumb = string(field(o, 'thumb', path), `${path}.thumb`);
  try {
    dataUrlToImage(thumb);
  } catch (err) {
    throw new ProjectFileError(t('project.badReference', { panel: index + 1, reason: (err as Error).message }));
  }
  const names = o.settingNames === undefined ? undefined : object(o.settingNames, `${path}.settingNames`);
  const objects = o.objects === undefined ? undefined : array(o.objects, `${path}.objects`, PROJECT_LIMITS.variants * 16).map((x, i) => {
    const item = object(x, `${path}.objects[${i}]`);
    return { kind: string(field(item, 'kind', path), `${path}.objects[${i}].kind`, PROJECT_LIMITS.idChars), count: number(field(item, 'count', path), `${path}.objects[${i}].count`, 0, 1000, true) };
  });
  const missing = optionalStrings(o.missing, `${path}.missing`);
  return {
    id: text('id'),
    score: number(field(o, 'score', path), `${path}.score`, -1, 1),
    setting: text('setting'),
    style: text('style'),
    source: oneOf(field(o, 'source', path), `${path}.source`, ['gallery', 'user'] as const),
    thumb,
    ...(names ? { settingNames: { en: string(field(names, 'en', path), `${path}.settingNames.en`, PROJECT_LIMITS.idChars), ko: string(field(names, 'ko', path), `${path}.settingNames.ko`, PROJECT_LIMITS.idChars) } } : {}),
    ...(o.time === undefined ? {} : { time: string(o.time, `${path}.time`, PROJECT_LIMITS.idChars) }),
    ...(objects ? { objects } : {}),
    ...(missing ? { missing } : {}),
  };
}

/** A panel's reference with its thumbnail as pixels again, or null where the file kept none. */
export function projectReference(project: ProjectFile, index: number): ReferenceHit | null {
  const ref = project.panels[index]?.reference;
  return ref ? { ...ref, thumb: dataUrlToImage(ref.thumb) } : null;
}

/**
 * The project in a file's text, checked field by field and picture by picture. Throws ProjectFileError with one
 * clear message: not JSON, not a project, saved by a newer version, a field missing or wrong, a picture that does
 * not decode. Unknown extra fields are ignored.
 */
export function readProject(json: string): ProjectFile {
  let value: Json;
  try {
    value = JSON.parse(json);
  } catch (err) {
    throw new ProjectFileError(t('project.notJson', { reason: (err as Error).message.slice(0, 120) }));
  }
  if (!isObject(value) || value.format !== PROJECT_FORMAT) throw new ProjectFileError(t('project.wrongFormat'));
  const version = field(value, 'version', 'project');
  if (typeof version === 'number' && Number.isInteger(version) && version > PROJECT_VERSION) {
    throw new ProjectFileError(t('project.newerVersion', { version, supported: PROJECT_VERSION }));
  }
  if (version !== PROJECT_VERSION) fail('version', `the number ${PROJECT_VERSION}`);
  const edits = object(field(value, 'planEdits', 'project'), 'planEdits');
  const composer = value.composer === undefined ? undefined : object(value.composer, 'composer');
  const strip = object(field(value, 'strip', 'project'), 'strip');
  const page = readPage(field(value, 'page', 'project'));
  const panels = array(field(value, 'panels', 'project'), 'panels', PROJECT_LIMITS.panels);
  if (panels.length !== page.panels.length) throw new ProjectFileError(t('project.panelCount', { images: panels.length, panels: page.panels.length }));
  return {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    treatment: string(field(value, 'treatment', 'project'), 'treatment'),
    planEdits: { lines: record(field(edits, 'lines', 'planEdits'), 'planEdits.lines'), cast: record(field(edits, 'cast', 'planEdits'), 'planEdits.cast') },
    page,
    panels: panels.map(readImages),
    strip: {
      mode: oneOf(field(strip, 'mode', 'strip'), 'strip.mode', PANEL_MODES),
      style: oneOf(field(strip, 'style', 'strip'), 'strip.style', ART_STYLES),
      seed: number(field(strip, 'seed', 'strip'), 'strip.seed', 0, 2 ** 32 - 1, true),
    },
    ...(composer ? { composer: { looks: record(field(composer, 'looks', 'composer'), 'composer.looks'), layouts: record(field(composer, 'layouts', 'composer'), 'composer.layouts') } } : {}),
  };
}

/** Each panel's pictures as pixels (the file was checked by readProject, so they decode). */
export function projectImages(project: ProjectFile): RgbaImage[][] {
  return project.panels.map((p) => p.variants.map(dataUrlToImage));
}

/** Each panel's chosen picture, or null where it has none. */
export function chosenImages(project: ProjectFile): (RgbaImage | null)[] {
  return project.panels.map((p) => (p.variants[p.chosen] ? dataUrlToImage(p.variants[p.chosen]) : null));
}
