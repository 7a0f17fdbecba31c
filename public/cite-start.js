// Starts the cite page's Wasm module (timeline-cite, a wasm-bindgen "no-modules" build that
// defines the global wasm_bindgen). A file, because the page's policy allows no inline script.
// Without the module the visitor's language is not known, so it says why in both.
wasm_bindgen('./timeline-cite_bg.wasm').catch(() => {
  const status = document.querySelector('[role=status]');
  if (status) {
    status.setAttribute('role', 'alert');
    const korean = document.createElement('span');
    korean.lang = 'ko';
    if (typeof WebAssembly === 'object') {
      status.textContent = 'The citations could not be made: the page’s files did not load. Reload to try again. ';
      korean.textContent = '인용을 만들 수 없습니다. 페이지 파일을 불러오지 못했습니다. 새로 고쳐 다시 시도하세요.';
    } else {
      status.textContent = 'The citations need WebAssembly, which this browser does not run. ';
      korean.textContent = '인용을 만들려면 WebAssembly가 필요한데, 이 브라우저에서는 실행되지 않습니다.';
    }
    status.append(korean);
  }
});
