// DDIM (η = 0) as diffusers' DDIMScheduler is configured for SD 2, mirroring training/ldm/schedule.py:
// scaled-linear betas, "leading" timesteps + steps_offset, set_alpha_to_one, v- or ε-prediction,
// classifier-free guidance and img2img from a noised reference (SD2 depth2img). Pure and DOM-free.
import { createRng } from './rng';

export type PredictionType = 'v_prediction' | 'epsilon';
export type BetaSchedule = 'scaled_linear' | 'linear';
/** Float buffers the maths reads and writes; Float64Array keeps PyTorch's float64 reference values exact. */
export type FloatArray = Float32Array | Float64Array;

/** The fields of a diffusers scheduler_config.json that change the maths. */
export interface SchedulerConfig {
  num_train_timesteps: number;
  beta_start: number;
  beta_end: number;
  beta_schedule: BetaSchedule;
  prediction_type: PredictionType;
  steps_offset: number;
  set_alpha_to_one: boolean;
  timestep_spacing: 'leading';
}

/** toon-mini's schedule (training/ldm/schedule.py ScheduleConfig defaults). */
export const DEFAULT_SCHEDULER_CONFIG: Readonly<SchedulerConfig> = Object.freeze({
  num_train_timesteps: 1000,
  beta_start: 0.00085,
  beta_end: 0.012,
  beta_schedule: 'scaled_linear',
  prediction_type: 'v_prediction',
  steps_offset: 1,
  set_alpha_to_one: false,
  timestep_spacing: 'leading',
});

/**
 * Reads scheduler/scheduler_config.json (diffusers layout; extra keys such as _class_name are ignored).
 * Missing keys take the defaults; settings this scheduler cannot honour are errors, never silently ignored.
 */
export function parseSchedulerConfig(json: unknown): SchedulerConfig {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new TypeError('scheduler config: expected a JSON object');
  }
  const raw = json as Record<string, unknown>;
  const cfg: SchedulerConfig = { ...DEFAULT_SCHEDULER_CONFIG };
  const num = (key: 'num_train_timesteps' | 'beta_start' | 'beta_end' | 'steps_offset') => {
    if (raw[key] === undefined) return;
    if (typeof raw[key] !== 'number' || !Number.isFinite(raw[key])) throw new TypeError(`scheduler config: ${key} must be a number`);
    cfg[key] = raw[key] as number;
  };
  num('num_train_timesteps'); num('beta_start'); num('beta_end'); num('steps_offset');
  if (!Number.isInteger(cfg.num_train_timesteps) || cfg.num_train_timesteps < 2) {
    throw new RangeError(`scheduler config: num_train_timesteps must be an integer ≥ 2, got ${cfg.num_train_timesteps}`);
  }
  if (raw.beta_schedule !== undefined) {
    if (raw.beta_schedule !== 'scaled_linear' && raw.beta_schedule !== 'linear') {
      throw new RangeError(`scheduler config: beta_schedule "${String(raw.beta_schedule)}" is not supported (scaled_linear, linear)`);
    }
    cfg.beta_schedule = raw.beta_schedule;
  }
  if (raw.prediction_type !== undefined) {
    if (raw.prediction_type !== 'v_prediction' && raw.prediction_type !== 'epsilon') {
      throw new RangeError(`scheduler config: prediction_type "${String(raw.prediction_type)}" is not supported (v_prediction, epsilon)`);
    }
    cfg.prediction_type = raw.prediction_type;
  }
  if (raw.timestep_spacing !== undefined && raw.timestep_spacing !== 'leading') {
    throw new RangeError(`scheduler config: timestep_spacing "${String(raw.timestep_spacing)}" is not supported (leading)`);
  }
  if (raw.set_alpha_to_one !== undefined) cfg.set_alpha_to_one = raw.set_alpha_to_one === true;
  if (raw.clip_sample === true) throw new RangeError('scheduler config: clip_sample is not supported');
  if (raw.trained_betas != null) throw new RangeError('scheduler config: trained_betas is not supported');
  if (raw.rescale_betas_zero_snr === true) throw new RangeError('scheduler config: rescale_betas_zero_snr is not supported');
  return cfg;
}

/** Cumulative product of (1 − β) in float64, as the training code computes it. */
export function alphasCumprod(cfg: SchedulerConfig): Float64Array {
  const n = cfg.num_train_timesteps;
  const out = new Float64Array(n);
  let product = 1;
  for (let i = 0; i < n; i++) {
    const frac = i / (n - 1);
    const beta = cfg.beta_schedule === 'scaled_linear'
      ? (Math.sqrt(cfg.beta_start) + frac * (Math.sqrt(cfg.beta_end) - Math.sqrt(cfg.beta_start))) ** 2
      : cfg.beta_start + frac * (cfg.beta_end - cfg.beta_start);
    product *= 1 - beta;
    out[i] = product;
  }
  return out;
}

