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

  // An error summary takes the focus, so that screen readers announce it.
  var summary = document.querySelector("[data-autofocus]");
  if (summary) { summary.focus(); }
})();
