// What the admin's review scripts share (casefiles-admin-review.js on an article's page,
// casefiles-review-queue.js on the review queue): sending a review form with fetch for a JSON
// answer, posting it as usual when that cannot be done, and saying what was done in the page's
// live region. Loaded before either.
"use strict";

function announce(message) {
  const region = document.querySelector(".cf-review-announce");
  if (region) {
    region.textContent = message;
  }
}

// The plain submission, as if the script were not there: what the server says is then a page.
function submitPlainly(form, button) {
  const status = document.createElement("input");
  status.type = "hidden";
  status.name = button.name;
  status.value = button.value;
  form.append(status);
  form.action = button.formAction;
  HTMLFormElement.prototype.submit.call(form);
}

// `form` as `button` submits it, sent with fetch asking for JSON, the buttons within `busy`
// disabled meanwhile: the response, or null when the request failed or the answer is not JSON,
// and the form has been submitted plainly instead.
async function postForJson(form, button, busy) {
  // Read before the buttons are disabled: a disabled button's value is not sent.
  const body = new FormData(form, button);
  busy.querySelectorAll("button").forEach((each) => {
    each.disabled = true;
  });
  let response;
  try {
    response = await fetch(button.formAction, {
      method: "POST",
      body,
      credentials: "same-origin",
      headers: {
        Accept: "application/json",
        "X-CSRFToken": body.get("csrfmiddlewaretoken"),
      },
    });
  } catch {
    submitPlainly(form, button);
    return null;
  }
  const type = response.headers.get("Content-Type") || "";
  if (!type.startsWith("application/json")) {
    submitPlainly(form, button);
    return null;
  }
  return response;
}
