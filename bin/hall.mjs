#!/usr/bin/env node
// The `hall` command runs the TypeScript sources directly through tsx: no build step stands
// between a fresh clone and a working host (the renderer is built by `npm run build`).
import { tsImport } from 'tsx/esm/api';

const cli = await tsImport('../main/cli/index.ts', import.meta.url);
process.exitCode = await cli.main(process.argv.slice(2));
