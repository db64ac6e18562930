// The global search box in the top bar (layout.html): htmx puts the hits of what one types under the box; the arrow
// keys move the focus from the box through the hits and back, Enter opens the focused hit (it is a link), Escape
// closes the hits and returns to the box, as does a click or focus elsewhere. A live region says how many hits
// there are. Without this script the hits still appear (htmx), and without either the form posts to the page.
(function () {
  function box() { return document.getElementById('global-search-q'); }
  function panel() { return document.getElementById('global-search-results'); }
  function hits() { return Array.prototype.slice.call(panel().querySelectorAll('[data-search-hit]')); }

  function show(open) {
    panel().hidden = !open;
  }

  document.addEventListener('htmx:afterSwap', function (event) {
    var results = panel();
    if (!results || event.detail.target !== results) {
      return;
    }
    var content = results.querySelector('[data-summary]');
    show(results.querySelector('[data-search-hit], [data-search-message]') !== null);
    document.getElementById('global-search-status').textContent = content ? content.dataset.summary : '';
  });

  document.addEventListener('keydown', function (event) {
    var results = panel();
    var field = box();
    if (!results || !(event.target instanceof Element) || (event.target !== field && !results.contains(event.target))) {
      return;
    }
    var list = hits();
    var at = list.indexOf(event.target);
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && !results.hidden && list.length > 0) {
      event.preventDefault();
      var next = event.key === 'ArrowDown' ? Math.min(at + 1, list.length - 1) : at - 1;
      if (next < 0) {
        field.focus();
      } else {
        list[next].focus();
      }
    } else if (event.key === 'Escape' && !results.hidden) {
      event.preventDefault();
      show(false);
      field.focus();
    }
  });

  function outside(event) {
    var form = document.getElementById('global-search');
    var results = panel();
    if (form && results && !results.hidden && event.target instanceof Node && !form.contains(event.target)) {
      show(false);
    }
  }
  document.addEventListener('click', outside);
  document.addEventListener('focusin', outside);
})();
