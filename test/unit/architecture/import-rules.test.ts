// The folder rules of README "What is where" over the real import graph, and proof that the checker can fail.
import { describe, expect, it } from 'vitest';
import { buildImportGraph, findCircles, type ImportGraph } from './import-graph';
import { checkImportRules, placeOf } from './import-rules';

const graph = buildImportGraph(process.cwd(), ['src', 'workers', 'tools', 'bench', 'test']);
const plain = (v: { from: string; to: string; rule: string }) => `${v.from} → ${v.to} (${v.rule})`;

describe('import rules over the real tree', () => {
  it('reads the whole tree, through the worker entries the client starts', () => {
    expect(graph.size).toBeGreaterThan(200);
    expect(graph.get('src/runtime/client/worker-bridge.ts')).toContain('workers/diffuse.worker.ts');
  });

  it('every import keeps its folder rule', () => {
    expect(checkImportRules(graph).map(plain)).toEqual([]);
  });

  it('has no import circles', () => {
    expect(findCircles(graph)).toEqual([]);
  });

  // A new folder under src/ would fall under no rule at all; it must be named in import-rules.ts first.
  it('places every file of src/ and workers/ under a rule', () => {
    const unplaced = [...graph.keys()].filter((f) => /^(src|workers)\//.test(f) && placeOf(f).layer === 'other');
    expect(unplaced).toEqual([]);
  });
});

describe('the checker fails on a planted violation', () => {
  const planted: ImportGraph = new Map([
    ['src/core/rng.ts', ['src/ui/pixels-canvas.ts']],
    ['src/features/strip/shared/panel-flow.ts', ['src/runtime/client/model-host.ts', 'src/features/lens/shared/lens-math.ts']],
    ['src/features/strip/worker/denoise.ts', ['src/features/strip/elements/strip-panel.ts']],
    ['workers/image.worker.ts', ['src/features/lens/client/lens-controller.ts', 'src/app/toon-studio.ts']],
    ['src/runtime/worker/backend.ts', ['src/ui/badge-text.ts']],
    ['src/features/strip/elements/strip-panel.ts', ['workers/diffuse.worker.ts']],
    ['tools/cli/generate.ts', ['src/runtime/client/model-host.ts']],
    ['src/ui/pixels-canvas.ts', []],
  ]);

  it('reports each forbidden import with its rule', () => {
    expect(checkImportRules(planted).map((v) => `${v.from} → ${v.to}`)).toEqual([
      'src/core/rng.ts → src/ui/pixels-canvas.ts',
      'src/features/strip/shared/panel-flow.ts → src/runtime/client/model-host.ts',
      'src/features/strip/shared/panel-flow.ts → src/features/lens/shared/lens-math.ts',
      'src/features/strip/worker/denoise.ts → src/features/strip/elements/strip-panel.ts',
      'workers/image.worker.ts → src/features/lens/client/lens-controller.ts',
      'workers/image.worker.ts → src/app/toon-studio.ts',
      'src/runtime/worker/backend.ts → src/ui/badge-text.ts',
      'src/features/strip/elements/strip-panel.ts → workers/diffuse.worker.ts',
      'tools/cli/generate.ts → src/runtime/client/model-host.ts',
    ]);
  });

  it('reports a planted circle', () => {
    const circle: ImportGraph = new Map([
      ['src/features/strip/client/strip-pipeline.ts', ['src/features/strip/client/browser-engine.ts']],
      ['src/features/strip/client/browser-engine.ts', ['src/features/strip/shared/panel-flow.ts']],
      ['src/features/strip/shared/panel-flow.ts', ['src/features/strip/client/strip-pipeline.ts']],
      ['src/core/rng.ts', []],
    ]);
    expect(findCircles(circle)).toEqual([[
      'src/features/strip/client/browser-engine.ts',
      'src/features/strip/client/strip-pipeline.ts',
      'src/features/strip/shared/panel-flow.ts',
    ]]);
  });

  it('accepts the allowed directions', () => {
    const fine: ImportGraph = new Map([
      ['src/features/strip/client/strip-pipeline.ts', ['src/features/strip/shared/panel-flow.ts', 'src/runtime/client/model-host.ts', 'src/core/rng.ts']],
      ['workers/diffuse.worker.ts', ['src/features/strip/worker/denoise.ts', 'src/runtime/worker/worker-runtime.ts']],
      ['src/features/strip/elements/strip-panel.ts', ['src/ui/pixels-canvas.ts', 'src/features/strip/shared/panel-view.ts']],
      // A feature's shared may read another feature's data contract (only its *-contract.ts, as planted above shows).
      ['src/features/strip/shared/strip-contract.ts', ['src/features/plans/shared/plan-contract.ts']],
    ]);
    expect(checkImportRules(fine)).toEqual([]);
  });
});
