/**
 * The doc comments of src/schemas/*.ts, by field: what the CMS shows editors as each field's hint
 * (src/lib/cms/fields.ts). Zod keeps `.describe()` texts at run time but not doc comments, and the
 * schemas are documented with doc comments (STYLE.md), so they are read from the source with the
 * TypeScript compiler's parser.
 * Every object literal of the schema files is recorded with its keys; a field's hint comes from the
 * literal that has that key and is most like the object being edited (shared keys over all keys) (so `title` of a
 * news item and `title` of a source get their own comments; spread fragments such as `provenance`
 * are literals of their own).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import type { Hints } from '../../src/lib/cms/fields.ts';

interface Literal {
  keys: Set<string>;
  docs: Map<string, string>;
}

function literals(file: string, text: string): Literal[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: Literal[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isObjectLiteralExpression(node)) {
      const keys = new Set<string>();
      const docs = new Map<string, string>();
      for (const p of node.properties) {
        if (!p.name || !(ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) continue;
        keys.add(p.name.text);
        const doc = ts
          .getJSDocCommentsAndTags(p)
          .filter(ts.isJSDoc)
          .map((d) => ts.getTextOfJSDocComment(d.comment) ?? '')
          .join(' ');
        if (doc) docs.set(p.name.text, doc.replace(/\s+/g, ' ').trim());
      }
      if (keys.size > 0) found.push({ keys, docs });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Hints for every field documented in `dir` (default src/schemas). */
export function schemaHints(dir = join(process.cwd(), 'src/schemas')): Hints {
  const all = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => literals(f, readFileSync(join(dir, f), 'utf8')));
  return (keys, key) => {
    let best: Literal | undefined;
    let bestScore = -1;
    for (const l of all) {
      if (!l.docs.has(key)) continue;
      // Jaccard similarity: a small fragment (provenance) that the object spreads beats a large
      // literal that happens to share a few of its keys (a dataset's title and sources).
      const shared = keys.filter((k) => l.keys.has(k)).length;
      const score = shared / (keys.length + l.keys.size - shared);
      if (score > bestScore) [best, bestScore] = [l, score];
    }
    return best?.docs.get(key);
  };
}
