// WebKitGTK's MiniBrowser over classic WebDriver (WebKitWebDriver, see drivers.mjs).
import { WebKitEngine } from './drivers.mjs';
import { journeys } from './journeys.mjs';

journeys(new WebKitEngine());
