// Small enhancements for every page; each page works fully without them.
(function () {
  'use strict';
  // Move focus to the error summary so screen readers announce the problems first.
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
    // A link in the summary puts the cursor in its field, not only scrolls to it.
    summary.addEventListener('click', function (event) {
      var link = event.target.closest('a[href^="#"]');
      var target = link && document.getElementById(link.getAttribute('href').slice(1));
      if (!target) { return; }
      var field = target.matches('input, select, textarea') ? target : target.querySelector('input, select, textarea');
      if (!field) { return; }
      event.preventDefault();
      field.focus();
    });
  }

  document.querySelectorAll('[data-js-only]').forEach(function (element) { element.hidden = false; });

  // Choosing from a list that belongs to a radio option also chooses that option; choosing
  // another option empties the list, since the server takes a picked list as the choice.
  document.querySelectorAll('[data-checks]').forEach(function (control) {
    var radio = document.getElementById(control.dataset.checks);
    if (!radio) { return; }
    control.addEventListener('change', function () {
      if (control.value) { radio.checked = true; }
    });
    document.querySelectorAll('input[type=radio][name="' + radio.name + '"]').forEach(function (other) {
      if (other === radio) { return; }
      other.addEventListener('change', function () { if (other.checked) { control.value = ''; } });
    });
  });

  // A link to a folded part (the home page's filters) opens it on the way.
  document.querySelectorAll('[data-opens]').forEach(function (link) {
    link.addEventListener('click', function () {
      var details = document.getElementById(link.dataset.opens);
      if (details) { details.open = true; }
    });
  });

  // Escape closes an open menu and puts focus back on its button.
  document.addEventListener('keydown', function (event) {
    var menu = event.key === 'Escape' && document.activeElement && document.activeElement.closest('details.nav-menu[open]');
    if (!menu) { return; }
    menu.open = false;
    menu.querySelector('summary').focus();
  });
}());
