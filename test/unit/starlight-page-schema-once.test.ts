/** The Vite transform that makes Starlight build its <StarlightPage> schema once (src/config/starlight-page-schema-once.mjs). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/lib/scratch.ts';
import { starlightPageSchemaOnce } from '../../src/config/starlight-page-schema-once.mjs';

const id = join(projectRoot, 'node_modules/@astrojs/starlight/dist/utils/starlight-page.js');
const installed = readFileSync(id, 'utf8');
const transform = (code: string, file = id) => {
  const hook = starlightPageSchemaOnce().transform;
  if (typeof hook !== 'function') throw new Error('the plugin has no transform function');
  return hook.call({} as never, code, file) as { code: string } | undefined;
};

describe('building the <StarlightPage> schema once', () => {
  it('keeps the schema after the first page, in the installed Starlight', () => {
    const out = transform(installed)?.code ?? '';
    expect(out).toContain('let starlightPageSchema;\nasync function getStarlightPageFrontmatter(');
    expect(out).toContain('const schema = starlightPageSchema ??= await StarlightPageFrontmatterSchema(');
    // Nothing else changes.
    expect(out.replace('starlightPageSchema ??= ', '').replace('let starlightPageSchema;\n', '')).toBe(installed);
  });

  it('stops the build, naming itself, when Starlight no longer has the code it changes', () => {
    expect(() => transform(installed.replace('const schema = await StarlightPageFrontmatterSchema(', 'const schema = await buildSchema('))).toThrow(
      /starlight-page-schema-once\.mjs/,
    );
  });

  it('leaves every other module alone', () => {
    expect(transform(installed, join(projectRoot, 'node_modules/@astrojs/starlight/dist/utils/head.js'))).toBeUndefined();
  });
});
