// Every word an element shows comes from the catalogue: a literal in a template would stay English in a Korean UI.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { literalWords, templateLiterals } from './template-text';

// Proper names, identical in both languages; the switch names each language in itself.
const ALLOWED = ['WebGPU', 'WASM', 'CLIP', 'DCGAN', 'OpenMoji', 'CC BY-SA 4.0', 'SIL Open Font License 1.1', 'PCA', 'PNG', '한국어', 'English', 'Toon', 'smith'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const root = process.cwd();
const withTemplates = sources(join(root, 'src')).filter((f) => /\b(?:html|svg)`/.test(readFileSync(f, 'utf8')));

describe('element templates', () => {
  it('finds the studio templates', () => {
    expect(withTemplates.length).toBeGreaterThan(10);
  });

  it.each(withTemplates.map((f) => [relative(root, f), f]))('%s has no literal user-facing words', (_, file) => {
    const words = templateLiterals(readFileSync(file, 'utf8')).flatMap((t) => literalWords(t, ALLOWED));
    expect(words).toEqual([]);
  });
});

describe('the scanner', () => {
  it('flags text nodes and label attributes in English or Korean, not expressions or markup', () => {
    const src = [
      'html`<p>Hello</p><button aria-label="닫기">${t("x")}</button>`;',
      'html`<span title=${t("y")} class="a b">${`nested ${"}"}`} · ★</span>`;',
      'svg`<text x="1">PC1</text><g aria-label="WebGPU"></g>`;',
      'html`<p>${x ? html`<b>Nested words</b>` : ""}</p>`;',
    ].join('\n');
    const words = templateLiterals(src).flatMap((t) => literalWords(t, ['WebGPU']));
    expect(words.sort()).toEqual(['Hello', 'Nested words', 'PC1', '닫기'].sort());
  });
});
