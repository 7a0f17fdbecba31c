/*
 * Optional helper for pages that embed the essay timeline in an <iframe data-essay-timeline>.
 * It grows each such frame to the height its content reports, so readers never meet a
 * scrollbar inside the frame, and scrolls this page to an event's panel when a reader opens
 * one out of sight. Plain JavaScript, no dependencies, no network requests.
 *
 * The app posts {type: "essay-timeline:height", height: <CSS px>} when its height changes, and
 * {type: "essay-timeline:reveal", top: <CSS px from the frame's top>} when a reader opens an
 * event. Only messages whose source is one of this page's timeline frames, from that frame's
 * origin, are obeyed; everything else is ignored.
 */
(function () {
  'use strict';
  var HEIGHT = 'essay-timeline:height';
  var REVEAL = 'essay-timeline:reveal';
  var MIN = 240;
  var MAX = 20000;
  // Room left above a panel scrolled to, as the app leaves on its own page.
  var MARGIN = 12;

  function originOf(frame) {
    try {
      return new URL(frame.src, document.baseURI).origin;
    } catch (e) {
      return null;
    }
  }

  function senderFrame(event) {
    var frames = document.querySelectorAll('iframe[data-essay-timeline]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow === event.source && originOf(frame) === event.origin) {
        return frame;
      }
    }
    return null;
  }

  // Reveals asked for below a frame's current bottom: the frame has not grown to its content
  // yet (it first reports the height of a page still being built), so they wait for the
  // next height.
  var pending = new WeakMap();

  // Scrolls so the panel starting `top` px below the frame's top is in sight, unless it
  // already starts in the upper two thirds of the window (the app's own rule, `needs_reveal`
  // in src/core/panel/reveal.rs).
  function reveal(frame, top) {
    var box = frame.getBoundingClientRect();
    if (top > box.height && box.height < MAX) {
      pending.set(frame, top);
      return;
    }
    var y = box.top + Math.min(Math.max(0, top), box.height);
    if (y >= 0 && y <= window.innerHeight * 2 / 3) {
      return;
    }
    // "auto" rather than "instant", which older browsers refuse: the page's own
    // scroll-behavior then applies.
    var reduce = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    window.scrollBy({ top: y - MARGIN, behavior: reduce ? 'auto' : 'smooth' });
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || (data.type !== HEIGHT && data.type !== REVEAL)) {
      return;
    }
    var value = data.type === HEIGHT ? data.height : data.top;
    if (typeof value !== 'number' || !isFinite(value)) {
      return;
    }
    var frame = senderFrame(event);
    if (!frame) {
      return;
    }
    if (data.type === HEIGHT) {
      frame.style.height = Math.min(MAX, Math.max(MIN, Math.ceil(value))) + 'px';
      if (pending.has(frame)) {
        var top = pending.get(frame);
        pending.delete(frame);
        reveal(frame, Math.min(top, frame.getBoundingClientRect().height));
      }
    } else {
      pending.delete(frame);
      reveal(frame, value);
    }
  });
})();
