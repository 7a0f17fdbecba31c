// Starts the timeline editor: wasm-bindgen's no-modules build (timeline-author.js, built by
// Trunk as a "worker" asset so the reader's page never loads it) runs here on the page.
// Never a blank page: if it cannot start, or stops on an internal error (a Rust panic
// aborts the Wasm at once, with a RuntimeError), the page says so, and that the draft was
// saved in the browser up to the last change.
(() => {
  let started = false;
  let box = null;
  const report = (heading, text) => {
    if (box) return;
    box = document.createElement('section');
    box.className = 'load-error app-failure';
    box.setAttribute('role', 'alert');
    const h = document.createElement('h2');
    h.textContent = heading;
    const p = document.createElement('p');
    p.textContent = text;
    box.append(h, p);
    document.body.prepend(box);
  };
  addEventListener('error', (e) => {
    const RuntimeError = globalThis.WebAssembly?.RuntimeError;
    if (started && !(RuntimeError && e.error instanceof RuntimeError)) return;
    report(
      started ? 'The editor stopped' : 'The editor could not start',
      started
        ? 'Something went wrong inside the editor and it stopped. Your draft was saved in this browser up to the last change: reload the page to go on.'
        : `Its files did not load completely. Reload the page to try again. (${e.error?.message ?? e.message})`,
    );
  });
  if (typeof WebAssembly !== 'object' || typeof wasm_bindgen !== 'function') {
    report('The editor cannot run here', 'It needs WebAssembly, which this browser does not run or has switched off, and all of its files.');
    return;
  }
  wasm_bindgen({ module_or_path: './timeline-author_bg.wasm' }).then(
    () => { started = true; },
    (error) => report('The editor could not start', `Its files did not load completely. Reload the page to try again. (${error?.message ?? error})`),
  );
})();
