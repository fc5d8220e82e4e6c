// JS (@huggingface/transformers v4) and Python (training/common/tokenizer.py) must give the same ids,
// or the text tower would see different tokens in the browser than in training.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AutoTokenizer, BertTokenizer, env } from '@huggingface/transformers';
import { describe, expect, it } from 'vitest';

const MODELS = 'public/models';
const TOKENIZER = join(MODELS, 'toon-mini/tokenizer');
const fixture = JSON.parse(readFileSync('test/fixtures/toon-mini/tokenizer-ids.json', 'utf8')) as {
  max_length: number;
  cases: { text: string; ids: number[] }[];
};
const readJson = (name: string) => JSON.parse(readFileSync(join(TOKENIZER, name), 'utf8'));

// The app constructs the tokenizer from JSON it fetched itself (through the model cache), the same
// call in Node and in a worker: no file-system or URL resolution inside transformers.js.
const tokenizer = new BertTokenizer(readJson('tokenizer.json'), readJson('tokenizer_config.json'));

describe('toon-mini tokenizer: JS ids equal Python ids', () => {
  it('has 1,000 fixture texts including ones with [UNK]', () => {
    expect(fixture.cases).toHaveLength(1000);
    expect(fixture.cases.some((c) => c.ids.includes(tokenizer.unk_token_id))).toBe(true);
  });

  it('encodes every fixture text to the Python ids (no truncation)', () => {
    const mismatches = fixture.cases
      .map((c) => ({ text: c.text, python: c.ids, js: tokenizer.encode(c.text) }))
      .filter((m) => m.js.join() !== m.python.join());
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  it('pads and truncates a batch to max_length like encode_padded', () => {
    const texts = fixture.cases.slice(0, 64).map((c) => c.text);
    const out = tokenizer(texts, { padding: 'max_length', truncation: true, max_length: fixture.max_length });
    const ids = out.input_ids.tolist() as bigint[][];
    const mask = out.attention_mask.tolist() as bigint[][];
    fixture.cases.slice(0, 64).forEach((c, i) => {
      const want = c.ids.slice(0, fixture.max_length);
      const pad = fixture.max_length - want.length;
      expect(ids[i].map(Number)).toEqual([...want, ...Array(pad).fill(0)]);
      expect(mask[i].map(Number)).toEqual([...Array(want.length).fill(1), ...Array(pad).fill(0)]);
    });
  });

  it('also loads through AutoTokenizer from a local folder with remote models off', async () => {
    env.allowRemoteModels = false;
    env.localModelPath = MODELS;
    const auto = await AutoTokenizer.from_pretrained('toon-mini/tokenizer');
    for (const c of fixture.cases.slice(0, 50)) expect(auto.encode(c.text)).toEqual(c.ids);
  });
});
