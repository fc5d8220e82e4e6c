// npm run generate -- --text "…" --out panel.png [--mode diffusion|gan|retrieval] [--seed N] [--style S]:
// one panel through the same runPanel as the browser; the variants are written side by side.
import { writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { runPanel } from '../../src/features/strip/shared/panel-flow';
import { ART_STYLES, PANEL_MODES, type ArtStyle, type PanelMode, type PanelResult, type StripOptions } from '../../src/features/strip/shared/strip-contract';
import { withEngine, type NodeEngine } from './node-engine';
import { ENGINE_FLAGS, engineOptions, parseArgs, runAsCli } from './args';
import type { RgbaImage } from '../../src/core/rgba-image';


export function encodePng(images: RgbaImage[]): Buffer {
  const width = images.reduce((w, i) => w + i.width, 0);
  const height = Math.max(...images.map((i) => i.height));
  const png = new PNG({ width, height });
  png.data.fill(255);
  let x0 = 0;
  for (const img of images) {
    for (let y = 0; y < img.height; y++) png.data.set(img.data.subarray(y * img.width * 4, (y + 1) * img.width * 4), (y * width + x0) * 4);
    x0 += img.width;
  }
  return PNG.sync.write(png);
}

export async function generate(engine: NodeEngine, text: string, opts: StripOptions, log: (s: string) => void = () => {}): Promise<PanelResult> {
  return runPanel(engine, {
    index: 0, text, opts, defaults: engine.defaults, onWarning: (m) => log(`warning: ${m}`),
    onProgress: (p) => p.stage !== 'denoise' || p.step === p.total ? log(`${p.stage} ${p.step}/${p.total}`) : undefined,
  });
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), {
    text: 'string', out: 'string', mode: 'string', seed: 'number', style: 'string', steps: 'number', guidance: 'number', strength: 'number', variants: 'number', ...ENGINE_FLAGS,
  });
  if (!args.text || !args.out) throw new Error('usage: npm run generate -- --text "…" --out panel.png [--mode diffusion|gan|retrieval] [--seed N] [--style ink|pastel|screentone|manga]');
  const mode = String(args.mode ?? 'diffusion') as PanelMode;
  const style = String(args.style ?? 'ink') as ArtStyle;
  if (!PANEL_MODES.includes(mode)) throw new Error(`--mode must be one of ${PANEL_MODES.join(', ')}, got "${mode}"`);
  if (!ART_STYLES.includes(style)) throw new Error(`--style must be one of ${ART_STYLES.join(', ')}, got "${style}"`);
  const opts: StripOptions = {
    mode, style, seed: Number(args.seed ?? 0),
    steps: args.steps as number | undefined, guidance: args.guidance as number | undefined,
    strength: args.strength as number | undefined, variants: args.variants as number | undefined,
  };
  await withEngine(engineOptions(args), async (engine) => {
    const t0 = performance.now();
    const result = await generate(engine, String(args.text), opts, (s) => console.error(s));
    writeFileSync(String(args.out), encodePng(result.variants));
    const ref = result.reference;
    console.error(`wrote ${args.out} (${result.variants.length} variants, ${mode}, ${((performance.now() - t0) / 1000).toFixed(2)} s)` +
      (ref ? `; reference ${ref.id} (${ref.setting}, score ${ref.score.toFixed(3)})` : ''));
  });
}

runAsCli('generate.ts', main);
