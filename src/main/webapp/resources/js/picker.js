/* Place suggestions from /api/places?q=[&level=] while typing, names with their parents, for
   - the place finder (data-link): each suggestion is a link to the place's page;
   - a form's place picker (data-picker: sign-up's home village, the admin's grants, a moderator's
     move): choosing one puts its code in the form's hidden field named by data-picker;
   - a problem picker (data-api /api/problems, data-picker naming the input itself: a moderator's
     merge): choosing one writes "#number · title" in the field, which the server reads the number of.
   Without this script the finder still searches, and a form sends the typed name for the server to
   find the place, or to ask which one. No library. */
(function () {
  Array.prototype.forEach.call(document.querySelectorAll('input[data-picker], input[data-link]'), function (input) {
    var link = input.getAttribute('data-link');
    var code = link === null ? document.getElementById(input.getAttribute('data-picker')) : null;
    var list = document.getElementById(input.getAttribute('aria-controls'));
    if ((link === null && !code) || !list || !window.fetch) {
      return;
    }
    var timer = null;
    var asked = '';
    function close() {
      list.hidden = true;
      list.textContent = '';
      input.setAttribute('aria-expanded', 'false');
    }
    function choose(key, label) {
      if (code !== input) {
        code.value = key;
      }
      input.value = label;
      asked = label;
      close();
      input.focus();
    }
    function show(places, typed) {
      if (typed !== input.value.trim()) {
        return;
      }
      list.textContent = '';
      places.forEach(function (place) {
        var key = place.code !== undefined ? place.code : String(place.id);
        var label = place.pathKm === undefined ? '#' + place.id + ' · ' + place.title
          : input.getAttribute('data-lang') === 'km' ? place.pathKm : place.pathEn;
        var item = document.createElement('li');
        item.setAttribute('role', 'option');
        item.setAttribute('data-code', key);
        var choice;
        if (link !== null) {
          choice = document.createElement('a');
          choice.href = link + key;
        } else {
          choice = document.createElement('button');
          choice.type = 'button';
          choice.setAttribute('data-code', key);
          choice.addEventListener('click', function () { choose(key, label); });
        }
        choice.textContent = label;
        item.appendChild(choice);
        list.appendChild(item);
      });
      list.hidden = places.length === 0;
      input.setAttribute('aria-expanded', places.length === 0 ? 'false' : 'true');
    }
    input.addEventListener('input', function () {
      if (code && code !== input) {
        code.value = '';
      }
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
        var level = input.getAttribute('data-level');
        fetch(input.getAttribute('data-api') + '?q=' + encodeURIComponent(typed) + (level ? '&level=' + level : ''),
              {headers: {Accept: 'application/json'}})
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
        list.querySelector('a, button').focus();
      }
    });
    list.addEventListener('keydown', function (event) {
      var current = document.activeElement.parentElement;
      if (event.key === 'ArrowDown' && current.nextElementSibling) {
        event.preventDefault();
        current.nextElementSibling.querySelector('a, button').focus();
      } else if (event.key === 'ArrowUp') {
        event.preventDefault();
        (current.previousElementSibling ? current.previousElementSibling.querySelector('a, button') : input).focus();
      } else if (event.key === 'Escape') {
        close();
        input.focus();
      }
    });
  });
})();
