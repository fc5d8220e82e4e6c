import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** file (repo-relative, '/'-separated) → the repo files it imports. */
export type ImportGraph = Map<string, string[]>;

const SOURCE = /\.(ts|mts)$/;

function listFiles(root: string, dir: string, out: string[]): void {
  const full = join(root, dir);
  if (!existsSync(full)) return;
  for (const name of readdirSync(full)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(full, name);
    if (statSync(path).isDirectory()) listFiles(root, join(dir, name), out);
    else if (SOURCE.test(name) && !name.endsWith('.d.ts')) out.push(relative(root, path).split('\\').join('/'));
  }
}

/** Every module specifier in a file: static and dynamic imports, re-exports, and `new URL('…', import.meta.url)` (worker entries). */
export function specifiersOf(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      found.push(node.arguments[0].text);
    } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'URL' && node.arguments?.length === 2) {
      const [first, second] = node.arguments;
      if (ts.isStringLiteral(first) && /\.ts$/.test(first.text) && second.getText(source) === 'import.meta.url') found.push(first.text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push(node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function resolveLocal(root: string, from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(root, dirname(from), specifier);
  const candidates = [base, base.replace(/\.js$/, '.ts'), `${base}.ts`, join(base, 'index.ts')];
  const hit = candidates.find((c) => SOURCE.test(c) && existsSync(c) && statSync(c).isFile());
  return hit ? relative(root, hit).split('\\').join('/') : undefined;
}

/** The import graph over the TypeScript files below `dirs` (only edges between repo files). */
export function buildImportGraph(root: string, dirs: string[]): ImportGraph {
  const files: string[] = [];
  for (const dir of dirs) listFiles(root, dir, files);
  const graph: ImportGraph = new Map();
  for (const file of files) {
    const targets = specifiersOf(file, readFileSync(join(root, file), 'utf8'))
      .map((s) => resolveLocal(root, file, s))
      .filter((t): t is string => t !== undefined && t !== file);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Import circles, one per strongly connected component of more than one file (Tarjan). */
export function findCircles(graph: ImportGraph): string[][] {
  let index = 0;
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  const connect = (node: string): void => {
    indexOf.set(node, index);
    low.set(node, index);
    index += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indexOf.has(next)) {
        connect(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, indexOf.get(next)!));
      }
    }
    if (low.get(node) === indexOf.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) circles.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!indexOf.has(node)) connect(node);
  return circles;
}
