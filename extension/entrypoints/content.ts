import { defineContentScript } from 'wxt/utils/define-content-script';
import { startWatcher } from '../lib/content/start-watcher.ts';
import { builtInMatchPatterns } from '../lib/sites/site-hosts.ts';

// `matches` is computed when WXT builds the manifest, from the built-in site profiles; sites
// the user adds are registered at run time (lib/background/user-site-scripts.ts).
// document_start: the styles that would restyle a full page go in while it is empty, and the
// rules are fetched and compiled while it loads; marking waits for the DOM (start-watcher.ts).
export default defineContentScript({
  matches: builtInMatchPatterns(),
  runAt: 'document_start',
  main: (ctx) => startWatcher(ctx),
});
