// Detects the visitor's time zone once: if the page was opened without ?zone=, reload with it.
// Without JavaScript the zone stays the practice's and can be changed with the form.
(function () {
  var select = document.querySelector('[data-detect-zone]');
  if (!select || new URLSearchParams(location.search).has('zone')) {
    return;
  }
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (zone && zone !== select.value) {
    var params = new URLSearchParams(location.search);
    params.set('zone', zone);
    location.replace(location.pathname + '?' + params.toString());
  }
})();
