import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NpyWriter, npyHeader } from '../../../tools/dataset/output/npy';

const dir = mkdtempSync(join(tmpdir(), 'npy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npy writer', () => {
  it('writes a v1.0 header padded to 64 bytes with the shape', () => {
    const header = npyHeader([3, 64, 64, 3]);
    expect(header.length % 64).toBe(0);
    expect([...header.subarray(0, 8)]).toEqual([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0]);
    expect(header.readUInt16LE(8)).toBe(header.length - 10);
    const text = header.subarray(10).toString('latin1');
    expect(text).toMatch(/^\{'descr': '\|u1', 'fortran_order': False, 'shape': \(3, 64, 64, 3\), \} *\n$/);
    expect(npyHeader([5]).toString('latin1')).toContain("'shape': (5,)");
  });

  it('streams rows after the header and checks the row count', () => {
    const path = join(dir, 'a.npy');
    const w = new NpyWriter(path, 2, [2, 2]);
    w.write(Uint8Array.from([1, 2, 3, 4]));
    w.write(Uint8Array.from([5, 6, 7, 8]));
    expect(() => w.write(Uint8Array.from([0, 0, 0, 0]))).toThrow(/more than/);
    w.close();
    const bytes = readFileSync(path);
    expect([...bytes.subarray(bytes.length - 8)]).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const short = new NpyWriter(join(dir, 'b.npy'), 2, [1]);
    expect(() => short.write(Uint8Array.from([1, 2]))).toThrow(/expected 1/);
    short.write(Uint8Array.from([1]));
    expect(() => short.close()).toThrow(/wrote 1 of 2/);
  });
});
