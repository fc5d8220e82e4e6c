// Merges public/models/<suite>/suite.json into manifest.json, adding each file's bytes and sha256.
import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import type { Manifest, ModelFile, ModelSuite } from '../../src/core/manifest';
import { checkManifest, checkSuiteDeclaration } from '../../src/core/manifest-schema';

export const MODELS_DIR = 'public/models';

export async function buildManifest(modelsDir = MODELS_DIR): Promise<Manifest> {
  const config = JSON.parse(await readFile(join(modelsDir, 'manifest.config.json'), 'utf8')) as { defaultSuite?: unknown };
  const suites: ModelSuite[] = [];
  const folders = (await readdir(modelsDir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  for (const folder of folders) {
    const suitePath = join(modelsDir, folder, 'suite.json');
    if (!(await exists(suitePath))) continue;
    suites.push(await buildSuite(modelsDir, folder, suitePath));
  }
  return checkManifest({ version: 1, defaultSuite: config.defaultSuite, suites });
}

async function buildSuite(modelsDir: string, folder: string, suitePath: string): Promise<ModelSuite> {
  let declared: unknown;
  try {
    declared = JSON.parse(await readFile(suitePath, 'utf8'));
  } catch (err) {
    throw new Error(`${suitePath}: not valid JSON (${(err as Error).message})`);
  }
  checkSuiteDeclaration(declared, suitePath);
  const suite = declared as ModelSuite;
  if (suite.id !== folder) throw new Error(`${suitePath}: id ${JSON.stringify(suite.id)} must equal its folder name ${JSON.stringify(folder)}`);
  const models = [];
  for (const model of suite.models) {
    const files: ModelFile[] = [];
    for (const file of model.files) {
      const onDisk = join(modelsDir, folder, file.path);
      if (!(await exists(onDisk))) throw new Error(`${suitePath}: models "${model.id}" file ${file.path} does not exist (${onDisk})`);
      const bytes = await readFile(onDisk);
      if (file.inputs || file.outputs) await checkGraphNames(onDisk, bytes, file);
      const { path, dtype, inputs, outputs } = file;
      files.push({ path: `${folder}/${path}`, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), dtype, inputs, outputs });
    }
    models.push({ id: model.id, title: model.title, task: model.task, notes: model.notes, files });
  }
  return { id: suite.id, title: suite.title, licence: suite.licence, models };
}

/** Declared input/output names must be the graph's, or the worker would feed tensors the session rejects. */
async function checkGraphNames(where: string, bytes: Uint8Array, file: ModelFile): Promise<void> {
  const session = await ort.InferenceSession.create(bytes);
  try {
    for (const [kind, declared, actual] of [
      ['inputs', file.inputs, session.inputNames],
      ['outputs', file.outputs, session.outputNames],
    ] as const) {
      const names = (declared ?? []).map((t) => t.name);
      if (declared && names.join() !== actual.join()) {
        throw new Error(`${where}: suite.json declares ${kind} [${names.join(', ')}] but the graph has [${actual.join(', ')}]`);
      }
    }
  } finally {
    await session.release();
  }
}

export function formatManifest(manifest: Manifest): string {
  return JSON.stringify(manifest, null, 2) + '\n';
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}
