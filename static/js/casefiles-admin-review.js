// Verify, reject and undo on an article's admin page without reloading it. Each record's row
// has buttons that submit the form #cf-review to the record's review address; this script sends
// that form with fetch instead and puts the row's new review state, which the server renders,
// in place of the old. Without the script the browser posts the form and comes back to the row.
// announce, submitPlainly and postForJson: casefiles-review-post.js.
"use strict";

function showAwaiting(count) {
  document.querySelectorAll("[data-awaiting]").forEach((number) => {
    number.textContent = count;
    const tool = number.closest("li");
    if (tool) {
      tool.hidden = count === 0;
    }
  });
}

async function review(form, button) {
  const cell = button.closest(".cf-review");
  const response = await postForJson(form, button, cell);
  if (!response) {
    return;
  }
  const answer = await response.json();
  const id = cell.id;
  cell.outerHTML = answer.cell;
  const replaced = document.getElementById(id);
  const next = replaced && replaced.querySelector("button");
  if (next) {
    next.focus();
  }
  showAwaiting(answer.awaiting);
  announce(answer.message);
}

document.addEventListener("submit", (event) => {
  const form = event.target;
  const button = event.submitter;
  if (!form.matches("form.cf-review-form") || !button || !button.closest(".cf-review")) {
    return;
  }
  event.preventDefault();
  review(form, button);
});

// Select2 draws its own box for each choice of a person, organisation or operation, named by
// the choice made, or by nothing when none is; and for a choice of several, a search box with no
// name at all. Each is named by the label of the choice it stands for as well.
function nameChoices(root) {
  root.querySelectorAll("select.admin-autocomplete").forEach((choice) => {
    const label = document.querySelector(`label[for="${choice.id}"]`);
    const drawn = choice.nextElementSibling;
    if (!label || !drawn || !drawn.classList.contains("select2")) {
      return;
    }
    label.id = label.id || `${choice.id}-label`;
    const box = drawn.querySelector('.select2-selection[role="combobox"]');
    const named = box && (box.getAttribute("aria-labelledby") || "").split(" ");
    if (box && !named.includes(label.id)) {
      box.setAttribute("aria-labelledby", [label.id, ...named].join(" ").trim());
    }
    // The choice made, shown as a read-only text box, and the search box of a choice of several.
    drawn.querySelectorAll('[role="textbox"], .select2-search__field').forEach((field) => {
      field.setAttribute("aria-labelledby", label.id);
    });
  });
}

// After Django's autocomplete.js has drawn the boxes: its handlers run first.
window.addEventListener("load", () => {
  if (window.django && window.django.jQuery) {
    window.django.jQuery(() => nameChoices(document));
  }
});
document.addEventListener("formset:added", (event) => {
  setTimeout(() => nameChoices(event.target), 0);
});
