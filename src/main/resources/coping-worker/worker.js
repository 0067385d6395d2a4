// Coping toolbox service worker (scope /client/toolbox). Pages and assets are fetched from the network first and
// kept for offline use once visited. A use saved while offline is queued on the phone with its own submit token and
// posted once when the connection is back; the token makes the server save it once even if it is sent twice.
"use strict";

var CACHE = "tandem-toolbox-v1";
var DB = "tandem-toolbox";
var STORE = "pending-uses";
var TEXT = __TEXT__;
var ASSETS = ["/css/tandem.css", "/css/coping.css", "/js/tandem.js", "/js/coping.js", "/client/toolbox"];

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return cache.addAll(ASSETS).catch(function () { /* best effort: visited pages are cached as they load */ });
  }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(self.clients.claim().then(flush));
});

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (request.method === "POST" && /^\/client\/toolbox\/[a-z0-9-]+$/.test(url.pathname)) {
    event.respondWith(postOrQueue(request));
    return;
  }
  if (request.method !== "GET" || !cacheable(url)) {
    return;
  }
  event.respondWith(fetch(request).then(function (response) {
    if (response.ok && !response.redirected) {
      var copy = response.clone();
      caches.open(CACHE).then(function (cache) { cache.put(request, copy); });
    }
    return response;
  }).catch(function () {
    return caches.match(request, { ignoreSearch: false }).then(function (hit) {
      return hit || caches.match(url.pathname) || Response.error();
    });
  }));
});

self.addEventListener("message", function (event) {
  if (event.data === "flush") {
    event.waitUntil(flush());
  }
});

self.addEventListener("sync", function (event) {
  if (event.tag === "toolbox-uses") {
    event.waitUntil(flush());
  }
});

function cacheable(url) {
  return url.pathname.indexOf("/client/toolbox") === 0 || url.pathname.indexOf("/css/") === 0 ||
    url.pathname.indexOf("/js/") === 0 || url.pathname.indexOf("/webjars/") === 0 || url.pathname.indexOf("/images/") === 0;
}

function postOrQueue(request) {
  var copy = request.clone();
  return fetch(request).catch(function () {
    return copy.formData().then(function (data) {
      var entries = [];
      data.forEach(function (value, key) {
        // a fresh token per queued use: a page kept offline may be submitted more than once
        entries.push([key, key === "submitToken" ? self.crypto.randomUUID() : value]);
      });
      return queue({ url: copy.url, entries: entries });
    }).then(function () {
      if (self.registration.sync) {
        self.registration.sync.register("toolbox-uses").catch(function () {});
      }
      return new Response(offlinePage(), { status: 202, headers: { "Content-Type": "text/html; charset=utf-8" } });
    });
  });
}

function offlinePage() {
  return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">" +
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + TEXT.heading + "</title>" +
    "<link rel=\"stylesheet\" href=\"/css/tandem.css\"></head><body><main id=\"main\" class=\"page page--narrow\">" +
    "<h1 id=\"offline-saved\">" + TEXT.heading + "</h1><p>" + TEXT.lead + "</p>" +
    "<p><a href=\"/client/toolbox\">" + TEXT.back + "</a></p></main></body></html>";
}

function open() {
  return new Promise(function (resolve, reject) {
    var req = indexedDB.open(DB, 1);
    req.onupgradeneeded = function () { req.result.createObjectStore(STORE, { keyPath: "id", autoIncrement: true }); };
    req.onsuccess = function () { resolve(req.result); };
    req.onerror = function () { reject(req.error); };
  });
}

function withStore(mode, work) {
  return open().then(function (db) {
    return new Promise(function (resolve, reject) {
      var tx = db.transaction(STORE, mode);
      var result = work(tx.objectStore(STORE));
      tx.oncomplete = function () { resolve(result.result !== undefined ? result.result : result); };
      tx.onerror = function () { reject(tx.error); };
    });
  });
}

function queue(item) {
  return withStore("readwrite", function (store) { return store.add(item); });
}

var flushing = null;

// Sends every queued use once; one that reaches the server is removed, one that does not stays for next time.
function flush() {
  if (flushing) {
    return flushing;
  }
  flushing = withStore("readonly", function (store) { return store.getAll(); }).then(function (items) {
    return items.reduce(function (done, item) {
      return done.then(function () {
        var body = new URLSearchParams();
        item.entries.forEach(function (e) { body.append(e[0], e[1]); });
        return fetch(item.url, { method: "POST", body: body, credentials: "same-origin", redirect: "follow" })
          .then(function (response) {
            if (response.ok && response.url.indexOf("/login") < 0) {
              return withStore("readwrite", function (store) { return store.delete(item.id); });
            }
          }).catch(function () { /* still offline: try again later */ });
      });
    }, Promise.resolve());
  }).finally(function () { flushing = null; });
  return flushing;
}
