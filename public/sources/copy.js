// Copy buttons of the sources page: each copies the plain text of the box it names and says
// so in words. Without the clipboard API (or when it is refused) the text is selected instead,
// for the reader to copy. Loaded as a file because the page's policy allows no inline script.
// The words are in the page's language (its <html lang>, which the Rust words set).
(() => {
  const korean = () => document.documentElement.lang === 'ko';
  const select = (box) => {
    const range = document.createRange();
    range.selectNodeContents(box);
    const selection = getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  };
  const say = (button, message) => {
    const status = button.parentElement.querySelector('.status');
    if (status) status.textContent = message;
  };
  const copy = async (button) => {
    const box = document.getElementById(button.dataset.copy);
    if (!box) return;
    // One line per work; the paragraphs' own text, without the page's spacing.
    const text = [...box.querySelectorAll('p')].map((p) => p.textContent.trim()).join('\n');
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      say(button, korean() ? '복사했습니다' : 'Copied');
    } catch {
      select(box);
      const mac = /Mac|iPhone|iPad/.test(navigator.platform);
      const keys = mac ? '⌘C' : 'Ctrl+C';
      say(button, korean() ? `선택했습니다. ${keys}로 복사하세요` : `Selected: copy with ${keys}`);
    }
  };
  const start = () => {
    for (const button of document.querySelectorAll('button.copy[data-copy]')) {
      button.hidden = false;
      button.addEventListener('click', () => copy(button));
    }
  };
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
