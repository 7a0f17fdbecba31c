/*
 * Optional helper for pages that embed the essay timeline in an <iframe data-essay-timeline>.
 * It grows each such frame to the height its content reports, so readers never meet a
 * scrollbar inside the frame. Plain JavaScript, no dependencies, no network requests.
 *
 * The app posts {type: "essay-timeline:height", height: <CSS px>} to its parent window. Only
 * messages whose source is one of this page's timeline frames, from that frame's origin, are
 * obeyed; everything else is ignored.
 */
(function () {
  'use strict';
  var TYPE = 'essay-timeline:height';
  var MIN = 240;
  var MAX = 20000;

  function originOf(frame) {
    try {
      return new URL(frame.src, document.baseURI).origin;
    } catch (e) {
      return null;
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== TYPE || typeof data.height !== 'number' || !isFinite(data.height)) {
      return;
    }
    var frames = document.querySelectorAll('iframe[data-essay-timeline]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow === event.source && originOf(frame) === event.origin) {
        var height = Math.min(MAX, Math.max(MIN, Math.ceil(data.height)));
        frame.style.height = height + 'px';
        return;
      }
    }
  });
})();
