// The CLIP files the report ran on: path, manifest sha256 (checked against the bytes on disk) and whether
// the manifest calls them smoke weights, so a reader can tell which export a report belongs to.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest } from '../../src/core/manifest';

export const CLIP_MODELS = ['tokenizer', 'text_encoder', 'vision_encoder'] as const;

export interface ModelFile {
  model: string;
  path: string;
  sha256: string;
  bytes: number;
  /** The bytes on disk hash to the manifest's sha256. */
  verified: boolean;
  notes: string;
}

export interface ModelFilesInfo {
  suite: string;
  files: ModelFile[];
  smoke: boolean;
}

/** `modelsDir` holds manifest.json and the suite folders (public/models). */
export function clipModelFiles(modelsDir: string, suite: string): ModelFilesInfo {
  const manifestPath = join(modelsDir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} missing (run \`npm run manifest\`)`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const entry = manifest.suites.find((s) => s.id === suite);
  if (!entry) throw new Error(`${manifestPath} has no suite "${suite}"`);
  const files: ModelFile[] = [];
  for (const id of CLIP_MODELS) {
    const model = entry.models.find((m) => m.id === id);
    if (!model) throw new Error(`${manifestPath}: suite ${suite} has no model "${id}"`);
    for (const f of model.files) {
      const onDisk = join(modelsDir, f.path);
      const bytes = existsSync(onDisk) ? readFileSync(onDisk) : undefined;
      const verified = !!bytes && createHash('sha256').update(bytes).digest('hex') === f.sha256;
      files.push({ model: id, path: f.path, sha256: f.sha256, bytes: f.bytes, verified, notes: model.notes ?? '' });
    }
  }
  return { suite, files, smoke: files.some((f) => f.model !== 'tokenizer' && /smoke/i.test(f.notes)) };
}
