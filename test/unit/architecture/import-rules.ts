// The one rule per folder of README "What is where", as code: which folders a file may import from.
import type { ImportGraph } from './import-graph';

export type Layer =
  | 'core' | 'runtime/client' | 'runtime/worker' | 'store' | 'ui' | 'app'
  | 'shared' | 'client' | 'worker' | 'elements' | 'workers' | 'tools' | 'other';

export interface Place { layer: Layer; feature?: string }

export function placeOf(path: string): Place {
  const feature = /^src\/features\/([^/]+)\/(shared|client|worker|elements)\//.exec(path);
  if (feature) return { layer: feature[2] as Layer, feature: feature[1] };
  if (path.startsWith('src/core/')) return { layer: 'core' };
  if (path.startsWith('src/runtime/client/')) return { layer: 'runtime/client' };
  if (path.startsWith('src/runtime/worker/')) return { layer: 'runtime/worker' };
  if (path.startsWith('src/store/')) return { layer: 'store' };
  if (path.startsWith('src/ui/')) return { layer: 'ui' };
  if (path.startsWith('src/app/') || path === 'src/main.ts') return { layer: 'app' };
  if (/^workers\/[^/]+\.worker\.ts$/.test(path)) return { layer: 'workers' };
  if (path.startsWith('tools/')) return { layer: 'tools' };
  return { layer: 'other' };
}

/** What each layer may import, besides itself (a feature's shared/client/worker/elements: its own folder). */
const MAY_IMPORT: Record<Layer, { layers: Layer[]; anyFeature?: Layer[]; rule: string }> = {
  core: { layers: [], rule: 'core imports only core' },
  shared: { layers: ['core'], rule: "a feature's shared imports only core, its own shared and other features' data contracts (shared/*-contract.ts)" },
  'runtime/worker': { layers: ['core'], rule: 'runtime/worker imports only core' },
  worker: { layers: ['core', 'runtime/worker'], anyFeature: ['shared'], rule: "a feature's worker imports core, runtime/worker and features' shared" },
  workers: { layers: ['core', 'runtime/worker'], anyFeature: ['shared', 'worker'], rule: "workers/ entries compose runtime/worker and features' worker and shared" },
  'runtime/client': { layers: ['core', 'workers'], rule: 'runtime/client imports core and the worker entries (for their API types)' },
  store: { layers: ['core'], rule: 'store imports only core' },
  ui: { layers: ['core'], rule: 'ui imports only core' },
  elements: { layers: ['core', 'ui'], anyFeature: ['shared', 'elements'], rule: 'elements import core, ui and features\' shared and elements' },
  client: { layers: ['core', 'runtime/client', 'store', 'ui'], anyFeature: ['shared', 'client'], rule: "a feature's client imports core, runtime/client, store, ui and features' shared and client" },
  app: { layers: ['core', 'runtime/client', 'store', 'ui'], anyFeature: ['shared', 'client', 'elements'], rule: 'app imports anything in src but worker code' },
  tools: { layers: ['core'], anyFeature: ['shared'], rule: "tools import only core and features' shared" },
  other: { layers: ['core', 'runtime/client', 'runtime/worker', 'store', 'ui', 'app', 'workers', 'tools', 'other'], anyFeature: ['shared', 'client', 'worker', 'elements'], rule: 'tests and benches may import anything' },
};

export function allowed(from: string, to: string): boolean {
  const a = placeOf(from);
  const b = placeOf(to);
  const may = MAY_IMPORT[a.layer];
  if (a.feature !== undefined) {
    // Its own folder, and (for shared) nothing else of its feature.
    if (b.feature === a.feature && b.layer === a.layer) return true;
    // One feature reads another's data (retrieval reads the scene plan): its contract file, never its code.
    if (a.layer === 'shared' && b.layer === 'shared' && /-contract\.ts$/.test(to)) return true;
    if (b.feature !== undefined) return (may.anyFeature ?? []).includes(b.layer);
    return may.layers.includes(b.layer);
  }
  if (b.layer === a.layer && b.feature === undefined) return true;
  if (b.feature !== undefined) return (may.anyFeature ?? []).includes(b.layer);
  return may.layers.includes(b.layer);
}

export interface Violation { from: string; to: string; rule: string }

export function checkImportRules(graph: ImportGraph): Violation[] {
  const out: Violation[] = [];
  for (const [from, targets] of graph) {
    for (const to of targets) if (!allowed(from, to)) out.push({ from, to, rule: MAY_IMPORT[placeOf(from).layer].rule });
  }
  return out;
}
