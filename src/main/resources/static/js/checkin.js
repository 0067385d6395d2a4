// Check-in: keeps what was typed on this device so a lost connection or a reload loses nothing.
// Optional enhancement: the form works without it. Scores and ticks go to localStorage (keyed per
// user); the note is sensitive on a shared device, so it only lives in sessionStorage (this tab).
(function () {
  "use strict";
  var FIELDS = ["mood", "anxiety", "sleepHours", "sleepQuality", "energy", "emotions", "tags"];

  function store(kind) {
    try {
      var s = window[kind];
      var probe = "__tandem_probe";
      s.setItem(probe, "1");
      s.removeItem(probe);
      return s;
    } catch (e) {
      return null;
    }
  }

  var local = store("localStorage");
  var session = store("sessionStorage");

  // On the saved page: the check-in is safe on the server, so forget the draft.
  var saved = document.querySelector("[data-clear-draft-key]");
  if (saved) {
    var done = saved.getAttribute("data-clear-draft-key");
    if (local) { local.removeItem(done); }
    if (session) { session.removeItem(done + ".note"); }
    return;
  }

  var form = document.getElementById("checkin-form");
  if (!form || !local) { return; }
  var key = form.getAttribute("data-draft-key");
  var noteKey = key + ".note";
  var note = form.elements.namedItem("note");

  function collect() {
    var data = {};
    FIELDS.forEach(function (name) {
      var inputs = form.querySelectorAll('[name="' + name + '"]');
      for (var i = 0; i < inputs.length; i++) {
        var input = inputs[i];
        if (input.type === "checkbox") {
          data[name] = data[name] || [];
          if (input.checked) { data[name].push(input.value); }
        } else if (input.type === "radio") {
          if (input.checked) { data[name] = input.value; }
        } else if (input.value !== "") {
          data[name] = input.value;
        }
      }
    });
    return data;
  }

  function save() {
    local.setItem(key, JSON.stringify(collect()));
    if (session && note) { session.setItem(noteKey, note.value); }
  }

  function untouched() {
    var data = collect();
    return data.mood === undefined && data.anxiety === undefined && data.energy === undefined
        && data.sleepHours === undefined && (!note || note.value === "");
  }

  function restore() {
    var raw = local.getItem(key);
    var text = session ? session.getItem(noteKey) : null;
    if (!raw && !text) { return false; }
    var data = {};
    try { data = JSON.parse(raw || "{}"); } catch (e) { return false; }
    FIELDS.forEach(function (name) {
      var value = data[name];
      if (value === undefined) { return; }
      var inputs = form.querySelectorAll('[name="' + name + '"]');
      for (var i = 0; i < inputs.length; i++) {
        var input = inputs[i];
        if (input.type === "checkbox") {
          input.checked = value.indexOf(input.value) >= 0;
        } else if (input.type === "radio") {
          input.checked = input.value === String(value);
        } else {
          input.value = value;
        }
      }
    });
    if (note && text) { note.value = text; }
    return true;
  }

  // Only a fresh form is filled in: after a server-side error the page already shows what was sent.
  if (untouched() && restore()) {
    var notice = document.getElementById("checkin-restored");
    if (notice) { notice.hidden = false; }
  }
  form.addEventListener("input", save);
  form.addEventListener("change", save);
})();
