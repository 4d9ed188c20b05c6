/**
 * Runs before every build (scripts/build.mjs): checks what Astro's per-file schemas cannot
 * (language twins, references between collections, identical facts in twins, key figures'
 * dataset points). Exits 1 with one line per problem, naming the file and the field.
 */
import { formatProblems } from '../src/lib/content/integrity.ts';
import { contentProblems, loadContent } from './load-content.ts';

const content = loadContent();
const { entries, organizations, problems } = content;
const found = formatProblems(contentProblems(content));
if (found) problems.push(found);

if (problems.length > 0) {
  console.error(`Content check failed:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`Content check passed: ${entries.length} entries, ${organizations.length} organizations.`);
