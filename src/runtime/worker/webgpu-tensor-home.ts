// The GPU loop's TensorHome on WebGPU: constants uploaded once into GPU buffers on ORT's own device,
// glue graphs as WebGPU sessions whose outputs stay on the GPU.
import * as ort from 'onnxruntime-web';
import type { TensorHome } from '../../core/models/gpu-denoise-loop';
import type { Session, Tensor } from '../../core/models/ort-like';

// The lib.webworker typings of TypeScript 5.9 lack WebGPU; only what we call is declared.
interface GpuBufferLike { mapAsync(mode: number): Promise<void>; getMappedRange(): ArrayBuffer; unmap(): void; destroy(): void }
interface GpuDeviceLike {
  createBuffer(desc: { size: number; usage: number }): GpuBufferLike;
  createCommandEncoder(): { copyBufferToBuffer(src: GpuBufferLike, srcOffset: number, dst: GpuBufferLike, dstOffset: number, size: number): void; finish(): unknown };
  queue: { writeBuffer(buffer: GpuBufferLike, offset: number, data: Float32Array): void; submit(commands: unknown[]): void };
}
// GPUBufferUsage / GPUMapMode flags (WebGPU spec), as ORT's own storage buffers use them.
const MAP_READ = 0x1, COPY_SRC = 0x4, COPY_DST = 0x8, STORAGE = 0x80;
const MAP_MODE_READ = 0x1;

/**
 * ORT's own GPUDevice, which its WebGPU backend stores as a plain value on env.webgpu once the first session exists
 * (and deletes when the device is lost): buffers made on it can feed ORT's sessions directly.
 */
function ortDevice(): GpuDeviceLike {
  const device = Object.getOwnPropertyDescriptor(ort.env.webgpu, 'device')?.value as GpuDeviceLike | undefined;
  if (!device || typeof device.createBuffer !== 'function') {
    throw new Error('The GPU denoise loop found no WebGPU device in onnxruntime-web (none created yet, or it was lost).');
  }
  return device;
}

export function webGpuTensorHome(createSession: (bytes: Uint8Array, name: string) => Promise<Session>): TensorHome {
  return {
    createSession,
    async upload(data, dims) {
      const gpu = ortDevice();
      const size = Math.ceil(data.byteLength / 16) * 16; // ORT pads its own buffers to 16 bytes
      const buffer = gpu.createBuffer({ size, usage: STORAGE | COPY_SRC | COPY_DST });
      gpu.queue.writeBuffer(buffer, 0, data);
      const download = async () => {
        const staging = gpu.createBuffer({ size, usage: MAP_READ | COPY_DST });
        try {
          const encoder = gpu.createCommandEncoder();
          encoder.copyBufferToBuffer(buffer, 0, staging, 0, size);
          gpu.queue.submit([encoder.finish()]);
          await staging.mapAsync(MAP_MODE_READ);
          return new Float32Array(staging.getMappedRange().slice(0, data.byteLength));
        } finally {
          staging.destroy();
        }
      };
      return ort.Tensor.fromGpuBuffer(buffer as unknown as ort.Tensor.GpuBufferType, {
        dataType: 'float32', dims, download, dispose: () => buffer.destroy(),
      }) as unknown as Tensor;
    },
  };
}
