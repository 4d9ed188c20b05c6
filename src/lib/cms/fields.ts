/**
 * Editor fields from Zod schemas: what the CMS at /admin/ (Sveltia CMS) shows for each field of a
 * schema in src/schemas/, so that the editing form is generated from the one schema map and cannot
 * drift from what the content check accepts.
 *
 * A schema is walked once, top to bottom:
 * - `optional` / `default` make a field not required (a default is also the form's default);
 * - strings become text inputs; a regex becomes the form's `pattern` with the schema's own message,
 *   an http(s)-only URL a pattern with its message; `text` (not blank) stays required;
 * - numbers keep `int`, `min` and `max`; booleans become switches; enums become selects whose
 *   options are `{ label, value }`: the value as stored, the label the editors' word for it;
 * - arrays become lists (of objects, of texts, or a multiple select for enums), `min` kept;
 * - objects become nested groups; a union of objects becomes one group holding every option's
 *   fields, none required (the content check decides which set is complete);
 * - records (free keys, such as a dataset's category labels) have no form widget: they become
 *   hidden fields that keep their value, listed in `developerOnly` and left to developers.
 * A field's hint is in Japanese, the editors' language: the text src/lib/cms/config.ts finds for
 * its path in src/i18n/ja.json (`cms.hint.*`), which says what the field's doc comment in
 * src/schemas/ says (en.json gives it in English under the same key).
 * An option's label is the editors' word for the value (`cms.option.*`); its value is the schema's.
 * Written here rather than taken from a library because the CMS's own format is small and the
 * Zod-to-JSON-Schema converters lose the messages that the form should show.
 */
import type { z } from 'astro/zod';
import { defined } from '../defined';
import { text as textSchema } from '../../schemas/shared';


/** A field of the CMS configuration (Sveltia CMS / Decap CMS format). */
export interface EditorField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  default?: unknown;
  hint?: string;
  pattern?: [string, string];
  options?: Option[];
  multiple?: boolean;
  value_type?: 'int' | 'float';
  min?: number;
  max?: number;
  fields?: EditorField[];
  field?: EditorField;
  i18n?: boolean | 'duplicate';
  collection?: string;
  file?: string;
  value_field?: string;
  display_fields?: string[];
  search_fields?: string[];
  root?: boolean;
  [option: string]: unknown;
}

/** A select's option: `value` is what the file stores, `label` what the editor reads. */
export interface Option {
  label: string;
  value: string;
}

/** Where a field's value must be an id of another collection: `collection` (and `file` for a single-file list). */
export interface RelationTarget {
  collection: string;
  file?: string;
  /** Path of the id in the target, Sveltia's `value_field`. */
  valueField: string;
  displayFields: string[];
}

export interface WalkOptions {
  /** The Japanese hint for the field at `path` (`sources.url`), from src/i18n/ja.json `cms.hint.*`. */
  hint: (path: string) => string | undefined;
  /** Labels shown to editors, by field name (src/i18n/ja.json `cms.field.<name>`); the name when missing. */
  label: (name: string) => string;
  /** The label of a select's option, by field name and stored value (src/i18n/ja.json `cms.option.<name>.<value>`); the value when missing. */
  option: (name: string, value: string) => string;
  /** The relation a field refers to, by its path from the top (`partners`, `operator`), or by its schema (a cited source). */
  relation: (path: string, schema?: z.ZodType) => RelationTarget | undefined;
  /** Filled with the paths of fields left to developers (hidden in the form, value kept). */
  developerOnly: string[];
}

/**
 * The part of Zod 4's internal definition (`schema._zod.def`) this walk reads, typed once here so
 * that the walk below needs no casts. Zod exports no public type for it across all schema kinds.
 */
interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string>;
  values?: unknown[];
  checks?: Array<{ _zod: { def: Def } }>;
  [k: string]: unknown;
}
// The one cast of the walk: a Zod schema's internals as the interface above.
const def = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const checks = (schema: z.ZodType): Def[] => (def(schema).checks ?? []).map((c) => c._zod.def);
/** The message a check gives, as the content check would print it. */
const message = (check: Def): string | undefined => {
  const error = check.error;
  if (typeof error === 'function') {
    const m: unknown = error({});
    return typeof m === 'string' ? m : undefined;
  }
  return typeof error === 'string' ? error : undefined;
};

