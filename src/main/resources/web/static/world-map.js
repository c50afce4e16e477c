// The home page's world view: the toggle between Serbia's ties (drawn by map.js) and the whole network, fetched from
// /api/v1/map/world when first asked for (the browser revalidates it with its ETag). Tens of thousands of ties are
// not tens of thousands of Leaflet layers: WorldLayer draws every tie and city on one canvas in a pane of its own,
// again after each move, zoom or resize. The answer (web/api/WorldMapView.java):
//   {"version", "tiers": ["primary", "secondary", "listing"], "cities": [[id, name, lat, lon, country]],
//    "ties": [[a, b, tier]]} — a and b index cities; tier indexes tiers. Names are text, never HTML.
(function () {
  'use strict';
  var view = document.getElementById('map-view');
  var shared = window.PobratimMap;
  if (!view || !shared) { return; }
  var map = shared.map;
  var box = map.getContainer();
  var serbiaButton = document.getElementById('map-view-serbia');
  var worldButton = document.getElementById('map-view-world');
  var legend = document.getElementById('map-legend');
  var counts = document.getElementById('counts');
  var filters = document.querySelector('.filters fieldset');
  var serbiaCounts = counts ? counts.textContent : '';
  var lang = document.documentElement.lang || 'en';
  var PADDING = 0.2;        // drawn beyond each edge of the view, so that a short pan shows no bare strip
  var LONG_DEGREES = 10;    // ties longer than this follow the great circle; shorter ones are straight
  var STEP_DEGREES = 3;     // one segment per this much of a great circle
  var PICK_PIXELS = 6;      // how near a city's dot a click or a hover must come
  var BATCH = 400;          // ties stroked together

  function radians(d) { return d * Math.PI / 180; }
  function degrees(r) { return r * 180 / Math.PI; }

  // [lat, lon] points of a tie: its two ends, or points along the great circle for a long one (map.js's arc)
  function path(a, b) {
    var p1 = radians(a[0]), l1 = radians(a[1]), p2 = radians(b[0]), l2 = radians(b[1]);
    var d = 2 * Math.asin(Math.sqrt(Math.pow(Math.sin((p2 - p1) / 2), 2)
      + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin((l2 - l1) / 2), 2)));
    return degrees(d) <= LONG_DEGREES ? [a, b] : shared.arc(a, b, STEP_DEGREES);
  }

  // The network projected once, at zoom 0 (drawing scales it to the current zoom): each tie's points, one after
  // the other in one array, with where each tie starts and its bounding box (for leaving out what is not in view);
  // ties known only from lists first, so that they are drawn under the others.
  function project(data) {
    var listing = data.tiers.indexOf('listing');
    var dots = new Float64Array(data.cities.length * 2);
    data.cities.forEach(function (c, i) {
      var p = map.project(L.latLng(c[2], c[3]), 0);
      dots[2 * i] = p.x;
      dots[2 * i + 1] = p.y;
    });
    var ties = data.ties.filter(function (t) { return t[2] === listing; });
    var listed = ties.length;
    ties = ties.concat(data.ties.filter(function (t) { return t[2] !== listing; }));
    var points = [], starts = new Int32Array(ties.length + 1), boxes = new Float64Array(ties.length * 4);
    ties.forEach(function (t, k) {
      var a = data.cities[t[0]], b = data.cities[t[1]], box = 4 * k;
      boxes[box] = boxes[box + 1] = Infinity;
      boxes[box + 2] = boxes[box + 3] = -Infinity;
      starts[k] = points.length;
      path([a[2], a[3]], [b[2], b[3]]).forEach(function (ll) {
        var p = map.project(L.latLng(ll[0], ll[1]), 0);
        points.push(p.x, p.y);
        boxes[box] = Math.min(boxes[box], p.x);
        boxes[box + 1] = Math.min(boxes[box + 1], p.y);
        boxes[box + 2] = Math.max(boxes[box + 2], p.x);
        boxes[box + 3] = Math.max(boxes[box + 3], p.y);
      });
    });
    starts[ties.length] = points.length;
    return { cities: data.cities, dots: dots, points: new Float64Array(points), starts: starts, boxes: boxes,
      listed: listed, ties: ties.length };
  }

  var WorldLayer = L.Layer.extend({
    options: { pane: 'worldPane' },

    initialize: function (network) { this._network = network; },

    onAdd: function () {
      this._canvas = L.DomUtil.create('canvas', 'world-canvas leaflet-zoom-animated', this.getPane());
      this._redraw();
    },

    onRemove: function () {
      L.DomUtil.remove(this._canvas);
      this._hover(null);
    },

    getEvents: function () {
      var events = { moveend: this._redraw, resize: this._redraw, viewreset: this._redraw,
        click: this._onClick, mousemove: this._onMove, mouseout: this._onOut };
      if (this._map.options.zoomAnimation && L.Browser.any3d) { events.zoomanim = this._animateZoom; }
      return events;
    },

    _redraw: function () {
      var map = this._map, size = map.getSize(), pad = size.multiplyBy(PADDING).round();
      var topLeft = map.containerPointToLayerPoint(pad.multiplyBy(-1)).round();
      var extent = size.add(pad.multiplyBy(2)), ratio = window.devicePixelRatio || 1;
      var canvas = this._canvas;
      L.DomUtil.setPosition(canvas, topLeft);
      this._northWest = map.layerPointToLatLng(topLeft);
      canvas.width = Math.round(extent.x * ratio);
      canvas.height = Math.round(extent.y * ratio);
      canvas.style.width = extent.x + 'px';
      canvas.style.height = extent.y + 'px';
      var ctx = canvas.getContext('2d');
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      // canvas pixel = zoom-0 pixel * scale - offset
      var scale = map.getZoomScale(map.getZoom(), 0), offset = map.getPixelOrigin().add(topLeft);
      var network = this._network, view = [offset.x / scale, offset.y / scale,
        (offset.x + extent.x) / scale, (offset.y + extent.y) / scale]; // the canvas at zoom 0
      ctx.lineWidth = 1;
      stroke(ctx, network, 0, network.listed, view, scale, offset, 'rgba(91, 143, 199, 0.16)');
      stroke(ctx, network, network.listed, network.ties, view, scale, offset, 'rgba(11, 92, 173, 0.45)');
      dots(ctx, network, view, scale, offset, map.getZoom() < 4 ? 1.4 : 2.2);
      box.setAttribute('data-ties', String(this._network.ties));
    },

    // during a zoom animation the drawn canvas is scaled and moved as the tiles would be; moveend redraws it
    _animateZoom: function (e) {
      var map = this._map, scale = map.getZoomScale(e.zoom, map.getZoom());
      var origin = map.project(e.center, e.zoom).subtract(map.getSize().divideBy(2))
        .add(L.DomUtil.getPosition(map.getPane('mapPane'))).round();
      L.DomUtil.setTransform(this._canvas, map.project(this._northWest, e.zoom).subtract(origin), scale);
    },

    // the city whose dot is within PICK_PIXELS of a layer point, or null
    _cityAt: function (layerPoint) {
      var map = this._map, scale = map.getZoomScale(map.getZoom(), 0), origin = map.getPixelOrigin();
      var d = this._network.dots, best = null, bestDistance = PICK_PIXELS * PICK_PIXELS;
      for (var i = 0; i < d.length; i += 2) {
        var dx = d[i] * scale - origin.x - layerPoint.x, dy = d[i + 1] * scale - origin.y - layerPoint.y;
        var distance = dx * dx + dy * dy;
        if (distance <= bestDistance) { bestDistance = distance; best = this._network.cities[i / 2]; }
      }
      return best;
    },

    _onClick: function (e) {
      var city = this._cityAt(e.layerPoint);
      if (city) { window.location.href = '/' + lang + '/city/' + encodeURIComponent(city[0]); }
    },

    _onMove: function (e) { this._hover(this._cityAt(e.layerPoint)); },

    _onOut: function () { this._hover(null); },

    // a hovered city shows its name (as a text node: Leaflet would read a string as HTML) and a pointer
    _hover: function (city) {
      if (city === this._hovered) { return; }
      this._hovered = city;
      if (this._tooltip) { this._tooltip.remove(); this._tooltip = null; }
      L.DomUtil[city ? 'addClass' : 'removeClass'](box, 'world-pick');
      if (city && this._map) {
        this._tooltip = L.tooltip({ direction: 'top', offset: [0, -4] }).setLatLng([city[2], city[3]])
          .setContent(document.createTextNode(city[1])).addTo(this._map);
      }
    }
  });

  // ties [from, to) of the network that cross the view; stroked a batch at a time, because one path is painted
  // once however often it overlaps itself, and crowded places should look crowded
  function stroke(ctx, network, from, to, view, scale, offset, colour) {
    var pts = network.points, starts = network.starts, boxes = network.boxes, batch = 0;
    ctx.strokeStyle = colour;
    ctx.beginPath();
    for (var k = from; k < to; k++) {
      var b = 4 * k;
      if (boxes[b] > view[2] || boxes[b + 2] < view[0] || boxes[b + 1] > view[3] || boxes[b + 3] < view[1]) {
        continue;
      }
      ctx.moveTo(pts[starts[k]] * scale - offset.x, pts[starts[k] + 1] * scale - offset.y);
      for (var j = starts[k] + 2; j < starts[k + 1]; j += 2) {
        ctx.lineTo(pts[j] * scale - offset.x, pts[j + 1] * scale - offset.y);
      }
      if (++batch === BATCH) { ctx.stroke(); ctx.beginPath(); batch = 0; }
    }
    ctx.stroke();
  }

  // the cities in view as dots, Serbia's in red
  function dots(ctx, network, view, scale, offset, radius) {
    var d = network.dots;
    ['#083f78', '#c6363c'].forEach(function (colour, serbian) {
      ctx.fillStyle = colour;
      ctx.beginPath();
      for (var i = 0; i < d.length; i += 2) {
        if (d[i] < view[0] || d[i] > view[2] || d[i + 1] < view[1] || d[i + 1] > view[3]
            || (network.cities[i / 2][4] === 'RS') !== Boolean(serbian)) { continue; }
        var x = d[i] * scale - offset.x, y = d[i + 1] * scale - offset.y;
        ctx.moveTo(x + radius, y);
        ctx.arc(x, y, radius, 0, 2 * Math.PI);
      }
      ctx.fill();
    });
  }

  map.createPane('worldPane').style.zIndex = 450; // above the country shapes, below tooltips
  var loading = null, layer = null, world = false;

  function load() {
    if (!loading) {
      loading = fetch('/api/v1/map/world', { headers: { Accept: 'application/json' } }).then(function (r) {
        if (!r.ok) { throw new Error('HTTP ' + r.status); }
        return r.json();
      }).then(project);
      loading.catch(function () { loading = null; }); // a later press tries again
    }
    return loading;
  }

  function say(text) { if (counts) { counts.textContent = text; } }

  function number(n) { return n.toLocaleString(lang); }

  function show(toWorld) {
    world = toWorld;
    serbiaButton.setAttribute('aria-pressed', String(!toWorld));
    worldButton.setAttribute('aria-pressed', String(toWorld));
    legend.hidden = !toWorld;
    if (filters) { filters.disabled = toWorld; }
    if (!toWorld) {
      if (layer) { map.removeLayer(layer); }
      shared.layer.addTo(map);
      shared.fit();
      say(serbiaCounts);
      return;
    }
    map.removeLayer(shared.layer);
    say(view.getAttribute('data-loading'));
    box.setAttribute('aria-busy', 'true');
    load().then(function (network) {
      box.removeAttribute('aria-busy');
      if (!world) { return; }
      layer = layer || new WorldLayer(network);
      map.setView([30, 15], 2, { animate: false }); // drawn once at the world's zoom, not during a flight
      layer.addTo(map);
      say(view.getAttribute('data-counts').replace('{0}', number(network.ties))
        .replace('{1}', number(network.cities.length)));
    }, function () {
      box.removeAttribute('aria-busy');
      if (!world) { return; }
      show(false);
      say(view.getAttribute('data-failed'));
    });
  }

  serbiaButton.addEventListener('click', function () { if (world) { show(false); } });
  worldButton.addEventListener('click', function () { if (!world) { show(true); } });
  view.hidden = false;
}());
