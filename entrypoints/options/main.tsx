// Options page entry: history and settings, both in storage.local, the history through the pure
// lib/history.ts, the settings through their typed storage item (platform/settings.ts).
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { DigestHistory, type KeyValueStore } from '../../lib/history';
import { browserSettings } from '../../platform/settings';
import { t } from '../../lib/i18n';
import { useBrowserLanguage } from '../popup/wiring';
import { OptionsPage } from './OptionsPage';
import '../popup/style.css';
import './style.css';

useBrowserLanguage();
document.title = t('optionsTitle');

const store: KeyValueStore = browser.storage.local;
render(<OptionsPage settings={browserSettings} history={new DigestHistory(store)} />, document.getElementById('app')!);
