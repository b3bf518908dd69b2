// Article view: mark every piece of the sentence or quote the address points at (#ev-3, #q-0).
(function () {
  "use strict";
  function mark() {
    document.querySelectorAll(".hl.current").forEach(function (el) { el.classList.remove("current"); });
    var m = /^#(ev|q)-(\d+)$/.exec(window.location.hash);
    if (!m) { return; }
    var cls = (m[1] === "ev" ? "e" : "qt") + m[2];
    document.querySelectorAll(".text .hl." + cls).forEach(function (el) { el.classList.add("current"); });
  }
  window.addEventListener("hashchange", mark);
  mark();
})();
