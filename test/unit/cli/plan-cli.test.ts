// npm run plan end to end on the shipped scene planner (onnxruntime-node): JSON Lines with exactly the contract's
// keys, a treatment read as one story (ids from 1, one cast id per character), queries each their own story, and
// clear messages for bad input. What the plans say is measured by npm run plan:eval, not asserted here.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PLAN_RECORD_KEYS } from '../../../src/features/plans/shared/plan-contract';
import { treatmentLines } from '../../../tools/cli/plan';

const dir = mkdtempSync(join(tmpdir(), 'toon-plan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const plan = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'tools/cli/plan.ts', ...args], { encoding: 'utf8' });
const records = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('npm run plan', () => {
  it('--treatment: one record per non-blank line, exactly the contract keys, ids from 1, one story', () => {
    const file = join(dir, 't.txt');
    writeFileSync(file, 'Mina walks her dog in the park at sunset.\n\n그녀는 벤치 옆에서 쉬었다.\r\nThen Mina ran home.\n');
    const r = plan(['--treatment', file]);
    expect(r.status, r.stderr).toBe(0);
    const out = records(r.stdout);
    expect(out.map((o) => o.id)).toEqual(['1', '2', '3']);
    for (const o of out) {
      expect(Object.keys(o)).toEqual([...PLAN_RECORD_KEYS]);
      expect(o.setting === null || typeof o.setting === 'string').toBe(true);
      expect([null, 'day', 'sunset', 'night']).toContain(o.time);
      for (const key of ['cast', 'objects', 'relations', 'unknown']) expect(Array.isArray(o[key])).toBe(true);
    }
    expect(out[1].text).toBe('그녀는 벤치 옆에서 쉬었다.');
    // every cast id of the treatment is of the form c<n>, and one id never changes kind within the story
    const kinds = new Map<string, string>();
    for (const o of out) {
      for (const c of o.cast as { id: string; kind: string }[]) {
        expect(c.id).toMatch(/^c\d+$/);
        if (kinds.has(c.id)) expect(kinds.get(c.id)).toBe(c.kind);
        kinds.set(c.id, c.kind);
      }
    }
  });

  it('--queries: each query its own one-line story, keyed by its id; --confidence yes adds the slot confidences', () => {
    const file = join(dir, 'q.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 'a', text: 'Two cats sleep on the sofa.' })}\n${JSON.stringify({ id: 7, text: '그는 해변에서 서핑을 한다.' })}\n`);
    const r = plan(['--queries', file, '--confidence', 'yes']);
    expect(r.status, r.stderr).toBe(0);
    const out = records(r.stdout);
    expect(out.map((o) => o.id)).toEqual(['a', '7']);
    expect(Object.keys(out[0])).toEqual([...PLAN_RECORD_KEYS, 'confidence']);
    // separate stories: each query's first character is c1
    for (const o of out) {
      const cast = o.cast as { id: string }[];
      if (cast.length) expect(cast[0].id).toBe('c1');
    }
  });

  it('refuses bad input with one clear line', () => {
    expect(plan([]).stderr).toMatch(/usage: npm run plan/);
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '\n  \n');
    expect(plan(['--treatment', empty]).stderr).toMatch(/no lines to plan/);
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"id": "x"}\n');
    expect(plan(['--queries', bad]).stderr).toMatch(/bad\.jsonl:1: needs a non-empty "text"/);
  });

  it('treatment lines: blank lines are not panels, ends are trimmed', () => {
    expect(treatmentLines(' a \r\n\n b\n')).toEqual(['a', 'b']);
  });
});
