// The Content-Security-Policy of the built app: its own origin only, WebAssembly compiled (no JS eval), no inline script.
import type { Plugin } from 'vite';

const directives: Record<string, string> = {
  'default-src': "'self'",
  // onnxruntime-web compiles its .wasm; 'wasm-unsafe-eval' allows that and nothing else eval-like.
  'script-src': "'self' 'wasm-unsafe-eval'",
  // Model workers and ORT's thread workers load from our origin; blob: for workers a library builds in memory.
  'worker-src': "'self' blob:",
  'connect-src': "'self' blob: data:",
  // Panels, references and exports are drawn to canvases and handed around as blob: URLs; the favicon is data:.
  'img-src': "'self' blob: data:",
  // Lit binds style="" attributes (swatches) and Vite may emit <style>; styles cannot run code.
  'style-src': "'self' 'unsafe-inline'",
  'font-src': "'self' data:",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'none'",
};

export const CONTENT_SECURITY_POLICY = Object.entries(directives).map(([k, v]) => `${k} ${v}`).join('; ');

/** Puts the policy in every built page as a <meta>, so any static host enforces it; the dev server (HMR) is left alone. */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'toonsmith-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}
