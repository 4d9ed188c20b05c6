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

/**
 * Every JSON file of a data/ folder (from `import.meta.glob(..., { eager: true, import: 'default' })`),
 * validated, with its `id` required to match its file name.
 */
export function validateDataDir<S extends z.ZodType<{ id: string }>>(dir: string, schema: S, files: Record<string, unknown>): z.output<S>[] {
  return Object.entries(files).map(([path, json]) => {
    const name = path.split('/').pop()!;
    const file = `${dir}/${name}`;
    const data = validateData(file, schema, json);
    if (`${data.id}.json` !== name) throw new Error(`${file}: field "id" must match the file name, found "${data.id}"`);
    return data;
  });
}
