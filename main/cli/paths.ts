import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root, found from this file (main/cli/) when run from the sources. */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// Tests running side by side may each serve their own build of the screens.
export const RENDERER_DIR = process.env.HALL_RENDERER_DIR || path.join(PACKAGE_ROOT, 'out', 'renderer');

export const TEMPLATES_DIR = path.join(PACKAGE_ROOT, 'resources', 'templates');

export function packageVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}
