// Phone notifications (Web Push) on the client's habits page. The page says, without this file, that turning them
// on needs JavaScript; here it finds out whether this browser can receive pushes, whether it already does for this
// account ("this device" in the list), and turns them on (permission, a subscription with the server's VAPID key
// through the app's service worker, posted to the server) or off. Removing a device and "Send me a test" are plain
// forms. Talks to /notifications/push-subscriptions with the page's CSRF token as a header.
(function () {
  'use strict';

  var section = document.getElementById('push');
  if (!section) {
    return;
  }

  function el(id) {
    return document.getElementById(id);
  }

  var STATES = ['push-unsupported', 'push-blocked', 'push-on', 'push-error', 'push-enable', 'push-disable'];

  function only(ids) {
    STATES.forEach(function (id) {
      el(id).hidden = ids.indexOf(id) < 0;
    });
  }

  el('push-needs-script').hidden = true;
  var supported = window.isSecureContext && 'serviceWorker' in navigator && 'PushManager' in window &&
    'Notification' in window;
  if (!supported) {
    only(['push-unsupported']);
    return;
  }

  function decode(base64url) {
    var base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
    var text = atob(base64 + '==='.slice((base64.length + 3) % 4));
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) {
      bytes[i] = text.charCodeAt(i);
    }
    return bytes;
  }

  function sameKey(subscription, key) {
    var current = subscription.options && subscription.options.applicationServerKey;
    if (!current) {
      return true; // the browser does not tell: assume it is ours
    }
    var bytes = new Uint8Array(current);
    return bytes.length === key.length && bytes.every(function (b, i) { return b === key[i]; });
  }

  async function sha256(text) {
    var digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    return Array.from(new Uint8Array(digest)).map(function (b) { return b.toString(16).padStart(2, '0'); }).join('');
  }

  function headers() {
    var result = { 'Content-Type': 'application/json', Accept: 'application/json' };
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      result[header.content] = token.content;
    }
    return result;
  }

  function send(method, body) {
    return fetch(section.dataset.subscriptions, {
      method: method,
      credentials: 'same-origin',
      headers: headers(),
      body: JSON.stringify(body)
    });
  }

  function worker() {
    return navigator.serviceWorker.register('/sw.js', { scope: '/' }).then(function () {
      return navigator.serviceWorker.ready;
    });
  }

  // which row of the device list is this browser, if any
  async function thisDevice(subscription) {
    if (!subscription) {
      return null;
    }
    var hash = await sha256(subscription.endpoint);
    var rows = section.querySelectorAll('[data-endpoint-hash]');
    for (var i = 0; i < rows.length; i++) {
      if (rows[i].dataset.endpointHash === hash) {
        return rows[i];
      }
    }
    return null;
  }

  async function show() {
    if (Notification.permission === 'denied') {
      only(['push-blocked']);
      return;
    }
    var registration = await worker();
    var subscription = await registration.pushManager.getSubscription();
    var row = await thisDevice(subscription);
    if (row) {
      row.querySelector('.push-this-device').hidden = false;
      only(['push-on', 'push-disable']);
    } else {
      only(['push-enable']);
    }
  }

  async function enable() {
    var permission = await Notification.requestPermission();
    if (permission !== 'granted') {
      await show();
      return;
    }
    var key = decode(section.dataset.vapidKey);
    var registration = await worker();
    var subscription = await registration.pushManager.getSubscription();
    if (subscription && !sameKey(subscription, key)) {
      await subscription.unsubscribe(); // made for another server key: it cannot be used
      subscription = null;
    }
    if (!subscription) {
      subscription = await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key });
    }
    var answer = await send('POST', subscription.toJSON());
    if (!answer.ok) {
      throw new Error('subscribe ' + answer.status);
    }
    location.reload();
  }

  async function disable() {
    var registration = await worker();
    var subscription = await registration.pushManager.getSubscription();
    if (subscription) {
      var endpoint = subscription.endpoint;
      await subscription.unsubscribe();
      var answer = await send('DELETE', { endpoint: endpoint });
      if (!answer.ok && answer.status !== 404) {
        throw new Error('unsubscribe ' + answer.status);
      }
    }
    location.reload();
  }

  function wire(button, action) {
    button.addEventListener('click', function () {
      button.disabled = true;
      action().catch(function () {
        // refused by the person, the push service or the server, or no network: say so and let them try again
        only(['push-error', 'push-enable']);
        button.disabled = false;
      });
    });
  }

  wire(el('push-enable'), enable);
  wire(el('push-disable'), disable);
  // until the service worker answers, offer to turn them on; show() then tells what this browser really has
  only(['push-enable']);
  show().catch(function () {
    only(['push-unsupported']);
  });
})();
