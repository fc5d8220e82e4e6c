// npm run episode -- --treatment FILE.txt --out DIR [--width 800|690] [--format png|jpeg]
//   [--mode diffusion|gan|retrieval] [--style S] [--seed N] [--zip FILE.zip] [--plans yes|no] [--source composed|gallery|own]
// The treatment's panels drawn by the same runPanel as the app (and npm run generate), the page laid out from its
// script, balloons placed and drawn by the app's lettering code, and the page cut into upload-ready slices by the
// app's export: DIR gets 01.png…, episode.json and the project file (episode.toonsmith.json) that the studio opens.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { t } from '../../src/core/i18n';
import { encodePng } from '../../src/core/png';
import { parseTreatmentScript } from '../../src/features/lettering/shared/treatment-script';
import { pageFromScript } from '../../src/features/lettering/shared/page-model';
import { EXPORT_WIDTHS, IMAGE_FORMATS, renderEpisode, type ImageFormat } from '../../src/features/lettering/shared/episode-render';
import { episodeThumbnail } from '../../src/features/lettering/shared/episode-thumbnail';
import { EPISODE_JSON, zipEpisode } from '../../src/features/lettering/shared/episode-zip';
import { createProject, PROJECT_FILE_NAME, writeProject } from '../../src/features/lettering/shared/project-file';
import { panelLines, runPanel } from '../../src/features/strip/shared/panel-flow';
import { ART_STYLES, PANEL_MODES, REFERENCE_SOURCES, type ArtStyle, type PanelMode, type PanelResult, type ReferenceSource, type StripOptions } from '../../src/features/strip/shared/strip-contract';
import { looksForTreatment } from '../../src/features/composer/shared/cast-looks';
import { panelSize } from '../../src/features/composer/shared/panel-size';
import { emptyPlanEdits, plansForLines } from '../../src/features/plans/shared/plan-edits';
import type { TreatmentPlan } from '../../src/features/plans/shared/plan-contract';
import { registerLetteringFonts, nodeMeasure } from '../lettering/node-fonts';
import { ENGINE_FLAGS, engineOptions, parseArgs, runAsCli } from './args';
import { withEngine } from './node-engine';
import { nodePlanner } from './node-planner';
import { nodeCanvas } from './node-canvas';

const USAGE = 'usage: npm run episode -- --treatment FILE.txt --out DIR [--width 800|690] [--format png|jpeg] ' +
  '[--mode diffusion|gan|retrieval] [--style ink|pastel|screentone|manga] [--seed N] [--zip FILE.zip] [--plans yes|no] ' +
  '[--source composed|gallery|own]';

export interface EpisodeRun {
  treatment: string;
  out: string;
  width: number;
  format: ImageFormat;
  opts: StripOptions;
  plans: boolean;
  zip?: string;
  engine: ReturnType<typeof engineOptions>;
  log: (line: string) => void;
}

function oneOf<T extends string | number>(flag: string, value: T, allowed: readonly T[]): T {
  if (!allowed.includes(value)) throw new Error(`--${flag} must be one of ${allowed.join(', ')}, got "${value}"`);
  return value;
}

/** The scene planner's reading of the scene lines, as the studio does before Generate; none when it cannot run. */
async function planScenes(run: EpisodeRun, scenes: string[]): Promise<TreatmentPlan | null> {
  if (!run.plans) return null;
  try {
    return await (await nodePlanner(run.engine.suiteDir)).planTreatment(scenes);
  } catch (err) {
    run.log(`scene planner not used (${(err as Error).message}); retrieving by CLIP alone`);
    return null;
  }
}

