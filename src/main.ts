/** Boot only: load the built-in scenarios and settings into the store, then mount the app. */
import { setCatalogue, updateSettings } from './store/index.ts';
import { mountApp } from './ui/app.ts';
import { builtInScenarios } from './ui/catalogue.ts';
import { loadSettings, rememberSettings } from './ui/settings.ts';
import './ui/styles.css';

setCatalogue(builtInScenarios());
updateSettings(loadSettings());
rememberSettings();
const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element');
mountApp(root);
