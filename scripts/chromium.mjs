// Where Chromium is: CHROMIUM_PATH, or Debian's /usr/bin/chromium. Used by the tests and benchmarks.
import { existsSync } from 'node:fs';

export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p) => p && existsSync(p));
}
