/**
 * What every rule of the content check reads and returns: a `CheckedEntry` (one bilingual entry
 * after its schema, as the loader in load.ts gives it) and a `Problem` (file, field, message).
 * A rule that needs less of an entry takes a `Pick` of this type, never a shape of its own, so that
 * the loader, the rules and the tests agree on one entry.
 */
import type { BilingualCollection, EntryData } from '../../../schemas';

/** One bilingual entry, validated: its data has the schema's types and defaults. */
export type CheckedEntry<C extends BilingualCollection = BilingualCollection> = {
  [K in C]: {
    collection: K;
    /** Path of the file, relative to the project root: `content/projects/ja/green-lp-gas.md`. */
    file: string;
    lang: 'ja' | 'en';
    /** Language-neutral id: the file name without extension (`green-lp-gas`). */
    id: string;
    data: EntryData<K>;
    /** The Markdown or MDX after the frontmatter, the frontmatter's lines kept blank (body line n is file line n). */
    body: string;
    /** The whole file as written (frontmatter included), for the prose check's line numbers. */
    text: string;
  };
}[C];

export interface Problem {
  /** Path of the file, relative to the project root. */
  file: string;
  /** The field (`partners[1]`, `points.3.x`) or a place in the file (`(body, line 12)`, `(file)`). */
  field: string;
  /** What is wrong, with the value found. */
  message: string;
}

/** One line per problem, as printed by the build. */
export function formatProblems(problems: Problem[]): string {
  return problems.map((p) => `${p.file}: field "${p.field}" ${p.message}`).join('\n');
}

/** What the build prints when the content check fails: the count, then one line per problem. */
export function checkFailedReport(problems: Problem[]): string {
  return `Content check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${formatProblems(problems)}`;
}

/**
 * The parts of an entry a rule reads, kept per collection (a plain `Pick` of the union would lose
 * which `data` goes with which `collection`).
 */
export type EntryParts<K extends keyof CheckedEntry> = CheckedEntry extends infer E ? (E extends CheckedEntry ? Pick<E, K> : never) : never;
