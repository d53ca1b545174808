/// The script `hitc serve` adds to the pages it serves, never to a built bundle
/// (`ServePage.inject`). It reads its settings from `<script id="hitc-serve-config">`
/// (JSON), so its text, and the hash the page's policy allows it by, never change.
///
/// - Live reload: listens to `/_hitc/events`; when the generation there differs
///   from the page's, it saves the scroll position and every answer control's
///   state to sessionStorage and reloads; after the reload it puts back the
///   answers whose control still exists (radio and checkbox by name and value,
///   other controls by id) and the scroll position.
/// - The bar at the top: the HIT shown, previous/next HIT, the views, the
///   bundle's other files.
/// - Captured submissions: a form POST that the page lets through, a `fetch` to
///   another origin, the generic target's `postMessage` and a navigation to another
///   origin (Prolific's completion URL; where the browser has the Navigation API) are
///   stopped and shown in the bar instead of sent (the served policy also allows no
///   other origin for fetches and forms).
enum ServeScript {
    static let text = #"""
(function () {
  'use strict';
  var doc = document;
  var cfg = {};
  try { cfg = JSON.parse(doc.getElementById('hitc-serve-config').textContent); } catch (e) { cfg = {}; }
  var stateKey = 'hitc-serve-state:' + location.pathname + location.search;
  var captured = [];
  var panel = null;

  function el(tag, text, attrs) {
    var node = doc.createElement(tag);
    if (text) node.textContent = text;
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }
  function showCaptured(how, body) {
    var text = body;
    if (typeof body !== 'string') { try { text = JSON.stringify(body, null, 2); } catch (e) { text = String(body); } }
    try { text = JSON.stringify(JSON.parse(text), null, 2); } catch (e) { /* not JSON: as sent */ }
    captured.push({ how: how, body: text });
    if (!panel) return;
    panel.hidden = false;
    doc.getElementById('hitc-serve-captured-how').textContent = 'Captured (' + captured.length + '), nothing was sent: ' + how;
    doc.getElementById('hitc-serve-captured-json').textContent = text;
    var status = doc.getElementById('hitc-status');
    if (status) status.textContent = 'hitc serve captured this submission: nothing was sent.';
    panel.scrollIntoView({ block: 'start' });
  }

  // ---- captured submissions
  var realFetch = window.fetch ? window.fetch.bind(window) : null;
  window.fetch = function (input, init) {
    var url;
    try { url = new URL(typeof input === 'string' ? input : input.url, location.href); } catch (e) { url = null; }
    if (!url || url.origin !== location.origin) {
      showCaptured(((init && init.method) || 'GET') + ' ' + (url ? url.href : String(input)), (init && init.body) || '');
      return new Promise(function () {});
    }
    return realFetch(input, init);
  };
  window.addEventListener('message', function (e) {
    if (e.source === window && e.data && e.data.type === 'hitc-answers') showCaptured('postMessage to the parent frame', e.data.answers);
  });
  // A page that sends the worker elsewhere after submitting (Prolific's completion URL):
  // the navigation is stopped where the browser allows it (the Navigation API) and shown
  // with the answers the page held.
  if (window.navigation && window.navigation.addEventListener) {
    window.navigation.addEventListener('navigate', function (e) {
      var url;
      try { url = new URL(e.destination.url); } catch (err) { return; }
      if (url.origin === location.origin || !e.cancelable) return;
      e.preventDefault();
      showCaptured('navigation to ' + url.href, window.hitc ? window.hitc.answers() : '');
    });
  }
  doc.addEventListener('submit', function (e) {
    if (e.defaultPrevented) return;
    e.preventDefault();
    var form = e.target;
    var body = {};
    new FormData(form).forEach(function (v, k) { body[k] = String(v); });
    showCaptured('form POST to ' + (form.getAttribute('action') ? form.action : '(no action)'), body);
  });

  // ---- keeping the answers and the scroll position across a reload
  function controls() {
    return Array.prototype.filter.call(doc.querySelectorAll('input, select, textarea'), function (c) {
      return !c.closest('#hitc-serve-bar') && ['hidden', 'submit', 'button', 'reset', 'file'].indexOf(c.type) < 0;
    });
  }
  function save() {
    // A page without the form (the error page) keeps what the last form page saved.
    if (!doc.getElementById('hitc-form')) return;
    var fields = controls().map(function (c) {
      if (c.type === 'radio' || c.type === 'checkbox') return { name: c.name, value: c.value, checked: c.checked };
      return { id: c.id, value: c.value };
    });
    try { sessionStorage.setItem(stateKey, JSON.stringify({ x: window.scrollX, y: window.scrollY, fields: fields })); } catch (e) { /* storage off */ }
  }
  function restore() {
    var raw = null;
    try { raw = sessionStorage.getItem(stateKey); } catch (e) { raw = null; }
    if (!raw || !doc.getElementById('hitc-form')) return;
    try { sessionStorage.removeItem(stateKey); } catch (e) { /* storage off */ }
    var state = JSON.parse(raw);
    var byName = {};
    controls().forEach(function (c) { if (c.name) (byName[c.name] = byName[c.name] || []).push(c); });
    (state.fields || []).forEach(function (f) {
      var c = null;
      if (f.name !== undefined && f.checked !== undefined) {
        c = (byName[f.name] || []).filter(function (x) { return x.value === f.value && (x.type === 'radio' || x.type === 'checkbox'); })[0];
        if (!c || c.checked === f.checked) return;
        c.checked = f.checked;
      } else {
        c = f.id ? doc.getElementById(f.id) : null;
        if (!c || c.closest('#hitc-serve-bar') || c.value === f.value) return;
        if (c.tagName === 'SELECT' && !Array.prototype.some.call(c.options, function (o) { return o.value === f.value; })) return;
        c.value = f.value;
      }
      c.dispatchEvent(new Event('input', { bubbles: true }));
      c.dispatchEvent(new Event('change', { bubbles: true }));
    });
    window.scrollTo(state.x || 0, state.y || 0);
  }

  // ---- live reload
  function listen() {
    if (!window.EventSource) return;
    var events = new EventSource('/_hitc/events');
    events.addEventListener('generation', function (e) {
      if (Number(e.data) !== cfg.generation) {
        events.close();
        save();
        location.reload();
      }
    });
  }

  // ---- the bar
  function bar() {
    var nav = el('nav', '', { id: 'hitc-serve-bar', 'aria-label': 'hitc serve',
      style: 'font: 14px/1.5 system-ui, sans-serif; background: #1f2937; color: #f9fafb; padding: 6px 12px; display: flex; flex-wrap: wrap; gap: 4px 14px; align-items: center' });
    function link(label, href, current) {
      var a = el('a', label, { href: href, style: 'color: #f9fafb' + (current ? '; font-weight: 700; text-decoration: none' : '') });
      if (current) a.setAttribute('aria-current', 'page');
      return a;
    }
    nav.appendChild(el('strong', 'hitc serve'));
    if (cfg.hits) {
      var hit = el('span', '', { id: 'hitc-serve-hit' });
      if (cfg.prev) hit.appendChild(link('\u2039 Previous HIT', cfg.prev)); else hit.appendChild(el('span', '\u2039 Previous HIT', { style: 'opacity: .5' }));
      hit.appendChild(el('span', ' HIT ' + cfg.hit + ' of ' + cfg.hits + ' ', { id: 'hitc-serve-hit-number' }));
      if (cfg.next) hit.appendChild(link('Next HIT \u203a', cfg.next)); else hit.appendChild(el('span', 'Next HIT \u203a', { style: 'opacity: .5' }));
      nav.appendChild(hit);
    }
    if ((cfg.views || []).length) {
      var views = el('span', 'View: ', { id: 'hitc-serve-views' });
      cfg.views.forEach(function (v, i) {
        if (i) views.appendChild(doc.createTextNode(' \u00b7 '));
        var a = link(v.label, v.href, v.current);
        a.setAttribute('data-view', v.key);
        views.appendChild(a);
      });
      nav.appendChild(views);
    }
    (cfg.links || []).forEach(function (l) { nav.appendChild(link(l.label, l.href, false)); });
    nav.appendChild(el('span', 'build ' + cfg.generation, { id: 'hitc-serve-generation', style: 'opacity: .7' }));
    if (cfg.note) nav.appendChild(el('span', cfg.note, { id: 'hitc-serve-note', style: 'flex-basis: 100%' }));
    panel = el('section', '', { id: 'hitc-serve-captured', 'aria-label': 'Captured submission', style: 'flex-basis: 100%' });
    panel.hidden = true;
    panel.appendChild(el('p', '', { id: 'hitc-serve-captured-how', style: 'margin: 4px 0' }));
    panel.appendChild(el('pre', '', { id: 'hitc-serve-captured-json', tabindex: '0',
      style: 'background: #111827; color: #f9fafb; padding: 8px; margin: 0; max-height: 40vh; overflow: auto; white-space: pre-wrap' }));
    nav.appendChild(panel);
    doc.body.insertBefore(nav, doc.body.firstChild);
    if (captured.length) showCaptured(captured[captured.length - 1].how, captured.pop().body);
  }

  doc.addEventListener('DOMContentLoaded', bar);
  window.addEventListener('load', function () { restore(); listen(); });
  window.hitcServe = { captured: captured, generation: cfg.generation };
})();
"""#
}
