// VAE encoder/decoder + depth-conditioned UNet + the DDIM loop (src/core/ddim.ts): SD2 depth2img in small.
// Two loops share the start (noise/img2img latents, depth grid, contexts) and the cancellation checkpoint: the CPU
// loop (WASM, Node: exact and fastest there) and, given a TensorHome, the GPU loop (WebGPU: latents stay on the GPU).
import { createDdimScheduler, gaussianNoise, guidanceCombineBatch, parseSchedulerConfig, type DdimScheduler } from '../ddim';
import { depthToLatentGrid } from '../depth-grid';
import { imageDataToTensor } from '../image-tensor';
import type { ModelFile } from '../manifest';
import { GpuDenoiseLoop, type DenoisePlan, type TensorHome } from './gpu-denoise-loop';
import { LATENT_CHANNELS } from './gpu-glue-graphs';
import { floatTensor, runToArrays, type OrtLike, type Session, type Tensor } from './ort-like';
import type { RgbaImage } from '../rgba-image';

export { LATENT_CHANNELS };
export type DenoiseLoop = 'gpu' | 'cpu';

/** The files whose outputs feed the GPU loop (by the SD2-depth interface): the UNet and the VAE decoder. */
export function feedsGpuLoop(file: ModelFile): boolean {
  return Boolean(file.outputs?.some((o) => o.name === 'out_sample') || file.inputs?.some((i) => i.name === 'latent_sample'));
}

export interface DiffusionConfig {
  /** latent = posterior mean × scalingFactor before the UNet, ÷ before the decoder. */
  scalingFactor: number;
  /** Pixel size the VAE was trained at (128) and its downsampling factor (4). */
  imageSize: number;
  vaeFactor: number;
  styles: string[];
  styleRows: Float32Array[];
  contextDim: number;
  scheduler: DdimScheduler;
}

/** Reads the side files of the suite (vae_decoder/config.json, unet/style_embeddings.json, scheduler_config.json). */
export function parseDiffusionConfig(vaeConfig: unknown, styleJson: unknown, schedulerJson: unknown, unetConfig?: unknown): DiffusionConfig {
  const vae = vaeConfig as { scaling_factor?: number; sample_size?: number };
  const styles = styleJson as { styles?: string[]; rows?: number[][]; dim?: number };
  if (typeof vae.scaling_factor !== 'number') throw new Error('vae config.json has no numeric scaling_factor');
  if (!Array.isArray(styles.styles) || !Array.isArray(styles.rows) || styles.rows.length !== styles.styles.length) {
    throw new Error('unet/style_embeddings.json needs "styles" and one row per style in "rows"');
  }
  const imageSize = vae.sample_size ?? 128;
  const unetSample = (unetConfig as { sample_size?: number } | undefined)?.sample_size;
  return {
    scalingFactor: vae.scaling_factor,
    imageSize,
    vaeFactor: unetSample ? imageSize / unetSample : 4,
    styles: styles.styles,
    styleRows: styles.rows.map((r) => Float32Array.from(r)),
    contextDim: styles.dim ?? styles.rows[0].length,
    scheduler: createDdimScheduler(parseSchedulerConfig(schedulerJson)),
  };
}

export interface DenoiseRequest {
  /** Token states [48 × D] of the sentence and of "" (the unconditional branch). */
  cond: Float32Array;
  uncond: Float32Array;
  style: string;
  /** The reference (any size; resized to imageSize) and its depth (0 far … 255 near). */
  reference: RgbaImage | null;
  depth: { data: Uint8Array | Uint8ClampedArray; width: number; height: number };
  /** One variant per seed; they run as one batch. */
  seeds: number[];
  steps: number;
  guidance: number;
  /** img2img strength; 1 (or no reference) = from pure noise. */
  strength: number;
}

export interface DenoiseHooks {
  onStep?: (step: number, total: number) => void;
  /** Awaited before every UNet call and before decoding: throws to cancel. */
  checkpoint?: () => Promise<void>;
  /** generate(): the loop is done, decoding starts. */
  onDecode?: () => void;
}

