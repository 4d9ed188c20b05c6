/** The system Chromium through playwright-core, headless, with no background traffic to Google's hosts. */
import { chromium, type Browser } from 'playwright-core';
import { existsSync } from 'node:fs';

const headlessShell = '/usr/bin/chromium-headless-shell';
const fullChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * Where Chromium is: CHROMIUM_PATH, else Debian's headless shell, else Debian's full Chromium.
 * The headless shell is the same Blink and V8 without the browser around it, which is what
 * Playwright itself runs headless: the browser checks take 372 s in it against 502–548 s in the
 * full Chromium (2 cores, December 2026). Lighthouse asks for the full browser (`full`), so its
 * figures stay comparable with earlier rounds.
 */
export function chromiumPath({ full = false } = {}): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, ...(full ? [] : [headlessShell]), ...fullChromium];
  return candidates.find((p): p is string => !!p && existsSync(p));
}

/** True when the headless shell is installed (`npm test` installs it when it can). */
export const hasHeadlessShell = () => existsSync(headlessShell);

/** Flags shared by every Chromium we start (tests, benchmarks, Lighthouse). */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Every other host fails to resolve: the site may load nothing from another host, and a test
  // sees the attempt (as a failed request) instead of the network answering it.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

export function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium not found: run npm test, which installs it, or set CHROMIUM_PATH');
  return chromium.launch({ executablePath, args: chromiumFlags });
}
