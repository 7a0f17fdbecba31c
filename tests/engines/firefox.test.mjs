// Firefox ESR over WebDriver BiDi, headed on Xvfb with xdotool keys (see drivers.mjs).
import { FirefoxEngine } from './drivers.mjs';
import { journeys } from './journeys.mjs';

journeys(new FirefoxEngine());
