import { defineConfig } from 'wxt';

// The extension's sources live in extension/ (DESIGN.md layout); shared/ is imported from there.
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'kjwatch',
    action: { default_title: 'kjwatch' },
    // Sites the user adds in the options get their content script registered at run time,
    // after the user grants that host (optional permissions: nothing is granted up front).
    permissions: ['scripting', 'contextMenus'],
    // The clipping shortcut (users can rebind it); its handler asks the tab's content script to
    // open the form (extension/lib/background/clip-entry-points.ts).
    commands: {
      'save-clipping': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '保存摘录 / Save clipping',
      },
    },
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'kjwatch@kjwatch.invalid',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
