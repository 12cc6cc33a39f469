/* The place finder's suggestions: Khmer or Latin names from /api/places?q=, each with its parents
   (names repeat), as links to the place page. Without this script the form still searches. */
(function () {
  var input = document.getElementById('finder-text');
  var list = document.getElementById('finder-suggestions');
  if (!input || !list || !window.fetch) {
    return;
  }
  var timer = null;
  var asked = '';
  function close() {
    list.hidden = true;
    list.textContent = '';
    input.setAttribute('aria-expanded', 'false');
  }
  function show(places, typed) {
    if (typed !== input.value.trim()) {
      return;
    }
    list.textContent = '';
    places.slice(0, 20).forEach(function (place) {
      var item = document.createElement('li');
      item.setAttribute('role', 'option');
      item.setAttribute('data-code', place.code);
      var link = document.createElement('a');
      link.href = input.getAttribute('data-api').replace(/\/api\/places$/, '') + '/place/' + place.code;
      link.textContent = input.getAttribute('data-lang') === 'km' ? place.pathKm : place.pathEn;
      item.appendChild(link);
      list.appendChild(item);
    });
    list.hidden = places.length === 0;
    input.setAttribute('aria-expanded', places.length === 0 ? 'false' : 'true');
  }
  input.addEventListener('input', function () {
    clearTimeout(timer);
    var typed = input.value.trim();
    if (typed.length < 2) {
      close();
      return;
    }
    timer = setTimeout(function () {
      if (typed === asked) {
        return;
      }
      asked = typed;
      fetch(input.getAttribute('data-api') + '?q=' + encodeURIComponent(typed), {headers: {Accept: 'application/json'}})
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (places) { show(places, typed); })
        .catch(close);
    }, 300);
  });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      close();
    } else if (event.key === 'ArrowDown' && !list.hidden) {
      event.preventDefault();
      list.querySelector('a').focus();
    }
  });
  list.addEventListener('keydown', function (event) {
    var current = document.activeElement.parentElement;
    if (event.key === 'ArrowDown' && current.nextElementSibling) {
      event.preventDefault();
      current.nextElementSibling.querySelector('a').focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      (current.previousElementSibling ? current.previousElementSibling.querySelector('a') : input).focus();
    } else if (event.key === 'Escape') {
      close();
      input.focus();
    }
  });
})();
