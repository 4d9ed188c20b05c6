/** The size of a built Pagefind index (dist/pagefind/), by part and language, for the benchmarks. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface IndexPart {
  part: string;
  files: number;
  bytes: number;
}

/** What a file of the index is: `index chunks (ja)`, `fragments (en)`, `WebAssembly (ja)` … */
function partOf(rel: string): string {
  const lang = rel.match(/(?:^|[/.])(ja|en|unknown)[_.]/)?.[1] ?? '';
  if (rel.startsWith('index/')) return `index chunks (${lang})`;
  if (rel.startsWith('fragment/')) return `fragments (${lang})`;
  if (rel.startsWith('filter/')) return `filter chunks (${lang})`;
  if (rel.endsWith('.pf_meta')) return `metadata (${lang})`;
  if (rel.startsWith('wasm.')) return `WebAssembly (${lang})`;
  return 'UI and loader (js, css, json)';
}

/** Every part with its file count and bytes, sorted by name, and the total last. */
export function indexParts(bundle: string): IndexPart[] {
  const parts = new Map<string, IndexPart>();
  for (const rel of readdirSync(bundle, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(join(bundle, rel));
    if (!stat.isFile()) continue;
    const part = partOf(rel.split('\\').join('/'));
    const entry = parts.get(part) ?? { part, files: 0, bytes: 0 };
    entry.files += 1;
    entry.bytes += stat.size;
    parts.set(part, entry);
  }
  const sorted = [...parts.values()].sort((a, b) => a.part.localeCompare(b.part));
  const total = sorted.reduce((a, b) => ({ part: 'total', files: a.files + b.files, bytes: a.bytes + b.bytes }), { part: 'total', files: 0, bytes: 0 });
  return [...sorted, total];
}
