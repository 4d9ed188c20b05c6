/** The system Chromium through playwright-core, headless, with no background traffic to Google's hosts. */
import { chromium, type Browser } from 'playwright-core';
import { existsSync } from 'node:fs';

/** Where Chromium is: CHROMIUM_PATH, or Debian's /usr/bin/chromium. */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => !!p && existsSync(p));
}

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
