// Refreshes the transcript every 5 s so the operator sees the citizen's new messages.
(function () {
  "use strict";
  var box = document.getElementById("transcript");
  if (!box || !box.dataset.refresh) { return; }
  function scrollDown() {
    var list = box.querySelector(".transcript");
    if (list) { list.scrollTop = list.scrollHeight; }
  }
  scrollDown();
  setInterval(function () {
    fetch(box.dataset.refresh, { credentials: "same-origin", cache: "no-store" })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) {
        if (html !== null && html !== box.dataset.last) {
          box.dataset.last = html;
          box.innerHTML = html;
          scrollDown();
        }
      })
      .catch(function () {});
  }, 5000);
})();
