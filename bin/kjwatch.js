#!/usr/bin/env node
// The CLI is TypeScript; tsx's loader runs it without a separate build step, so
// `npx kjwatch` always runs the sources in this checkout.
import { register } from 'tsx/esm/api';

register();
await import('../scraper/cli/main.ts');
