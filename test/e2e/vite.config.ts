// The app plus the test-only harness pages, for Playwright and the browser benches; `npm run build` ships the app alone.
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vite';
import app from '../../vite.config';

const page = (file: string) => fileURLToPath(new URL(file, import.meta.url));

export default mergeConfig(
  app,
  defineConfig({
    build: {
      rolldownOptions: {
        input: { runtimeHarness: page('./pages/runtime-harness.html'), pipelineHarness: page('./pages/pipeline-harness.html') },
      },
    },
  }),
);
