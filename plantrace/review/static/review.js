/* Keyboard review of links: one key per decision. Everything also works without this script. */
(function () {
  "use strict";

  function rows() {
    return Array.prototype.slice.call(document.querySelectorAll("li.link[tabindex]"));
  }

  function show(row) {
    if (!row) { return; }
    row.focus({ preventScroll: true });
    row.scrollIntoView({ block: "center" });
  }

  function nextPending(from) {
    var all = rows();
    var start = from ? all.indexOf(from) + 1 : 0;
    for (var i = 0; i < all.length; i++) {
      var row = all[(start + i) % all.length];
      if (row.getAttribute("data-pending") === "1") { return row; }
    }
    return null;
  }

  function submit(row, state) {
    var button = row.querySelector('button[name="state"][value="' + state + '"]');
    if (!button || button.disabled) { return false; }
    button.form.querySelector('input[name="kb"]').value = "1";
    button.form.requestSubmit(button);
    return true;
  }

  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) { return; }
    var target = event.target;
    var tag = target && target.tagName;
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable)) { return; }
    var row = target && target.closest ? target.closest("li.link[tabindex]") : null;
    var all = rows();
    var key = event.key;
    var handled = false;
    if (key === "n") {
      show(nextPending(row));
      handled = true;
    } else if (key === "j" || (key === "ArrowDown" && row)) {
      show(row ? all[Math.min(all.indexOf(row) + 1, all.length - 1)] : all[0]);
      handled = true;
    } else if (key === "k" || (key === "ArrowUp" && row)) {
      show(row ? all[Math.max(all.indexOf(row) - 1, 0)] : all[0]);
      handled = true;
    } else if (row && (key === "c" || key === "x")) {
      handled = submit(row, key === "c" ? "confirmed" : "rejected");
    }
    if (handled) { event.preventDefault(); }
  });

  function start() {
    if (location.hash === "#review" || /[?&]kb=1/.test(location.search)) {
      show(nextPending(null) || rows()[0]);
    }
  }

  window.addEventListener("hashchange", start);
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
}());
