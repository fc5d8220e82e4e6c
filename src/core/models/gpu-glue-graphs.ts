// The small ONNX graphs the GPU denoise loop runs between UNet calls, so latents never leave the device:
// built in memory (opset 17) for one batch shape and created as sessions on the UNet's backend.
import { encodeModel, type Graph } from '../onnx-writer/onnx-model';

export interface LatentShape {
  /** Variants in the batch (the UNet sees 2n: both CFG halves). */
  n: number;
  height: number;
  width: number;
}

export const LATENT_CHANNELS = 4;
const OPSET = { opset: 17, irVersion: 8, producer: 'toonsmith src/core/models/gpu-glue-graphs' };

/** latents [n,4,h,w] + depth [1,1,h,w] → sample [2n,5,h,w]: the depth channel appended, [uncond | cond] halves. */
export function unetFeedGraph({ n, height: h, width: w }: LatentShape): Graph {
  return {
    name: 'unet_feed',
    nodes: [
      { opType: 'Expand', inputs: ['depth', 'depth_shape'], outputs: ['depth_n'], name: 'depth_per_variant' },
      { opType: 'Concat', inputs: ['latents', 'depth_n'], outputs: ['half'], name: 'append_depth', attributes: [{ name: 'axis', int: 1 }] },
      { opType: 'Concat', inputs: ['half', 'half'], outputs: ['sample'], name: 'both_cfg_halves', attributes: [{ name: 'axis', int: 0 }] },
    ],
    initializers: [{ name: 'depth_shape', dims: [4], values: BigInt64Array.from([n, 1, h, w].map(BigInt)) }],
    inputs: [{ name: 'latents', shape: [n, LATENT_CHANNELS, h, w] }, { name: 'depth', shape: [1, 1, h, w] }],
    outputs: [{ name: 'sample', shape: [2 * n, LATENT_CHANNELS + 1, h, w] }],
  };
}

/**
 * Classifier-free guidance + one DDIM η=0 step: next = c1·x + c2·(u + g·(c − u)), with
 * coefficients = (g, c1, c2) from ddimStepCoefficients (c1, c2 pre-divided by the VAE scale on the last step).
 */
export function cfgDdimStepGraph({ n, height: h, width: w }: LatentShape): Graph {
  const node = (opType: string, inputs: string[], output: string) => ({ opType, inputs, outputs: [output], name: output });
  return {
    name: 'cfg_ddim_step',
    nodes: [
      // Opset 13–17 Split without a `split` input cuts into equal parts, one per output.
      { opType: 'Split', inputs: ['out_sample'], outputs: ['uncond', 'cond'], name: 'cfg_halves', attributes: [{ name: 'axis', int: 0 }] },
      { opType: 'Split', inputs: ['coefficients'], outputs: ['guidance', 'c_sample', 'c_output'], name: 'coefficients_split', attributes: [{ name: 'axis', int: 0 }] },
      node('Sub', ['cond', 'uncond'], 'cond_minus_uncond'),
      node('Mul', ['cond_minus_uncond', 'guidance'], 'guidance_delta'),
      node('Add', ['uncond', 'guidance_delta'], 'guided'),
      node('Mul', ['latents', 'c_sample'], 'sample_term'),
      node('Mul', ['guided', 'c_output'], 'output_term'),
      node('Add', ['sample_term', 'output_term'], 'next_latents'),
    ],
    initializers: [],
    inputs: [
      { name: 'latents', shape: [n, LATENT_CHANNELS, h, w] },
      { name: 'out_sample', shape: [2 * n, LATENT_CHANNELS, h, w] },
      { name: 'coefficients', shape: [3] },
    ],
    outputs: [{ name: 'next_latents', shape: [n, LATENT_CHANNELS, h, w] }],
  };
}

export const unetFeedBytes = (shape: LatentShape) => encodeModel(unetFeedGraph(shape), OPSET);
export const cfgDdimStepBytes = (shape: LatentShape) => encodeModel(cfgDdimStepGraph(shape), OPSET);
