// Behaviour of the pages that needs a script, served from the application so the content security policy
// allows no inline script or event handler: a form with data-confirm asks before it is sent.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form instanceof HTMLFormElement && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
}, true);

// A "select all" box ticks or clears every row box of its bulk form, including rows "Show more" added later.
document.addEventListener('change', function (event) {
  var box = event.target;
  if (box instanceof HTMLInputElement && box.dataset.selectAll) {
    document.querySelectorAll('input[name="ids"][form="' + box.dataset.selectAll + '"]').forEach(function (row) {
      row.checked = box.checked;
    });
  }
});
