// Live alerts for therapists (progressive enhancement; the inbox works without this file).
// Listens to /therapist/alerts/stream; a new alert goes to the top of the inbox and a banner
// appears on any page that loads this script. No inline script or style: CSP is strict.
(function () {
  "use strict";
  if (!window.EventSource || window.__tandemAlerts) {
    return;
  }
  window.__tandemAlerts = true;

  var list = document.getElementById("alert-list");

  function text(tag, className, value) {
    var el = document.createElement(tag);
    if (className) { el.className = className; }
    el.textContent = value;
    return el;
  }

  function link(href, value, className) {
    var a = text("a", className, value);
    a.href = href;
    return a;
  }

  function when(iso) {
    var date = new Date(iso);
    var time = document.createElement("time");
    time.dateTime = iso;
    time.textContent = date.toLocaleString([], { weekday: "short", day: "numeric", month: "short",
      hour: "numeric", minute: "2-digit" });
    return time;
  }

  function existing(id) {
    return list ? list.querySelector('[data-alert-id="' + id + '"]') : null;
  }

  function addToInbox(alert) {
    if (!list) { return; }
    var old = existing(alert.alertId);
    if (old) { old.parentNode.removeChild(old); }
    var item = document.createElement("li");
    item.className = "alert-item alert-item--" + alert.level.toLowerCase() + " alert-item--new";
    item.setAttribute("data-alert-id", alert.alertId);
    var head = document.createElement("p");
    head.className = "alert-item__head";
    head.appendChild(text("span", "badge alert-level" + (alert.level === "HIGH" ? " badge--danger" : ""), alert.levelText));
    head.appendChild(document.createTextNode(" "));
    head.appendChild(link(alert.url, alert.clientName, "alert-item__client"));
    var meta = document.createElement("p");
    meta.className = "alert-item__meta";
    meta.appendChild(document.createTextNode(alert.sourceLabel + " · Raised "));
    meta.appendChild(when(alert.raisedAt));
    meta.appendChild(document.createTextNode(" · Respond by "));
    meta.appendChild(when(alert.deadline));
    item.appendChild(head);
    item.appendChild(meta);
    list.insertBefore(item, list.firstChild);
    var empty = document.getElementById("alerts-empty");
    if (empty) { empty.parentNode.removeChild(empty); }
  }

  function removeFromInbox(alert) {
    var old = existing(alert.alertId);
    if (old) { old.parentNode.removeChild(old); }
  }

  function banner(alert) {
    var box = document.getElementById("alert-banner");
    if (!box) {
      box = document.createElement("div");
      box.id = "alert-banner";
      box.className = "alert-banner";
      box.setAttribute("role", "alert");
      var main = document.getElementById("main");
      (main ? main.parentNode : document.body).insertBefore(box, main || document.body.firstChild);
    }
    while (box.firstChild) { box.removeChild(box.firstChild); }
    var heading = alert.kind === "escalated" ? "Escalated alert: " : "New alert: ";
    box.appendChild(text("strong", null, heading + alert.levelText));
    box.appendChild(document.createTextNode(" — " + alert.clientName + " (" + alert.sourceLabel + "). "));
    box.appendChild(link(alert.url, "Open the alert", "button button--secondary"));
  }

  var source = new EventSource("/therapist/alerts/stream");
  source.addEventListener("alert", function (event) {
    var alert;
    try { alert = JSON.parse(event.data); } catch (e) { return; }
    if (alert.kind === "acknowledged") {
      removeFromInbox(alert);
      return;
    }
    addToInbox(alert);
    banner(alert);
  });
})();
