/// The optional script: with JavaScript on, a preview of the check updates as the user types
/// (debounced calls to `POST /api/v1/check`). Everything works without it. It writes text only
/// (`textContent`, never markup), so nothing the user typed can become code.
enum Script {
    static let text = """
        "use strict";
        (function () {
          var summary = document.querySelector(".error-summary");
          if (summary) { summary.focus(); }
          var form = document.querySelector("form[data-live-check]");
          var area = document.getElementById("manifeste");
          var panel = document.getElementById("apercu");
          var output = document.getElementById("apercu-resultat");
          if (!form || !area || !panel || !output || !window.fetch) { return; }
          var french = document.documentElement.lang !== "en";
          var words = french
            ? { ok: "Conforme : aucun point à corriger.", ko: "Non conforme", error: "erreur", warning: "avertissement", info: "info", line: "ligne", more: "autres constats", failed: "Aperçu indisponible ; « Vérifier » reste possible.", empty: "" }
            : { ok: "Complies: nothing to fix.", ko: "Does not comply", error: "error", warning: "warning", info: "info", line: "line", more: "more findings", failed: "Preview unavailable; “Check” still works.", empty: "" };
          var timer = null;
          var sequence = 0;
          panel.hidden = false;

          function show(report) {
            output.textContent = "";
            var file = report.files && report.files[0];
            if (!file) { return; }
            var findings = file.diagnostics || [];
            var errors = findings.filter(function (d) { return d.severity === "error" && !d.waived; }).length;
            var head = document.createElement("p");
            var strong = document.createElement("strong");
            strong.textContent = file.status === "pass" ? words.ok : words.ko + " : " + errors + " " + words.error + (errors > 1 ? "s" : "") + ".";
            head.appendChild(strong);
            output.appendChild(head);
            if (findings.length === 0) { return; }
            var list = document.createElement("ul");
            findings.slice(0, 8).forEach(function (d) {
              var item = document.createElement("li");
              var where = d.range && d.range.start ? words.line + " " + d.range.start.line + " — " : "";
              item.textContent = (words[d.severity] || d.severity) + " · " + where + d.message;
              list.appendChild(item);
            });
            output.appendChild(list);
            if (findings.length > 8) {
              var more = document.createElement("p");
              more.textContent = "+ " + (findings.length - 8) + " " + words.more;
              output.appendChild(more);
            }
          }

          function check() {
            var text = area.value;
            if (!text.trim()) { output.textContent = words.empty; return; }
            var url = form.getAttribute("data-live-check");
            var date = document.getElementById("date");
            if (date && /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(date.value.trim())) { url += "&today=" + date.value.trim(); }
            var nature = form.querySelector("input[name=nature]");
            var type = nature && nature.value === "markdown" ? "text/markdown" : "application/yaml";
            var mine = ++sequence;
            fetch(url, { method: "POST", headers: { "Content-Type": type }, body: text, credentials: "omit" })
              .then(function (response) { if (!response.ok) { throw new Error(String(response.status)); } return response.json(); })
              .then(function (report) { if (mine === sequence) { show(report); } })
              .catch(function () { if (mine === sequence) { output.textContent = words.failed; } });
          }

          area.addEventListener("input", function () {
            if (timer) { clearTimeout(timer); }
            timer = setTimeout(check, 600);
          });
          if (area.value.trim()) { check(); }
        })();

        """
}
