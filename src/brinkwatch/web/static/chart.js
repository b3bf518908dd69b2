// The overview chart: conflict and cooperation over time for one pair (Vega-Lite, rendered without eval).
(function () {
  "use strict";
  var el = document.getElementById("chart");
  var note = document.getElementById("chart-note");
  if (!el) { return; }
  var select = document.getElementById("pair-select");
  var inputA = document.getElementById("pair-a");
  var inputB = document.getElementById("pair-b");
  var inputBy = document.getElementById("pair-by");

  function rows(periods) {
    var out = [];
    periods.forEach(function (p) {
      var q = p.quad;
      out.push({ period: p.period, kind: "conflict", events: q.verbal_conflict + q.material_conflict });
      out.push({ period: p.period, kind: "cooperation", events: q.verbal_cooperation + q.material_cooperation });
    });
    return out;
  }

  function scores(periods) {
    return periods.filter(function (p) { return p.escalation.score !== null; }).map(function (p) {
      return { period: p.period, score: p.escalation.score, marked: p.escalation.marked };
    });
  }

  function spec(data) {
    var x = { field: "period", type: "ordinal", title: data.by === "week" ? "week" : "day", axis: { labelAngle: -40 } };
    return {
      $schema: "https://vega.github.io/schema/vega-lite/v6.json",
      width: "container", height: 260, autosize: { type: "fit", contains: "padding" },
      title: data.a + " \u2194 " + data.b + " (" + data.trend.label + ")",
      layer: [
        { data: { values: rows(data.periods) }, mark: { type: "bar", tooltip: true },
          encoding: { x: x, xOffset: { field: "kind" },
                      y: { field: "events", type: "quantitative", title: "events" },
                      color: { field: "kind", type: "nominal", title: null,
                               scale: { domain: ["conflict", "cooperation"], range: ["#c0392b", "#2e7d5b"] } } } },
        { data: { values: scores(data.periods) }, mark: { type: "line", point: true, color: "#333", tooltip: true },
          encoding: { x: x, y: { field: "score", type: "quantitative", title: "conflict intensity per article" } } }
      ],
      resolve: { scale: { y: "independent" } }
    };
  }

  function draw(a, b, by) {
    el.setAttribute("data-a", a);
    el.setAttribute("data-b", b);
    el.removeAttribute("data-rendered");
    note.textContent = "";
    if (!a || !b) { note.textContent = "pick a pair to chart"; return; }
    var url = "/api/timeline?" + new URLSearchParams({ a: a, b: b, by: by || "day" }).toString();
    fetch(url, { headers: { Accept: "application/json" } }).then(function (r) {
      return r.json().then(function (body) { return { ok: r.ok, body: body }; });
    }).then(function (res) {
      if (!res.ok) { throw new Error(res.body.error ? res.body.error.message : "request failed"); }
      if (!res.body.periods.length) { el.textContent = ""; note.textContent = "no dated events between " + a + " and " + b; return; }
      return vegaEmbed(el, spec(res.body), {
        actions: false, renderer: "canvas", defaultStyle: false, ast: true, tooltip: { disableDefaultStyle: true },
        expr: vegaInterpreter.expressionInterpreter
      }).then(function () {
        el.setAttribute("aria-label", "chart: " + res.body.a + " \u2194 " + res.body.b);
        el.setAttribute("data-rendered", "1");
      });
    }).catch(function (err) { note.textContent = "chart unavailable: " + err.message; });
  }

  if (select) {
    select.addEventListener("change", function () {
      var parts = select.value.split("|");
      inputA.value = parts[0]; inputB.value = parts[1];
      draw(parts[0], parts[1], inputBy.value);
      history.replaceState(null, "", "/?" + new URLSearchParams({ a: parts[0], b: parts[1] }).toString() + "#chart");
    });
  }
  if (inputBy) {
    inputBy.addEventListener("change", function () { draw(inputA.value, inputB.value, inputBy.value); });
  }
  draw(el.getAttribute("data-a"), el.getAttribute("data-b"), inputBy ? inputBy.value : "day");
})();
