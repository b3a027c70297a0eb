// Progressive enhancement: every page with a map also works without it.
(function () {
  'use strict';
  if (!window.L) { return; }
  // The words this script shows come from the page (see _MapScripts), so they are in its language.
  var text = document.currentScript ? document.currentScript.dataset : {};

  function say(element, words) {
    if (element && words) { element.textContent = words; }
  }

  function baseMap(element, center, zoom) {
    var map = L.map(element, { scrollWheelZoom: false, zoomControl: false }).setView(center, zoom);
    var zoomTitles = {};
    if (text.zoomIn) { zoomTitles.zoomInTitle = text.zoomIn; }
    if (text.zoomOut) { zoomTitles.zoomOutTitle = text.zoomOut; }
    L.control.zoom(zoomTitles).addTo(map);
    // Leaflet's own prefix carries an English title.
    map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    L.tileLayer(element.dataset.tileUrl, { maxZoom: 18, attribution: text.attribution || '' }).addTo(map);
    map.on('popupopen', function (event) {
      var close = event.popup.getElement().querySelector('.leaflet-popup-close-button');
      if (close && text.closePopup) { close.setAttribute('aria-label', text.closePopup); }
    });
    return map;
  }

  function number(value) {
    var parsed = parseFloat(value);
    return isFinite(parsed) ? parsed : null;
  }

  function browse(element) {
    var cells = JSON.parse(document.getElementById(element.dataset.cells).textContent || '[]');
    var lat = number(element.dataset.centerLat), lon = number(element.dataset.centerLon);
    var map = baseMap(element, lat !== null && lon !== null ? [lat, lon] : [20, 0], lat !== null ? 13 : 2);
    cells.forEach(function (cell) {
      var list = document.createElement('ul');
      list.className = 'map-popup';
      cell.posts.forEach(function (post) {
        var item = document.createElement('li');
        var link = document.createElement('a');
        link.href = '/Posts/' + post.id;
        link.textContent = post.kind + ': ' + post.title;
        item.appendChild(link);
        item.appendChild(document.createTextNode(' (' + post.category + ')'));
        list.appendChild(item);
      });
      L.circleMarker([cell.latitude, cell.longitude], { radius: 7 + Math.min(cell.posts.length, 8), color: '#0b5c4a', weight: 2, fillOpacity: 0.45 })
        .bindPopup(list).addTo(map);
    });
  }

  function pick(element) {
    var form = element.closest('form') || document;
    var latInput = form.querySelector('[name="' + element.dataset.latInput + '"]');
    var lonInput = form.querySelector('[name="' + element.dataset.lonInput + '"]');
    var choice = element.dataset.choiceInput ? form.querySelector(element.dataset.choiceInput) : null;
    var lat = number(element.dataset.markerLat), lon = number(element.dataset.markerLon);
    var cLat = number(element.dataset.centerLat), cLon = number(element.dataset.centerLon);
    var start = lat !== null ? [lat, lon] : (cLat !== null ? [cLat, cLon] : [20, 0]);
    var map = baseMap(element, start, lat !== null || cLat !== null ? 14 : 2);
    var marker = lat !== null ? L.circleMarker([lat, lon], { radius: 9, color: '#8a3b00' }).addTo(map) : null;

    function place(point) {
      if (marker) { marker.setLatLng(point); } else { marker = L.circleMarker(point, { radius: 9, color: '#8a3b00' }).addTo(map); }
      latInput.value = point.lat.toFixed(6);
      lonInput.value = point.lng.toFixed(6);
      if (choice) { choice.checked = true; choice.dispatchEvent(new Event('change')); }
      // A point marked on the map replaces a place found by the search.
      form.querySelectorAll('[name="Input.FoundPlace"]').forEach(function (found) {
        if (found.type === 'radio') { found.checked = false; } else { found.value = ''; }
      });
      say(document.getElementById(element.dataset.status), text.pointChosen);
    }

    // A place found by the search is shown on the map, and choosing another result moves it
    // there; the search's choice, not the map, still decides the point that is saved.
    function showFound(value) {
      var parts = (value || '').split(',');
      var fLat = number(parts[0]), fLon = number(parts[1]);
      if (fLat === null || fLon === null) { return; }
      var point = L.latLng(fLat, fLon);
      map.setView(point, 15);
      if (marker) { marker.setLatLng(point); } else { marker = L.circleMarker(point, { radius: 9, color: '#8a3b00' }).addTo(map); }
    }
    form.querySelectorAll('[name="Input.FoundPlace"]').forEach(function (found) {
      if (found.type !== 'radio' || found.checked) { showFound(found.value); }
      found.addEventListener('change', function () {
        if (!found.checked) { return; }
        if (choice && !choice.checked) { choice.checked = true; choice.dispatchEvent(new Event('change')); }
        showFound(found.value);
      });
    });

    map.on('click', function (e) { place(e.latlng); });
    var locate = document.getElementById(element.dataset.locateButton || '');
    if (locate && navigator.geolocation) {
      locate.hidden = false;
      locate.addEventListener('click', function () {
        navigator.geolocation.getCurrentPosition(function (position) {
          var point = L.latLng(position.coords.latitude, position.coords.longitude);
          map.setView(point, 15);
          place(point);
        }, function () {
          say(document.getElementById(element.dataset.status), text.noLocation);
        });
      });
    }
    return map;
  }

  function draw(element) {
    element.hidden = false;
    element.innerHTML = '';
    return element.dataset.map === 'browse' ? browse(element) : pick(element);
  }

  // A map that belongs to one choice of a form (data-shown-with: "at a place I mark on the map")
  // is drawn when that choice is made and folded away when another is, so the form stays short.
  function drawWhenChosen(element, option) {
    var map = null;
    function follow() {
      if (!option.checked) { element.hidden = true; return; }
      if (map) { element.hidden = false; map.invalidateSize(); } else { map = draw(element); }
    }
    document.querySelectorAll('input[type=radio][name="' + option.name + '"]').forEach(function (radio) {
      radio.addEventListener('change', follow);
    });
    follow();
  }

  document.querySelectorAll('[data-map]').forEach(function (element) {
    var option = element.dataset.shownWith ? document.querySelector(element.dataset.shownWith) : null;
    if (option) { drawWhenChosen(element, option); } else { draw(element); }
  });
}());
