import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { onlyWhatLoads, serviceWorker, tokenizerWithoutOrt } from './tools/build/offline-plugin.ts';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from './csp.config.ts';

const page = (file: string) => fileURLToPath(new URL(file, import.meta.url));

// Threaded WASM needs SharedArrayBuffer, which needs cross-origin isolation.
const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  server: { headers: isolationHeaders, port: 5173, strictPort: false },
  // Workers take their policy from their own response, so the preview sends it as a header too.
  preview: { headers: { ...isolationHeaders, 'Content-Security-Policy': CONTENT_SECURITY_POLICY }, port: 4173 },
  plugins: [serviceWorker(), onlyWhatLoads(), contentSecurityPolicy()],
  worker: { format: 'es', plugins: () => [tokenizerWithoutOrt()] },
  // A dependency discovered late (e.g. first imported by a worker) makes the dev server reload the page mid-use:
  // name them all up front. ORT stays unbundled so its .wasm/.mjs files keep their URLs.
  optimizeDeps: {
    include: ['lit', 'lit/decorators.js', 'lit/directives/repeat.js', 'comlink', 'idb', '@huggingface/transformers'],
    exclude: ['onnxruntime-web'],
  },
  build: {
    target: 'es2022',
    // The lettering faces' unicode-range chunks stay files: inlined, ~80 small ones would bloat their CSS by ~300 kB.
    assetsInlineLimit: (file: string) => (/\.woff2?$/.test(file) ? false : undefined),
    // The app only: the harness pages Playwright drives are built by test/e2e/vite.config.ts.
    rolldownOptions: { input: { main: page('./index.html') } },
  },
});
