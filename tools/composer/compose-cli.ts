// npm run compose -- --treatment FILE.txt --out DIR [--style S] [--seed N] [--shape wide|landscape|square|tall]
// For scene line N (from 1): NN.png (the composed drawing, 800 px wide), NN-depth.png and NN.json
// ({setting, time, width, height, items}); a cast member's look is the same object in every panel.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodePng } from '../../src/core/png';
import type { DepthMap, RgbaImage } from '../../src/core/rgba-image';
import type { LayoutItem } from '../../src/features/composer/shared/composer-contract';
import { layoutItems } from '../../src/features/composer/shared/layout-items';
import { isPanelShape, panelSize } from '../../src/features/composer/shared/panel-size';
import { STYLES, type ArtStyle } from '../../src/features/composer/shared/scene-graph';
import { treatmentLayouts } from '../../src/features/composer/shared/treatment-layouts';
import { parseArgs, runAsCli } from '../cli/args';
import { nodePlanner } from '../cli/node-planner';
import { treatmentLines } from '../cli/plan';
import { renderPanel } from './render-panel';

const USAGE = 'usage: npm run compose -- --treatment FILE.txt --out DIR [--style S] [--seed N] [--shape wide|landscape|square|tall] [--models DIR]';

/** The NN.json record: exactly these top-level keys. */
export interface PanelRecord { setting: string; time: string; width: number; height: number; items: LayoutItem[] }

function depthImage(depth: DepthMap): RgbaImage {
  const data = new Uint8ClampedArray(depth.width * depth.height * 4);
  for (let i = 0; i < depth.data.length; i++) {
    data[i * 4] = data[i * 4 + 1] = data[i * 4 + 2] = depth.data[i];
    data[i * 4 + 3] = 255;
  }
  return { width: depth.width, height: depth.height, data };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), { treatment: 'string', out: 'string', style: 'string', seed: 'number', shape: 'string', models: 'string' });
  if (!args.treatment || !args.out) throw new Error(USAGE);
  const style = String(args.style ?? STYLES[0]);
  if (!(STYLES as readonly string[]).includes(style)) throw new Error(`--style must be one of ${STYLES.join(', ')}, got "${style}"`);
  const shape = String(args.shape ?? 'wide');
  if (!isPanelShape(shape)) throw new Error(`--shape must be one of wide, landscape, square, tall, got "${shape}"`);
  const seed = Number(args.seed ?? 1);
  const file = String(args.treatment);
  const lines = treatmentLines(readFileSync(file, 'utf8'));
  if (lines.length === 0) throw new Error(`${file}: no scene lines to compose`);
  const planner = await nodePlanner(`${String(args.models ?? 'public/models')}/toon-mini`);
  const tp = await planner.planTreatment(lines);
  const { width, height } = panelSize(shape);
  const { layouts } = treatmentLayouts(tp, { style: style as ArtStyle, seed, width, height });
  const out = String(args.out);
  mkdirSync(out, { recursive: true });
  layouts.forEach((layout, i) => {
    const nn = String(i + 1).padStart(2, '0');
    const { image, depth } = renderPanel(layout, seed);
    writeFileSync(join(out, `${nn}.png`), encodePng(image));
    writeFileSync(join(out, `${nn}-depth.png`), encodePng(depthImage(depth)));
    const record: PanelRecord = { setting: layout.scene.setting, time: layout.scene.time, width, height, items: layoutItems(layout) };
    writeFileSync(join(out, `${nn}.json`), `${JSON.stringify(record, null, 1)}\n`);
    const missing = layout.dropped.length ? ` (no place here for: ${layout.dropped.join(', ')})` : '';
    console.log(`${nn}: ${layout.scene.setting}, ${layout.scene.time}, ${record.items.length} items${missing}`);
  });
  console.log(`wrote ${layouts.length} panels to ${out}`);
}

runAsCli('compose-cli.ts', main);
