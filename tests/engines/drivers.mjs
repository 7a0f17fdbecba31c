// The two engines behind one small interface, so each journey is written once:
//   Firefox ESR over WebDriver BiDi (puppeteer-core), headed on an Xvfb display, with the
//     keyboard sent as real X key events by xdotool once a real click has given the page the
//     keyboard focus. Without that focus (always so headless) key presses reach the page as
//     keydown events but Enter does not press a focused button, which would make every
//     keyboard result meaningless.
//   WebKitGTK's MiniBrowser over classic WebDriver (selenium-webdriver and WebKitWebDriver),
//     whose key actions are the browser's own key events.
// Page state is always read with scripts in the page; nothing here sleeps to wait for state.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer-core';
import { Builder, By, Key } from 'selenium-webdriver';
import { waitFor } from './wait.mjs';

const run = promisify(execFile);

export const SCREENSHOTS = path.resolve(
  path.dirname(new URL(import.meta.url).pathname),
  '../../target/engine-screenshots',
);

const WIDTH = 1280;
const HEIGHT = 900;

/** Source of a function to run in the page: `fn` applied to JSON-able `args`. */
function callSource(fn, args) {
  return `(${fn.toString()}).apply(null, ${JSON.stringify(args)})`;
}

class Engine {
  constructor(name) {
    this.name = name;
    this.dialogs = [];
  }

  async screenshot(journey) {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const file = path.join(SCREENSHOTS, `${this.name}-${journey}.png`);
    writeFileSync(file, await this.screenshotPng());
    return file;
  }

  /** Resizes the window and waits until the page's viewport has followed. */
  async resize(width, height = HEIGHT) {
    const before = await this.evaluate(() => [innerWidth, innerHeight]);
    await this.setWindowSize(width, height);
    await waitFor(
      async () => {
        const now = await this.evaluate(() => [innerWidth, innerHeight]);
        return (now[0] !== before[0] || width === before[0]) && now;
      },
      5_000,
      `${this.name}: the viewport to follow a resize to ${width}×${height}`,
    );
  }
}

// xdotool's names for the keys the journeys press.
const X_KEYS = {
  Enter: 'Return',
  Tab: 'Tab',
  Escape: 'Escape',
  ArrowRight: 'Right',
  ArrowLeft: 'Left',
  ArrowDown: 'Down',
  ArrowUp: 'Up',
  Home: 'Home',
  End: 'End',
  Space: 'space',
};

export class FirefoxEngine extends Engine {
  constructor() {
    super('firefox');
  }

  async start() {
    const display = process.env.FIREFOX_DISPLAY;
    if (!display) throw new Error('FIREFOX_DISPLAY is not set: run the tests through tests/engines/run.sh');
    this.env = { ...process.env, DISPLAY: display };
    // Firefox's own window chrome keeps the window at least 500 px wide (the page stays 500 px
    // however narrow the X window is made); a profile stylesheet lifts that floor so the page
    // can be tested at a phone's width. The page's rendering is untouched.
    this.profile = mkdtempSync(path.join(tmpdir(), 'engines-firefox-'));
    mkdirSync(path.join(this.profile, 'chrome'));
    writeFileSync(path.join(this.profile, 'chrome/userChrome.css'), ':root { min-width: 0 !important; }\n');
    this.browser = await puppeteer.launch({
      userDataDir: this.profile,
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath: process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr',
      headless: false,
      // page.setViewport needs a BiDi command ESR 140 lacks: size the window instead.
      defaultViewport: null,
      args: [`--width=${WIDTH}`, `--height=${HEIGHT}`],
      env: this.env,
      extraPrefsFirefox: {
        // No "what's new" pages, no background traffic.
        'browser.startup.homepage_override.mstone': 'ignore',
        'app.update.disabledForTesting': true,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.legacyUserProfileCustomizations.stylesheets': true,
      },
    });
    this.page = (await this.browser.pages())[0] ?? (await this.browser.newPage());
    this.page.on('dialog', (d) => {
      this.dialogs.push(`${d.type()}: ${d.message()}`);
      d.dismiss().catch(() => {});
    });
    const { stdout } = await run('xdotool', ['search', '--sync', '--onlyvisible', '--class', 'firefox'], { env: this.env });
    this.window = stdout.trim().split('\n')[0];
  }

  async stop() {
    await this.browser?.close();
    if (this.profile) rmSync(this.profile, { recursive: true, force: true });
  }

  async goto(url) {
    await this.page.goto(url, { waitUntil: 'load' });
  }

  async evaluate(fn, ...args) {
    return this.page.evaluate(callSource(fn, args));
  }

  async click(selector) {
    await this.page.click(selector);
  }

  /** Picks `file` (a path) in the file input `selector`, as a person choosing it would. */
  async pickFile(selector, file) {
    const input = await this.page.waitForSelector(selector);
    await input.uploadFile(file);
  }

