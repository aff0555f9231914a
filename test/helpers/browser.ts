// Debian's chromium driven by playwright-core, on a new temporary profile that close() removes.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export interface Browser { context: BrowserContext; page: Page; close(): Promise<void> }

/** A browser with one page; every dialog (alert, confirm) is recorded in `dialogs` and dismissed. */
export async function launchChromium(dialogs: string[]): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install it with \`apt-get install -y chromium\` (as root), then run the tests again.`);
  const profile = mkdtempSync(join(tmpdir(), 'kommunarkiv-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, viewport: { width: 1280, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--headless'],
  });
  const page = await context.newPage();
  page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  return { context, page, close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); } };
}
