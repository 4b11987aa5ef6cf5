// The filter forms work without this script: a name box sends the name typed, and the server
// finds the record by it. With it, each box (input[data-pick]) offers, as one types, the names
// that begin so (from the address in data-pick, ?q=…), as a list box one moves through with
// the arrow keys and chooses from with Enter or a click; the chosen record's slug is what the
// form sends, so a name that several records share is never asked about.
(() => {
  const DELAY_MS = 150;

  function enhance(input, number) {
    // The form sends this hidden field, under the box's name: the chosen slug, or the text.
    const sent = document.createElement("input");
    sent.type = "hidden";
    sent.name = input.name;
    sent.value = input.dataset.slug || input.value;
    input.removeAttribute("name");

    const list = document.createElement("ul");
    list.id = `${input.id || `pick-${number}`}-options`;
    list.className = "pick-options";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", input.labels?.[0]?.textContent.trim() || "Names");
    list.hidden = true;
    input.after(list, sent);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-expanded", "false");

    let offered = [];
    let active = -1;
    let timer = 0;
    let pending = null;

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function highlight(index) {
      const options = list.querySelectorAll("[role=option]");
      options.forEach((option, n) => option.setAttribute("aria-selected", String(n === index)));
      active = index;
      if (index < 0) {
        input.removeAttribute("aria-activedescendant");
        return;
      }
      input.setAttribute("aria-activedescendant", options[index].id);
      options[index].scrollIntoView({ block: "nearest" });
    }

    function choose(index) {
      const record = offered[index];
      input.value = record.name;
      sent.value = record.slug;
      close();
    }

    function show(results) {
      offered = results;
      list.replaceChildren(
        ...results.map((record, n) => {
          const option = document.createElement("li");
          option.id = `${list.id}-${n}`;
          option.setAttribute("role", "option");
          option.setAttribute("aria-selected", "false");
          option.textContent = record.name;
          if (record.hint) {
            const hint = document.createElement("span");
            hint.className = "pick-hint";
            hint.textContent = record.hint;
            option.append(" ", hint);
          }
          // On mousedown, before the box loses its focus and closes the list.
          option.addEventListener("mousedown", (event) => {
            event.preventDefault();
            choose(n);
          });
          return option;
        }),
      );
      active = -1;
      list.hidden = results.length === 0;
      input.setAttribute("aria-expanded", String(!list.hidden));
    }

    async function offer() {
      const text = input.value.trim();
      pending?.abort();
      if (!text) {
        close();
        return;
      }
      pending = new AbortController();
      const address = new URL(input.dataset.pick, window.location.href);
      address.searchParams.set("q", text);
      try {
        const response = await fetch(address, {
          signal: pending.signal,
          headers: { Accept: "application/json" },
        });
        if (!response.ok) throw new Error(`${response.status}`);
        const { results } = await response.json();
        if (input.value.trim() === text) show(results);
      } catch (error) {
        if (error.name !== "AbortError") close();
      }
    }

    input.addEventListener("input", () => {
      sent.value = input.value.trim();
      window.clearTimeout(timer);
      timer = window.setTimeout(offer, DELAY_MS);
    });
    input.addEventListener("keydown", (event) => {
      const open = !list.hidden;
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        if (!open) {
          if (offered.length) show(offered);
          return;
        }
        event.preventDefault();
        // From the last name down, or the first up, back to the box itself (-1).
        let next = active + (event.key === "ArrowDown" ? 1 : -1);
        if (next >= offered.length) next = -1;
        if (next < -1) next = offered.length - 1;
        highlight(next);
      } else if (event.key === "Enter" && open && active >= 0) {
        event.preventDefault();
        choose(active);
      } else if (event.key === "Escape" && open) {
        event.preventDefault();
        close();
      }
    });
    input.addEventListener("blur", close);
  }

  document.querySelectorAll("input[data-pick]").forEach(enhance);
})();
