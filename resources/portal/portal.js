// Castellan portal: the only script. Waits for a push approval (the page also works without it: the
// "I approved it" button posts the same form) and moves focus to an error so screen readers announce it.
(function () {
  "use strict";
  var notice = document.getElementById("notice");
  if (notice) { notice.setAttribute("tabindex", "-1"); notice.focus(); }
  var poll = document.querySelector("[data-poll]");
  if (!poll) { return; }
  var url = poll.getAttribute("data-poll");
  function check() {
    fetch(url, { credentials: "same-origin", cache: "no-store" })
      .then(function (r) { return r.json(); })
      .then(function (state) {
        if (state.done) { window.location.assign(state.next); } else { setTimeout(check, 2000); }
      })
      .catch(function () { setTimeout(check, 5000); });
  }
  setTimeout(check, 2000);
})();
