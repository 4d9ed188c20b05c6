import { scratchCopy } from './lib/scratch.ts';
import { multiplyContent } from './lib/synthetic.ts';
const dir = scratchCopy(`prof-x${process.argv[2]}-`);
multiplyContent(dir, Number(process.argv[2]));
console.log(dir);
