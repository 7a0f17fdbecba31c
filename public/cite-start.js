// Starts the cite page's Wasm module (timeline-cite, a wasm-bindgen "no-modules" build that
// defines the global wasm_bindgen). A file, because the page's policy allows no inline script.
wasm_bindgen('./timeline-cite_bg.wasm').catch(() => {
  const status = document.querySelector('[role=status]');
  if (status) {
    status.setAttribute('role', 'alert');
    status.textContent = typeof WebAssembly === 'object'
      ? 'The citations could not be made: the page’s files did not load. Reload to try again.'
      : 'The citations need WebAssembly, which this browser does not run.';
  }
});
