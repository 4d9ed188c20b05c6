/**
 * Rules of the source registry (data/sources.json) that its schema cannot state per entry:
 * - one entry per address: two ids for one `url` (or one copy read via the same `readVia`) would
 *   let a correction reach one of them only, which is how the suiso-ken digest stayed "primary"
 *   on six organizations after it was relabelled on the glossary page;
 * - one entry per id.
 * Citing an unknown id and writing a source out inline fail in the `source` schema fragment
 * (src/schemas/shared.ts), where the file and field are known.
 */
import type { Problem } from './entry';
import type { RegisteredSource } from '../../../schemas/sources';

export function checkSourceRegistry(entries: RegisteredSource[], file = 'data/sources.json'): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map<string, number>();
  const addresses = new Map<string, { index: number; id: string }>();
  entries.forEach((s, i) => {
    const firstId = ids.get(s.id);
    if (firstId !== undefined) problems.push({ file, field: `[${i}].id`, message: `"${s.id}" is also the id of entry [${firstId}]: one id per source` });
    else ids.set(s.id, i);
    for (const key of ['url', 'readVia'] as const) {
      const address = s[key];
      if (address === undefined) continue;
      const first = addresses.get(address);
      if (first) problems.push({ file, field: `[${i}].${key}`, message: `"${address}" is already the address of "${first.id}" (entry [${first.index}]): one entry per source, cite "${first.id}" instead` });
      else addresses.set(address, { index: i, id: s.id });
    }
  });
  return problems;
}
