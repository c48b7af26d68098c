/// The optional script of « Remplir en ligne » (`/static/remplir.js`); the form works without it.
/// - A bounded text's count updates as the user types (the server wrote it for the value sent).
/// - After a pause in typing, the form is sent as « Vérifier » would send it, and the findings
///   of the page that comes back are copied next to their fields, with each part's state: the
///   same engine and the same page, so the live view and a real submission never differ. Only
///   markup the server wrote is copied (parsed by DOMParser, which runs no script); fields the
///   user is typing in are never replaced.
enum FormScript {
    static let text = """
        "use strict";
        (function () {
          var form = document.querySelector("form[data-live-form]");
          if (!form) { return; }
          var french = document.documentElement.lang !== "en";
          // The header's language link would drop what was typed: the form's button keeps it.
          var keep = document.getElementById("changer-langue");
          var switchLink = document.querySelector(".language-switch");
          if (keep && switchLink) {
            switchLink.addEventListener("click", function (event) { event.preventDefault(); keep.click(); });
          }

          function counterText(count, min, max) {
            var text = max ? count + " / " + max + (french ? " caractères" : " characters") : count + (french ? " caractères" : " characters");
            if (min) { text += french ? " (" + min + " au moins)" : " (at least " + min + ")"; }
            return text;
          }
          // What a person counts, as the engine does (grapheme clusters: 👩‍👩‍👧 is one).
          function characters(text) {
            if (window.Intl && Intl.Segmenter) {
              var count = 0;
              for (var part of new Intl.Segmenter().segment(text)) { count += part ? 1 : 0; }
              return count;
            }
            return Array.from(text).length;
          }
          function updateCounter(field) {
            var counter = document.getElementById(field.id + "-compteur");
            if (!counter) { return; }
            var count = characters(field.value.trim());
            var min = field.getAttribute("data-min-length"), max = field.getAttribute("data-max-length");
            counter.textContent = counterText(count, min, max);
            var outside = (min && count < Number(min)) || (max && count > Number(max));
            counter.classList.toggle("counter-outside", Boolean(outside));
          }
          form.querySelectorAll("[data-min-length], [data-max-length]").forEach(function (field) {
            updateCounter(field);
            field.addEventListener("input", function () { updateCounter(field); });
          });

          if (!window.fetch || !window.FormData || !window.DOMParser) { return; }
          var timer = null;
          var sequence = 0;
          // Before the first « Vérifier », only the fields the user has touched show findings.
          var checkedOnce = Boolean(form.querySelector("input[name='~verifie']"));
          var touched = {};

          function syncBlock(current, fresh) {
            var oldError = current.querySelector(":scope > .field-error");
            var newError = fresh.querySelector(":scope > .field-error");
            if (oldError && !newError) { oldError.remove(); }
            if (newError) {
              var copy = document.importNode(newError, true);
              if (oldError) { oldError.replaceWith(copy); } else {
                var anchor = current.querySelector(":scope > .hint, :scope > legend, :scope > label");
                if (anchor) { anchor.after(copy); } else { current.prepend(copy); }
              }
            }
            current.classList.toggle("field-invalid", Boolean(newError));
            fresh.querySelectorAll("[aria-describedby]").forEach(function (element) {
              if (!element.id) { return; }
              var mine = document.getElementById(element.id);
              if (!mine) { return; }
              mine.setAttribute("aria-describedby", element.getAttribute("aria-describedby"));
              if (element.hasAttribute("aria-invalid")) { mine.setAttribute("aria-invalid", "true"); } else { mine.removeAttribute("aria-invalid"); }
            });
            var describedBy = fresh.getAttribute("aria-describedby");
            if (describedBy) { current.setAttribute("aria-describedby", describedBy); }
          }

          // The summary at the top, once « Vérifier » has shown it, follows the typing too. Its
          // copy is not an alert: it was read out once, after « Vérifier », and a screen reader
          // should not read it again at every pause in typing.
          function syncSummary(fresh) {
            var current = document.querySelector(".error-summary");
            if (!current || !checkedOnce) { return; }
            var next = fresh.querySelector(".error-summary");
            if (!next) { current.remove(); return; }
            var copy = document.importNode(next, true);
            copy.removeAttribute("role");
            current.replaceWith(copy);
          }

          function show(html) {
            var fresh = new DOMParser().parseFromString(html, "text/html");
            syncSummary(fresh);
            fresh.querySelectorAll("[id^='bloc-'], fieldset.list").forEach(function (block) {
              var current = document.getElementById(block.id);
              if (current && (checkedOnce || touched[block.id])) { syncBlock(current, block); }
            });
            document.querySelectorAll(".section-state").forEach(function (state) {
              var holder = state.closest("li, h2");
              var link = holder && holder.querySelector("a[href]");
              var key = holder && holder.tagName === "H2" ? "#" + holder.id : link && "a[href='" + link.getAttribute("href") + "']";
              if (!key) { return; }
              var twin = fresh.querySelector(key);
              var source = twin && (twin.tagName === "H2" ? twin : twin.parentNode).querySelector(".section-state");
              if (source) { state.replaceWith(document.importNode(source, true)); }
            });
          }

          function check() {
            var data = new FormData(form);
            data.set("~action", "verifier");
            data.set("~verifie", "1");
            var mine = ++sequence;
            fetch(form.getAttribute("action"), { method: "POST", body: data, credentials: "omit" })
              .then(function (response) { if (!response.ok) { throw new Error(String(response.status)); } return response.text(); })
              .then(function (html) { if (mine === sequence) { show(html); } })
              .catch(function () { /* the buttons still work */ });
          }

          form.addEventListener("input", function (event) {
            if (event.target.type === "file") { return; }
            var block = event.target.closest("[id^='bloc-']");
            if (block) { touched[block.id] = true; }
            if (timer) { clearTimeout(timer); }
            timer = setTimeout(check, 900);
          });
          form.addEventListener("change", function (event) {
            if (event.target.type !== "radio" && event.target.type !== "checkbox" && event.target.tagName !== "SELECT") { return; }
            var block = event.target.closest("[id^='bloc-']");
            if (block) { touched[block.id] = true; }
            if (timer) { clearTimeout(timer); }
            timer = setTimeout(check, 300);
          });
        })();

        """
}
