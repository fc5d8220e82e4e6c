import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkManifest, checkSuiteDeclaration, ManifestError } from '../../../src/core/manifest-schema';

const committed = JSON.parse(readFileSync('public/models/manifest.json', 'utf8'));

function problemsOf(json: unknown): string[] {
  try {
    checkManifest(json);
    return [];
  } catch (err) {
    expect(err).toBeInstanceOf(ManifestError);
    return (err as ManifestError).problems;
  }
}

function withChange(change: (m: any) => void): unknown {
  const copy = structuredClone(committed);
  change(copy);
  return copy;
}

describe('checkManifest', () => {
  it('accepts the committed manifest', () => {
    const ids = committed.suites.map((s: { id: string }) => s.id);
    expect(ids).toContain(checkManifest(committed).defaultSuite);
  });

  it('checks warm-up sizes: one per dimension, at least 1, equal to a fixed size', () => {
    const at = (m: any) => m.suites[0].models[0].files[0].inputs[0];
    const rank = (m: any) => at(m).shape.length;
    expect(problemsOf(withChange((m) => (at(m).warmup = at(m).shape.map((d: number | string) => (typeof d === 'number' ? d : 2)))))).toEqual([]);
    expect(problemsOf(withChange((m) => (at(m).warmup = [1])))).toEqual(rank(committed) === 1 ? [] : [
      `suites[0].models[0].files[0].inputs[0].warmup: expected ${rank(committed)} sizes (one per dimension), got 1`,
    ]);
    expect(problemsOf(withChange((m) => (at(m).warmup = at(m).shape.map(() => 0))))).toContain(
      'suites[0].models[0].files[0].inputs[0].warmup[0]: expected a size ≥ 1 matching the shape, got number 0');
  });

  it('names each bad field by its path', () => {
    expect(problemsOf(withChange((m) => (m.suites[0].models[0].files[0].sha256 = 'ABC')))).toEqual([
      'suites[0].models[0].files[0].sha256: "ABC" is not 64 lowercase hex characters',
    ]);
    expect(problemsOf(withChange((m) => (m.suites[0].models[0].files[0].bytes = -1)))).toEqual([
      'suites[0].models[0].files[0].bytes: expected a non-negative integer, got number -1',
    ]);
    expect(problemsOf(withChange((m) => (m.suites[0].models[0].files[0].inputs[0].shape[1] = 1.5)))).toEqual([
      'suites[0].models[0].files[0].inputs[0].shape[1]: expected a size or a symbolic name, got number 1.5',
    ]);
    expect(problemsOf(withChange((m) => (m.suites[0].models[0].task = 'paint')))).toEqual([
      'suites[0].models[0].task: "paint" is not one of text, image, gan, diffuse, depth, demo',
    ]);
    expect(problemsOf(withChange((m) => (m.defaultSuite = 'nope')))).toEqual([
      `defaultSuite: "nope" names no suite (have: ${committed.suites.map((s: { id: string }) => s.id).join(', ')})`,
    ]);
    expect(problemsOf(withChange((m) => (m.suites[0].models[0].files[0].path = '../secret')))).toHaveLength(1);
  });

  it('rejects what is not a manifest at all, and reports every problem', () => {
    expect(problemsOf(null)).toEqual(['manifest: expected an object, got null']);
    expect(problemsOf({ version: 2, suites: 'x' })).toEqual([
      'version: expected 1, got number 2',
      'defaultSuite: expected a non-empty string, got nothing',
      'suites: expected an array, got string "x"',
    ]);
    expect(() => checkManifest({ version: 2 })).toThrow(/^Invalid model manifest: version: expected 1/);
  });

  it('checks suite.json declarations without bytes and sha256', () => {
    const declared = JSON.parse(readFileSync('public/models/demo/suite.json', 'utf8'));
    expect(() => checkSuiteDeclaration(declared)).not.toThrow();
    declared.models[0].files = [];
    expect(() => checkSuiteDeclaration(declared, 'demo/suite.json')).toThrow('Invalid demo/suite.json: models[0].files: a model needs at least one file');
  });
});