export class DiffusionModel {
  private readonly gpuLoop?: GpuDenoiseLoop;

  /** With a `home` (WebGPU), generate() runs the GPU loop; without one, the CPU loop. */
  constructor(
    private readonly ort: OrtLike,
    private readonly unet: Session,
    private readonly vaeEncoder: Session,
    private readonly vaeDecoder: Session,
    readonly config: DiffusionConfig,
    home?: TensorHome,
  ) {
    if (home) this.gpuLoop = new GpuDenoiseLoop(ort, home, unet, config.scheduler);
  }

  /** The loop generate() uses by default. */
  get loop(): DenoiseLoop {
    return this.gpuLoop ? 'gpu' : 'cpu';
  }

  /** Frees what the model made itself (the GPU loop's glue sessions); the three model sessions are the registry's. */
  async release(): Promise<void> {
    await this.gpuLoop?.release();
  }

  get latentSize(): number {
    return this.config.imageSize / this.config.vaeFactor;
  }

  /** Scaled latent of an image, [4, h, w]. */
  async encode(image: RgbaImage): Promise<Float32Array> {
    const s = this.config.imageSize;
    const pixels = imageDataToTensor(image, { size: { width: s, height: s }, background: [255, 255, 255] });
    const [out] = await runToArrays(this.vaeEncoder, { sample: floatTensor(this.ort, pixels, [1, 3, s, s]) }, ['latent_sample']);
    for (let i = 0; i < out.data.length; i++) out.data[i] *= this.config.scalingFactor;
    return out.data;
  }

  /** Scaled latents [n, 4, h, w] → images [n, 3, H, W] in [-1, 1]. */
  async decode(latents: Float32Array, n: number): Promise<Float32Array> {
    const h = this.latentSize;
    const unscaled = latents.map((v) => v / this.config.scalingFactor);
    const [out] = await runToArrays(this.vaeDecoder, { latent_sample: floatTensor(this.ort, unscaled, [n, LATENT_CHANNELS, h, h]) }, ['sample']);
    return out.data;
  }

  /** [uncond × n | cond × n] contexts: 48 token states + the style row (or `none`). */
  context(req: DenoiseRequest): Float32Array {
    const { styles, styleRows, contextDim: d } = this.config;
    const row = (name: string) => {
      const i = styles.indexOf(name);
      if (i < 0) throw new Error(`Unknown style "${name}" (known: ${styles.join(', ')})`);
      return styleRows[i];
    };
    const tokens = req.cond.length / d;
    const n = req.seeds.length;
    const one = (states: Float32Array, style: Float32Array) => {
      const c = new Float32Array((tokens + 1) * d);
      c.set(states);
      c.set(style, tokens * d);
      return c;
    };
    const u = one(req.uncond, row('none'));
    const c = one(req.cond, row(req.style));
    const out = new Float32Array(2 * n * u.length);
    for (let v = 0; v < n; v++) {
      out.set(u, v * u.length);
      out.set(c, (n + v) * u.length);
    }
    return out;
  }

  /** Noise (or the noised reference), timesteps, depth grid and contexts: where both loops start. */
  async plan(req: DenoiseRequest): Promise<DenoisePlan> {
    const sched = this.config.scheduler;
    const h = this.latentSize;
    const latentLen = LATENT_CHANNELS * h * h;
    const n = req.seeds.length;
    const timesteps = sched.timesteps(req.steps, req.reference ? req.strength : 1);
    const latents = new Float32Array(n * latentLen);
    const x0 = req.reference ? await this.encode(req.reference) : null;
    req.seeds.forEach((seed, v) => {
      const target = latents.subarray(v * latentLen, (v + 1) * latentLen);
      gaussianNoise(seed, latentLen, target);
      // Without timesteps left (strength ≈ 0) the reference latent is the answer.
      if (x0) timesteps.length ? sched.addNoise(x0, target, timesteps[0], target) : target.set(x0);
    });
    const context = this.context(req);
    const d = this.config.contextDim;
    return {
      latents, timesteps, context,
      depth: depthToLatentGrid(req.depth.data, req.depth.width, req.depth.height, h),
      contextDims: [2 * n, context.length / (2 * n * d), d],
      shape: { n, height: h, width: h },
      steps: req.steps,
      guidance: req.guidance,
    };
  }

