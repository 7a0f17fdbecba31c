// The handout's one bit of behaviour: a Print button, and each event's link written out as a
// full address, so the printed page says where to find the event.
document.addEventListener('DOMContentLoaded', function () {
  'use strict';
  var button = document.getElementById('print');
  if (button) {
    button.addEventListener('click', function () { window.print(); });
  }
  var links = document.querySelectorAll('a.event-link');
  for (var i = 0; i < links.length; i++) {
    links[i].textContent = links[i].href;
  }
});
