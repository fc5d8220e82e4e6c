// npm run compose end to end (the shipped planner, the Node render kit): NN.png 800 px wide, NN-depth.png, NN.json
// with exactly the keys of the issue, a character's look equal in every panel, clear messages for bad input.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodePng } from '../../../src/core/png';

const dir = mkdtempSync(join(tmpdir(), 'toon-compose-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const compose = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'tools/composer/compose-cli.ts', ...args], { encoding: 'utf8' });

describe('npm run compose', () => {
  it('writes a drawing, a depth map and a layout per scene line; dialogue lines are not panels', () => {
    const file = join(dir, 't.txt');
    writeFileSync(file, 'Mina walks her dog in the park.\nMina: \"Come on!\"\n\nMina sits at a table in a restaurant with two pizzas.\n');
    const out = join(dir, 'out');
    const r = compose(['--treatment', file, '--out', out, '--shape', 'landscape', '--seed', '3']);
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(out, '03.json'))).toBe(false);
    const looks = new Map<string, string>();
    for (const nn of ['01', '02']) {
      const png = decodePng(readFileSync(join(out, `${nn}.png`)));
      expect([png.width, png.height]).toEqual([800, 600]);
      const depth = decodePng(readFileSync(join(out, `${nn}-depth.png`)));
      expect([depth.width, depth.height]).toEqual([800, 600]);
      const rec = JSON.parse(readFileSync(join(out, `${nn}.json`), 'utf8')) as Record<string, unknown>;
      expect(Object.keys(rec)).toEqual(['setting', 'time', 'width', 'height', 'items']);
      expect([rec.width, rec.height]).toEqual([800, 600]);
      for (const item of rec.items as { kind: string; castId: string | null; box: number[]; depth: number; look: unknown }[]) {
        expect(Object.keys(item)).toEqual(['kind', 'castId', 'box', 'depth', 'look']);
        expect(item.box).toHaveLength(4);
        if (item.castId) {
          expect(looks.get(item.castId) ?? JSON.stringify(item.look)).toBe(JSON.stringify(item.look));
          looks.set(item.castId, JSON.stringify(item.look));
        } else expect(item.look).toBeNull();
      }
    }
    expect(looks.size).toBeGreaterThan(0);
  }, 60_000);

  it('rejects a bad shape or style with a clear message', () => {
    const file = join(dir, 'b.txt');
    writeFileSync(file, 'A dog in the park.\n');
    const shape = compose(['--treatment', file, '--out', join(dir, 'x'), '--shape', 'round']);
    expect(shape.status).toBe(1);
    expect(shape.stderr).toContain('--shape must be one of wide, landscape, square, tall');
    const style = compose(['--treatment', file, '--out', join(dir, 'x'), '--style', 'oil']);
    expect(style.stderr).toContain('--style must be one of');
  });
});