/** Draws, letters and exports the episode into run.out; returns the files written. */
export async function makeEpisode(run: EpisodeRun): Promise<string[]> {
  const text = readFileSync(run.treatment, 'utf8');
  const script = parseTreatmentScript(text);
  if (script.panels.length === 0) throw new Error(`${run.treatment}: no scene line to draw (a scene line starts a panel; dialogue goes under it)`);
  registerLetteringFonts();
  const measure = nodeMeasure();
  const page = pageFromScript(script, undefined, measure);
  const scenes = script.panels.map((p) => p.scene);
  const plan = await planScenes(run, scenes);
  // As the studio composes: one look per cast member for the whole treatment, each panel at 800 px × its page shape.
  const looks = plan ? looksForTreatment(plan.cast, {}, undefined, run.opts.seed) : {};
  const frames = page.panels.map((p) => panelSize(p.shape));
  const opts: StripOptions = { ...run.opts, plans: plansForLines(plan, emptyPlanEdits(), scenes), looks, frames };

  const results = await withEngine(run.engine, async (engine) => {
    const out: PanelResult[] = [];
    // Panels one after another, indexed as the app's generateStrip indexes them (seeds follow the index).
    for (const [index, { text: line, plan: linePlan, line: at }] of panelLines(scenes, opts.plans).entries()) {
      const frame = frames[at];
      out.push(await runPanel(engine, { index, text: line, plan: linePlan, frame, opts, defaults: engine.defaults, onWarning: (m) => run.log(`warning: ${m}`) }));
      run.log(`panel ${index + 1}/${scenes.length}: ${line}`);
    }
    return out;
  });
  const images = results.map((r) => r.variants[0] ?? null);
  const rendered = await renderEpisode(page, images, { canvas: nodeCanvas, width: run.width, format: run.format });

  mkdirSync(run.out, { recursive: true });
  const written: string[] = [];
  const write = (file: string, data: Uint8Array | string) => {
    writeFileSync(join(run.out, file), data);
    written.push(file);
  };
  for (const slice of rendered.slices) write(slice.file, slice.data);
  write(EPISODE_JSON, `${JSON.stringify(rendered.manifest, null, 2)}\n`);
  const project = writeProject(createProject({
    treatment: text, page, panels: results.map((r) => ({ chosen: 0, variants: r.variants, reference: r.reference })),
    strip: { mode: run.opts.mode, style: run.opts.style, seed: run.opts.seed },
    composer: { looks, layouts: {} },
  }));
  write(PROJECT_FILE_NAME, project);
  if (run.zip) {
    const thumbnail = episodeThumbnail(page, images);
    if (thumbnail.blank) rendered.warnings.push(t('export.noThumbnail'));
    writeFileSync(run.zip, zipEpisode({
      slices: rendered.slices.map((s) => ({ file: s.file, data: s.data })),
      manifest: rendered.manifest, thumbnail: encodePng(thumbnail.image), project: { file: PROJECT_FILE_NAME, text: project },
    }));
  }
  for (const warning of rendered.warnings) run.log(`warning: ${warning}`);
  return written;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), {
    treatment: 'string', out: 'string', width: 'number', format: 'string', mode: 'string', style: 'string', seed: 'number',
    variants: 'number', zip: 'string', plans: 'string', source: 'string', ...ENGINE_FLAGS,
  });
  if (!args.treatment || !args.out) throw new Error(USAGE);
  const mode = oneOf('mode', String(args.mode ?? 'diffusion') as PanelMode, PANEL_MODES);
  const style = oneOf('style', String(args.style ?? 'ink') as ArtStyle, ART_STYLES);
  const run: EpisodeRun = {
    treatment: String(args.treatment),
    out: String(args.out),
    width: oneOf('width', Number(args.width ?? 800), EXPORT_WIDTHS),
    format: oneOf('format', String(args.format ?? 'png') as ImageFormat, IMAGE_FORMATS),
    opts: {
      mode, style, seed: Number(args.seed ?? 0), variants: args.variants as number | undefined,
      source: oneOf('source', String(args.source ?? 'composed') as ReferenceSource, REFERENCE_SOURCES),
    },
    plans: oneOf('plans', String(args.plans ?? 'yes'), ['yes', 'no']) === 'yes',
    zip: args.zip === undefined ? undefined : String(args.zip),
    engine: engineOptions(args),
    log: (line) => console.error(line),
  };
  const t0 = performance.now();
  const files = await makeEpisode(run);
  console.error(`wrote ${files.length} files to ${run.out}${run.zip ? ` and ${run.zip}` : ''} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}

runAsCli('episode.ts', main);
