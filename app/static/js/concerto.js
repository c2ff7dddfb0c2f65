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

  // An error summary takes the focus, so that screen readers announce it.
  var summary = document.querySelector("[data-autofocus]");
  if (summary) { summary.focus(); }
})();
