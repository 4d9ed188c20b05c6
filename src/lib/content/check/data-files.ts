/**
 * Reading and validating language-neutral data (data/*.json, organizations.json) for the loader
 * (load.ts): JSON with duplicate keys reported, and every schema issue as a problem naming the
 * file, the field and the value found.
 */
import type { z } from 'astro/zod';
import { parse as parseJsonc, printParseErrorCode, visit, type ParseError } from 'jsonc-parser';
import type { Problem } from './entry';

const describe = (value: unknown) => {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : JSON.stringify(value);
  return text === undefined ? 'nothing' : text.length > 80 ? `${text.slice(0, 77)}…` : text;
};

/**
 * A value that fits none of a union's shapes (a key figure is either `{ metric, x }` or written out)
 * is reported by Zod as "Invalid input". Report the issues of the shape it came closest to instead
 * (the fewest issues), so that "cites an unknown source" reaches the editor, with its full path.
 */
function closestBranch(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
  const best = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? []; // not empty (above)
  return best.flatMap((i) => closestBranch({ ...i, path: [...issue.path, ...i.path] }));
}

/** The data with the schema's types and defaults, or one problem per issue: field, message and the value found. */
export function checkData<S extends z.ZodType>(file: string, schema: S, input: unknown): { data?: z.output<S>; problems: Problem[] } {
  const result = schema.safeParse(input);
  if (result.success) return { data: result.data, problems: [] };
  const problems = result.error.issues.flatMap(closestBranch).map((issue) => {
    let value: unknown = input;
    for (const key of issue.path) value = value !== null && typeof value === 'object' ? Reflect.get(value, key) : undefined;
    return { file, field: issue.path.map(String).join('.') || '(root)', message: `${issue.message} (found ${describe(value)})` };
  });
  return { problems };
}

/** A file of a data folder must carry its file name as `id`. */
export function idProblems(file: string, id: string): Problem[] {
  const name = file.split('/').pop();
  return `${id}.json` === name ? [] : [{ file, field: 'id', message: `must match the file name (found "${id}")` }];
}

/**
 * JSON with every duplicate key reported: `visit` walks the text once; each object keeps the keys
 * seen so far.
 */
/** The text without a byte-order mark, which is reported once as what it is. */
export function withoutBom(file: string, text: string, problems: Problem[]): string {
  if (!text.startsWith('\uFEFF')) return text;
  problems.push({ file, field: '(file)', message: 'starts with a byte-order mark (BOM): save it as UTF-8 without BOM' });
  return text.slice(1);
}

export function readJson(file: string, written: string): { value?: unknown; problems: Problem[] } {
  const problems: Problem[] = [];
  // A byte-order mark is invisible in most editors; the parser would call it "InvalidSymbol" at line 1.
  const text = withoutBom(file, written, problems);
  const errors: ParseError[] = [];
  const value = parseJsonc(text, errors, { allowTrailingComma: false, disallowComments: true });
  for (const e of errors) {
    const line = text.slice(0, e.offset).split('\n').length;
    problems.push({ file, field: '(file)', message: `is not valid JSON at line ${line}: ${printParseErrorCode(e.error)}` });
  }
  const stack: Array<{ keys: Set<string>; path: string }> = [];
  visit(text, {
    onObjectBegin: (_o, _l, _line, _col, pathSupplier) => {
      stack.push({ keys: new Set(), path: pathSupplier().join('.') });
    },
    onObjectEnd: () => void stack.pop(),
    onObjectProperty: (key, _offset, _length, line) => {
      const top = stack.at(-1);
      if (!top) return;
      if (top.keys.has(key)) {
        const field = top.path ? `${top.path}.${key}` : key;
        problems.push({ file, field, message: `is written twice in the same object (line ${line + 1}); JSON keeps only the last, so remove one` });
      }
      top.keys.add(key);
    },
  });
  return { value: errors.length ? undefined : value, problems };
}
