import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The e2e build (wxt build --mode e2e) may reach the local fixture server only: automation cannot
// make the user gesture that grants activeTab. The production build asks for activeTab alone.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ mode }) => ({
    name: 'Standpoint',
    description: 'Key quotes, stakeholders and positions of the news article you are reading.',
    permissions: ['activeTab', 'scripting', 'storage'],
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    action: { default_title: 'Standpoint: digest this article' },
    browser_specific_settings: {
      gecko: { id: 'standpoint@standpoint.dev', data_collection_permissions: { required: ['none'] } },
    },
  }),
});
