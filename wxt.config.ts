import { defineConfig } from 'wxt';

// The extension's sources live in extension/ (DESIGN.md layout); shared/ is imported from there.
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  manifestVersion: 3,
});
