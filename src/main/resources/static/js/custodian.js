// Behaviour of the pages that needs a script, served from the application so the content security policy
// allows no inline script or event handler: a form with data-confirm asks before it is sent.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form instanceof HTMLFormElement && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
}, true);

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
