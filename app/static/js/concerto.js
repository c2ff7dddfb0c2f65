/* Concerto — small enhancements. Every action also works without this file. */
(function () {
  "use strict";

  // Likes without a page reload: the same POST form, answered in JSON.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.classList || !form.classList.contains("like-form") || !window.fetch) { return; }
    event.preventDefault();
    var button = form.querySelector(".like-button");
    if (button.getAttribute("aria-busy") === "true") { return; }   // a double click counts once
    button.setAttribute("aria-busy", "true");
    fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      headers: { "Accept": "application/json" },
      credentials: "same-origin"
    }).then(function (response) {
      if (!response.ok) { throw new Error("HTTP " + response.status); }
      return response.json();
    }).then(function (data) {
      button.setAttribute("aria-pressed", data.liked ? "true" : "false");
      form.querySelector("input[name=aime]").value = data.liked ? "0" : "1";
      var count = button.querySelector(".like-button__count");
      count.lastChild.textContent = String(data.count);
      button.removeAttribute("aria-busy");
    }).catch(function () {
      form.submit();   // fall back to the plain form
    });
  });

  // The capture of post-its: Enter saves (Shift+Enter goes to the line), the text is cleared and
  // keeps the focus, the mission, group, name and themes stay; the new post-it joins the list.
  var capture = document.querySelector("form[data-capture]");
  if (capture && window.fetch) {
    var text = capture.querySelector("textarea[name=text]");
    var status = capture.querySelector("[data-capture-status]");
    var list = document.querySelector("[data-capture-list]");
    var empty = document.querySelector("[data-capture-empty]");
    var busy = false;
    text.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        capture.requestSubmit ? capture.requestSubmit() : capture.dispatchEvent(new Event("submit", { cancelable: true }));
      }
    });
    capture.addEventListener("submit", function (event) {
      event.preventDefault();
      if (busy) { return; }
      if (!text.value.trim()) { status.textContent = text.getAttribute("data-empty-message") || ""; text.focus(); return; }
      busy = true;
      fetch(capture.action || window.location.href, {
        method: "POST", body: new FormData(capture), credentials: "same-origin",
        headers: { "Accept": "application/json" }
      }).then(function (response) {
        return response.json().then(function (data) { return { ok: response.ok, data: data }; });
      }).then(function (result) {
        busy = false;
        if (!result.ok) {
          var errors = result.data.errors || {};
          status.textContent = Object.keys(errors).map(function (k) { return errors[k].join(" "); }).join(" ");
          text.focus();
          return;
        }
        text.value = "";
        var title = capture.querySelector("input[name=title]");
        if (title) { title.value = ""; }
        list.insertAdjacentHTML("afterbegin", result.data.item);
        if (empty) { empty.hidden = true; }
        status.textContent = result.data.message;
        text.focus();
      }).catch(function () { busy = false; capture.submit(); });
    });
  }

  // Undo a capture without leaving the page.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.hasAttribute || !form.hasAttribute("data-capture-undo") || !window.fetch) { return; }
    event.preventDefault();
    fetch(form.action, { method: "POST", body: new FormData(form), credentials: "same-origin",
                         headers: { "Accept": "application/json" } })
      .then(function (response) { if (!response.ok) { throw new Error("HTTP " + response.status); } return response.json(); })
      .then(function (data) {
        var item = form.closest("li");
        var status = document.querySelector("[data-capture-status]");
        if (status) { status.textContent = data.message; }
        if (item) { item.remove(); }
        var text = document.querySelector("form[data-capture] textarea[name=text]");
        if (text) { text.focus(); }
      }).catch(function () { form.submit(); });
  });

  // A date picker beside a date typed by hand: the chosen day is written the French way.
  var MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                "novembre", "décembre"];
  Array.prototype.forEach.call(document.querySelectorAll("input[data-date-picker]"), function (input) {
    var picker = document.createElement("input");
    picker.type = "date";
    if (picker.type !== "date" || typeof picker.showPicker !== "function") { return; }
    picker.className = "date-picker__native";
    picker.tabIndex = -1;
    picker.setAttribute("aria-hidden", "true");
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button button--secondary button--small date-picker__button";
    button.textContent = input.getAttribute("data-picker-label") || "Calendrier";
    button.setAttribute("aria-label", (input.getAttribute("data-picker-label") || "Calendrier") + " : " +
      (document.querySelector("label[for='" + input.id + "']") || { textContent: "" }).textContent.trim());
    var wrap = document.createElement("div");
    wrap.className = "date-picker";
    input.parentNode.insertBefore(wrap, input);
    wrap.appendChild(input);
    wrap.appendChild(button);
    wrap.appendChild(picker);
    button.addEventListener("click", function () { try { picker.showPicker(); } catch (e) { input.focus(); } });
    picker.addEventListener("change", function () {
      var parts = picker.value.split("-");
      if (parts.length === 3) {
        input.value = parseInt(parts[2], 10) + " " + MONTHS[parseInt(parts[1], 10) - 1] + " " + parts[0];
        input.dispatchEvent(new Event("input", { bubbles: true }));
      }
      input.focus();
    });
  });

  // Close ideas while typing a new contribution: asked for a moment after the typing stops, shown
  // under the text, counted aloud by a polite live region. The first submit then publishes at once
  // (without this script, it shows the close ideas on a page of their own first).
  var closeRegion = document.querySelector("[data-close-ideas]");
  if (closeRegion && window.fetch) {
    var closeForm = closeRegion.closest("form");
    var closeSeen = closeForm.querySelector("[data-close-seen]");
    var closeStatus = closeForm.querySelector("[data-close-status]");
    var typedTitle = closeForm.querySelector("[name=title]");
    var typedBody = closeForm.querySelector("[name=body]");
    var closeTimer = null, closeAsked = "", closeCount = 0;
    // Asks for the close ideas of the text as it is now; `then(count)` once they are shown.
    var askClose = function (then) {
      var query = "titre=" + encodeURIComponent(typedTitle.value.slice(0, 1200)) +
        "&texte=" + encodeURIComponent(typedBody ? typedBody.value.slice(0, 1200) : "");
      closeAsked = query;
      fetch(closeRegion.getAttribute("data-close-ideas") + "?" + query, {
        headers: { "Accept": "text/html" }, credentials: "same-origin"
      }).then(function (response) {
        if (!response.ok) { throw new Error("HTTP " + response.status); }
        return response.text();
      }).then(function (html) {
        if (query !== closeAsked) { return; }   // an older answer, overtaken by the typing
        closeRegion.innerHTML = html;
        closeSeen.value = "vues";
        var found = closeRegion.querySelector("[data-close-message]");
        var count = closeRegion.querySelectorAll(".close-idea").length;
        if (count !== closeCount || then) {   // said once per change, not at every key
          closeStatus.textContent = found ? found.getAttribute("data-close-message") : "";
          closeCount = count;
        }
        if (then) { then(count); }
      }).catch(function () {
        closeSeen.value = "";
        closeAsked = "";
        if (then) { then(0); }
      });
    };
    var typed = function () {
      closeSeen.value = "";
      clearTimeout(closeTimer);
      closeTimer = setTimeout(function () { askClose(null); }, 400);
    };
    typedTitle.addEventListener("input", typed);
    if (typedBody) { typedBody.addEventListener("input", typed); }
    // Sent before the close ideas of the last words came: they come first, and a second "Publier"
    // publishes (as the page of close ideas does without this script).
    closeForm.addEventListener("submit", function (event) {
      if (closeSeen.value === "vues" || (event.submitter && event.submitter.name === "preview")) { return; }
      event.preventDefault();
      clearTimeout(closeTimer);
      askClose(function (count) {
        if (count === 0) { closeForm.submit(); return; }
        var heading = closeRegion.querySelector("h2");
        if (heading) { heading.setAttribute("tabindex", "-1"); heading.focus(); }
      });
    });
  }

  // Forms whose answer takes a few seconds (the assistant's themes and drafts): the button says the
  // work has started, and a second click does not start it again.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.hasAttribute || !form.hasAttribute("data-busy")) { return; }
    var button = form.querySelector("button[type=submit]");
    if (button.getAttribute("aria-disabled") === "true") { event.preventDefault(); return; }
    button.setAttribute("aria-disabled", "true");
    button.textContent = form.getAttribute("data-busy");
    var status = form.querySelector("[data-busy-status]");
    if (status) { status.textContent = form.getAttribute("data-busy"); }
  });

  // The wall on the projector follows the room: it asks every 2 seconds whether anything changed
  // (304 when nothing did) and takes the new content when it did. Without this file, the page
  // reloads itself every 10 seconds.
  var wall = document.querySelector("[data-wall]");
  if (wall && window.fetch) {
    var wallContent = wall.querySelector("[data-wall-content]");
    var wallLost = wall.querySelector("[data-wall-lost]");
    var etag = 'W/"' + wall.getAttribute("data-wall-version") + '"';
    var refreshWall = function () {
      fetch(wall.getAttribute("data-wall"), {
        headers: { "If-None-Match": etag }, cache: "no-store", credentials: "same-origin"
      }).then(function (response) {
        if (response.status === 304) { wallLost.hidden = true; return; }
        if (response.status === 404) { window.location.reload(); return; }
        if (!response.ok) { throw new Error("HTTP " + response.status); }
        return response.text().then(function (html) {
          etag = response.headers.get("ETag") || etag;
          wallContent.innerHTML = html;
          wallLost.hidden = true;
        });
      }).catch(function () {
        wallLost.hidden = false;
      }).then(function () {
        window.setTimeout(refreshWall, 2000);
      });
    };
    window.setTimeout(refreshWall, 2000);
  }

  // Dots of a vote: placed or taken back without leaving the list; the list is then read again
  // from the page, so that every count and button says what the server holds.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.hasAttribute || !form.hasAttribute("data-dots") || !window.fetch) { return; }
    event.preventDefault();
    var card = form.closest("[data-dot-card]");
    var button = form.querySelector("button");
    if (button.getAttribute("aria-busy") === "true") { return; }   // a double tap counts once
    button.setAttribute("aria-busy", "true");
    var left = document.querySelector("[data-dots-left]");
    fetch(form.action, {
      method: "POST", body: new FormData(form), credentials: "same-origin",
      headers: { "Accept": "application/json" }
    }).then(function (response) {
      return response.json().then(function (data) { return { ok: response.ok, data: data }; });
    }).then(function (result) {
      return fetch(window.location.pathname, { cache: "no-store", credentials: "same-origin" })
        .then(function (response) { return response.text(); })
        .then(function (html) {
          var page = new DOMParser().parseFromString(html, "text/html");
          var list = document.querySelector(".dot-list");
          var fresh = page.querySelector(".dot-list");
          if (list && fresh) { list.replaceWith(fresh); }
          var freshLeft = page.querySelector("[data-dots-left]");
          if (left && freshLeft) { left.textContent = result.ok ? freshLeft.textContent : result.data.error; }
          var again = card && document.getElementById(card.id);
          var target = again && (again.querySelector("button:not([disabled])") || again);
          if (target) { if (target === again) { again.setAttribute("tabindex", "-1"); } target.focus(); }
        });
    }).catch(function () {
      form.submit();   // fall back to the plain form
    });
  });

  // An error summary takes the focus, so that screen readers announce it.
  var summary = document.querySelector("[data-autofocus]");
  if (summary) { summary.focus(); }
})();
