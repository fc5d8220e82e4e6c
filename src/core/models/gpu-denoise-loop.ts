// The DDIM loop kept on the device: per step, unet_feed → UNet → cfg_ddim_step, every tensor staying where the
// sessions compute (GPU buffers on WebGPU). Only the final latents leave, as the VAE decoder's input.
import type { DdimScheduler } from '../ddim';
import { cfgDdimStepBytes, LATENT_CHANNELS, unetFeedBytes, type LatentShape } from './gpu-glue-graphs';
import type { OrtLike, Session, Tensor } from './ort-like';

/** Where the loop keeps tensors between sessions: GPU buffers on WebGPU; CPU tensors under onnxruntime-node (tests). */
export interface TensorHome {
  /** Puts data where the sessions compute, once; the caller disposes the tensor. */
  upload(data: Float32Array, dims: readonly number[]): Promise<Tensor>;
  /** A session for a glue graph on the same backend, outputs left where they are computed. */
  createSession(graph: Uint8Array, name: string): Promise<Session>;
}

/** What both loops start from (computed on the CPU by DiffusionModel: noise/img2img, depth grid, contexts). */
export interface DenoisePlan {
  /** Initial scaled latents [n, 4, h, w]. */
  latents: Float32Array;
  timesteps: number[];
  /** Depth channel [h, w] in [-1, 1]. */
  depth: Float32Array;
  /** [uncond × n | cond × n] contexts, [2n, tokens, contextDim]. */
  context: Float32Array;
  contextDims: [number, number, number];
  shape: LatentShape;
  steps: number;
  guidance: number;
}

interface GlueSessions { feed: Session; step: Session }

export class GpuDenoiseLoop {
  private readonly glue = new Map<string, Promise<GlueSessions>>();

  constructor(
    private readonly ort: OrtLike,
    private readonly home: TensorHome,
    private readonly unet: Session,
    private readonly scheduler: DdimScheduler,
  ) {}

  /**
   * Runs every step on the device and returns the final latents ÷ scalingFactor there (the decoder's input;
   * the division is folded into the last step). The caller disposes the returned tensor.
   */
  async run(plan: DenoisePlan, scalingFactor: number, hooks: { checkpoint?: () => Promise<void>; onStep?: (step: number, total: number) => void } = {}): Promise<Tensor> {
    const { n, height: h, width: w } = plan.shape;
    const dims = [n, LATENT_CHANNELS, h, w];
    if (!plan.timesteps.length) return this.home.upload(plan.latents.map((v) => v / scalingFactor), dims);
    const glue = await this.sessions(plan.shape);
    // Constant inputs go up once per denoise and are reused by every step.
    const held: Tensor[] = [];
    let x: Tensor | undefined;
    try {
      const context = await this.home.upload(plan.context, plan.contextDims);
      held.push(context);
      const depth = await this.home.upload(plan.depth, [1, 1, h, w]);
      held.push(depth);
      x = await this.home.upload(plan.latents, dims);
      for (let i = 0; i < plan.timesteps.length; i++) {
        await hooks.checkpoint?.();
        const t = plan.timesteps[i];
        const out = await this.unetStep(glue.feed, x, depth, context, t, 2 * n);
        const c = this.scheduler.stepCoefficients(t, plan.steps);
        const s = i === plan.timesteps.length - 1 ? 1 / scalingFactor : 1;
        const next = await runOne(glue.step, {
          latents: x, out_sample: out,
          coefficients: new this.ort.Tensor('float32', Float32Array.of(plan.guidance, c.sample * s, c.output * s), [3]),
        }, 'next_latents', [out, x]);
        x = next;
        hooks.onStep?.(i + 1, plan.timesteps.length);
      }
      const done = x;
      x = undefined;
      return done;
    } finally {
      // On an error or a cancellation the unfinished latents go too: nothing stays allocated on the device.
      x?.dispose();
      for (const t of held) t.dispose();
    }
  }

  /** Frees the glue sessions (the UNet belongs to the model registry). */
  async release(): Promise<void> {
    const all = [...this.glue.values()];
    this.glue.clear();
    for (const pending of all) {
      const s = await pending.catch(() => undefined);
      await s?.feed.release();
      await s?.step.release();
    }
  }

  private async unetStep(feed: Session, x: Tensor, depth: Tensor, context: Tensor, t: number, batch: number): Promise<Tensor> {
    const sample = await runOne(feed, { latents: x, depth }, 'sample', []);
    return runOne(this.unet, {
      sample,
      timestep: new this.ort.Tensor('int64', new BigInt64Array(batch).fill(BigInt(t)), [batch]),
      encoder_hidden_states: context,
    }, 'out_sample', [sample]);
  }

  /** Glue sessions per batch shape (the graphs have fixed shapes); a failed build is forgotten so the next call retries. */
  private sessions(shape: LatentShape): Promise<GlueSessions> {
    const key = `${shape.n}x${shape.height}x${shape.width}`;
    let pending = this.glue.get(key);
    if (!pending) {
      pending = (async () => {
        const feed = await this.home.createSession(unetFeedBytes(shape), 'unet_feed');
        try {
          return { feed, step: await this.home.createSession(cfgDdimStepBytes(shape), 'cfg_ddim_step') };
        } catch (err) {
          await feed.release();
          throw err;
        }
      })();
      this.glue.set(key, pending);
      pending.catch(() => this.glue.delete(key));
    }
    return pending;
  }
}

/**
 * Runs a session for its one named output and returns it (still on the device); its other outputs are disposed,
 * and so are the `consumed` feeds once the run is over, whatever happens. Small CPU feeds are left to the GC.
 */
async function runOne(session: Session, feeds: Record<string, Tensor>, name: string, consumed: Tensor[]): Promise<Tensor> {
  try {
    const outputs = await session.run(feeds);
    for (const [key, t] of Object.entries(outputs)) if (key !== name) t.dispose();
    const out = outputs[name];
    if (!out) throw new Error(`glue run: output "${name}" is missing (has: ${Object.keys(outputs).join(', ')})`);
    return out;
  } finally {
    for (const t of consumed) t.dispose();
  }
}
