import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ZERO_SHOT_PROMPTS } from '../../../src/core/app-defaults';

describe('zero-shot prompts', () => {
  it('are the training eval\'s templates, so app, report and eval rank labels alike', () => {
    const py = readFileSync('training/toon/eval_clip.py', 'utf8');
    const line = py.split('\n').find((l) => l.startsWith('PROMPTS = '));
    expect(line).toBeDefined();
    const templates = JSON.parse(line!.slice('PROMPTS = '.length).replace(/'/g, '"')) as { en: string; ko: string };
    expect(ZERO_SHOT_PROMPTS.en('kitchen')).toBe(templates.en.replace('{}', 'kitchen'));
    expect(ZERO_SHOT_PROMPTS.ko('부엌')).toBe(templates.ko.replace('{}', '부엌'));
  });
});
