import { describe, expect, it } from 'vitest';
import { checkTreatment, charLength } from '../../../src/features/strip/shared/treatment-rules';
import { formatBytes } from '../../../src/features/models/shared/format-bytes';
import { badgeLabel, badgeTooltip } from '../../../src/ui/badge-text';
import { hasSmokeWeights, smokeMessage } from '../../../src/features/models/shared/smoke-note';

describe('checkTreatment', () => {
  it('accepts mixed Korean, English and emoji, ignoring blank lines', () => {
    const check = checkTreatment('철수가 문을 연다.\n\n  The rain stops. 🌧️  \r\n');
    expect(check.ok).toBe(true);
    expect(check.sentences).toEqual(['철수가 문을 연다.', 'The rain stops. 🌧️']);
    expect(check.lineCount).toBe(4);
  });

  it('asks for text when empty or whitespace', () => {
    for (const text of ['', '   \n\t\n']) {
      const check = checkTreatment(text);
      expect(check.ok).toBe(false);
      expect(check.problems.map((p) => p.kind)).toEqual(['empty']);
    }
  });

  it('reports too many sentences with the count and promises nothing was cut', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `Line ${i}`).join('\n');
    const check = checkTreatment(text);
    expect(check.sentences).toHaveLength(10_000);
    expect(check.problems[0].kind).toBe('too-many-lines');
    expect(check.problems[0].message).toContain('10,000 sentences');
    expect(check.problems[0].message).toContain('at most 64');
    expect(check.problems[0].message).toMatch(/Nothing has been cut/);
  });

  it('names the first over-long lines and counts the rest', () => {
    const long = '가'.repeat(501);
    const text = ['ok', long, long, 'ok', long, long, long].join('\n');
    const check = checkTreatment(text);
    expect(check.problems).toHaveLength(1);
    expect(check.problems[0].message).toContain('line 2 (501), line 3 (501), line 5 (501) and 2 more');
  });

  it('counts code points, not UTF-16 units', () => {
    expect(charLength('😀한a')).toBe(3);
    expect(checkTreatment('😀'.repeat(500)).ok).toBe(true);
    expect(checkTreatment('😀'.repeat(501)).ok).toBe(false);
  });
});

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [999, '999 B'],
    [1_500, '1.5 kB'],
    [26_700_000, '27 MB'],
    [999_960, '1.0 MB'],
    [3_200_000_000, '3.2 GB'],
    [-1, 'size unknown'],
  ])('%d bytes → %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text));
});

describe('badge text', () => {
  it('names the WebGPU adapter and flags a software fallback', () => {
    const info = { kind: 'webgpu', adapter: 'SwiftShader', isFallbackAdapter: true } as const;
    expect(badgeLabel(info)).toBe('WebGPU · SwiftShader');
    expect(badgeTooltip(info)).toMatch(/Fallback adapter/);
  });

  it('counts WASM threads and explains isolation', () => {
    const info = { kind: 'wasm', threads: 1, simd: true, crossOriginIsolated: false } as const;
    expect(badgeLabel(info)).toBe('WASM · 1 thread');
    expect(badgeTooltip(info)).toMatch(/SIMD: yes; cross-origin isolated: no/);
    expect(badgeLabel({ ...info, threads: 4, crossOriginIsolated: true })).toBe('WASM · 4 threads');
  });

  it('says why WASM runs: a software adapter passed over, the author\'s setting, or no WebGPU', () => {
    const info = { kind: 'wasm', threads: 2, simd: true, crossOriginIsolated: true } as const;
    const software = { ...info, reason: 'software-adapter', softwareAdapter: 'google swiftshader' } as const;
    expect(badgeLabel(software)).toBe('WASM · 2 threads');
    expect(badgeTooltip(software)).toMatch(/^Only a software WebGPU adapter \(google swiftshader\) — WASM is faster here\./);
    expect(badgeTooltip({ ...info, reason: 'chosen' })).toMatch(/^Set to WASM in settings\./);
    expect(badgeTooltip({ ...info, reason: 'no-webgpu' })).toMatch(/^WebGPU is not available/);
    expect(badgeTooltip({ kind: 'webgpu', adapter: 'google swiftshader', isFallbackAdapter: true, chosen: true })).toMatch(/^Set to WebGPU in settings/);
    expect(badgeTooltip({ kind: 'webgpu', adapter: 'nvidia ampere', isFallbackAdapter: false })).toBe('Hardware WebGPU adapter.');
  });

  it('says the same in Korean', async () => {
    const { setLocale } = await import('../../../src/core/i18n');
    setLocale('ko');
    try {
      const info = { kind: 'wasm', threads: 2, simd: true, crossOriginIsolated: true, reason: 'software-adapter', softwareAdapter: 'google swiftshader' } as const;
      expect(badgeLabel(info)).toBe('WASM · 스레드 2개');
      expect(badgeTooltip(info)).toMatch(/^소프트웨어 WebGPU 어댑터\(google swiftshader\)뿐이라/);
      expect(badgeTooltip({ ...info, reason: 'chosen' })).toMatch(/^설정에서 WASM으로/);
    } finally {
      setLocale('en');
    }
  });
});

describe('smoke-weights note', () => {
  const row = (id: string, title: string, notes?: string) => ({ id, title, bytes: 1, notes, state: { state: 'not-loaded' as const } });
  it('names only the models still on smoke weights and mentions retrieval only when a CLIP tower is one', () => {
    const trainedClip = [row('text_encoder', 'Text tower', 'trained on a CPU'), row('unet', 'UNet', 'SMOKE WEIGHTS (CPU)')];
    expect(hasSmokeWeights(trainedClip)).toBe(true);
    expect(smokeMessage(trainedClip)).toBe('Smoke weights: UNet was trained for minutes on a CPU, so panels come out blurry until the full GPU training lands.');
    const all = [row('text_encoder', 'Text tower', 'smoke weights: x'), row('unet', 'UNet', 'SMOKE WEIGHTS')];
    expect(smokeMessage(all)).toMatch(/^Smoke weights: these models were .* and retrieval is close to chance/);
    expect(hasSmokeWeights([row('unet', 'UNet', 'trained')])).toBe(false);
  });
});
