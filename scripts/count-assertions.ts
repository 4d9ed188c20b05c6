/**
 * Counts type assertions (`x as T`, `<T>x`) and non-null assertions (`x!`) in src/, on the syntax
 * tree (TypeScript's parser), in .ts files and in the frontmatter and <script> blocks of .astro
 * files; `as const` is not counted (it narrows, it does not cast). Prints the totals and the files
 * that hold them, and exits 1 above the budget of issue 23 (at most 20 of each) or when a .ts or
 * .astro file in src/ has more than 300 lines. `npm run lint` runs it after ESLint.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const budget = { typeAssertions: 20, nonNullAssertions: 20, lines: 300 };

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (/\.(ts|astro)$/.test(entry.name)) yield path;
  }
}

/** The TypeScript inside an .astro file: its frontmatter and its <script> blocks. */
function scriptsOf(path: string, text: string): string[] {
  if (!path.endsWith('.astro')) return [text];
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
  return [frontmatter, ...scripts];
}

function count(code: string) {
  const source = ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found = { typeAssertions: 0, nonNullAssertions: 0 };
  const visit = (node: ts.Node) => {
    if (ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) {
      const isConst = ts.isTypeReferenceNode(node.type) && node.type.getText(source) === 'const';
      if (!isConst) found.typeAssertions++;
    }
    if (ts.isNonNullExpression(node)) found.nonNullAssertions++;
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const totals = { typeAssertions: 0, nonNullAssertions: 0 };
const rows: string[] = [];
const long: string[] = [];
for (const path of files('src')) {
  const text = readFileSync(path, 'utf8');
  const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  if (lines > budget.lines) long.push(`${path}: ${lines} lines`);
  const found = scriptsOf(path, text).map(count).reduce((a, b) => ({
    typeAssertions: a.typeAssertions + b.typeAssertions,
    nonNullAssertions: a.nonNullAssertions + b.nonNullAssertions,
  }));
  totals.typeAssertions += found.typeAssertions;
  totals.nonNullAssertions += found.nonNullAssertions;
  if (found.typeAssertions + found.nonNullAssertions > 0) rows.push(`  ${path}: ${found.typeAssertions} as, ${found.nonNullAssertions} !`);
}

console.log(
  `src/: ${totals.typeAssertions} type assertions (budget ${budget.typeAssertions}), ${totals.nonNullAssertions} non-null assertions (budget ${budget.nonNullAssertions})`,
);
console.log(rows.join('\n'));
for (const line of long) console.log(`over ${budget.lines} lines: ${line}`);
const over = totals.typeAssertions > budget.typeAssertions || totals.nonNullAssertions > budget.nonNullAssertions || long.length > 0;
process.exit(over ? 1 : 0);