  /** The CPU loop: runs the DDIM loop and returns the final scaled latents [n, 4, h, w]. */
  async denoise(req: DenoiseRequest, hooks: DenoiseHooks = {}): Promise<Float32Array> {
    return this.cpuLoop(await this.plan(req), hooks);
  }

  /**
   * Denoises and decodes: images [n, 3, H, W] in [-1, 1]. The GPU loop downloads only the images (and, when
   * `latents` is asked for, the final latents too, for parity tests); the CPU loop is denoise() + decode().
   */
  async generate(req: DenoiseRequest, hooks: DenoiseHooks = {}, opts: { loop?: DenoiseLoop; latents?: boolean } = {}): Promise<{ images: Float32Array; latents?: Float32Array }> {
    const loop = opts.loop ?? this.loop;
    const plan = await this.plan(req);
    const n = plan.shape.n;
    if (loop === 'cpu') {
      const latents = await this.cpuLoop(plan, hooks);
      await hooks.checkpoint?.();
      hooks.onDecode?.();
      return { images: await this.decode(latents, n), latents: opts.latents ? latents : undefined };
    }
    if (!this.gpuLoop) throw new Error('The GPU denoise loop needs the WebGPU backend; this model runs on the CPU loop.');
    const unscaled = await this.gpuLoop.run(plan, this.config.scalingFactor, hooks);
    try {
      await hooks.checkpoint?.();
      hooks.onDecode?.();
      const images = await this.decodeOnDevice(unscaled);
      // Downloaded after decoding, so the decoder read the GPU buffer itself.
      const latents = opts.latents ? Float32Array.from(await unscaled.getData() as Float32Array, (v) => v * this.config.scalingFactor) : undefined;
      return { images, latents };
    } finally {
      unscaled.dispose();
    }
  }

  /** The decoder on latents already on the device; the image is the one download. */
  private async decodeOnDevice(unscaled: Tensor): Promise<Float32Array> {
    const outputs = await this.vaeDecoder.run({ latent_sample: unscaled });
    try {
      const sample = outputs.sample;
      if (!sample) throw new Error(`vae_decoder output "sample" is missing (has: ${Object.keys(outputs).join(', ')})`);
      return new Float32Array(await sample.getData() as Float32Array);
    } finally {
      for (const t of Object.values(outputs)) t.dispose();
    }
  }

  private async cpuLoop(plan: DenoisePlan, hooks: DenoiseHooks): Promise<Float32Array> {
    const sched = this.config.scheduler;
    const { n, height: h, width: w } = plan.shape;
    const plane = h * w;
    const latentLen = LATENT_CHANNELS * plane;
    const { latents, timesteps, depth, context } = plan;
    const sample = new Float32Array(2 * n * 5 * plane);
    for (let i = 0; i < timesteps.length; i++) {
      await hooks.checkpoint?.();
      const t = timesteps[i];
      for (let b = 0; b < 2 * n; b++) {
        sample.set(latents.subarray((b % n) * latentLen, (b % n + 1) * latentLen), b * 5 * plane);
        sample.set(depth, b * 5 * plane + latentLen);
      }
      const feeds: Record<string, Tensor> = {
        sample: floatTensor(this.ort, sample.slice(), [2 * n, 5, h, w]),
        timestep: new this.ort.Tensor('int64', new BigInt64Array(2 * n).fill(BigInt(t)), [2 * n]),
        encoder_hidden_states: floatTensor(this.ort, context.slice(), plan.contextDims),
      };
      const [out] = await runToArrays(this.unet, feeds, ['out_sample']);
      const guided = guidanceCombineBatch(out.data, plan.guidance);
      sched.step(guided, t, latents, plan.steps, latents);
      hooks.onStep?.(i + 1, timesteps.length);
    }
    return latents;
  }
}
