// Verify on the review queue without reloading the page. Each row's form posts its record's
// review to the queue; for Verify this script sends the form with fetch instead, marks the row
// verified in place, moves focus on to the next row's Verify button and says what was done in
// the page's live region. Without the script, or when the answer is not the expected one, the
// form is posted as usual and the page reloads with the message.
// announce, submitPlainly and postForJson: casefiles-review-post.js.
"use strict";

function countOneLess() {
  document.querySelectorAll("[data-awaiting]").forEach((number) => {
    const count = Number.parseInt(number.textContent, 10);
    if (count > 0) {
      number.textContent = String(count - 1);
    }
  });
}

function nextVerifyButton(row) {
  for (let next = row.nextElementSibling; next; next = next.nextElementSibling) {
    const button = next.querySelector("form.cf-queue-review button[value='verified']");
    if (button) {
      return button;
    }
  }
  return null;
}

async function verify(form, button) {
  const row = form.closest("tr");
  const response = await postForJson(form, button, form);
  if (!response) {
    return;
  }
  if (!response.ok) {
    submitPlainly(form, button);
    return;
  }
  const answer = await response.json();
  const done = document.createElement("p");
  done.className = "cf-queue-done";
  done.tabIndex = -1;
  done.textContent = answer.label.charAt(0).toUpperCase() + answer.label.slice(1);
  form.replaceWith(done);
  row.classList.add("cf-queue-reviewed");
  if (answer.changed) {
    countOneLess();
  }
  (nextVerifyButton(row) || done).focus();
  announce(answer.message);
}

document.addEventListener("submit", (event) => {
  const form = event.target;
  const button = event.submitter;
  if (!form.matches("form.cf-queue-review") || !button || button.value !== "verified") {
    return;
  }
  event.preventDefault();
  verify(form, button);
});
