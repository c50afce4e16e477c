// Autocomplete for the search box on every page: asks /api/v1/search as the user types (any script, with or
// without diacritics) and offers the atlas's cities; arrow keys move, Enter opens, Escape closes.
(function () {
  'use strict';
  var input = document.getElementById('q');
  var list = document.getElementById('q-suggestions');
  if (!input || !list) { return; }
  var lang = input.getAttribute('data-lang') || 'en';
  var items = [];
  var active = -1;
  var pending = 0;

  function close() {
    list.hidden = true;
    list.innerHTML = '';
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    items = [];
    active = -1;
  }

  function select(index) {
    var nodes = list.querySelectorAll('li');
    for (var i = 0; i < nodes.length; i++) {
      nodes[i].setAttribute('aria-selected', i === index ? 'true' : 'false');
    }
    active = index;
    if (index >= 0) { input.setAttribute('aria-activedescendant', nodes[index].id); }
  }

  function open(index) {
    if (items[index]) { window.location.href = '/' + lang + '/city/' + encodeURIComponent(items[index].id); }
  }

  function show(results) {
    list.innerHTML = '';
    items = results.filter(function (r) { return r.kind === 'city'; }).slice(0, 8);
    if (!items.length) { close(); return; }
    items.forEach(function (r, i) {
      var li = document.createElement('li');
      li.id = 'q-option-' + i;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.textContent = r.name + ' ';
      var country = document.createElement('span');
      country.className = 'muted';
      country.textContent = '(' + r.country + ')' + (r.matchedName && r.matchedName !== r.name ? ' – ' + r.matchedName : '');
      li.appendChild(country);
      li.addEventListener('mousedown', function (e) { e.preventDefault(); open(i); });
      list.appendChild(li);
    });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    select(0);
  }

  input.addEventListener('input', function () {
    var q = input.value.trim();
    if (q.length < 2) { close(); return; }
    var ticket = ++pending;
    fetch('/api/v1/search?limit=12&q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : { items: [] }; })
      .then(function (body) { if (ticket === pending) { show(body.items || []); } })
      .catch(function () { if (ticket === pending) { close(); } });
  });
  input.addEventListener('keydown', function (e) {
    if (list.hidden) { return; }
    if (e.key === 'ArrowDown') { e.preventDefault(); select(Math.min(active + 1, items.length - 1)); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); select(Math.max(active - 1, 0)); }
    else if (e.key === 'Enter' && active >= 0) { e.preventDefault(); open(active); }
    else if (e.key === 'Escape') { close(); }
  });
  input.addEventListener('blur', function () { setTimeout(close, 150); });
}());
