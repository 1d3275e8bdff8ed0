// Reloads the pool list when a pool's disclosures or staleness change.
(function () {
  "use strict";
  var seen = null;
  function key(s) {
    return (s.pools || []).map(function (p) {
      return p.id + ":" + (p.disclosures || []).length + ":" + p.stale + ":" + p.active;
    }).join(",");
  }
  function poll() {
    fetch("/pools.json", { cache: "no-store" }).then(function (r) {
      return r.ok ? r.json() : null;
    }).then(function (s) {
      if (!s) return;
      var k = key(s);
      if (seen !== null && k !== seen) location.reload();
      seen = k;
    }).catch(function () {}).then(function () { setTimeout(poll, 10000); });
  }
  poll();
})();
