// rwabridge investor view: renders a pool's disclosures (figures, charts,
// table, evidence) from the JSON the server embeds in the page, then
// re-fetches it every few seconds. Sets data-ready / data-errors on <body>
// so automated checks can tell a rendered page from a broken one.
(function () {
  "use strict";
  var body = document.body;
  var errors = [];
  function recordError(msg) {
    errors.push(String(msg));
    body.setAttribute("data-errors", String(errors.length));
    body.setAttribute("data-error-messages", errors.join(" | "));
  }
  window.addEventListener("error", function (e) { recordError(e.message || "script error"); });
  window.addEventListener("unhandledrejection", function (e) {
    recordError((e.reason && e.reason.message) || String(e.reason));
  });

  var SVG = "http://www.w3.org/2000/svg";
  var main = document.getElementById("main");
  var poolId = main.getAttribute("data-pool");
  var refreshMs = parseInt(main.getAttribute("data-refresh-ms"), 10) || 5000;
  var intFmt = new Intl.NumberFormat("en-US");
  var fmtCache = {};

  // scaled formats integer x / 10^scale rounded half up to keep decimals,
  // with thousands separators: exact for every value the registry allows.
  function scaled(x, scale, keep) {
    var q = Math.floor((x * Math.pow(10, keep) * 2 + Math.pow(10, scale)) / (2 * Math.pow(10, scale)));
    if (!fmtCache[keep]) {
      fmtCache[keep] = new Intl.NumberFormat("en-US", { minimumFractionDigits: keep, maximumFractionDigits: keep });
    }
    return fmtCache[keep].format(q / Math.pow(10, keep));
  }
  function int(x) { return intFmt.format(x); }

  // The revenue's unit: the pool's ISO 4217 currency, or "currency units"
  // when the server was not told (set from the data before each render).
  var revenueUnit = "currency units";
  var METRICS = [
    { key: "swaps", name: "swaps", label: "Swaps", unit: "", value: function (d) { return d.swaps; }, fmt: function (d) { return int(d.swaps); } },
    { key: "energy", name: "energy_wh", label: "Energy delivered", unit: "kWh", value: function (d) { return d.energy_wh / 1000; }, fmt: function (d) { return scaled(d.energy_wh, 3, 1); } },
    { key: "revenue", name: "revenue_cents", label: "Revenue", unit: "currency", value: function (d) { return d.revenue_cents / 100; }, fmt: function (d) { return scaled(d.revenue_cents, 2, 2); } },
    { key: "cabinets", name: "active_cabinets", label: "Active cabinets", unit: "", value: function (d) { return d.active_cabinets; }, fmt: function (d) { return int(d.active_cabinets); } },
    { key: "soh", name: "min_soh_permille", label: "Lowest battery health", unit: "%", value: function (d) { return d.min_soh_permille / 10; }, fmt: function (d) { return scaled(d.min_soh_permille, 1, 1); } }
  ];

  // withheld reports whether d's policy withholds metric m: its value is 0
  // and no figure.
  function withheld(d, m) { return (d.withheld || []).indexOf(m.name) >= 0; }
  function unitOf(m) { return m.unit === "currency" ? revenueUnit : m.unit; }
  function metricByKey(key) { return METRICS.filter(function (m) { return m.key === key; })[0]; }

  // Revenue and energy lead the charts (drawn wide), then the operating figures.
  var CHART_ORDER = ["revenue", "energy", "swaps", "cabinets", "soh"];

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    setAttrs(e, attrs);
    append(e, children);
    return e;
  }
  function svg(tag, attrs, children) {
    var e = document.createElementNS(SVG, tag);
    setAttrs(e, attrs);
    append(e, children);
    return e;
  }
  function setAttrs(e, attrs) {
    for (var k in attrs || {}) {
      if (attrs[k] !== null && attrs[k] !== undefined) e.setAttribute(k, attrs[k]);
    }
  }
  function append(e, children) {
    if (children === null || children === undefined) return;
    if (!Array.isArray(children)) children = [children];
    children.forEach(function (c) {
      if (c === null || c === undefined) return;
      e.appendChild(typeof c === "object" ? c : document.createTextNode(String(c)));
    });
  }
  function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); }

  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  function epochLabel(iso, seconds) {
    var day = iso.slice(0, 10);
    return seconds >= 86400 ? day : day + " " + iso.slice(11, 16) + " UTC";
  }
  function shortDate(iso, seconds) {
    var d = new Date(iso);
    var s = MONTHS[d.getUTCMonth()] + " " + d.getUTCDate();
    if (seconds < 86400) s += " " + iso.slice(11, 16);
    return s;
  }
  function when(iso) { return iso.slice(0, 19).replace("T", " ") + " UTC"; }
  function duration(s) {
    if (s % 86400 === 0) return s === 86400 ? "1 day (UTC midnight to midnight)" : (s / 86400) + " days";
    if (s % 3600 === 0) return (s / 3600) + " hours";
    return s + " seconds";
  }
  function code(text) { return el("code", { title: text }, text); }

  // The block explorer's URL template (--explorer), "" for no links.
  var explorer = "";
  function explorerURL(kind, value) {
    return explorer.split("{kind}").join(encodeURIComponent(kind)).split("{value}").join(encodeURIComponent(String(value)));
  }
  // linked wraps content in a link to the explorer's page of value (kind
  // tx, address or block) when the server has an explorer.
  function linked(kind, value, content) {
    if (!explorer) return content;
    return el("a", { href: explorerURL(kind, value), rel: "noopener noreferrer", "class": "explorer", "data-explorer": kind }, content);
  }
  function addr(a) { return linked("address", a, code(a)); }
  function txHash(h) { return linked("tx", h, code(h)); }
  function blockNo(n) { return linked("block", n, int(n)); }
  // who shows a committee member or signer: "OperatorMSP (0x…)", or the
  // address alone when the server does not know its org.
  function who(m) {
    return [el("span", { "class": "who" }, m.name ? [el("strong", { "class": "org" }, m.name), " (", addr(m.address), ")"] : addr(m.address))];
  }

  function badge(kind, text, title) { return el("span", { "class": "badge badge-" + kind, title: title || null }, text); }
  function checkBadge(check, what) {
    if (check.status === "verified") return badge("ok", "✓ " + what, check.detail);
    if (check.status === "failed") return badge("bad", "✗ " + what + " failed", check.detail);
    return badge("muted", what + ": not checked", check.detail);
  }

  // niceStep returns a round tick step for a range split in about n parts.
  function niceStep(max, n) {
    var raw = max / n;
    var mag = Math.pow(10, Math.floor(Math.log10(raw)));
    var f = raw / mag;
    return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * mag;
  }
  function tickFmt(v) {
    if (v >= 1e9) return (v / 1e9).toFixed(v % 1e9 ? 1 : 0) + "B";
    if (v >= 1e6) return (v / 1e6).toFixed(v % 1e6 ? 1 : 0) + "M";
    if (v >= 1e4) return (v / 1e3).toFixed(v % 1e3 ? 1 : 0) + "k";
    return intFmt.format(Math.round(v * 100) / 100);
  }

  // chart draws m over ds into fig at its rendered width (one SVG unit per
  // CSS pixel, so text stays the same size on every screen).
  function chart(fig, m, ds, seconds) {
    var W = Math.max(260, Math.round(fig.clientWidth - 28)), H = 220, L = 44, R = 8, T = 24, B = 28;
    var wide = W > 480;
    var vals = ds.map(m.value);
    var max = Math.max.apply(null, vals.concat([0]));
    var step = max > 0 ? niceStep(max, 4) : 1;
    var top = Math.max(step, Math.ceil(max / step) * step);
    var iw = W - L - R, ih = H - T - B;
    var y = function (v) { return T + ih - (v / top) * ih; };
    var grid = svg("g", { "class": "grid axis" });
    for (var t = 0; t <= top + step / 2; t += step) {
      grid.appendChild(svg("line", { x1: L, x2: W - R, y1: y(t), y2: y(t) }));
      grid.appendChild(svg("text", { x: L - 8, y: y(t) + 4, "text-anchor": "end" }, tickFmt(t)));
    }
    var n = ds.length;
    var slot = iw / Math.max(n, 1);
    var bw = Math.min(64, slot * 0.6);
    var labelEvery = Math.ceil(n / (wide ? 10 : 6));
    var cols = svg("g", {});
    ds.forEach(function (d, i) {
      var v = vals[i];
      var x = L + slot * i + (slot - bw) / 2;
      var h = Math.max(v > 0 ? 1 : 0, T + ih - y(v));
      var label = epochLabel(d.epoch_start, seconds);
      var g = svg("g", { "class": "col", "data-epoch": d.epoch, "data-value": v }, [
        svg("title", {}, label + ": " + m.fmt(d) + (unitOf(m) ? " " + unitOf(m) : "")),
        svg("rect", { "class": "bar" + (i === n - 1 ? " latest" : ""), x: x, y: T + ih - h, width: bw, height: h, rx: 3 })
      ]);
      if (n <= 12) g.appendChild(svg("text", { "class": "vlabel", x: x + bw / 2, y: T + ih - h - 6, "text-anchor": "middle" }, m.fmt(d)));
      if (i % labelEvery === 0 || i === n - 1) {
        g.appendChild(svg("text", { "class": "xlabel", x: x + bw / 2, y: H - 10, "text-anchor": "middle" }, shortDate(d.epoch_start, seconds)));
      }
      cols.appendChild(g);
    });
    var desc = m.label + " per epoch: " + ds.map(function (d) { return epochLabel(d.epoch_start, seconds) + " " + m.fmt(d) + (unitOf(m) ? " " + unitOf(m) : ""); }).join("; ");
    var last = ds[n - 1];
    clear(fig);
    append(fig, [
      el("figcaption", {}, [
        el("span", { "class": "chart-title" }, m.label + (unitOf(m) ? " (" + unitOf(m) + ")" : "")),
        last ? el("span", { "class": "chart-latest" }, "latest " + m.fmt(last) + (unitOf(m) ? " " + unitOf(m) : "")) : null
      ]),
      svg("svg", { viewBox: "0 0 " + W + " " + H, width: W, height: H, role: "img", "aria-label": desc, preserveAspectRatio: "xMidYMid meet" }, [
        grid, svg("line", { "class": "baseline", x1: L, x2: W - R, y1: T + ih, y2: T + ih }), cols
      ])
    ]);
    fig.setAttribute("data-width", String(W));
  }

  function drawCharts(p) {
    var box = document.getElementById("charts");
    clear(box);
    CHART_ORDER.forEach(function (key) {
      METRICS.forEach(function (m) {
        if (m.key !== key) return;
        if (p.disclosures.length && p.disclosures.every(function (d) { return withheld(d, m); })) return;
        var fig = el("figure", { "class": "chart", "data-chart": m.key });
        box.appendChild(fig);
        chart(fig, m, p.disclosures, p.epoch_seconds);
      });
    });
  }

  function kpis(p) {
    var box = document.getElementById("kpis");
    clear(box);
    var ds = p.disclosures;
    if (!ds.length) { box.appendChild(el("p", { "class": "empty" }, "Nothing has been disclosed for this pool yet.")); return; }
    var d = ds[ds.length - 1], prev = ds.length > 1 ? ds[ds.length - 2] : null;
    METRICS.forEach(function (m) {
      var delta = null;
      if (withheld(d, m)) {
        box.appendChild(el("div", { "class": "kpi", "data-kpi": m.key }, [
          el("div", { "class": "kpi-label" }, m.label),
          el("div", { "class": "kpi-value muted" }, d.suppressed ? "below k" : "withheld"),
          el("div", { "class": "kpi-delta" }, d.suppressed ? "too few active cabinets to disclose this epoch" : "the policy does not disclose it")
        ]));
        return;
      }
      if (prev && !withheld(prev, m) && m.value(prev) > 0) {
        var pc = (m.value(d) - m.value(prev)) / m.value(prev) * 100;
        delta = el("div", { "class": "kpi-delta " + (pc > 0 ? "up" : pc < 0 ? "down" : "") },
          pc === 0 ? "no change vs previous epoch" : (pc > 0 ? "▲ +" : "▼ ") + pc.toFixed(1) + " % vs previous epoch");
      }
      box.appendChild(el("div", { "class": "kpi", "data-kpi": m.key }, [
        el("div", { "class": "kpi-label" }, m.label),
        el("div", { "class": "kpi-value" }, [m.fmt(d), unitOf(m) ? el("span", { "class": "kpi-unit" }, unitOf(m)) : null]),
        delta || el("div", { "class": "kpi-delta" }, "epoch of " + epochLabel(d.epoch_start, p.epoch_seconds))
      ]));
    });
  }

  function table(p) {
    var t = document.getElementById("epochs");
    clear(t);
    t.appendChild(el("caption", { "class": "sr-only" }, "Disclosed figures of pool " + p.id + " per epoch, newest first"));
    var head = ["Epoch (UTC)", "Swaps", "Energy (kWh)", "Revenue (" + revenueUnit + ")", "Active cabinets", "Lowest battery health", "On-chain", "Local re-check"];
    t.appendChild(el("thead", {}, el("tr", {}, head.map(function (h, i) {
      return el("th", { scope: "col", "class": i >= 1 && i <= 5 ? "num" : null }, h);
    }))));
    var tb = el("tbody", {});
    p.disclosures.slice().reverse().forEach(function (d) {
      var num = function (key, raw, text) {
        if (withheld(d, metricByKey(key))) return el("td", { "class": "num muted", "data-col": key, "data-withheld": "" }, d.suppressed ? "below k" : "withheld");
        return el("td", { "class": "num", "data-col": key, "data-value": raw }, text);
      };
      tb.appendChild(el("tr", { "data-epoch": d.epoch }, [
        el("th", { scope: "row" }, [epochLabel(d.epoch_start, p.epoch_seconds), el("span", { "class": "epoch-no" }, "epoch " + d.epoch)]),
        num("swaps", d.swaps, int(d.swaps)),
        num("energy", d.energy_wh, scaled(d.energy_wh, 3, 1)),
        num("revenue", d.revenue_cents, scaled(d.revenue_cents, 2, 2)),
        num("cabinets", d.active_cabinets, int(d.active_cabinets)),
        num("soh", d.min_soh_permille, scaled(d.min_soh_permille, 1, 1) + " %"),
        el("td", {}, checkBadge(d.verified_onchain, "Verified")),
        el("td", {}, checkBadge(d.reverified_locally, "Re-verified"))
      ]));
    });
    if (!p.disclosures.length) tb.appendChild(el("tr", {}, el("td", { colspan: head.length, "class": "muted" }, "No epochs disclosed yet.")));
    t.appendChild(tb);
  }

  function facts(rows) {
    var dl = el("dl", { "class": "facts" });
    rows.forEach(function (r) {
      if (!r) return;
      dl.appendChild(el("dt", {}, r[0]));
      dl.appendChild(el("dd", {}, r[1]));
    });
    return dl;
  }

  function trust(v, openEpoch) {
    var p = v.pool, box = document.getElementById("trust");
    var open = {};
    box.querySelectorAll("details[open]").forEach(function (d) { open[d.getAttribute("data-epoch")] = true; });
    var first = !box.hasChildNodes();
    clear(box);
    p.disclosures.slice().reverse().forEach(function (d, i) {
      var members = d.signers.filter(function (s) { return s.member; }).length;
      var others = d.signers.length - members;
      var signers = el("ul", { "class": "signers" }, d.signers.map(function (s) {
        return el("li", { "data-signer": s.address }, who(s).concat([" ", s.member ? badge("ok", "committee member") : badge("bad", "not a member of committee version " + d.committee_version)]));
      }));
      if (!d.signers.length) signers = el("span", { "class": "muted" }, "not recovered: " + d.reverified_locally.detail);
      var isOpen = first ? i === 0 : !!open[String(d.epoch)];
      box.appendChild(el("details", { "class": "trust-card", "data-epoch": d.epoch, open: isOpen ? "" : null }, [
        el("summary", {}, [
          el("span", { "class": "t-date" }, epochLabel(d.epoch_start, p.epoch_seconds)),
          el("span", { "class": "muted" }, ["epoch " + d.epoch + " · block ", blockNo(d.block)]),
          el("span", { "class": "t-badges" }, [
            checkBadge(d.verified_onchain, "Verified on-chain"),
            checkBadge(d.reverified_locally, "Re-verified locally"),
            badge(members >= d.threshold && d.threshold > 0 ? "ok" : "bad", members + " signature" + (members === 1 ? "" : "s") + ", " + d.threshold + " required",
              "signatures recovered from the transaction that come from members of committee version " + d.committee_version + ", and its threshold"),
            others ? badge("bad", others + " not from the committee", "signatures recovered from the transaction whose signers are not members of committee version " + d.committee_version) : null
          ])
        ]),
        el("div", { "class": "trust-body" }, facts([
          ["Verified on-chain", [checkBadge(d.verified_onchain, "Verified on-chain"), " ", el("span", { "class": "detail" }, d.verified_onchain.detail)]],
          ["Re-verified locally", [checkBadge(d.reverified_locally, "Re-verified locally"), " ", el("span", { "class": "detail" }, d.reverified_locally.detail)]],
          ["Transaction", txHash(d.tx)],
          ["Block", [blockNo(d.block), " · " + when(d.block_time)]],
          ["Relayed by", addr(d.submitter)],
          ["Verifier contract", addr(d.verifier)],
          ["Verifying key hash", code(d.vk_hash)],
          ["Committee signers", signers],
          ["Threshold", d.threshold + " signatures of committee version " + d.committee_version],
          ["Policy", d.policy ? [el("strong", {}, d.policy), " · payout share " + scaled(d.payout_share_bp, 2, 2) + " %"] : el("span", { "class": "muted" }, "hash not among the policies this server knows")],
          ["Policy hash", code(d.policy_hash)],
          ["Chunks", d.chunks + " chunk" + (d.chunks === 1 ? "" : "s") + " of the sealed records (how many records is not public)"],
          d.suppressed ? ["Suppressed", "fewer active cabinets than the policy's k (or no records): the proof shows only that, no figure"] :
            d.withheld && d.withheld.length ? ["Withheld by the policy", d.withheld.join(", ")] : null,
          ["Epoch root", code(d.root)]
        ]))
      ]));
    });
    if (!p.disclosures.length) box.appendChild(el("p", { "class": "empty" }, "No disclosure to show yet."));
  }

  function card(label, value, unit) {
    return el("div", { "class": "kpi" }, [el("div", { "class": "kpi-label" }, label),
      el("div", { "class": "kpi-value" }, [value, unit ? el("span", { "class": "kpi-unit" }, unit) : null])]);
  }
  function decimal(s) {
    var parts = String(s || "0").split(".");
    return intFmt.format(Number(parts[0])) + (parts[1] ? "." + parts[1] : "");
  }

  function token(p) {
    var box = document.getElementById("token");
    clear(box);
    var t = p.token;
    if (!t) { box.appendChild(el("p", { "class": "muted" }, "The pool has no token.")); return; }
    var ps = t.payout_symbol || "payout token";
    box.appendChild(el("div", { "class": "cards" }, [
      card("Total supply", decimal(t.supply), t.symbol),
      card("Holders", int(t.holders), ""),
      card("Paid out", decimal(t.paid_out), ps),
      card("Claimed", decimal(t.claimed), ps)
    ]));
    var rows = p.disclosures.slice().reverse().filter(function (d) { return d.payout; });
    var tbl = el("table", { "class": "data", id: "payouts" }, [
      el("caption", { "class": "sr-only" }, "Payouts per epoch"),
      el("thead", {}, el("tr", {}, ["Epoch (UTC)", "Deposited", "Cap", "Claimed", "Claims"].map(function (h, i) {
        return el("th", { scope: "col", "class": i ? "num" : null }, h);
      }))),
      el("tbody", {}, rows.length ? rows.map(function (d) {
        return el("tr", { "data-epoch": d.epoch }, [
          el("th", { scope: "row" }, epochLabel(d.epoch_start, p.epoch_seconds)),
          el("td", { "class": "num" }, decimal(d.payout.deposited) + " " + ps),
          el("td", { "class": "num" }, decimal(d.payout.cap) + " " + ps),
          el("td", { "class": "num" }, decimal(d.payout.claimed) + " " + ps),
          el("td", { "class": "num" }, int(d.payout.claims))
        ]);
      }) : el("tr", {}, el("td", { colspan: 5, "class": "muted" }, "No payout deposited yet.")))
    ]);
    box.appendChild(el("div", { "class": "table-scroll" }, tbl));
    box.appendChild(el("div", { "class": "panel" }, facts([
      ["Token", [t.name + " (" + t.symbol + ") ", addr(t.address)]],
      ["Payout token", addr(t.payout_token)]
    ])));
  }

  function poolFacts(v) {
    var p = v.pool, box = document.getElementById("poolfacts");
    clear(box);
    box.appendChild(el("div", { "class": "panel" }, facts([
      ["Pool id", [p.id, " ", code(p.field)]],
      ["Status", [p.active ? badge("ok", "Active") : badge("muted", "Inactive"), " ", p.stale ? staleBadge(p) : badge("ok", "Up to date")]],
      ["Epoch length", duration(p.epoch_seconds)],
      ["Revenue currency", p.currency || el("span", { "class": "muted" }, "not given to this server: figures are in currency units")],
      ["Verifier contract", addr(p.verifier)],
      ["Verifying key hash", code(p.vk_hash)],
      ["Committee", el("ul", { "class": "signers", id: "committee" }, p.committee.members.map(function (m) { return el("li", { "data-member": m.address }, who(m)); }))],
      ["Threshold", p.committee.threshold + " of " + p.committee.members.length + " (committee version " + p.committee.version + ")"],
      ["Registry", [addr(v.registry), " on chain " + v.chain_id]]
    ])));
  }

  // staleBadge names the first epoch not disclosed when the server knows it.
  function staleBadge(p) {
    var m = p.missing_epoch;
    var text = m ? "Stale: epoch " + m.epoch + " (" + epochLabel(m.epoch_start, p.epoch_seconds) + ") is not disclosed yet" : "Stale: an ended epoch is not disclosed yet";
    return el("span", { "class": "badge badge-warn badge-long", id: "stale", title: "The registry's isStale: the epoch after the latest disclosed one has ended" + (m ? " (epoch " + m.epoch + " ended " + when(m.epoch_end) + ")" : "") }, text);
  }

  // liveState says whether the server reads the chain: "● Live · block …",
  // or, when its latest read failed, since when the L2 is unreachable and
  // which block the figures are of (the error in a title and a details).
  function liveState(v) {
    if (!v.read_error) {
      return el("span", { "class": "updated", id: "updated", "data-state": "live" }, [el("span", { "class": "live-dot", "aria-hidden": "true" }), " Live · block " + int(v.block) + " · read " + when(v.read_at)]);
    }
    var text = "L2 unreachable" + (v.unreachable_since ? " since " + when(v.unreachable_since) : "") + ", showing block " + int(v.block) + " read at " + when(v.read_at);
    return el("span", { "class": "updated down", id: "updated", "data-state": "unreachable", title: v.read_error, role: "alert" }, [
      el("span", { "class": "down-dot", "aria-hidden": "true" }), " " + text,
      el("details", { "class": "why" }, [el("summary", {}, "why"), el("code", {}, v.read_error)])
    ]);
  }

  function header(v) {
    var p = v.pool, st = document.getElementById("status");
    clear(st);
    st.appendChild(p.stale
      ? staleBadge(p)
      : badge("ok", "Up to date", "The registry's isStale is false: every ended epoch is disclosed"));
    if (!p.active) st.appendChild(badge("muted", "Inactive"));
    st.appendChild(liveState(v));
    var ds = p.disclosures, s = document.getElementById("summary");
    s.textContent = ds.length
      ? int(ds.length) + " epoch" + (ds.length === 1 ? "" : "s") + " disclosed, from " + epochLabel(ds[0].epoch_start, p.epoch_seconds) +
        " to " + epochLabel(ds[ds.length - 1].epoch_start, p.epoch_seconds) + ". Epochs are " + duration(p.epoch_seconds) + "."
      : "Nothing disclosed yet. Epochs are " + duration(p.epoch_seconds) + ".";
    var b = document.querySelector('[data-field="block"]');
    if (b) b.textContent = String(v.block);
  }

  var current = "";
  function render(v) {
    explorer = v.explorer || "";
    revenueUnit = v.pool.currency || "currency units";
    header(v);
    kpis(v.pool);
    drawCharts(v.pool);
    table(v.pool);
    trust(v);
    token(v.pool);
    poolFacts(v);
    body.setAttribute("data-block", String(v.block));
    body.setAttribute("data-disclosures", String(v.pool.disclosures.length));
    measure();
    body.setAttribute("data-ready", "true");
  }

  // measure records whether anything is wider than the window, for
  // automated checks (a page must not scroll sideways on a phone).
  function measure() {
    body.setAttribute("data-scroll-width", String(document.documentElement.scrollWidth));
    body.setAttribute("data-viewport-width", String(window.innerWidth));
    // What sticks out of the window (outside the tables' own scrolling),
    // to name the culprit when the page is too wide.
    var wide = [];
    document.querySelectorAll("body *").forEach(function (e) {
      if (wide.length < 5 && e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest(".table-scroll")) {
        wide.push(e.tagName.toLowerCase() + (e.className && typeof e.className === "string" ? "." + e.className.split(" ").join(".") : ""));
      }
    });
    body.setAttribute("data-overflowing", wide.join(" "));
  }

  function banner(text) {
    var b = document.getElementById("banner");
    if (text) { b.textContent = text; b.hidden = false; } else { b.hidden = true; }
  }

  // readState shows whether the server reads the chain (the header's
  // live state), without redrawing the rest.
  function readState(v) {
    banner("");
    var u = document.getElementById("updated"), next = liveState(v);
    if (u && u.textContent !== next.textContent) { u.parentNode.replaceChild(next, u); measure(); }
  }

  function poll() {
    fetch("/pool/" + encodeURIComponent(poolId) + "/disclosures.json", { cache: "no-store" })
      .then(function (r) {
        if (!r.ok) throw new Error("HTTP " + r.status);
        return r.text();
      })
      .then(function (text) {
        var v = JSON.parse(text);
        var key = JSON.stringify(v.pool);
        latest = v;
        if (key !== current) { current = key; render(v); }
        readState(v);
      })
      .catch(function (e) { banner("Could not refresh from the server (" + e.message + "); showing the last figures read. Retrying…"); })
      .then(function () { setTimeout(poll, refreshMs); });
  }

  var initial = JSON.parse(main.getAttribute("data-initial"));
  current = JSON.stringify(initial.pool);
  var latest = initial;
  render(initial);
  // Redraw the charts at their new width when the window is resized.
  var resizeTimer = null, lastWidth = document.getElementById("charts").clientWidth;
  window.addEventListener("resize", function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(function () {
      var w = document.getElementById("charts").clientWidth;
      if (w !== lastWidth) { lastWidth = w; drawCharts(latest.pool); }
    }, 150);
  });
  setTimeout(poll, refreshMs);
})();
