// Starts the timeline editor: wasm-bindgen's no-modules build (timeline-author.js, built by
// Trunk as a "worker" asset so the reader's page never loads it) runs here on the page.
// Never a blank page: if it cannot start, or stops on an internal error (a Rust panic
// aborts the Wasm at once, with a RuntimeError), the page says so, and that the draft was
// saved in the browser up to the last change. Without the module the visitor's language is
// not known, so it says so in both of the editor's languages.
(() => {
  let started = false;
  let box = null;
  const report = ([heading, text], [koreanHeading, koreanText]) => {
    if (box) return;
    box = document.createElement('section');
    box.className = 'load-error app-failure';
    box.setAttribute('role', 'alert');
    const part = (tag, words, lang) => {
      const el = document.createElement(tag);
      el.textContent = words;
      el.lang = lang;
      return el;
    };
    box.append(part('h2', heading, 'en'), part('p', text, 'en'), part('h2', koreanHeading, 'ko'), part('p', koreanText, 'ko'));
    document.body.prepend(box);
  };
  const notLoaded = (why) => [
    ['The editor could not start', `Its files did not load completely. Reload the page to try again. (${why})`],
    ['편집기를 시작할 수 없습니다', `편집기 파일을 모두 불러오지 못했습니다. 페이지를 새로 고쳐 다시 시도하세요. (${why})`],
  ];
  addEventListener('error', (e) => {
    const RuntimeError = globalThis.WebAssembly?.RuntimeError;
    if (started && !(RuntimeError && e.error instanceof RuntimeError)) return;
    if (!started) {
      report(...notLoaded(e.error?.message ?? e.message));
      return;
    }
    report(
      ['The editor stopped', 'Something went wrong inside the editor and it stopped. Your draft was saved in this browser up to the last change: reload the page to go on.'],
      ['편집기가 멈췄습니다', '편집기 안에서 문제가 생겨 멈췄습니다. 초안은 마지막으로 바꾼 데까지 이 브라우저에 저장되어 있습니다. 페이지를 새로 고쳐 이어서 작업하세요.'],
    );
  });
  if (typeof WebAssembly !== 'object' || typeof wasm_bindgen !== 'function') {
    report(
      ['The editor cannot run here', 'It needs WebAssembly, which this browser does not run or has switched off, and all of its files.'],
      ['이 브라우저에서는 편집기를 쓸 수 없습니다', '편집기에는 WebAssembly와 편집기 파일 전부가 필요한데, 이 브라우저는 WebAssembly를 실행하지 않거나 꺼 두었습니다.'],
    );
    return;
  }
  wasm_bindgen({ module_or_path: './timeline-author_bg.wasm' }).then(
    () => { started = true; },
    (error) => report(...notLoaded(error?.message ?? error)),
  );
})();
