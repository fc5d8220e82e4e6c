// Writes the scene planner's catalog.json (ids and KO/EN names of settings, times, kinds, actions).
// npx tsx tools/dataset/plans/catalog-cli.ts [--out public/models/toon-mini/scene_planner/catalog.json]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { planCatalogFile } from './catalog-file.js';

const at = process.argv.indexOf('--out');
const out = at > 0 ? process.argv[at + 1] : 'public/models/toon-mini/scene_planner/catalog.json';
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(planCatalogFile(), null, 1)}\n`);
console.log(`wrote ${out}`);
