/**
 * What the editors read in Japanese, checked over the generated fields (for the coverage test in
 * test/unit/cms-config-covers-every-schema-field.test.ts): every field an editor sees has a Japanese
 * hint, and every option of a select a Japanese label, so that no editor is left with a bare
 * stored value or a developer's English doc comment.
 */
import type { EditorField } from './fields';

/** Kana or kanji: text an editor reads in Japanese (a hint or label without any was left untranslated). */
const japanese = /[\u3040-\u30ff\u4e00-\u9faf]/;

/**
 * The paths of fields an editor sees (not hidden, not the item of a list, whose list carries the
 * hint) that have no Japanese hint: [] when every one has one.
 */
export function unhintedFields(fields: EditorField[], path = ''): string[] {
  return fields.flatMap((f) => {
    const p = path ? `${path}.${f.name}` : f.name;
    if (f.widget === 'hidden') return [];
    const own = f.hint && japanese.test(f.hint) ? [] : [p];
    return [...own, ...(f.fields ? unhintedFields(f.fields, p) : [])];
  });
}

/**
 * The options an editor would read as a bare stored value, as `path: value` (`points.bound: lower`):
 * those whose label has no Japanese. [] when every option has its Japanese word.
 */
export function unlabelledOptions(fields: EditorField[], path = ''): string[] {
  return fields.flatMap((f) => {
    const p = path ? `${path}.${f.name}` : f.name;
    const own = (f.options ?? []).filter((c) => !japanese.test(c.label)).map((c) => `${p}: ${c.value}`);
    return [...own, ...(f.fields ? unlabelledOptions(f.fields, p) : []), ...(f.field ? unlabelledOptions([f.field], path) : [])];
  });
}