function checkSteps(cfg: SchedulerConfig, numSteps: number): void {
  if (!Number.isInteger(numSteps) || numSteps < 1 || numSteps > cfg.num_train_timesteps) {
    throw new RangeError(`DDIM: steps must be an integer in 1..${cfg.num_train_timesteps}, got ${numSteps}`);
  }
}

/** "leading" spacing: t = i · ⌊T / N⌋ + steps_offset for i = N−1 … 0 (high noise first). */
export function ddimTimesteps(cfg: SchedulerConfig, numSteps: number): number[] {
  checkSteps(cfg, numSteps);
  const ratio = Math.floor(cfg.num_train_timesteps / numSteps);
  const out: number[] = [];
  for (let i = numSteps - 1; i >= 0; i--) out.push(i * ratio + cfg.steps_offset);
  return out;
}

/** SD2 depth2img: the last ⌊N · strength⌋ timesteps (strength 1 = from pure noise, 0 = none: keep the reference). */
export function img2imgTimesteps(cfg: SchedulerConfig, numSteps: number, strength: number): number[] {
  if (!(strength >= 0 && strength <= 1)) throw new RangeError(`img2img: strength must be in [0, 1], got ${strength}`);
  const all = ddimTimesteps(cfg, numSteps);
  const init = Math.min(Math.floor(numSteps * strength), numSteps);
  return all.slice(numSteps - init);
}

function checkTimestep(ac: Float64Array, t: number): void {
  if (!Number.isInteger(t) || t < 0 || t >= ac.length) throw new RangeError(`DDIM: timestep must be an integer in 0..${ac.length - 1}, got ${t}`);
}

function checkSameLength(what: string, a: ArrayLike<number>, b: ArrayLike<number>): void {
  if (a.length !== b.length) throw new RangeError(`${what}: lengths differ (${a.length} vs ${b.length})`);
}

/** √ᾱ_t · x0 + √(1 − ᾱ_t) · noise: a clean latent noised to timestep t. */
export function addNoise(x0: ArrayLike<number>, noise: ArrayLike<number>, t: number, ac: Float64Array,
  out: FloatArray = new Float32Array(x0.length)): FloatArray {
  checkSameLength('addNoise', x0, noise);
  checkSameLength('addNoise (out)', x0, out);
  checkTimestep(ac, t);
  const a = Math.sqrt(ac[t]), s = Math.sqrt(1 - ac[t]);
  for (let i = 0; i < x0.length; i++) out[i] = a * x0[i] + s * noise[i];
  return out;
}

/** ᾱ of the timestep a step lands on; below 0 it is 1 (set_alpha_to_one) or ᾱ_0, as diffusers does. */
export function alphaPrev(cfg: SchedulerConfig, ac: Float64Array, prevT: number): number {
  if (prevT >= 0) return ac[prevT];
  return cfg.set_alpha_to_one ? 1 : ac[0];
}

/** √ᾱ and √(1 − ᾱ) at t (sa, sb) and at the timestep the step lands on (pa, pb). */
function stepRoots(t: number, cfg: SchedulerConfig, ac: Float64Array, numSteps: number) {
  checkSteps(cfg, numSteps);
  checkTimestep(ac, t);
  const aT = ac[t];
  const aPrev = alphaPrev(cfg, ac, t - Math.floor(cfg.num_train_timesteps / numSteps));
  return { sa: Math.sqrt(aT), sb: Math.sqrt(1 - aT), pa: Math.sqrt(aPrev), pb: Math.sqrt(1 - aPrev) };
}

/** One deterministic DDIM step (η = 0) from t to t − ⌊T / N⌋; `out` may alias `sample`. */
export function ddimStep(modelOutput: ArrayLike<number>, t: number, sample: ArrayLike<number>, cfg: SchedulerConfig,
  ac: Float64Array, numSteps: number, out: FloatArray = new Float32Array(sample.length)): FloatArray {
  checkSameLength('ddimStep', modelOutput, sample);
  checkSameLength('ddimStep (out)', sample, out);
  const { sa, sb, pa, pb } = stepRoots(t, cfg, ac, numSteps);
  const v = cfg.prediction_type === 'v_prediction';
  for (let i = 0; i < sample.length; i++) {
    const x = sample[i], m = modelOutput[i];
    const x0 = v ? sa * x - sb * m : (x - sb * m) / sa;
    const eps = v ? sa * m + sb * x : m;
    out[i] = pa * x0 + pb * eps;
  }
  return out;
}

/**
 * DDIM η = 0 is linear in the sample and the model output for both v- and ε-prediction:
 * ddimStep(m, t, x) = sample · x + output · m. The GPU loop feeds these two numbers to a glue graph.
 */
