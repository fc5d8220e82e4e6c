// Finds user-facing words written straight into Lit templates (text nodes and label-like attributes),
// i.e. words that bypass the message catalogue. A plain scanner: good enough for the studio's own templates.

/** The literal parts of every html`…` / svg`…` template in a source file, each `${…}` replaced by \u0000. */
export function templateLiterals(source: string): string[] {
  const out: string[] = [];
  const tag = /\b(?:html|svg)`/g;
  for (let m = tag.exec(source); m; m = tag.exec(source)) out.push(readTemplate(source, m.index + m[0].length).text);
  return out;
}

/** Reads a template body from just after its backtick; returns the literal text and the index after the closing one. */
function readTemplate(src: string, start: number): { text: string; end: number } {
  let text = '';
  let i = start;
  while (i < src.length) {
    const c = src[i];
    if (c === '\\') {
      text += src.slice(i, i + 2);
      i += 2;
    } else if (c === '`') {
      return { text, end: i + 1 };
    } else if (c === '$' && src[i + 1] === '{') {
      i = skipExpression(src, i + 2);
      text += '\u0000';
    } else {
      text += c;
      i++;
    }
  }
  return { text, end: i };
}

/** Skips a `${…}` expression (strings and nested templates included); returns the index after its `}`. */
function skipExpression(src: string, start: number): number {
  let depth = 1;
  let i = start;
  while (i < src.length) {
    const c = src[i];
    if (c === '`') i = readTemplate(src, i + 1).end;
    else if (c === "'" || c === '"') {
      i++;
      while (i < src.length && src[i] !== c) i += src[i] === '\\' ? 2 : 1;
      i++;
    } else {
      if (c === '{') depth++;
      else if (c === '}' && --depth === 0) return i + 1;
      i++;
    }
  }
  return i;
}

const WORDS = /[A-Za-z\u3131-\u318e\uac00-\ud7a3]/;
const LABEL_ATTRIBUTES = /\s(aria-label|title|placeholder|alt|label|aria-description|aria-valuetext)=(["'])([^"']*)\2/g;

/** Words a template shows the reader without going through t(): text nodes and label attributes. */
export function literalWords(template: string, allowed: readonly string[]): string[] {
  const found: string[] = [];
  const keep = (raw: string) => {
    let words = raw.replace(/\u0000/g, ' ').replace(/&[a-z]+;|&#\d+;/g, ' ');
    for (const name of allowed) words = words.split(name).join(' ');
    if (WORDS.test(words)) found.push(raw.trim().replace(/\s+/g, ' '));
  };
  const noComments = template.replace(/<!--[\s\S]*?-->/g, '');
  // Tags first: their label attributes, then everything between tags is text.
  const tags = /<[^>]*>/g;
  for (const tagText of noComments.match(tags) ?? []) {
    for (const m of tagText.matchAll(LABEL_ATTRIBUTES)) keep(m[3]);
  }
  for (const text of noComments.split(tags)) keep(text);
  return found;
}
