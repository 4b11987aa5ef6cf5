// The pages work without this script. On a wide screen there is room to show a list's filters
// beside it, so they start unfolded; on a phone they stay folded above the list.
if (window.matchMedia("(min-width: 992px)").matches) {
  document.querySelectorAll("details.filters").forEach((details) => {
    details.open = true;
  });
}
