#!/usr/bin/env node
// Runs before `npm test`: the browser tests drive Debian's chromium. Installs it when missing and we are
// root (as on CI and the dev machines); otherwise stops with the exact instruction.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  const root = process.getuid?.() === 0;
  if (!root) {
    console.error(`The browser tests need Debian's chromium at ${CHROMIUM}. Install it with:\n  sudo apt-get install -y chromium\n(or set CHROMIUM_PATH to a Chromium binary).`);
    process.exit(1);
  }
  console.error('Installing Debian chromium for the browser tests (apt-get install -y chromium)…');
  try {
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } catch {
    console.error('Could not install chromium. Install it with:\n  apt-get update && apt-get install -y chromium');
    process.exit(1);
  }
}

// The OCR tests (test/ocr*.test.ts) need Tesseract with Swedish and poppler's pdftoppm: installed the same way
// when missing and we are root; otherwise those tests are skipped, and this says what to install.
const has = (cmd, args, test = () => true) => {
  try {
    return test(execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
  } catch {
    return false;
  }
};
const ocr = [];
if (!has('tesseract', ['--version'])) ocr.push('tesseract-ocr');
if (!has('tesseract', ['--list-langs'], (out) => /^swe$/m.test(out))) ocr.push('tesseract-ocr-swe');
if (!has('pdftoppm', ['-v'])) ocr.push('poppler-utils');
if (ocr.length) {
  if (process.getuid?.() !== 0) {
    console.error(`The OCR tests are skipped: they need ${ocr.join(' ')} (sudo apt-get install -y ${ocr.join(' ')}).`);
  } else {
    console.error(`Installing ${ocr.join(' ')} for the OCR tests (apt-get install -y ${ocr.join(' ')})…`);
    try {
      execFileSync('apt-get', ['update'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...ocr], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    } catch {
      console.error(`Could not install ${ocr.join(' ')}; the OCR tests are skipped. Install them with:\n  apt-get update && apt-get install -y ${ocr.join(' ')}`);
    }
  }
}
