// Tandem's app service worker (scope /). It keeps the app's shell (styles, scripts, icons) and the help page, so
// an installed Tandem opens and shows how to reach help now even without a connection. It never stores a
// clinical page: every other page comes from the network, and when there is none the cached help page answers.
// The coping toolbox has its own worker (scope /client/toolbox) for its pages and offline uses.
"use strict";

var CACHE = "tandem-shell-v1";
var HELP = "/help";
var SHELL = [
  "/css/tandem.css",
  "/js/tandem.js",
  "/webjars/htmx.org/dist/htmx.min.js",
  "/images/tandem.svg",
  "/images/icon-192.png",
  "/manifest.webmanifest"
];

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    // the help page as anyone sees it signed out: nothing personal is kept on the phone
    var help = fetch(HELP, { credentials: "omit" }).then(function (response) {
      if (response.ok) {
        return cache.put(HELP, response);
      }
    });
    return Promise.all([cache.addAll(SHELL), help]);
  }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k.indexOf("tandem-shell-") === 0 && k !== CACHE; })
      .map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) {
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(fetch(request).then(function (response) {
      if (url.pathname === HELP && response.ok && !response.redirected) {
        // refresh the kept copy from a signed-out fetch, never from this (possibly signed-in) page
        fetch(HELP, { credentials: "omit" }).then(function (fresh) {
          if (fresh.ok) {
            caches.open(CACHE).then(function (cache) { cache.put(HELP, fresh); });
          }
        }).catch(function () {});
      }
      return response;
    }).catch(function () {
      return caches.match(HELP).then(function (hit) { return hit || Response.error(); });
    }));
    return;
  }
  if (SHELL.indexOf(url.pathname) >= 0 || url.pathname.indexOf("/images/") === 0) {
    // stale while revalidate: the shell opens at once and is fresh the next time
    event.respondWith(caches.open(CACHE).then(function (cache) {
      return cache.match(request).then(function (hit) {
        var network = fetch(request).then(function (response) {
          if (response.ok) {
            cache.put(request, response.clone());
          }
          return response;
        });
        return hit || network;
      });
    }));
  }
});
