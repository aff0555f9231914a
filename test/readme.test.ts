// The README is the contract with a new user: its first two commands, and a row for every extractor.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractors } from '../extractors/index.js';

const readme = readFileSync('README.md', 'utf8');

describe('README', () => {
  it('opens with the install-and-start command, then the test command', () => {
    const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!.trim());
    expect(blocks[0]).toBe('npm install && npm start');
    expect(blocks[1]).toBe('npm test');
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(pkg.scripts.start).toBeTruthy();
    expect(pkg.scripts.test).toBeTruthy();
  });

  it.each(extractors.map((e) => [e.name, e.creates] as const))('has a row for the %s extractor naming what it creates', (name, creates) => {
    const row = readme.split('\n').find((l) => l.startsWith(`| \`${name}\` |`));
    expect(row, `README's extractors table lacks ${name}`).toBeDefined();
    for (const kind of creates) expect(row).toContain(kind);
  });

  it('names every configuration variable the Node entry reads', () => {
    const config = readFileSync('src/config.ts', 'utf8') + readFileSync('src/server.ts', 'utf8');
    for (const [, name] of config.matchAll(/env\.([A-Z_]+)/g)) expect(readme).toContain(`\`${name}\``);
  });
});
