// The app plus the test-only harness pages, for Playwright and the browser benches; `npm run build` ships the app alone.
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig, type UserConfig, type UserConfigExport } from 'vite';
import app from '../../vite.config.ts';

const page = (file: string) => fileURLToPath(new URL(file, import.meta.url));

const harness: UserConfig = {
  build: {
    rolldownOptions: {
      input: {
        runtimeHarness: page('./pages/runtime-harness.html'),
        pipelineHarness: page('./pages/pipeline-harness.html'),
        planChipsHarness: page('./pages/plan-chips-harness.html'),
        composerHarness: page('./pages/composer-harness.html'),
      },
    },
  },
};

// The app's config may be an object or a function of the command and mode.
const appConfig = app as UserConfigExport;
export default defineConfig(async (env) => mergeConfig(typeof appConfig === 'function' ? await appConfig(env) : await appConfig, harness));
