import { describe, expect, it } from 'vitest';
import { adapterName, decideBackend, isSoftwareAdapter } from '../../../src/core/backend-rule';

const swiftshader = { info: { vendor: 'google', architecture: 'swiftshader', description: '', isFallbackAdapter: false } };
const hardware = { info: { vendor: 'nvidia', architecture: 'ampere', description: 'NVIDIA GeForce RTX 3070' } };

describe('software adapter rule', () => {
  it('counts the fallback flag, on adapter.info or on the adapter itself', () => {
    expect(isSoftwareAdapter({ info: { vendor: 'intel', isFallbackAdapter: true } })).toBe(true);
    expect(isSoftwareAdapter({ info: { vendor: 'intel' }, isFallbackAdapter: true })).toBe(true);
  });

  it('knows software renderers by name even without the flag', () => {
    expect(isSoftwareAdapter(swiftshader)).toBe(true);
    expect(isSoftwareAdapter({ info: { description: 'Google SwiftShader' } })).toBe(true);
    expect(isSoftwareAdapter({ info: { vendor: 'mesa', description: 'llvmpipe (LLVM 15.0.6, 256 bits)' } })).toBe(true);
    expect(isSoftwareAdapter({ info: { device: 'lavapipe' } })).toBe(true);
    expect(isSoftwareAdapter({ info: { description: 'Microsoft Basic Render Driver' } })).toBe(true);
  });

  it('leaves hardware adapters alone, named or not', () => {
    expect(isSoftwareAdapter(hardware)).toBe(false);
    expect(isSoftwareAdapter({ info: { vendor: 'apple', architecture: 'common-3' } })).toBe(false);
    expect(isSoftwareAdapter({})).toBe(false);
  });

  it('names the adapter from its info', () => {
    expect(adapterName(swiftshader)).toBe('google swiftshader');
    expect(adapterName({ info: { vendor: 'amd', device: 'gfx1030' } })).toBe('amd gfx1030');
    expect(adapterName({})).toBe('');
  });
});

describe('backend decision', () => {
  it('auto: WebGPU only on a hardware adapter, else WASM saying why', () => {
    expect(decideBackend('auto', hardware)).toEqual({ kind: 'webgpu', software: false });
    expect(decideBackend('auto', swiftshader)).toEqual({ kind: 'wasm', reason: 'software-adapter' });
    expect(decideBackend('auto', null)).toEqual({ kind: 'wasm', reason: 'no-webgpu' });
  });

  it('webgpu forces any adapter, software included; wasm forces WASM', () => {
    expect(decideBackend('webgpu', swiftshader)).toEqual({ kind: 'webgpu', software: true });
    expect(decideBackend('webgpu', null)).toEqual({ kind: 'wasm', reason: 'no-webgpu' });
    expect(decideBackend('wasm', hardware)).toEqual({ kind: 'wasm', reason: 'chosen' });
  });
});
