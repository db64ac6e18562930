// Behaviour of the pages that needs a script, served from the application so the content security policy
// allows no inline script or event handler: a form with data-confirm asks before it is sent.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form instanceof HTMLFormElement && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
}, true);