export function ddimStepCoefficients(t: number, cfg: SchedulerConfig, ac: Float64Array, numSteps: number): { sample: number; output: number } {
  const { sa, sb, pa, pb } = stepRoots(t, cfg, ac, numSteps);
  // v: x0 = sa·x − sb·m, eps = sa·m + sb·x;  ε: x0 = (x − sb·m)/sa, eps = m;  out = pa·x0 + pb·eps.
  return cfg.prediction_type === 'v_prediction'
    ? { sample: pa * sa + pb * sb, output: pb * sa - pa * sb }
    : { sample: pa / sa, output: pb - (pa * sb) / sa };
}

/** The model's estimate of the clean latent at timestep t (for previews and solvers). */
export function predictOriginal(modelOutput: ArrayLike<number>, t: number, sample: ArrayLike<number>,
  cfg: SchedulerConfig, ac: Float64Array, out: FloatArray = new Float32Array(sample.length)): FloatArray {
  checkSameLength('predictOriginal', modelOutput, sample);
  checkTimestep(ac, t);
  const sa = Math.sqrt(ac[t]), sb = Math.sqrt(1 - ac[t]);
  const v = cfg.prediction_type === 'v_prediction';
  for (let i = 0; i < sample.length; i++) {
    out[i] = v ? sa * sample[i] - sb * modelOutput[i] : (sample[i] - sb * modelOutput[i]) / sa;
  }
  return out;
}

/** Classifier-free guidance: uncond + scale · (cond − uncond); `out` may alias either input. */
export function guidanceCombine(uncond: ArrayLike<number>, cond: ArrayLike<number>, scale: number,
  out: FloatArray = new Float32Array(cond.length)): FloatArray {
  checkSameLength('guidanceCombine', uncond, cond);
  checkSameLength('guidanceCombine (out)', cond, out);
  if (!Number.isFinite(scale)) throw new RangeError(`guidance scale must be finite, got ${scale}`);
  for (let i = 0; i < cond.length; i++) out[i] = uncond[i] + scale * (cond[i] - uncond[i]);
  return out;
}

/**
 * CFG on a batch-2 model output laid out [uncond | cond] (the order of schedule.py's context concat):
 * the first half is the unconditional prediction.
 */
export function guidanceCombineBatch(output: FloatArray, scale: number, out?: FloatArray): FloatArray {
  if (output.length % 2 !== 0) throw new RangeError(`guidanceCombineBatch: output of ${output.length} values is not two halves`);
  const half = output.length / 2;
  return guidanceCombine(output.subarray(0, half), output.subarray(half), scale, out);
}

/** n standard-normal floats from `seed` (Box–Muller over rng.ts's sfc32): the same seed, the same noise. */
export function gaussianNoise(seed: number, n: number, out: FloatArray = new Float32Array(n)): FloatArray {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`gaussianNoise: n must be an integer ≥ 0, got ${n}`);
  if (out.length < n) throw new RangeError(`gaussianNoise: out holds ${out.length} values, need ${n}`);
  const rng = createRng(seed);
  for (let i = 0; i < n; i += 2) {
    // 1 − next() is in (0, 1], so the log is finite.
    const r = Math.sqrt(-2 * Math.log(1 - rng.next()));
    const theta = 2 * Math.PI * rng.next();
    out[i] = r * Math.cos(theta);
    if (i + 1 < n) out[i + 1] = r * Math.sin(theta);
  }
  return out;
}

/** The schedule bound to one config: what a diffusion worker holds for its whole life. */
export interface DdimScheduler {
  readonly config: SchedulerConfig;
  readonly alphasCumprod: Float64Array;
  /** Timesteps of a run: all N for txt2img (strength 1), the img2img tail otherwise. */
  timesteps(numSteps: number, strength?: number): number[];
  step(modelOutput: ArrayLike<number>, t: number, sample: ArrayLike<number>, numSteps: number, out?: FloatArray): FloatArray;
  /** step() as two numbers: next = sample · x + output · modelOutput. */
  stepCoefficients(t: number, numSteps: number): { sample: number; output: number };
  addNoise(x0: ArrayLike<number>, noise: ArrayLike<number>, t: number, out?: FloatArray): FloatArray;
  predictOriginal(modelOutput: ArrayLike<number>, t: number, sample: ArrayLike<number>, out?: FloatArray): FloatArray;
}

export function createDdimScheduler(config: SchedulerConfig = DEFAULT_SCHEDULER_CONFIG): DdimScheduler {
  const cfg = { ...config };
  const ac = alphasCumprod(cfg);
  return {
    config: cfg,
    alphasCumprod: ac,
    timesteps: (numSteps, strength = 1) => img2imgTimesteps(cfg, numSteps, strength),
    step: (modelOutput, t, sample, numSteps, out) => ddimStep(modelOutput, t, sample, cfg, ac, numSteps, out),
    stepCoefficients: (t, numSteps) => ddimStepCoefficients(t, cfg, ac, numSteps),
    addNoise: (x0, noise, t, out) => addNoise(x0, noise, t, ac, out),
    predictOriginal: (modelOutput, t, sample, out) => predictOriginal(modelOutput, t, sample, cfg, ac, out),
  };
}
