// `npm run edit`: the editors' loop on one machine, no login. Starts the site's dev server, whose
// /admin/ is the CMS with its configuration generated from src/schemas/ (as in the build), and says
// how to open the working tree in it: Sveltia CMS's local workflow reads and writes the folder
// directly through the browser's File System Access API (Chrome or Edge), and the dev server shows
// each saved change at once. Nothing is committed: review with `git diff`, then `npm run build`.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn } from 'node:child_process';

const port = process.env.PORT ?? '4321';
const astroBin = join(dirname(fileURLToPath(import.meta.resolve('astro/package.json'))), 'bin/astro.mjs');
console.log(`
編集画面: http://localhost:${port}/admin/   （ChromeまたはEdgeで開く）
  「ローカルリポジトリで作業」を押し、このフォルダーを選びます: ${process.cwd()}
  保存するとファイルが直接書き換わり、http://localhost:${port}/ にすぐ反映されます。
編集デスク: http://localhost:${port}/admin/desk/
Editor: http://localhost:${port}/admin/ in Chrome or Edge → "Work with Local Repository" → choose this folder.
`);
const child = spawn(process.execPath, [astroBin, 'dev', '--port', port], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
