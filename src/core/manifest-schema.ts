// Pure schema check for public/models/manifest.json and the suite.json files it is built from.
// Every message names the offending field by its path, e.g. suites[0].models[1].files[0].sha256.
import type { Manifest } from './manifest';

export class ManifestError extends Error {
  constructor(readonly problems: string[], what = 'model manifest') {
    const shown = problems.slice(0, 8).join('; ');
    super(`Invalid ${what}: ${shown}${problems.length > 8 ? `; and ${problems.length - 8} more` : ''}`);
    this.name = 'ManifestError';
  }
}

const DTYPES = ['fp32', 'fp16', 'int8', 'uint8', 'q4'];
const TENSOR_TYPES = ['float32', 'float16', 'int64', 'int32', 'uint8', 'int8'];
const TASKS = ['text', 'image', 'gan', 'diffuse', 'depth', 'demo'];
const ID = /^[a-z0-9][a-z0-9_-]*$/;

type Obj = Record<string, unknown>;

class Checker {
  readonly problems: string[] = [];
  constructor(private readonly declaration: boolean) {}

  obj(v: unknown, at: string): Obj | undefined {
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) return v as Obj;
    this.problems.push(`${at}: expected an object, got ${describe(v)}`);
    return undefined;
  }

  arr(o: Obj, key: string, at: string, optional = false): unknown[] {
    const v = o[key];
    if (v === undefined && optional) return [];
    if (Array.isArray(v)) return v;
    this.problems.push(`${at}${key}: expected an array, got ${describe(v)}`);
    return [];
  }

  str(o: Obj, key: string, at: string, opts: { pattern?: RegExp; hint?: string; oneOf?: string[]; optional?: boolean } = {}): void {
    const v = o[key];
    if (v === undefined && opts.optional) return;
    if (typeof v !== 'string' || v.length === 0) return void this.problems.push(`${at}${key}: expected a non-empty string, got ${describe(v)}`);
    if (opts.pattern && !opts.pattern.test(v)) this.problems.push(`${at}${key}: ${JSON.stringify(v)} is not ${opts.hint}`);
    if (opts.oneOf && !opts.oneOf.includes(v)) this.problems.push(`${at}${key}: ${JSON.stringify(v)} is not one of ${opts.oneOf.join(', ')}`);
  }

  suite(v: unknown, at: string): void {
    const s = this.obj(v, at.replace(/\.$/, ''));
    if (!s) return;
    this.str(s, 'id', at, { pattern: ID, hint: 'a lowercase id (a-z, 0-9, _ and -)' });
    this.str(s, 'title', at);
    this.str(s, 'licence', at);
    const models = this.arr(s, 'models', at);
    const ids = new Set<string>();
    models.forEach((m, i) => {
      this.model(m, `${at}models[${i}].`);
      const id = (m as Obj | null)?.id;
      if (typeof id === 'string' && ids.has(id)) this.problems.push(`${at}models[${i}].id: duplicate id ${JSON.stringify(id)}`);
      if (typeof id === 'string') ids.add(id);
    });
  }

  model(v: unknown, at: string): void {
    const m = this.obj(v, at.replace(/\.$/, ''));
    if (!m) return;
    this.str(m, 'id', at, { pattern: ID, hint: 'a lowercase id (a-z, 0-9, _ and -)' });
    this.str(m, 'title', at);
    this.str(m, 'task', at, { oneOf: TASKS });
    this.str(m, 'notes', at, { optional: true });
    const files = this.arr(m, 'files', at);
    if (files.length === 0) this.problems.push(`${at}files: a model needs at least one file`);
    files.forEach((f, i) => this.file(f, `${at}files[${i}].`));
  }

  file(v: unknown, at: string): void {
    const f = this.obj(v, at.replace(/\.$/, ''));
    if (!f) return;
    this.str(f, 'path', at, { pattern: /^(?!\/)(?!.*\.\.)[\w./-]+$/, hint: 'a relative path without ".."' });
    if (!this.declaration) {
      if (!Number.isSafeInteger(f.bytes) || (f.bytes as number) < 0) this.problems.push(`${at}bytes: expected a non-negative integer, got ${describe(f.bytes)}`);
      this.str(f, 'sha256', at, { pattern: /^[0-9a-f]{64}$/, hint: '64 lowercase hex characters' });
    }
    this.str(f, 'dtype', at, { oneOf: DTYPES, optional: true });
    for (const key of ['inputs', 'outputs'] as const) {
      this.arr(f, key, at, true).forEach((t, i) => this.tensor(t, `${at}${key}[${i}].`));
    }
  }

  tensor(v: unknown, at: string): void {
    const t = this.obj(v, at.replace(/\.$/, ''));
    if (!t) return;
    this.str(t, 'name', at);
    this.str(t, 'type', at, { oneOf: TENSOR_TYPES });
    this.arr(t, 'shape', at).forEach((d, i) => {
      const ok = (Number.isSafeInteger(d) && (d as number) >= 0) || (typeof d === 'string' && d.length > 0);
      if (!ok) this.problems.push(`${at}shape[${i}]: expected a size or a symbolic name, got ${describe(d)}`);
    });
    if (t.warmup === undefined) return;
    const shape = Array.isArray(t.shape) ? t.shape : [];
    const warm = this.arr(t, 'warmup', at);
    if (warm.length !== shape.length) this.problems.push(`${at}warmup: expected ${shape.length} sizes (one per dimension), got ${warm.length}`);
    warm.forEach((d, i) => {
      const fixed = shape[i];
      const ok = Number.isSafeInteger(d) && (d as number) >= 1 && (typeof fixed !== 'number' || fixed === d);
      if (!ok) this.problems.push(`${at}warmup[${i}]: expected a size ≥ 1 matching the shape, got ${describe(d)}`);
    });
  }
}

/** Returns the manifest typed, or throws ManifestError listing every bad field. */
export function checkManifest(json: unknown): Manifest {
  const c = new Checker(false);
  const m = c.obj(json, 'manifest');
  if (m) {
    if (m.version !== 1) c.problems.push(`version: expected 1, got ${describe(m.version)}`);
    c.str(m, 'defaultSuite', '');
    const suites = c.arr(m, 'suites', '');
    suites.forEach((s, i) => c.suite(s, `suites[${i}].`));
    const ids = suites.map((s) => (s as Obj | null)?.id);
    if (typeof m.defaultSuite === 'string' && !ids.includes(m.defaultSuite)) {
      c.problems.push(`defaultSuite: ${JSON.stringify(m.defaultSuite)} names no suite (have: ${ids.join(', ') || 'none'})`);
    }
  }
  if (c.problems.length) throw new ManifestError(c.problems);
  return json as Manifest;
}

/** A suite.json as written by hand or by training code: like a manifest suite, without bytes and sha256. */
export function checkSuiteDeclaration(json: unknown, where = 'suite.json'): void {
  const c = new Checker(true);
  c.suite(json, '');
  if (c.problems.length) throw new ManifestError(c.problems, where);
}

function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${JSON.stringify(v)}`;
}
