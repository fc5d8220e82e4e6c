// npm run manifest          → rewrite public/models/manifest.json from the suite.json files
// npm run manifest -- --check → fail if manifest.json is stale
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildManifest, formatManifest, MODELS_DIR } from './build';

const target = join(MODELS_DIR, 'manifest.json');

async function main(check: boolean): Promise<void> {
  const text = formatManifest(await buildManifest());
  if (check) {
    const current = await readFile(target, 'utf8').catch(() => '');
    if (current !== text) throw new Error(`${target} is stale: run npm run manifest`);
    console.log(`ok: ${target} is up to date`);
    return;
  }
  await writeFile(target, text);
  console.log(`wrote ${target}`);
}

main(process.argv.includes('--check')).catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
