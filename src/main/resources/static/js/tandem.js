// Progressive enhancement only: every core action works without this file.
(function () {
  "use strict";
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  document.addEventListener("htmx:configRequest", function (event) {
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
  // Installable app: keep the shell and the help page for when there is no connection (see /sw.js).
  if ("serviceWorker" in navigator && window.isSecureContext) {
    window.addEventListener("load", function () {
      navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(function () { /* works without it */ });
    });
  }
  // Buttons that ask before a destructive action: <button data-confirm="...">
  document.addEventListener("click", function (event) {
    var target = event.target.closest("[data-confirm]");
    if (target && !window.confirm(target.getAttribute("data-confirm"))) {
      event.preventDefault();
    }
  });
})();
