/**
 * Web addresses written in bodies obey the same strict rule as those in frontmatter and data
 * (src/schemas/web-address.ts): no spaces, no localhost (a link copied from the local preview),
 * no private or preview hosts. Site links and their targets are checked by checkBodies (bodies.ts).
 */
import type { EntryParts, Problem } from './entry';
import { linksIn } from './bodies';
import { addressProblem } from '../../../schemas/web-address';

export function checkBodyAddresses(entries: EntryParts<'file' | 'body'>[]): Problem[] {
  return entries.flatMap((e) =>
    linksIn(e.body).flatMap(({ url, line }) => {
      if (!/^https?:\/\//i.test(url)) return [];
      const problem = addressProblem(url);
      return problem ? [{ file: e.file, field: `(body, line ${line})`, message: `links to "${url}", which ${problem}` }] : [];
    }),
  );
}
