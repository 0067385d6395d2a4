// Tandem's app service worker (scope /). It keeps the app's shell (styles, scripts, icons) and the help page, so
// an installed Tandem shows how to reach help now even without a connection. It never stores a clinical page and
// does nothing while the device is online.
// It also shows Tandem's phone notifications (Web Push): the server sends only a title, the kind's fixed sentence
// and a path inside Tandem, never a clinical detail; a tap opens that path, on this site only.
// The coping toolbox has its own worker (scope /client/toolbox) for its pages and offline uses.
"use strict";

var CACHE = "tandem-shell-v2";
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
  // everything is fetched without cookies: the shell and the help page as anyone sees them signed out, so nothing
  // personal is kept on the phone and no request of the worker's ever touches the person's session
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return Promise.all(SHELL.concat([HELP]).map(function (path) {
      return fetch(path, { credentials: "omit" }).then(function (response) {
        if (response.ok) {
          return cache.put(path, response);
        }
      });
    }));
  }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k.indexOf("tandem-shell-") === 0 && k !== CACHE; })
      .map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

// Online, the worker stays out of the way: the browser loads every page and asset itself. Offline, a page comes
// from nowhere, so the help page answers, and the shell comes from the cache.
self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin || self.navigator.onLine) {
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(fetch(request).catch(function () {
      return caches.match(HELP).then(function (hit) { return hit || Response.error(); });
    }));
    return;
  }
  if (SHELL.indexOf(url.pathname) >= 0 || url.pathname.indexOf("/images/") === 0) {
    event.respondWith(caches.match(url.pathname).then(function (hit) { return hit || fetch(request); }));
  }
});

// A path inside Tandem, or the home page: a push can never send the person elsewhere.
function inApp(path) {
  try {
    var url = new URL(path || "/", self.location.origin);
    return url.origin === self.location.origin ? url.href : self.location.origin + "/";
  } catch (e) {
    return self.location.origin + "/";
  }
}

self.addEventListener("push", function (event) {
  var message = {};
  try {
    message = event.data ? event.data.json() : {};
  } catch (e) {
    message = {};
  }
  event.waitUntil(self.registration.showNotification(message.title || "Tandem", {
    body: message.body || "There is something new for you in Tandem.",
    icon: "/images/icon-192.png",
    data: { url: inApp(message.url) }
  }));
});

self.addEventListener("notificationclick", function (event) {
  event.notification.close();
  var target = inApp(event.notification.data && event.notification.data.url);
  event.waitUntil(self.clients.matchAll({ type: "window", includeUncontrolled: true }).then(function (windows) {
    for (var i = 0; i < windows.length; i++) {
      if (windows[i].url === target && "focus" in windows[i]) {
        return windows[i].focus();
      }
    }
    return self.clients.openWindow(target);
  }));
});
