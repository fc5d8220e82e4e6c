// Reads a suite's app-defaults.json from disk for the Node CLIs, the clip report and the benches.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_DEFAULTS_FILE, parseAppDefaults, type AppDefaults } from '../../src/core/app-defaults';

/** The shipped suite's defaults unless `suiteDir` names another suite folder. */
export function readAppDefaults(suiteDir = 'public/models/toon-mini'): AppDefaults {
  const path = join(suiteDir, APP_DEFAULTS_FILE);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`Could not read ${path}: ${(err as Error).message}`);
  }
  return parseAppDefaults(json, path);
}
