// Coping toolbox: the breathing pacer and the step guide. Progressive enhancement only: without this file
// every technique is a list of numbered steps with durations, and the server times the use.
(function () {
  "use strict";

  var TICK_MS = 100;

  // offline once visited: the toolbox's service worker keeps its pages and sends a rating made offline when back
  if ("serviceWorker" in navigator && document.querySelector(".coping")) {
    navigator.serviceWorker.register("/client/toolbox/worker.js", { scope: "/client/toolbox" }).then(function (r) {
      var flush = function () {
        var worker = navigator.serviceWorker.controller || r.active;
        if (worker) {
          worker.postMessage("flush");
        }
      };
      flush();
      window.addEventListener("online", flush);
    }).catch(function () { /* the toolbox works without it */ });
  }
  var reducedMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  var form = document.getElementById("use-form");
  if (!form) {
    return;
  }
  var durationInput = document.getElementById("durationSeconds");
  var startedAt = null;

  function elapsedSeconds() {
    return startedAt === null ? 0 : Math.round((Date.now() - startedAt) / 1000);
  }

  function setOutcome(completed) {
    if (durationInput) {
      durationInput.value = String(elapsedSeconds());
    }
    var radio = document.getElementById(completed ? "completed-yes" : "completed-no");
    if (radio) {
      radio.checked = true;
    }
  }

  function focusAfterRating() {
    var after = document.getElementById("after-scale");
    if (after) {
      after.scrollIntoView({ block: "start", behavior: reducedMotion ? "auto" : "smooth" });
      var first = after.querySelector("input");
      if (first) {
        first.focus({ preventScroll: true });
      }
    }
  }

  // ---- sound at each change (optional, off unless the client turns it on; remembered on this device) --------
  var SOUND_KEY = "tandem.coping.sound";
  var audio = null;

  function soundWanted() {
    try {
      return window.localStorage.getItem(SOUND_KEY) === "on";
    } catch (e) {
      return false;
    }
  }

  var soundToggles = Array.prototype.slice.call(document.querySelectorAll(".coping-sound__toggle"));
  var AudioApi = window.AudioContext || window.webkitAudioContext;
  soundToggles.forEach(function (toggle) {
    if (!AudioApi) {
      return; // no Web Audio: no checkbox that could not keep its promise
    }
    toggle.checked = soundWanted();
    toggle.parentNode.hidden = false;
    toggle.addEventListener("change", function () {
      try {
        window.localStorage.setItem(SOUND_KEY, toggle.checked ? "on" : "off");
      } catch (e) { /* private mode: the choice lasts for this page only */ }
      soundToggles.forEach(function (other) { other.checked = toggle.checked; });
      prepareSound(); // turned on while running: the tones start at the next change
    });
  });

  function soundOn() {
    return soundToggles.some(function (t) { return t.checked; });
  }

  // created on a click (Start), as browsers only let audio start after a gesture; never when the sound is off
  function prepareSound() {
    try {
      if (soundOn() && AudioApi && audio === null) {
        audio = new AudioApi();
      }
      if (audio && audio.state === "suspended") {
        audio.resume().catch(function () { /* stays silent; the pacer goes on */ });
      }
    } catch (e) {
      audio = null; // no sound device: the pacer works as before, silently
    }
  }

  // a short soft tone: a sine wave that fades in and out over about a third of a second
  function chime(frequency) {
    if (!soundOn() || audio === null) {
      return;
    }
    var now = audio.currentTime;
    var tone = audio.createOscillator();
    var gain = audio.createGain();
    tone.type = "sine";
    tone.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, now);
    gain.gain.exponentialRampToValueAtTime(0.08, now + 0.03);
    gain.gain.exponentialRampToValueAtTime(0.0001, now + 0.35);
    tone.connect(gain);
    gain.connect(audio.destination);
    tone.start(now);
    tone.stop(now + 0.4);
  }

  var TONES = { "in": 523.25, "top-up": 587.33, "hold": 440, "out": 392, "step": 493.88 };

  // the time is sent even if the client saves without pressing Stop
  form.addEventListener("submit", function () {
    if (startedAt !== null && durationInput && durationInput.value === "") {
      durationInput.value = String(elapsedSeconds());
    }
  });

  // ---- breathing pacer ------------------------------------------------------------------------------------
  var pacer = document.getElementById("pacer");
  if (pacer) {
    var phases = JSON.parse(pacer.getAttribute("data-phases"));
    var cycles = parseInt(pacer.getAttribute("data-cycles"), 10);
    var cycleSeconds = phases.reduce(function (sum, p) { return sum + p.seconds; }, 0);
    var total = cycles * cycleSeconds;
    var stage = pacer.querySelector(".pacer__stage");
    var shape = pacer.querySelector(".pacer__shape");
    var count = pacer.querySelector(".pacer__count");
    var status = document.getElementById("pacer-status");
    var start = document.getElementById("pacer-start");
    var stop = document.getElementById("pacer-stop");
    var timer = null;
    var lastKey = null;

    stage.hidden = false;
    status.hidden = false;
    start.hidden = false;
    if (reducedMotion) {
      pacer.classList.add("pacer--still");
    }

    var label = function (phase) {
      return pacer.getAttribute("data-label-" + phase) || phase;
    };

    var show = function (phase, seconds, remaining) {
      count.textContent = String(remaining);
      var key = phase.index + ":" + phase.cycle;
      if (key !== lastKey) {
        lastKey = key;
        // screen readers hear each phase once, with its count: "Breathe in, 4"
        status.textContent = label(phase.name) + ", " + Math.max(1, Math.round(seconds));
        pacer.setAttribute("data-phase", phase.name);
        chime(TONES[phase.name] || TONES.hold);
        if (!reducedMotion) {
          shape.style.transitionDuration = seconds + "s";
          shape.classList.toggle("pacer__shape--full", phase.name === "in" || phase.name === "top-up" ||
            (phase.name === "hold" && shape.classList.contains("pacer__shape--full")));
        }
      }
    };

    var tick = function () {
      var t = (Date.now() - startedAt) / 1000;
      if (t >= total) {
        finish(true);
        return;
      }
      var cycle = Math.floor(t / cycleSeconds);
      var within = t - cycle * cycleSeconds;
      for (var i = 0; i < phases.length; i++) {
        if (within < phases[i].seconds || i === phases.length - 1) {
          var remaining = Math.max(1, Math.ceil(phases[i].seconds - within));
          show({ name: phases[i].phase, index: i, cycle: cycle }, phases[i].seconds, remaining);
          return;
        }
        within -= phases[i].seconds;
      }
    };

    var finish = function (completed) {
      window.clearInterval(timer);
      timer = null;
      setOutcome(completed);
      shape.classList.remove("pacer__shape--full");
      count.textContent = "";
      status.textContent = pacer.getAttribute("data-done");
      pacer.setAttribute("data-phase", "done");
      start.hidden = false;
      stop.hidden = true;
      focusAfterRating();
    };

    start.addEventListener("click", function () {
      prepareSound();
      startedAt = Date.now();
      lastKey = null;
      if (durationInput) {
        durationInput.value = "";
      }
      start.hidden = true;
      stop.hidden = false;
      stop.focus();
      tick();
      timer = window.setInterval(tick, TICK_MS);
    });
    stop.addEventListener("click", function () {
      finish(false);
    });

    // choosing another pattern or length reloads the page with it (the choice form works without JavaScript too)
    var choice = document.getElementById("pacer-choice");
    if (choice) {
      choice.addEventListener("change", function () {
        choice.submit();
      });
    }
  }

  // ---- timed steps ----------------------------------------------------------------------------------------
  var steps = document.getElementById("steps");
  if (steps && steps.getAttribute("data-timed") === "true") {
    var items = Array.prototype.slice.call(steps.querySelectorAll(".technique-step"));
    var bar = steps.querySelector(".step-timer");
    var go = document.getElementById("steps-start");
    var next = document.getElementById("steps-next");
    var stepStatus = document.getElementById("steps-status");
    var current = -1;
    var stepTimer = null;
    var stepEnds = 0;
    bar.hidden = false;

    var showStep = function (index) {
      items.forEach(function (li, i) {
        li.classList.toggle("technique-step--current", i === index);
        if (i === index) {
          li.setAttribute("aria-current", "step");
        } else {
          li.removeAttribute("aria-current");
        }
      });
      current = index;
      if (index >= items.length) {
        window.clearInterval(stepTimer);
        stepTimer = null;
        next.hidden = true;
        go.hidden = false;
        stepStatus.textContent = steps.getAttribute("data-done");
        setOutcome(true);
        focusAfterRating();
        return;
      }
      var seconds = parseInt(items[index].getAttribute("data-seconds"), 10) || 0;
      stepEnds = Date.now() + seconds * 1000;
      var text = items[index].querySelector(".technique-step__text span");
      stepStatus.textContent = (index + 1) + ". " + (text ? text.textContent : "");
      chime(TONES.step);
      items[index].scrollIntoView({ block: "nearest", behavior: reducedMotion ? "auto" : "smooth" });
    };

    go.addEventListener("click", function () {
      prepareSound();
      startedAt = Date.now();
      go.hidden = true;
      next.hidden = false;
      showStep(0);
      stepTimer = window.setInterval(function () {
        if (current < items.length && Date.now() >= stepEnds) {
          showStep(current + 1);
        }
      }, 250);
    });
    next.addEventListener("click", function () {
      showStep(current + 1);
    });
  }
})();
