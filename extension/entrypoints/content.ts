import { defineContentScript } from 'wxt/utils/define-content-script';
import { startWatcher } from '../lib/content/start-watcher.ts';
import { builtInMatchPatterns } from '../lib/sites/site-hosts.ts';

// `matches` is computed when WXT builds the manifest, from the built-in site profiles; sites
// the user adds are registered at run time (lib/background/user-site-scripts.ts).
export default defineContentScript({
  matches: builtInMatchPatterns(),
  runAt: 'document_idle',
  main: (ctx) => startWatcher(ctx),
});