  /** The frame of the `index`th `iframe[data-essay-timeline]` (the only frames the host has). */
  async #frame(index) {
    return waitFor(() => this.page.mainFrame().childFrames()[index], 10_000, `firefox: frame ${index}`);
  }

  async frameEvaluate(index, fn, ...args) {
    return (await this.#frame(index)).evaluate(callSource(fn, args));
  }

  async frameClick(index, selector) {
    await (await this.#frame(index)).click(selector);
  }

  /**
   * Makes the page's content the X keyboard focus, as a person's click into the page would:
   * X focus on the window, then a real click on a spot of the page with nothing to activate.
   */
  async focusContent() {
    await run('xdotool', ['windowfocus', '--sync', this.window], { env: this.env });
    if (await this.evaluate(() => document.hasFocus())) return;
    const spot = await this.evaluate(() => {
      const active = 'a, button, input, select, textarea, summary, label, [tabindex], [role], iframe';
      for (let y = innerHeight - 4; y > 0; y -= 23) {
        for (const x of [4, innerWidth - 24, innerWidth / 2]) {
          const el = document.elementFromPoint(x, y);
          if (el && !el.closest(active)) {
            return { x: Math.round(mozInnerScreenX + x), y: Math.round(mozInnerScreenY + y) };
          }
        }
      }
      return null;
    });
    if (!spot) throw new Error('firefox: no inert spot to click to focus the page');
    await run('xdotool', ['mousemove', '--sync', String(spot.x), String(spot.y), 'click', '1'], { env: this.env });
    await waitFor(() => this.evaluate(() => document.hasFocus()), 5_000, 'firefox: the page to have the keyboard focus');
  }

  async press(key) {
    const name = X_KEYS[key];
    if (!name) throw new Error(`no xdotool name for ${key}`);
    await run('xdotool', ['key', '--clearmodifiers', name], { env: this.env });
  }

  async setWindowSize(width, height) {
    // Not --sync, which would wait for ever were Firefox to keep a wider window: `resize`
    // waits for the page's viewport instead.
    await run('xdotool', ['windowsize', this.window, String(width), String(height)], { env: this.env });
  }

  async screenshotPng() {
    return Buffer.from(await this.page.screenshot({ encoding: 'base64' }), 'base64');
  }

  /** Open alert/confirm/prompt dialogs the page raised since start. */
  async openDialogs() {
    return this.dialogs;
  }
}

const WEBDRIVER_KEYS = {
  Enter: Key.ENTER,
  Tab: Key.TAB,
  Escape: Key.ESCAPE,
  ArrowRight: Key.ARROW_RIGHT,
  ArrowLeft: Key.ARROW_LEFT,
  ArrowDown: Key.ARROW_DOWN,
  ArrowUp: Key.ARROW_UP,
  Home: Key.HOME,
  End: Key.END,
  Space: Key.SPACE,
};

export class WebKitEngine extends Engine {
  constructor() {
    super('webkit');
  }

  async start() {
    const server = process.env.WEBKIT_DRIVER_URL;
    if (!server) throw new Error('WEBKIT_DRIVER_URL is not set: run the tests through tests/engines/run.sh');
    this.driver = await new Builder()
      .usingServer(server)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': {
          binary: process.env.MINIBROWSER_BIN ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
      })
      .build();
    await this.driver.manage().window().setRect({ width: WIDTH, height: HEIGHT });
  }

  async stop() {
    await this.driver?.quit();
  }

  async goto(url) {
    await this.driver.get(url);
  }

  async evaluate(fn, ...args) {
    return this.driver.executeScript(`return ${callSource(fn, args)};`);
  }

  async click(selector) {
    await this.driver.findElement(By.css(selector)).click();
  }

  /** Picks `file` (a path) in the file input `selector`: WebDriver types the path into it. */
  async pickFile(selector, file) {
    await this.driver.findElement(By.css(selector)).sendKeys(file);
  }

  async #inFrame(index, action) {
    const frames = await this.driver.findElements(By.css('iframe[data-essay-timeline]'));
    await this.driver.switchTo().frame(frames[index]);
    try {
      return await action();
    } finally {
      await this.driver.switchTo().defaultContent();
    }
  }

  async frameEvaluate(index, fn, ...args) {
    return this.#inFrame(index, () => this.evaluate(fn, ...args));
  }

  async frameClick(index, selector) {
    return this.#inFrame(index, () => this.click(selector));
  }

  async focusContent() {
    // WebKitWebDriver delivers its key events to the page itself.
  }

  async press(key) {
    await this.driver.actions().sendKeys(WEBDRIVER_KEYS[key]).perform();
  }

  async setWindowSize(width, height) {
    await this.driver.manage().window().setRect({ width, height });
  }

  async screenshotPng() {
    return Buffer.from(await this.driver.takeScreenshot(), 'base64');
  }

  async openDialogs() {
    try {
      const alert = await this.driver.switchTo().alert();
      const text = await alert.getText();
      await alert.dismiss();
      return [text];
    } catch (e) {
      if (e.name === 'NoSuchAlertError') return [];
      throw e;
    }
  }
}
