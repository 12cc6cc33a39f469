/*
 * The vote button without reloading the page: the form posts to /vote as it would without
 * JavaScript, asking for JSON; the count and the button change in place. Any answer but a count
 * (a refusal, an expired session, no network) falls back to the plain post, whose page says why.
 */
(function () {
  "use strict";
  var form = document.getElementById("vote");
  if (!form || !window.fetch || !window.FormData) {
    return;
  }
  form.addEventListener("submit", function (event) {
    var button = event.submitter || form.querySelector("button");
    if (!button || form.dataset.sending) {
      return;
    }
    event.preventDefault();
    form.dataset.sending = "1";
    var data = new FormData(form);
    data.append(button.name, button.value);
    fetch(form.action, {
      method: "POST",
      body: new URLSearchParams(data),
      headers: { "Accept": "application/json" },
      credentials: "same-origin"
    }).then(function (response) {
      if (!response.ok) {
        throw new Error(response.status);
      }
      return response.json();
    }).then(function (answer) {
      document.getElementById("vote:vote-count").textContent = answer.label;
      var label = button.dataset.voted;
      button.dataset.voted = button.textContent;
      button.textContent = label;
      var cast = answer.voted;
      button.name = cast ? "vote:retract" : "vote:cast";
      button.value = cast ? "retract" : "cast";
      button.id = button.name;
      button.className = cast ? "" : "primary";
      delete form.dataset.sending;
    }).catch(function () {
      delete form.dataset.sending;
      var plain = document.createElement("input");
      plain.type = "hidden";
      plain.name = button.name;
      plain.value = button.value;
      form.appendChild(plain);
      form.submit();
    });
  });
})();

/*
 * Deleting one's own reply asks first. Without JavaScript the server asks, on the page (the post
 * comes back with ?delete=ID and the row's "delete it?" form); here a dialog asks, and a yes posts
 * the confirmed form at once.
 */
(function () {
  "use strict";
  var forms = document.querySelectorAll("form.own-reply:not(.confirm)");
  Array.prototype.forEach.call(forms, function (form) {
    form.addEventListener("submit", function (event) {
      if (!window.confirm(form.dataset.confirm)) {
        event.preventDefault();
        return;
      }
      var confirmed = document.createElement("input");
      confirmed.type = "hidden";
      confirmed.name = "confirm";
      confirmed.value = "1";
      form.appendChild(confirmed);
    });
  });
})();
