// Options page entry: history and settings, both in storage.local, read and written through the
// pure modules lib/history.ts and lib/settings.ts.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { DigestHistory, type KeyValueStore } from '../../lib/history';
import { setMessageSource, t } from '../../lib/i18n';
import { OptionsPage } from './OptionsPage';
import '../popup/style.css';
import './style.css';

setMessageSource((name, subs) => browser.i18n.getMessage(name as never, subs));
document.documentElement.lang = browser.i18n.getUILanguage?.() ?? 'en';
document.title = t('optionsTitle');

const store = browser.storage.local as unknown as KeyValueStore;
render(<OptionsPage store={store} history={new DigestHistory(store)} />, document.getElementById('app')!);
