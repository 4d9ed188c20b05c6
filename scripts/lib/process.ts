/** Child processes for the scripts: one way to run Node programs and collect what they print. */
import { spawn } from 'node:child_process';

export interface Ran {
  code: number;
  /** stdout and stderr, interleaved as they came. */
  output: string;
  stdout: string;
  ms: number;
}

/**
 * Runs `node <args>` (the project's Node) in `cwd` and resolves when it ends. With `echo`, what it
 * prints is also passed through to this process's stdout and stderr as it comes.
 */
export function runNode(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; echo?: boolean } = {}): Promise<Ran> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['inherit', 'pipe', 'pipe'] });
    let output = '';
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk;
      stdout += chunk;
      if (options.echo) process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk;
      if (options.echo) process.stderr.write(chunk);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, output, stdout, ms: performance.now() - started }));
  });
}
