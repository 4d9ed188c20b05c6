/**
 * Validates a language-neutral data file from data/ with its Zod schema at build time.
 * A bad file fails the build with the file and the field named, like content entries do.
 */
import type { z } from 'astro/zod';

export function validateData<S extends z.ZodType>(file: string, schema: S, json: unknown): z.output<S> {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
  throw new Error(`${file} does not match its schema:\n${lines.join('\n')}`);
}
