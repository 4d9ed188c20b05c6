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
 * prints is also passed through to this process's stdout and stderr as it comes; `onChunk` sees
 * each piece instead, and `signal` stops the program.
 */
export function runNode(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; echo?: boolean; onChunk?: (chunk: Buffer, stream: 'stdout' | 'stderr') => void; signal?: AbortSignal } = {},
): Promise<Ran> {
  const started = performance.now();
  const pass = options.onChunk ?? (options.echo ? (chunk: Buffer, stream: 'stdout' | 'stderr') => process[stream].write(chunk) : undefined);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['inherit', 'pipe', 'pipe'], signal: options.signal });
    let output = '';
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk;
      stdout += chunk;
      pass?.(chunk, 'stdout');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk;
      pass?.(chunk, 'stderr');
    });
    // A stopped program reports an AbortError here, then closes.
    child.on('error', (error) => {
      if (error.name !== 'AbortError') output += String(error);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, output, stdout, ms: performance.now() - started }));
  });
}
