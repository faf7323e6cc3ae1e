import { defineConfig } from 'wxt';

// Manifest as a function of the target browser: the side panel is Chrome's `side_panel`
// (with the `sidePanel` permission) and Firefox's `sidebar_action`, which WXT derives from
// the same `sidepanel` entrypoint.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports everywhere: lib/ must run unchanged in Node (tests, command-line tools).
  imports: false,
  manifest: ({ browser, mode }) => ({
    name: 'Deskpilot',
    description:
      'Grounded reply suggestions for e-commerce support, in a side panel next to your helpdesk.',
    // activeTab + scripting: read a page no adapter knows when the agent clicks Deskpilot there.
    permissions: ['storage', 'activeTab', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // Asked for one site at a time, when the user assigns a reader to their own domain.
    optional_host_permissions: ['*://*/*'],
    // The end-to-end build (`wxt build --mode e2e`, .output/chrome-mv3-e2e) holds the test sites'
    // permissions up front: a browser's permission prompt cannot be answered from a test.
    ...(mode === 'e2e' ? { host_permissions: ['*://*/*'] } : {}),
    action: { default_title: 'Open Deskpilot' },
    commands:
      browser === 'firefox'
        ? {
            _execute_sidebar_action: {
              suggested_key: { default: 'Alt+Shift+D' },
              description: 'Open Deskpilot',
            },
          }
        : {
            _execute_action: {
              suggested_key: { default: 'Alt+Shift+D' },
              description: 'Open Deskpilot',
            },
          },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'deskpilot@deskpilot.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
