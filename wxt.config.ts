import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The e2e build (wxt build --mode e2e) may reach the local fixture server only (over http, and over
// https where eval:browser serves a page that moves itself there): automation cannot
// make the user gesture that grants activeTab. The production build asks for no host at all.
//
// Why each permission (see the README): activeTab + scripting read the page the user asked about;
// storage keeps the per-tab cache, the history and the settings; contextMenus adds "Digest this
// page" and "Copy as quote with citation"; clipboardWrite lets that menu item copy, as the click
// on a menu is not a gesture the page's Clipboard API accepts. The side panel permission (Chrome)
// is added by WXT for entrypoints/sidepanel; Firefox declares a sidebar instead.
const PERMISSIONS = ['activeTab', 'scripting', 'storage', 'contextMenus', 'clipboardWrite'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ mode, browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: PERMISSIONS,
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*', 'https://127.0.0.1/*'] } : {}),
    // Firefox's WebDriver BiDi will not open moz-extension:// pages itself: in the e2e build a
    // fixture page may navigate there (see tests/e2e/firefox.ts). Never in production.
    // The same build may read the clipboard, so the test can check what Copy put there.
    ...(mode === 'e2e' && browser === 'firefox'
      ? {
          web_accessible_resources: ['popup.html', 'options.html', 'sidepanel.html'],
          permissions: [...PERMISSIONS, 'clipboardRead'],
        }
      : {}),
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandOpen__',
      },
    },
    browser_specific_settings: {
      gecko: { id: 'standpoint@standpoint.dev', data_collection_permissions: { required: ['none'] } },
    },
  }),
});