/**
 * The form's pattern for `text` (shared.ts): at least one character that is not a space. Its rule is
 * a refinement, which a form cannot read, so the one schema is recognised by identity and given the
 * same rule with the schema's own message; a blank title is then refused in the form as the check
 * refuses it.
 */
export const notBlank: [string, string] = ['\\S', checks(textSchema).map(message).find(Boolean) ?? 'must not be blank'];

interface Unwrapped {
  schema: z.ZodType;
  required: boolean;
  default?: unknown;
}

/** Strips optional, default, nullable and preprocess wrappers. */
export function unwrap(schema: z.ZodType): Unwrapped {
  let required = true;
  let fallback: unknown;
  for (;;) {
    const d = def(schema);
    if (d.type === 'optional' || d.type === 'nullable') {
      required = false;
      schema = defined(d.innerType, 'innerType');
    } else if (d.type === 'default' || d.type === 'prefault') {
      required = false;
      fallback = typeof d.defaultValue === 'function' ? d.defaultValue() : d.defaultValue;
      schema = defined(d.innerType, 'innerType');
    } else if (d.type === 'pipe') {
      // z.preprocess(fn, schema) is a pipe from a transform into the schema that validates.
      const out = defined(d.out, 'out');
      schema = def(out).type === 'transform' ? defined(d.in, 'in') : out;
    } else break;
  }
  return { schema, required, default: fallback };
}

/** The object shape of an object schema, or undefined. */
export function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const d = def(unwrap(schema).schema);
  return d.type === 'object' ? d.shape : undefined;
}

/** One editor field for `schema` under `name`; `path` is its place from the top (`sources.url`). */
export function editorField(name: string, schema: z.ZodType, hint: string | undefined, path: string, o: WalkOptions): EditorField {
  const u = unwrap(schema);
  const d = def(u.schema);
  const base: EditorField = { name, label: o.label(name), widget: 'string', required: u.required };
  if (hint) base.hint = hint;
  // No form default: the schema applies it when the field is left out, as a developer leaves it out.
  // (With one, the CMS writes every defaulted field into the file, e.g. "pointsAre": "results".)

  const element = d.type === 'array' ? d.element : undefined;
  const relation = o.relation(path, element ?? schema) ?? o.relation(path, unwrap(element ?? schema).schema);
  const ids = (s: z.ZodType) => ['string', 'union'].includes(def(unwrap(s).schema).type);
  if (relation && (d.type === 'string' || d.type === 'union' || (element && ids(element)))) {
    return {
      ...base,
      widget: 'relation',
      collection: relation.collection,
      ...(relation.file ? { file: relation.file } : {}),
      value_field: relation.valueField,
      display_fields: relation.displayFields,
      search_fields: relation.displayFields,
      ...(d.type === 'array' ? { multiple: true, ...minOf(u.schema) } : {}),
    };
  }

  switch (d.type) {
    case 'string':
      if (u.schema === textSchema) return { ...base, widget: 'string', pattern: notBlank };
      return { ...base, widget: 'string', ...stringRules(u.schema) };
    case 'number': {
      const field: EditorField = { ...base, widget: 'number', value_type: 'float' };
      for (const c of checks(u.schema)) {
        if (c.check === 'number_format' && String(c.format).includes('int')) field.value_type = 'int';
        if (c.check === 'greater_than') field.min = Number(c.value);
        if (c.check === 'less_than') field.max = Number(c.value);
      }
      return field;
    }
    case 'boolean':
      return { ...base, widget: 'boolean' };
    case 'enum':
    case 'literal':
      return { ...base, widget: 'select', options: choices(name, u.schema, o) };
    case 'object':
      return { ...base, widget: 'object', fields: objectFields(u.schema, path, o) };
    case 'union': {
      const options = (d.options ?? []).map((s) => unwrap(s).schema);
      if (options.every((s) => def(s).type === 'object')) {
        const merged = new Map<string, EditorField>();
        for (const option of options) {
          for (const f of objectFields(option, path, o)) if (!merged.has(f.name)) merged.set(f.name, { ...f, required: false });
        }
        return { ...base, widget: 'object', fields: [...merged.values()] };
      }
      return editorField(name, defined(options[0], `the first option of ${path}`), hint, path, o);
    }
    case 'array': {
      const element = unwrap(defined(d.element, 'element')).schema;
      const ed = def(element);
      if (ed.type === 'enum') {
        return { ...base, widget: 'select', multiple: true, options: choices(name, element, o), ...minOf(u.schema) };
      }
      if (ed.type === 'object' || ed.type === 'union') {
        const inner = editorField(name, element, undefined, path, o);
        return { ...base, widget: 'list', fields: inner.fields, ...minOf(u.schema) };
      }
      return { ...base, widget: 'list', field: editorField(name, element, undefined, path, o), ...minOf(u.schema) };
    }
    default:
      // Records and anything else without a form widget: kept as written, edited by developers.
      o.developerOnly.push(path);
      return { name, label: base.label, widget: 'hidden' };
  }
}

