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

  // The server formats times in the therapist's zone exactly as the inbox page does.
  function when(iso, shown) {
    var time = document.createElement("time");
    time.dateTime = iso;
    time.textContent = shown;
    return time;
  }

  function label(name, fallback) {
    return (list && list.getAttribute("data-label-" + name)) || fallback;
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
    meta.appendChild(document.createTextNode(alert.sourceLabel + " · " + label("raised", "Raised") + " "));
    meta.appendChild(when(alert.raisedAt, alert.raisedText));
    meta.appendChild(document.createTextNode(" · " + label("respond-by", "Respond by") + " "));
    meta.appendChild(when(alert.deadline, alert.deadlineText));
    if (alert.escalated) {
      meta.appendChild(document.createTextNode(" "));
      meta.appendChild(text("strong", null, label("escalated", "(escalated)")));
    }
    var links = document.createElement("p");
    links.className = "alert-item__links";
    links.appendChild(link(alert.url, label("open", "Open alert")));
    links.appendChild(document.createTextNode(" · "));
    links.appendChild(link(alert.clientUrl, label("client-data", "Recent data")));
    item.appendChild(head);
    item.appendChild(meta);
    item.appendChild(links);
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
    // Pages that show alerts in other ways (the caseload) refresh themselves on this event.
    document.dispatchEvent(new CustomEvent("tandem:alert", { detail: { kind: alert.kind } }));
    if (alert.kind === "acknowledged") {
      removeFromInbox(alert);
      return;
    }
    addToInbox(alert);
    banner(alert);
  });
})();
