// Castellan portal: the only script. Shows passwords on request, waits for a push approval (the page also works without it: the
// "I approved it" button posts the same form), runs the WebAuthn ceremonies (navigator.credentials needs
// script), and moves focus to an error so screen readers announce it.
(function () {
  "use strict";

  function focusNotice(element) {
    element.setAttribute("tabindex", "-1");
    element.focus();
  }
  var notice = document.getElementById("notice");
  if (notice) { focusNotice(notice); }

  // Show-password toggles (rendered hidden: without script there is nothing to toggle). The field is a password
  // field again before its form is sent, so browsers still offer to save and fill it.
  Array.prototype.forEach.call(document.querySelectorAll("button.reveal"), function (button) {
    var field = document.getElementById(button.getAttribute("aria-controls"));
    if (!field) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      var show = field.type === "password";
      field.type = show ? "text" : "password";
      button.setAttribute("aria-pressed", show ? "true" : "false");
    });
    if (field.form) {
      field.form.addEventListener("submit", function () {
        field.type = "password";
        button.setAttribute("aria-pressed", "false");
      });
    }
  });
  // Times are rendered in UTC; shown in the browser's time zone, in the page's language.
  var times = document.querySelectorAll("time.local-time[datetime]");
  if (times.length && window.Intl) {
    var format = new Intl.DateTimeFormat(document.documentElement.lang || undefined,
                                         { dateStyle: "medium", timeStyle: "short" });
    Array.prototype.forEach.call(times, function (t) {
      var at = new Date(t.getAttribute("datetime"));
      if (!isNaN(at.getTime())) { t.textContent = format.format(at); }
    });
  }

  var poll = document.querySelector("[data-poll]");
  if (poll) {
    var url = poll.getAttribute("data-poll");
    var check = function () {
      fetch(url, { credentials: "same-origin", cache: "no-store" })
        .then(function (r) { return r.json(); })
        .then(function (state) {
          if (state.done) { window.location.assign(state.next); } else { setTimeout(check, 2000); }
        })
        .catch(function () { setTimeout(check, 5000); });
    };
    setTimeout(check, 2000);
  }

  // base64url <-> ArrayBuffer (WebAuthn binary fields travel as base64url text).
  function toBytes(text) {
    var b64 = text.replace(/-/g, "+").replace(/_/g, "/");
    while (b64.length % 4) { b64 += "="; }
    var raw = atob(b64);
    var bytes = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) { bytes[i] = raw.charCodeAt(i); }
    return bytes.buffer;
  }
  function toText(buffer) {
    var bytes = new Uint8Array(buffer);
    var raw = "";
    for (var i = 0; i < bytes.length; i++) { raw += String.fromCharCode(bytes[i]); }
    return btoa(raw).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }
  function post(url, csrf, body) {
    return fetch(url, {
      method: "POST", credentials: "same-origin", cache: "no-store",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
      body: JSON.stringify(body || {})
    }).then(function (r) { return r.json(); });
  }
  function showError(message) {
    var box = document.getElementById("key-error");
    box.textContent = message;
    box.hidden = false;
    focusNotice(box);
  }

  var add = document.getElementById("add-key");
  if (add) {
    add.addEventListener("click", function () {
      var csrf = add.getAttribute("data-csrf");
      post(add.getAttribute("data-options"), csrf).then(function (o) {
        if (o.error) { throw new Error(o.error); }
        o.publicKey.challenge = toBytes(o.publicKey.challenge);
        o.publicKey.user.id = toBytes(o.publicKey.user.id);
        o.publicKey.excludeCredentials.forEach(function (c) { c.id = toBytes(c.id); });
        return navigator.credentials.create({ publicKey: o.publicKey });
      }).then(function (credential) {
        return post(add.getAttribute("data-submit"), csrf, {
          name: document.getElementById("key-name").value,
          id: credential.id,
          clientDataJSON: toText(credential.response.clientDataJSON),
          attestationObject: toText(credential.response.attestationObject)
        });
      }).then(function (answer) {
        if (answer.error) { throw new Error(answer.error); }
        window.location.assign(answer.next);
      }).catch(function (error) { showError(error.message || String(error)); });
    });
  }

  var use = document.getElementById("use-key");
  if (use) {
    use.addEventListener("click", function () {
      var csrf = use.getAttribute("data-csrf");
      post(use.getAttribute("data-options"), csrf).then(function (o) {
        if (o.error) { throw new Error(o.error); }
        o.publicKey.challenge = toBytes(o.publicKey.challenge);
        o.publicKey.allowCredentials.forEach(function (c) { c.id = toBytes(c.id); });
        return navigator.credentials.get({ publicKey: o.publicKey });
      }).then(function (assertion) {
        return post(use.getAttribute("data-submit"), csrf, {
          id: assertion.id,
          clientDataJSON: toText(assertion.response.clientDataJSON),
          authenticatorData: toText(assertion.response.authenticatorData),
          signature: toText(assertion.response.signature)
        });
      }).then(function (answer) {
        if (answer.error) { throw new Error(answer.error); }
        window.location.assign(answer.next);
      }).catch(function (error) { showError(error.message || String(error)); });
    });
  }
})();
