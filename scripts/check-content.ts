/**
 * Runs before every build (scripts/build.mjs): checks what Astro's per-file schemas cannot
 * (language twins, references between collections, identical facts in twins).
 * Exits 1 with one line per problem, naming the file and the field.
 */
import { checkIntegrity, checkUniqueIds, formatProblems } from '../src/lib/content/integrity.ts';
import { readdirSync } from 'node:fs';
import { loadContent } from './load-content.ts';

const { entries, organizations, problems } = loadContent();
const ids = new Set(organizations.map((o) => o.id));
const subsidyRules = new Set(readdirSync('data/subsidies').filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')));
const found = formatProblems([
  ...checkUniqueIds(organizations, 'content/organizations/organizations.json'),
  ...checkIntegrity(entries, { organizations: ids, 'subsidy-rules': subsidyRules }),
]);
if (found) problems.push(found);

if (problems.length > 0) {
  console.error(`Content check failed:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`Content check passed: ${entries.length} entries, ${ids.size} organizations.`);
