// The scene planner's catalog.json (public/models/<suite>/scene_planner/catalog.json): the ids a plan holds, with
// their English and Korean names, so the studio can show and edit plan slots. Parsed strictly: a bad file says which
// field is wrong instead of showing blank chips.
import type { Locale } from '../../../core/i18n';

export interface CatalogName {
  id: string;
  en: string;
  ko: string;
}

export interface CatalogSetting extends CatalogName {
  /** Object kinds the renderer can place in this setting. */
  kinds: string[];
  /** Person actions the renderer can draw in this setting. */
  actions: string[];
}

export interface CatalogKind extends CatalogName {
  /** 'person', 'animal', or a category of things. */
  category: string;
  /** Whether the kind acts (a cast member) rather than being a prop. */
  actor: boolean;
  maxCount: number;
}

export interface PlanCatalog {
  version: 1;
  settings: CatalogSetting[];
  times: CatalogName[];
  kinds: CatalogKind[];
  actions: CatalogName[];
}

/** Cast members are people and animals. */
export const CAST_CATEGORIES: readonly string[] = ['person', 'animal'];

export class PlanCatalogError extends Error {
  constructor(readonly field: string, problem: string) {
    super(`scene planner catalog.json: ${field} ${problem}`);
    this.name = 'PlanCatalogError';
  }
}

type Obj = Record<string, unknown>;

function object(value: unknown, field: string): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new PlanCatalogError(field, 'must be an object');
  return value as Obj;
}

function array(value: unknown, field: string): unknown[] {
  if (!Array.isArray(value)) throw new PlanCatalogError(field, 'must be an array');
  return value;
}

function text(value: unknown, field: string): string {
  if (typeof value !== 'string' || !value.trim()) throw new PlanCatalogError(field, 'must be a non-empty string');
  return value;
}

function texts(value: unknown, field: string): string[] {
  return array(value, field).map((v, i) => text(v, `${field}[${i}]`));
}

function names(value: unknown, field: string): { entry: Obj; name: CatalogName }[] {
  const seen = new Set<string>();
  return array(value, field).map((raw, i) => {
    const at = `${field}[${i}]`;
    const entry = object(raw, at);
    const name = { id: text(entry.id, `${at}.id`), en: text(entry.en, `${at}.en`), ko: text(entry.ko, `${at}.ko`) };
    if (seen.has(name.id)) throw new PlanCatalogError(`${at}.id`, `repeats "${name.id}"`);
    seen.add(name.id);
    return { entry, name };
  });
}

/** Checks every field of a parsed catalog.json; throws PlanCatalogError naming the first bad field. */
export function parsePlanCatalog(json: unknown): PlanCatalog {
  const root = object(json, '(root)');
  if (root.version !== 1) throw new PlanCatalogError('version', `must be 1 (got ${JSON.stringify(root.version) ?? 'nothing'})`);
  const settings = names(root.settings, 'settings').map(({ entry, name }, i) => ({
    ...name,
    kinds: texts(entry.kinds, `settings[${i}].kinds`),
    actions: texts(entry.actions, `settings[${i}].actions`),
  }));
  const times = names(root.times, 'times').map(({ name }) => name);
  const kinds = names(root.kinds, 'kinds').map(({ entry, name }, i) => {
    const category = text(entry.category, `kinds[${i}].category`);
    if (typeof entry.actor !== 'boolean') throw new PlanCatalogError(`kinds[${i}].actor`, 'must be true or false');
    const maxCount = entry.maxCount;
    if (typeof maxCount !== 'number' || !Number.isInteger(maxCount) || maxCount < 1) {
      throw new PlanCatalogError(`kinds[${i}].maxCount`, 'must be a whole number of at least 1');
    }
    return { ...name, category, actor: entry.actor, maxCount };
  });
  const actions = names(root.actions, 'actions').map(({ name }) => name);
  return { version: 1, settings, times, kinds, actions };
}

/** The name of a catalog entry in the UI language; the id itself when the catalog lacks it. */
export function catalogName(entries: readonly CatalogName[] | undefined, id: string, locale: Locale): string {
  const entry = entries?.find((e) => e.id === id);
  return entry ? entry[locale] : id.replace(/_/g, ' ');
}

/** Kinds a cast member may have (people and animals). */
export function castKinds(catalog: PlanCatalog): CatalogKind[] {
  return catalog.kinds.filter((k) => CAST_CATEGORIES.includes(k.category));
}
