// Keep an import run's page current while the run goes on. The run's status carries the address
// of its numbers (data-progress-url); every data-refresh-ms milliseconds this script reads them,
// as JSON of each field's HTML, and puts each in its place, until the run has ended. Without the
// script, or once a read fails, the page's link reloads it instead.
"use strict";

function showFields(fields) {
  for (const [name, html] of Object.entries(fields)) {
    // Fields on one line share a row carrying each one's class; the field's own box is the
    // innermost, the last in the page's order.
    const boxes = document.querySelectorAll(`.field-${name}`);
    const value = boxes.length ? boxes[boxes.length - 1].querySelector(".readonly") : null;
    if (value) {
      // Built by the admin from escaped values, as the page itself is.
      value.innerHTML = html;
    }
  }
}

async function readAgain(url) {
  const response = await fetch(url, {
    credentials: "same-origin",
    headers: { Accept: "application/json" },
  });
  const type = response.headers.get("Content-Type") || "";
  if (!response.ok || !type.startsWith("application/json")) {
    throw new Error(`The run's numbers could not be read (${response.status}).`);
  }
  return response.json();
}

function follow(live) {
  const url = live.dataset.progressUrl;
  const every = Number.parseInt(live.dataset.refreshMs, 10) || 3000;
  const root = document.documentElement;
  root.classList.add("cf-import-following");
  async function tick() {
    let answer;
    try {
      answer = await readAgain(url);
    } catch {
      root.classList.remove("cf-import-following");
      return;
    }
    showFields(answer.fields);
    if (answer.going_on) {
      window.setTimeout(tick, every);
    } else {
      root.classList.remove("cf-import-following");
    }
  }
  window.setTimeout(tick, every);
}

document.addEventListener("DOMContentLoaded", () => {
  const live = document.querySelector("[data-progress-url]");
  if (live) {
    follow(live);
  }
});
