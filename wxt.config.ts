import { defineConfig } from 'wxt';

// Manifest as a function of the target browser: the side panel is Chrome's `side_panel`
// (with the `sidePanel` permission) and Firefox's `sidebar_action`, which WXT derives from
// the same `sidepanel` entrypoint.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports everywhere: lib/ must run unchanged in Node (tests, command-line tools).
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Deskpilot',
    description:
      'Grounded reply suggestions for e-commerce support, in a side panel next to your helpdesk.',
    permissions: ['storage', ...(browser === 'firefox' ? [] : ['sidePanel'])],
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
