// Draws a page's map with Leaflet: the bundled Natural Earth country shapes as the base layer (a tile layer only
// when the server is configured with one), the cities of #map-data and great-circle arcs between them.
// #map-data, or the JSON at the map's data-src (web/pages/MapData.java):
//   {"cities": [{id, name, lat, lon, href, home, focus?, group?}], "ties": [{from, to, href, title, group?}],
//    "palette"?: [colour]}
// — from/to index cities; names are text. With a palette (the network page's communities) a city or tie is drawn
// in its group's colour, and grey without one.
(function () {
  'use strict';
  var box = document.getElementById('map');
  var dataNode = document.getElementById('map-data');
  var src = box && box.getAttribute('data-src');
  if (!box || (!dataNode && !src) || !window.L) { return; }
  // the data in the page, or (the home page's, too large to send with it) at data-src, fetched
  var inline = dataNode ? JSON.parse(dataNode.textContent) : null;
  var map = L.map(box, { worldCopyJump: false, minZoom: 1, maxZoom: 10, zoomSnap: 0.5,
    preferCanvas: inline !== null && inline.palette !== undefined && inline.cities.length > 600 });
  map.attributionControl.setPrefix(false);
  var tiles = box.getAttribute('data-tiles');
  if (tiles) {
    L.tileLayer(tiles, { attribution: box.getAttribute('data-attribution') || '' }).addTo(map);
  } else {
    map.attributionControl.addAttribution('Natural Earth');
  }

  fetch('/shapes/countries.geojson').then(function (r) { return r.json(); }).then(function (shapes) {
    var layer = L.geoJSON(shapes, {
      interactive: false,
      style: function (f) {
        var serbia = f.properties.cc === 'RS';
        return { color: '#9aa5b1', weight: 0.6, fillColor: serbia ? '#f4d6d7' : '#f7f4ee', fillOpacity: 1 };
      }
    });
    if (!tiles) { layer.addTo(map); layer.bringToBack(); }
    box.setAttribute('data-shapes', String(shapes.features.length));
  });

  function radians(d) { return d * Math.PI / 180; }
  function degrees(r) { return r * 180 / Math.PI; }

  // points along the great circle from a to b ([lat, lon]), one every stepDegrees (default 2), longitudes kept
  // continuous for Leaflet; world-map.js draws its long ties with it too
  function arc(a, b, stepDegrees) {
    var p1 = radians(a[0]), l1 = radians(a[1]), p2 = radians(b[0]), l2 = radians(b[1]);
    var d = 2 * Math.asin(Math.sqrt(Math.pow(Math.sin((p2 - p1) / 2), 2)
      + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin((l2 - l1) / 2), 2)));
    if (d === 0) { return [a, b]; }
    var steps = Math.max(2, Math.ceil(degrees(d) / (stepDegrees || 2))), points = [], previous = null;
    for (var i = 0; i <= steps; i++) {
      var f = i / steps, s1 = Math.sin((1 - f) * d) / Math.sin(d), s2 = Math.sin(f * d) / Math.sin(d);
      var x = s1 * Math.cos(p1) * Math.cos(l1) + s2 * Math.cos(p2) * Math.cos(l2);
      var y = s1 * Math.cos(p1) * Math.sin(l1) + s2 * Math.cos(p2) * Math.sin(l2);
      var z = s1 * Math.sin(p1) + s2 * Math.sin(p2);
      var lat = degrees(Math.atan2(z, Math.sqrt(x * x + y * y))), lon = degrees(Math.atan2(y, x));
      if (previous !== null) { while (lon - previous > 180) { lon -= 360; } while (previous - lon > 180) { lon += 360; } }
      previous = lon;
      points.push([lat, lon]);
    }
    return points;
  }

  var arcs = L.layerGroup().addTo(map);
  var bounds = [];
  // Leaflet reads a string tooltip as HTML: names go in as text nodes, never parsed
  function text(value) {
    var span = document.createElement('span');
    span.textContent = value;
    return span;
  }

  // draws the cities and ties of data (#map-data's shape) and fits the map to them
  function draw(data) {
    var palette = data.palette || null;
    data.ties.forEach(function (t) {
      var a = data.cities[t.from], b = data.cities[t.to];
      var colour = !palette ? '#0b5cad' : (t.group === undefined ? '#9aa5b1' : palette[t.group]);
      var line = L.polyline(arc([a.lat, a.lon], [b.lat, b.lon]), { color: colour, weight: 1.4, opacity: 0.55 });
      line.bindTooltip(text(t.title), { sticky: true });
      line.on('click', function () { window.location.href = t.href; });
      line.addTo(arcs);
    });
    data.cities.forEach(function (c) {
      var marker = L.circleMarker([c.lat, c.lon], {
        radius: c.focus ? 7 : (c.home ? 4 : 3.5), weight: 1, color: '#ffffff',
        fillColor: palette ? (c.group === undefined ? '#9aa5b1' : palette[c.group])
          : (c.home ? '#c6363c' : '#0b5cad'),
        fillOpacity: 0.9
      });
      marker.bindTooltip(text(c.name));
      marker.on('click', function () { window.location.href = c.href; });
      marker.addTo(arcs);
      bounds.push([c.lat, c.lon]);
    });
    box.setAttribute('data-arcs', String(data.ties.length));
    box.setAttribute('data-cities', String(data.cities.length));
    // unless the world view (world-map.js) took the map meanwhile
    if (map.hasLayer(arcs)) { fit(); }
  }
  function fit() {
    if (bounds.length > 1) { map.fitBounds(bounds, { padding: [20, 20], maxZoom: 7 }); }
    else if (bounds.length === 1) { map.setView(bounds[0], 6); }
    else { map.setView([44.0, 20.9], 5); }
  }
  if (inline) {
    draw(inline);
  } else {
    fit();
    fetch(src).then(function (r) {
      if (!r.ok) { throw new Error(src + ': ' + r.status); }
      return r.json();
    }).then(draw).catch(function () { box.setAttribute('data-failed', 'true'); });
  }
  // for the home page's world view (world-map.js), which swaps this page's layer for the whole network and back
  window.PobratimMap = { map: map, layer: arcs, fit: fit, arc: arc };
}());