/** The editor fields of an object schema, one per key, in the schema's order. */
export function objectFields(schema: z.ZodType, path: string, o: WalkOptions): EditorField[] {
  const shape = shapeOf(schema) ?? {};
  const keys = Object.keys(shape);
  return keys.map((key) => {
    const p = path ? `${path}.${key}` : key;
    return editorField(key, defined(shape[key], `field ${key} of ${path}`), o.hint(p), p, o);
  });
}

/** The stored values an enum or literal schema accepts, in the schema's order (for the options test). */
export function enumValues(schema: z.ZodType): string[] {
  const d = def(schema);
  return d.type === 'enum' ? Object.values(d.entries ?? {}) : (d.values ?? []).map(String);
}
const choices = (name: string, schema: z.ZodType, o: WalkOptions): Option[] => enumValues(schema).map((value) => ({ label: o.option(name, value), value }));

function minOf(schema: z.ZodType): { min?: number } {
  const min = checks(schema).find((c) => c.check === 'min_length');
  return min ? { min: Number(min.minimum) } : {};
}

/** A string's pattern, with the schema's own message; a URL's protocol rule as a pattern. */
function stringRules(schema: z.ZodType): Partial<EditorField> {
  for (const c of checks(schema)) {
    if (c.check === 'string_format' && c.format === 'regex' && c.pattern instanceof RegExp) {
      return { pattern: [c.pattern.source, message(c) ?? `must match ${c.pattern.source}`] };
    }
  }
  const d = def(schema);
  if (d.format === 'url') {
    return { pattern: ['^https?://\\S+$', message(d) ?? 'must be a web address starting with http:// or https://'] };
  }
  return {};
}

/** Every field path of an object schema, as `a`, `a.b` (lists and objects walked), for the coverage test. */
export function schemaPaths(schema: z.ZodType, path = ''): string[] {
  const u = unwrap(schema).schema;
  const d = def(u);
  if (d.type === 'array') return schemaPaths(defined(d.element, 'element'), path);
  if (d.type === 'union') {
    const all = (d.options ?? []).flatMap((s) => schemaPaths(s, path));
    return [...new Set(all)];
  }
  const shape = d.type === 'object' ? d.shape : undefined;
  if (!shape) return path ? [path] : [];
  return Object.entries(shape).flatMap(([k, s]) => {
    const p = path ? `${path}.${k}` : k;
    return [p, ...schemaPaths(s, p).filter((q) => q !== p)];
  });
}

/** Every field path a list of editor fields covers, in the same notation as `schemaPaths`. */
export function editorPaths(fields: EditorField[], path = ''): string[] {
  return fields.flatMap((f) => {
    const p = path ? `${path}.${f.name}` : f.name;
    const inner = f.fields ? editorPaths(f.fields, p) : f.field?.fields ? editorPaths(f.field.fields, p) : [];
    return [p, ...inner];
  });
}

/** The schema's field paths that the editor fields do not cover ([] when the form has them all). */
export function missingFields(schema: z.ZodType, fields: EditorField[]): string[] {
  const covered = new Set(editorPaths(fields));
  return schemaPaths(schema).filter((p) => !covered.has(p));
}
