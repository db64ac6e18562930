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

// The menu (a <details> disclosure in the top bar) is open on wide screens and folded on narrow ones; without this
// script the stylesheet shows its content on wide screens all the same. Escape folds it and returns to its button.
(function () {
  var wide = window.matchMedia('(min-width: 701px)');
  function fit() {
    document.querySelectorAll('details.menu').forEach(function (menu) { menu.open = wide.matches; });
  }
  document.addEventListener('DOMContentLoaded', fit);
  wide.addEventListener('change', fit);
  document.addEventListener('keydown', function (event) {
    var menu = event.target instanceof Element ? event.target.closest('details.menu[open]') : null;
    if (event.key === 'Escape' && menu && !wide.matches) {
      menu.open = false;
      menu.querySelector('summary').focus();
    }
  });
})();

// After an invalid submit the error summary takes the focus (autofocus does too, but not in every browser), and
// each of its links moves the focus into the field it names, not just the scroll position.
document.addEventListener('DOMContentLoaded', function () {
  var summary = document.getElementById('error-summary');
  if (summary && (document.activeElement === document.body || document.activeElement === null)) {
    summary.focus();
  }
});
document.addEventListener('click', function (event) {
  var link = event.target instanceof Element ? event.target.closest('.error-summary a[href^="#"]') : null;
  var field = link ? document.getElementById(decodeURIComponent(link.getAttribute('href').substring(1))) : null;
  if (field) {
    event.preventDefault();
    field.focus();
    field.scrollIntoView({ block: 'center' });
  }
});

// A list changed in place by htmx says how many records it now shows, through its live region
// (fragments/lists.html); the region sits outside the swapped part, so screen readers notice the change.
document.addEventListener('htmx:afterSettle', function () {
  document.querySelectorAll('[data-announce-for]').forEach(function (region) {
    var results = document.getElementById(region.dataset.announceFor);
    if (!results) {
      return;
    }
    var count = results.querySelectorAll('[data-item]').length;
    // the phrases are the page's language (data-none, data-one, data-many with {0} for the number, data-more)
    var text = count === 0 ? region.dataset.none
      : (count === 1 ? region.dataset.one : region.dataset.many).replace('{0}', count.toLocaleString(document.documentElement.lang || undefined));
    region.textContent = results.querySelector('[data-more]') ? text + region.dataset.more : text;
  });
});
