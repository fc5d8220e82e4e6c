// Build-only Vite plugins: the service worker at /sw.js, and nothing in dist/ the app does not load.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

const SW_SOURCE = new URL('../../src/runtime/service-worker/sw.js', import.meta.url);
const BUILD_MARK = /\/\*__BUILD__\*\/ \{[^}]*\}/;

/** Files of public/ that belong to the shell (installable app); the gallery and models are cached as used. */
export const PUBLIC_SHELL = ['manifest.webmanifest', 'icons/icon.svg', 'icons/icon-192.png', 'icons/icon-512.png', 'icons/icon-maskable-512.png'];

/** Files under `root/sub`, as paths relative to `root` with forward slashes. */
function listFiles(root: string, sub: string): string[] {
  if (!existsSync(join(root, sub))) return [];
  return readdirSync(join(root, sub), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(root.length + 1).split('\\').join('/'))
    .sort();
}

/**
 * Emits sw.js at the root of dist/ (a fixed name: the registered URL must not change between builds)
 * with the list of files to precache: index.html's address and every emitted asset, except other pages.
 */
export function serviceWorker(opts: { publicShell?: string[] } = {}): Plugin {
  let publicDir = '';
  return {
    name: 'toonsmith:service-worker',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle(_options, bundle) {
      // Font chunks (hundreds of unicode-range woff2/woff files) are cached as used, not all at install.
      const files = Object.keys(bundle)
        .filter((f) => !f.endsWith('.html') && !f.endsWith('.map') && f !== 'sw.js' && !/\.woff2?$/.test(f))
        .sort();
      // A missing file would fail the worker's whole install, so only those public/ has.
      const shell = (opts.publicShell ?? PUBLIC_SHELL).filter((f) => publicDir && existsSync(join(publicDir, f)));
      const precache = ['./', ...files, ...shell];
      const gallery = publicDir ? listFiles(publicDir, 'gallery').filter((f) => !/README\.md$/.test(f)) : [];
      const version = createHash('sha256').update(JSON.stringify(precache)).digest('hex').slice(0, 12);
      const source = readFileSync(SW_SOURCE, 'utf8');
      if (!BUILD_MARK.test(source)) throw new Error('src/runtime/service-worker/sw.js lost its /*__BUILD__*/ marker');
      const build = JSON.stringify({ version, precache, gallery });
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: source.replace(BUILD_MARK, build) });
    },
  };
}

/**
 * @huggingface/transformers imports a whole second onnxruntime-web (its own version, with a 27 MB wasm)
 * that the app never runs: it uses only the tokenizer. Its `import * as ONNX_WEB` gets an empty stand-in,
 * which transformers reads as "no ONNX runtime" (it checks `ONNX?.env`).
 */
export function tokenizerWithoutOrt(): Plugin {
  const stub = '\0toonsmith:no-ort-for-transformers';
  return {
    name: 'toonsmith:tokenizer-without-ort',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source.startsWith('onnxruntime-web') && importer && /[\\/]@huggingface[\\/]transformers[\\/]/.test(importer)) return stub;
      return null;
    },
    load(id) {
      // Tensor stays a class: transformers' own Tensor asks `x instanceof ONNX.Tensor` of every argument.
      return id === stub ? 'export const env = undefined;\nexport const InferenceSession = undefined;\nexport class Tensor {}\n' : null;
    },
  };
}

/** What public/ holds for people and for the build, not for the app: the model cards' reports and samples, READMEs, suite sources. */
const NOT_LOADED = [/^models\/[^/]+\/(report|samples|suite\.parts)$/, /^models\/[^/]+\/suite\.json$/, /(^|\/)README\.md$/];

/** Leaves out of dist/ the public/ files the app never requests. */
export function onlyWhatLoads(): Plugin {
  let outDir = '';
  return {
    name: 'toonsmith:only-what-loads',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const walk = (rel: string): void => {
        for (const entry of readdirSync(join(outDir, rel), { withFileTypes: true })) {
          const path = rel ? `${rel}/${entry.name}` : entry.name;
          if (NOT_LOADED.some((re) => re.test(path))) rmSync(join(outDir, path), { recursive: true, force: true });
          else if (entry.isDirectory()) walk(path);
        }
      };
      for (const top of ['models', 'gallery']) if (existsSync(join(outDir, top))) walk(top);
    },
  };
}
