// What a newcomer trips on before reading any code: `npm install` must leave package-lock.json as it is.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('the house', () => {
  it('keeps package-lock.json in step with package.json, so that `npm install` leaves it unchanged', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
    const root = lock.packages[''];
    expect(lock.name).toBe(pkg.name);
    expect(root.version).toBe(pkg.version);
    // npm rewrites the root entry whenever a range here differs from package.json's (wrangler "4.60.0" vs "^4.60.0").
    expect(root.dependencies ?? {}).toEqual(pkg.dependencies ?? {});
    expect(root.devDependencies ?? {}).toEqual(pkg.devDependencies ?? {});
    expect(root.engines ?? {}).toEqual(pkg.engines ?? {});
    for (const name of [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]) {
      expect(lock.packages[`node_modules/${name}`], `${name} is not in package-lock.json`).toBeDefined();
    }
  });
});
