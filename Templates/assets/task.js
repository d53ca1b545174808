/*
hitc task page script (task.html and preview.html). Plain ES2018, no library, no network
except the configured submit URLs. Never write a dollar sign followed by a brace here:
MTurk batch templating would replace it (so no template literals); the build refuses it.
The build strips indentation, blank lines and whole-line comments (a CSP hash covers the
result), so no string may continue across lines.

Items: the payload "hitc1:<base64url JSON array>" is read from <script id="hitc-items">
(MTurk replaces the placeholder there), else from the URL parameter ?items=hitc1:...;
without one, the demo items of the configuration are shown (opened from disk, preview),
except on a real target (MTurk, Prolific, generic): then an error and no submit.

Target, detected at load by the target script modules (assets/targets/*.js), which the
build splices in at the line "// @hitc-target-modules" for the targets the spec has, in
registry order: each pushes onto `targets` an object with detect() (the target's name
where the page runs, or null), and optionally demo() (the page may show the demo items;
called when it does), start() (after the answer fields exist), posts (true: the form's
own POST submits) and submit(body) (send the answers). The first module whose detect()
names a target runs the page; without one, the module with fallback: true does ("none").
Names: "preview" (preview.html), "mturk", "mturk-preview", "prolific", "generic", "none".

Stable hooks for tests:
  section.hitc-item[data-slot="N"]  one per item, N from 1; focusable (tabindex -1);
                                    [data-complete="true"] once its required answers are given
  .hitc-item-title                  "Item N of M"
  [data-field="F"]                  a layout block showing item field F (text blocks: textContent)
  fieldset.hitc-question[data-question="ID"][data-type][data-display]
                                    one per question per item; [hidden] while visible_if hides it;
                                    .hitc-invalid while it shows an error
  controls inside a fieldset        input[type=radio|checkbox][value] (radio, buttons, checkboxes,
                                    scale), select.hitc-select, textarea / input[type=text],
                                    input[type=number]; ids "hitc-N-ID" (+ "-i" per option)
  .hitc-error                       the message of a failing question (inside its fieldset)
  #hitc-progress                    "3 of 5 items answered"
  #hitc-status                      what submitting did or why it did not
  #hitc-submit, #hitc-form          submit button and form (MTurk: POST with hidden inputs in
                                    #hitc-fields named assignmentId, item<N>, item<N>_<question>,
                                    hitc_seconds, hitc_feedback)
  #hitc-legend, #hitc-legend-toggle hotkey legend, toggled by "?" (the toggle is in the sticky bar)
  #hitc-summary                     the instructions: open on a worker's first page of a task (per task id
                                    and version, in localStorage "hitc-seen:<task>@<version>"), then closed
  input[data-exclusive]             an exclusive option of a multi_choice: ticking it clears the others
  #hitc-feedback                    the feedback box
  #hitc-notice                      banner: MTurk preview ("Accept the HIT to start"), demo items, errors
  #hitc-answers, #hitc-answers-json, #hitc-copy, #hitc-download
                                    answers shown (target none, preview)
  window.hitc                       { answers(), validate(), target, items, config }
  postMessage                       generic target: { type: "hitc-answers", answers: {...} } to the parent

Markdown fields are data: they are rendered by a small subset renderer that builds DOM
nodes (paragraphs, lists, quotes, code, headings as bold lines, GFM tables, **bold**,
*italic*, `code`, links to https URLs only); everything else stays literal text. Data never
goes through an HTML parser: only textContent, createElement and attributes. Data text is
isolated for bidirectional text (dir="auto" on its element, <bdi> inside the page's own text),
so an RLO character in data cannot reorder what follows it.

Keys (the page reserves only j, k, ?, Esc, Ctrl/Cmd+Enter; a press typing a non-ASCII character,
as on Arabic or Cyrillic layouts, is read as the US key at its place): an option key goes to the question
holding the focus if it has that key, else to the only visible question of the current item
with it, else to the first such question still unanswered, else nowhere (the status line says
to Tab into the question). Answering an item's last required question by a key, or by a click
on a single-choice control, moves to the next unanswered item (cfg.autoAdvance === false: not);
an answer that reveals a required question moves the focus to it.
*/
(function () {
  'use strict';
  var doc = document;
  function byId(id) { return doc.getElementById(id); }
  function each(sel, root, fn) { Array.prototype.forEach.call((root || doc).querySelectorAll(sel), fn); }
  function add(parent, tag, cls) {
    var el = doc.createElement(tag);
    if (cls) el.className = cls;
    parent.appendChild(el);
    return el;
  }
  function text(v) { return v === null || v === undefined ? '' : String(v); }
  function isHttps(v) {
    try { return new URL(v).protocol === 'https:'; } catch (e) { return false; }
  }

  var cfg = JSON.parse(byId('hitc-config').textContent);
  var started = Date.now();
  var params = new URLSearchParams(location.search);
  var form = byId('hitc-form');
  var submit = byId('hitc-submit');
  var statusLine = byId('hitc-status');
  var notice = byId('hitc-notice');
  var qdefs = {};
  cfg.questions.forEach(q => { qdefs[q.id] = q; });

  function showNotice(msg, isError) {
    notice.textContent = msg;
    notice.hidden = false;
    notice.classList.toggle('hitc-banner-error', !!isError);
  }
  function setStatus(msg, isError) {
    statusLine.textContent = msg;
    statusLine.classList.toggle('hitc-status-error', !!isError);
  }

  // ---- where the page runs: the target modules, then the first that recognises the page
  var targets = [];
  // @hitc-target-modules
  var target = 'none';
  var via = null;
  targets.some(m => {
    var name = m.detect();
    if (name) { target = name; via = m; }
    return !!name;
  });
  if (!via) via = targets.filter(m => m.fallback)[0] || {};

  // ---- the items
  function decodePayload(raw) {
    var b64 = raw.slice(6).replace(/-/g, '+').replace(/_/g, '/').replace(/\s+/g, '');
    while (b64.length % 4) b64 += '=';
    var bin = atob(b64);
    var bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    var list = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    if (!Array.isArray(list)) throw new TypeError(); // caught: the items cannot be read
    return list.map(x => { return x && typeof x === 'object' && !Array.isArray(x) ? x : {}; });
  }
  var items = [];
  var itemsError = false;
  (() => {
    var sources = [(byId('hitc-items').textContent || '').trim(), params.get('items') || ''];
    var raw = sources.filter(s => s.indexOf('hitc1:') === 0)[0];
    if (raw) {
      try { items = decodePayload(raw); } catch (e) {
        itemsError = true;
        showNotice(t('script-items-unreadable'), true);
        return;
      }
      if (items.length > cfg.itemsPerHit) {
        itemsError = true;
        showNotice(t('script-items-too-many', { count: items.length, limit: cfg.itemsPerHit }), true);
        items = [];
      }
      return;
    }
    if (via.demo) {
      items = cfg.demoItems || [];
      via.demo();
      return;
    }
    itemsError = true;
    showNotice(t('script-items-missing'), true);
  })();

  // ---- markdown fields: a small safe subset, built as DOM nodes
  var inlineRe = /\*\*(?=\S)([^]+?)\*\*|__(?=\S)([^]+?)__|\*(?=[^\s*])([^*]+?)\*|(^|[^\w])_(?=\S)([^_]+?)_(?!\w)|`([^`]+)`|\[([^\]]+)\]\(([^()\s]+)\)/g;
  function inline(parent, s) {
    var last = 0, m;
    inlineRe.lastIndex = 0;
    var matches = [];
    while ((m = inlineRe.exec(s))) matches.push([m.index, inlineRe.lastIndex, m.slice()]);
    matches.forEach(x => {
      var g = x[2], start = x[0];
      if (g[4] !== undefined) { start += g[4].length; }
      if (start > last) parent.appendChild(doc.createTextNode(s.slice(last, start)));
      if (g[1] !== undefined || g[2] !== undefined) inline(add(parent, 'strong'), g[1] !== undefined ? g[1] : g[2]);
      else if (g[3] !== undefined) inline(add(parent, 'em'), g[3]);
      else if (g[5] !== undefined) inline(add(parent, 'em'), g[5]);
      else if (g[6] !== undefined) add(parent, 'code').textContent = g[6];
      else if (isHttps(g[8])) {
        var a = add(parent, 'a');
        a.href = g[8];
        a.target = '_blank';
        a.rel = 'noopener noreferrer';
        inline(a, g[7]);
      } else parent.appendChild(doc.createTextNode(g[0]));
      last = x[1];
    });
    if (last < s.length) parent.appendChild(doc.createTextNode(s.slice(last)));
  }
  var listRe = /^\s{0,3}([-*+]|\d{1,9}[.)])\s+/;
  var blockStartRe = /^(\s{0,3}```|\s{0,3}#{1,6}\s|\s{0,3}>)/;
  var delimRe = /^\s{0,3}\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;
  // The cells of a GFM table row ("\|" is a pipe inside a cell).
  function cells(line) {
    return line.trim().replace(/^\|/, '').replace(/([^\\])\|$/, '$1').split(/(?<!\\)\|/).map(c => c.trim().replace(/\\\|/g, '|'));
  }
  function tableAt(lines, i) {
    return i + 1 < lines.length && lines[i].indexOf('|') >= 0 && lines[i + 1].indexOf('|') >= 0 &&
      delimRe.test(lines[i + 1]) && cells(lines[i]).length === cells(lines[i + 1]).length;
  }
  function table(el, lines, i) {
    var head = cells(lines[i]);
    var align = cells(lines[i + 1]).map(a => /^:-+:$/.test(a) ? 'center' : /-:$/.test(a) ? 'right' : '');
    var t = add(el, 'table');
    function row(parent, values, tag) {
      var tr = add(parent, 'tr');
      head.forEach((h, k) => {
        var c = add(tr, tag);
        if (tag === 'th') c.scope = 'col';
        if (align[k]) c.style.textAlign = align[k];
        inline(c, values[k] || '');
      });
    }
    row(add(t, 'thead'), head, 'th');
    var body = null;
    i += 2;
    while (i < lines.length && lines[i].trim() && lines[i].indexOf('|') >= 0) {
      row(body || (body = add(t, 'tbody')), cells(lines[i++]), 'td');
    }
    return i;
  }
  function markdown(el, source) {
    var lines = text(source).replace(/\r\n?/g, '\n').split('\n');
    var i = 0;
    while (i < lines.length) {
      var line = lines[i], m;
      if (!line.trim()) { i++; continue; }
      if (tableAt(lines, i)) {
        i = table(el, lines, i);
      } else if (/^\s{0,3}```/.test(line)) {
        var code = [];
        i++;
        while (i < lines.length && !/^\s{0,3}```/.test(lines[i])) code.push(lines[i++]);
        i++;
        add(add(el, 'pre'), 'code').textContent = code.join('\n');
      } else if ((m = /^\s{0,3}#{1,6}\s+(.*?)\s*#*$/.exec(line))) {
        inline(add(add(el, 'p'), 'strong'), m[1]);
        i++;
      } else if (/^\s{0,3}>/.test(line)) {
        var quote = [];
        while (i < lines.length && /^\s{0,3}>/.test(lines[i])) quote.push(lines[i++].replace(/^\s{0,3}>\s?/, ''));
        inline(add(add(el, 'blockquote'), 'p'), quote.join('\n'));
      } else if (listRe.test(line)) {
        var list = add(el, /^\s*\d/.test(line) ? 'ol' : 'ul');
        while (i < lines.length && listRe.test(lines[i])) {
          var entry = lines[i++].replace(listRe, '');
          while (i < lines.length && lines[i].trim() && !listRe.test(lines[i]) && /^\s/.test(lines[i])) entry += '\n' + lines[i++].trim();
          inline(add(list, 'li'), entry);
        }
      } else {
        var para = [];
        while (i < lines.length && lines[i].trim() && !blockStartRe.test(lines[i]) && !listRe.test(lines[i]) && !tableAt(lines, i)) para.push(lines[i++]);
        inline(add(el, 'p'), para.join('\n'));
      }
    }
  }

  // ---- filling the layout with one item
  // A note in place of a field; the data value inside it isolated (<bdi>) from the page's words.
  function missing(el, msg, value) {
    el.textContent = '';
    var p = add(el, 'p', 'hitc-missing');
    p.textContent = value ? msg + ': ' : msg;
    if (value) add(p, 'bdi').textContent = value;
  }
  function fill(el, item) {
    var value = text(item[el.getAttribute('data-field')]);
    var box = el.closest('.hitc-captioned');
    if (!value.trim()) { el.hidden = true; if (box) box.hidden = true; return; }
    el.dir = 'auto';
    if (el.classList.contains('hitc-image')) {
      if (!isHttps(value)) return missing(el, t('script-image-not-https'), value);
      var img = add(el, 'img');
      img.alt = text(item[el.getAttribute('data-alt-field')]);
      img.addEventListener('error', () => { missing(el, t('script-image-failed'), value); });
      img.src = value;
    } else if (el.classList.contains('hitc-link')) {
      var a = el.querySelector('a');
      var label = a.textContent.trim();
      if (isHttps(value)) {
        if (!label) add(a, 'bdi').textContent = value;
        a.href = value;
        a.target = '_blank';
        a.rel = 'noopener noreferrer';
      } else missing(el, t('script-link-not-https', { label: label || t('script-link') }), value);
    } else if (el.classList.contains('hitc-media')) {
      if (!isHttps(value)) return missing(el, t('script-media-not-https'), value);
      var media = add(el, el.getAttribute('data-media') === 'video' ? 'video' : 'audio');
      media.controls = true;
      media.preload = 'none';
      media.src = value;
    } else if (el.hasAttribute('data-markdown')) {
      markdown(el, value);
    } else {
      el.textContent = value;
    }
  }

  // ---- columns: their blocks share the rows of the columns block (CSS subgrid), so the
  // questions of the sides line up. Added here, not in task.css, only because the W3C Nu
  // checker's CSS validator does not know "subgrid" yet (CSS Grid Level 2, in every engine).
  try { doc.styleSheets[0].insertRule('.hitc-column{grid-template-rows:subgrid}', 0); } catch (e) { /* unaligned */ }

  // ---- building the items
  var list = byId('hitc-items-list');
  var template = byId('hitc-item-template');
  var slots = [];
  var submitted = false;
  var showErrors = false;

  function controlsOf(st) { return Array.prototype.slice.call(st.fs.querySelectorAll('input, select, textarea')); }
  function isChoice(st) { var y = st.controls[0] && st.controls[0].type; return y === 'radio' || y === 'checkbox'; }

  items.forEach((item, index) => {
    var n = index + 1;
    var frag = template.content.cloneNode(true);
    var sec = frag.querySelector('.hitc-item');
    sec.id = 'hitc-item-' + n;
    sec.setAttribute('data-slot', n);
    var title = sec.querySelector('.hitc-item-title');
    title.id = sec.id + '-title';
    title.textContent = t('script-item-title', { number: n, total: items.length });
    title.setAttribute('data-answered', t('script-item-answered'));
    sec.setAttribute('aria-labelledby', title.id);
    each('[data-field]', sec, el => { fill(el, item); });
    var slot = { n: n, el: sec, item: item, q: {}, order: [] };
    each('fieldset.hitc-question', sec, fs => {
      var q = qdefs[fs.getAttribute('data-question')];
      if (!q) return;
      var base = 'hitc-' + n + '-' + q.id;
      var st = { def: q, fs: fs, visible: true, err: fs.querySelector('.hitc-error'), count: fs.querySelector('.hitc-count') };
      st.controls = controlsOf(st);
      var legend = fs.querySelector('legend');
      legend.id = base + '-legend';
      st.err.id = base + '-error';
      var described = [];
      each('.hitc-hint, .hitc-selection-note', fs, (h, i) => { h.id = base + '-note' + i; described.push(h.id); });
      described.push(st.err.id);
      fs.setAttribute('aria-describedby', described.join(' '));
      st.controls.forEach((c, i) => {
        c.name = base;
        if (c.type === 'radio' || c.type === 'checkbox') {
          c.id = base + '-' + i;
          var tip = c.parentNode.querySelector('.hitc-option-hint');
          if (tip) { tip.id = c.id + '-hint'; c.setAttribute('aria-describedby', tip.id); }
        } else {
          c.id = base;
          c.setAttribute('aria-labelledby', legend.id);
          c.setAttribute('aria-describedby', described.join(' '));
        }
      });
      slot.q[q.id] = st;
      slot.order.push(st);
    });
    sec.addEventListener('input', e => { changed(slot, e); });
    sec.addEventListener('change', e => { changed(slot, e); });
    list.appendChild(frag);
    slots.push(slot);
  });

  // ---- answers and rules
  function rawValue(st) {
    if (!st) return '';
    if (isChoice(st)) {
      return st.controls.filter(c => c.checked).map(c => c.value).join('|');
    }
    return st.controls[0] ? st.controls[0].value : '';
  }
  function selected(st) { return st.controls.filter(c => c.checked).map(c => c.value); }
  function valuesOf(st) { return isChoice(st) ? selected(st) : [rawValue(st)]; }
  function isVisible(slot, q) {
    return (q.visibleIf || []).every(cond => {
      var other = slot.q[cond.question];
      if (!other || !other.visible) return false;
      return valuesOf(other).some(v => cond.values.indexOf(v) >= 0);
    });
  }
  function count(s) { return Array.from(s).length; }
  // ---- the page's own words: cfg.messages, in cfg.lang (issue 16's contract, section 4). A
  // pattern is a string ("{name}" stands for argument name), a select {"$": argument, "*": the
  // default key, "one": pattern, "1": pattern, ...} or an array of both, joined.
  // (Here, between count() and problem(), so the Ground Truth template's cut of the checks,
  // GroundTruthScript.checkParts, carries it; `cfg` is that page's configuration there.)
  var plurals, numbers;
  // A number as the page's language writes it ("1,5" in German).
  function num(n) {
    try { return (numbers = numbers || new Intl.NumberFormat(cfg.lang, { maximumFractionDigits: 20 })).format(n); } catch (e) { return String(n); }
  }
  function own(o, k) { return Object.prototype.hasOwnProperty.call(o, k); }
  // Message `id` with `args` (name: number or text), as text (never HTML). A select tries the
  // exact number, then its plural category (CLDR, by Intl.PluralRules), then its default.
  // An unknown id shows the id; never throws.
  function t(id, args) {
    args = args || {};
    function out(p) {
      if (typeof p === 'string') {
        return p.replace(/\{([\w-]+)\}/g, (m, k) => { var v = args[k]; return typeof v === 'number' ? num(v) : v === undefined ? m : String(v); });
      }
      if (Array.isArray(p)) return p.map(out).join('');
      if (!p || typeof p !== 'object') return id;
      var n = args[p.$], key = String(n);
      if (typeof n !== 'number' || !own(p, key)) {
        try { key = (plurals = plurals || new Intl.PluralRules(cfg.lang)).select(n); } catch (e) { key = 'other'; }
      }
      return out(own(p, key) ? p[key] : p[p['*']]);
    }
    var words = cfg.messages || {};
    return own(words, id) ? out(words[id]) : id;
  }
  function problem(st) {
    if (!st.visible) return '';
    var q = st.def, c = st.controls[0];
    if (q.type === 'multi_choice') {
      var n = selected(st).length;
      if (!n) return q.required ? t('script-choose-at-least', { min: Math.max(1, q.minSelected || 1) }) : '';
      if (q.minSelected && n < q.minSelected) return t('script-choose-at-least-now', { min: q.minSelected, count: n });
      if (q.maxSelected && n > q.maxSelected) return t('script-choose-at-most-now', { max: q.maxSelected, count: n });
      return '';
    }
    if (q.type === 'single_choice' || q.type === 'scale' || q.type === 'pairwise') {
      return q.required && !rawValue(st) ? t('script-choose-answer') : '';
    }
    if (q.type === 'number') {
      var v = c.value.trim(), x = Number(v);
      if (c.validity && c.validity.badInput || v && !isFinite(x)) return t('script-number');
      if (!v) return q.required ? t('script-number') : '';
      var range = q.min !== undefined && q.max !== undefined ? t('script-number-range', q) : '';
      if (q.min !== undefined && x < q.min) return range || t('script-number-at-least', q);
      if (q.max !== undefined && x > q.max) return range || t('script-number-at-most', q);
      var step = q.step || 1, from = q.min || 0, k = (x - from) / step;
      if (Math.abs(k - Math.round(k)) > 1e-9) return step === 1 && !from ? t('script-number-whole') : t(from ? 'script-number-step-from' : 'script-number-step', { step: step, from: from });
      return '';
    }
    var s = c.value, len = count(s);
    if (!s.trim()) return q.required ? t('script-text') : '';
    if (q.minLength && len < q.minLength) return t('script-text-at-least', { min: q.minLength, count: len });
    if (q.maxLength && len > q.maxLength) return t('script-text-at-most', { max: q.maxLength, count: len });
    if (q.pattern) {
      var re = null;
      try { re = new RegExp('^(?:' + q.pattern + ')$', 'u'); } catch (e) { re = null; }
      if (re && !re.test(s)) return t('script-text-pattern');
    }
    return '';
  }
  function render(st, msg) {
    st.err.textContent = msg;
    st.err.hidden = !msg;
    st.fs.classList.toggle('hitc-invalid', !!msg);
    st.controls.forEach(c => {
      if (msg) c.setAttribute('aria-invalid', 'true'); else c.removeAttribute('aria-invalid');
    });
  }
  function complete(slot) {
    var required = false, answered = false;
    var ok = slot.order.every(st => {
      if (!st.visible) return true;
      if (st.def.required) required = true;
      if (rawValue(st).trim()) answered = true;
      return !problem(st);
    });
    return ok && (required || answered);
  }
  function update(slot) {
    slot.order.forEach(st => {
      st.visible = isVisible(slot, st.def);
      st.fs.hidden = !st.visible;
      if (st.count) {
        var len = count(rawValue(st)), max = +st.count.getAttribute('data-max');
        st.count.textContent = num(len) + ' / ' + num(max);
        st.count.setAttribute('data-over', len > max ? 'true' : 'false');
      }
      if (!st.visible) render(st, '');
      else if (showErrors && !st.err.hidden) render(st, problem(st));
    });
    slot.el.setAttribute('data-complete', complete(slot) ? 'true' : 'false');
    progress();
  }
  function progress() {
    var done = slots.filter(s => s.el.getAttribute('data-complete') === 'true').length;
    byId('hitc-progress').textContent = t('script-progress', { answered: done, total: slots.length });
  }
  function validate(show) {
    var problems = [];
    slots.forEach(slot => {
      slot.order.forEach(st => {
        var msg = problem(st);
        if (show) render(st, msg);
        if (msg) problems.push({ slot: slot.n, question: st.def.id, message: msg, st: st });
      });
    });
    return problems;
  }

  // An exclusive option ("None of these") clears the others of its question, and the reverse.
  function exclusive(c) {
    if (c.type !== 'checkbox' || !c.checked) return;
    var fs = c.closest('fieldset');
    var alone = c.hasAttribute('data-exclusive');
    each('input[type="checkbox"]', fs, o => {
      if (o !== c && o.checked && (alone || o.hasAttribute('data-exclusive'))) o.checked = false;
    });
  }
  var lastPointer = 0;
  doc.addEventListener('pointerdown', () => { lastPointer = Date.now(); }, true);
  function stateOf(slot, el) {
    var fs = el && el.closest ? el.closest('fieldset.hitc-question') : null;
    return fs ? slot.q[fs.getAttribute('data-question')] : null;
  }
  function isSingle(st) { return !!st && /^(single_choice|scale|pairwise)$/.test(st.def.type); }
  // An answer changed in `slot`: rules, then the focus: to a required question the answer
  // revealed, else (a click on a single-choice control) on to the next unanswered item.
  function changed(slot, e) {
    var t = e.target;
    // A choice fires "input" then "change": handled once, on "change".
    if (e.type === 'input' && (t.type === 'radio' || t.type === 'checkbox' || t.tagName === 'SELECT')) return;
    if (e.type === 'change') exclusive(t);
    var before = slot.order.map(st => st.visible);
    update(slot);
    if (e.type !== 'change') return;
    var shown = slot.order.filter((st, i) => st.visible && !before[i] && st.def.required)[0];
    // After a click the browser focuses the clicked control once this event is done: move after it.
    if (shown) {
      var c = shown.controls.filter(x => x.checked)[0] || shown.controls[0];
      if (c) setTimeout(() => { c.focus({ preventScroll: true }); shown.fs.scrollIntoView({ block: 'nearest' }); }, 0);
      return;
    }
    if (e.isTrusted && t.type === 'radio' && Date.now() - lastPointer < 1500) setTimeout(() => { advance(slot, stateOf(slot, t)); }, 0);
  }
  // Moves to the next unanswered item when `st` (just answered) completed its item.
  function advance(slot, st) {
    if (cfg.autoAdvance === false || !isSingle(st) || !st.def.required || !complete(slot)) return false;
    var open = slot.order.some(o => o.visible && o.def.required && problem(o));
    if (open) return false;
    for (var k = 1; k < slots.length; k++) {
      var next = slots[(slot.n - 1 + k) % slots.length];
      if (next.el.getAttribute('data-complete') !== 'true') { goTo(next); return true; }
    }
    return false;
  }

  var fieldCount = Math.max(cfg.itemsPerHit || 0, slots.length);
  function answers() {
    var out = {};
    for (var n = 1; n <= fieldCount; n++) {
      var slot = slots[n - 1];
      out['item' + n] = slot && cfg.keyField ? text(slot.item[cfg.keyField]) : '';
      cfg.questions.forEach(q => {
        var st = slot && slot.q[q.id];
        out['item' + n + '_' + q.id] = st && st.visible ? rawValue(st) : '';
      });
    }
    out.hitc_seconds = String(Math.round((Date.now() - started) / 1000));
    if (cfg.feedback) out.hitc_feedback = byId('hitc-feedback') ? byId('hitc-feedback').value : '';
    return out;
  }

  // ---- hotkeys and moving between items
  function focusedSlot() {
    var a = doc.activeElement;
    var sec = a && a.closest ? a.closest('.hitc-item') : null;
    return sec ? slots[+sec.getAttribute('data-slot') - 1] : null;
  }
  // The item a worker is looking at: the first one starting in the window, or cut by its top
  // edge but still filling more than its top 30%.
  function slotInView() {
    var edge = window.innerHeight * 0.3;
    for (var i = 0; i < slots.length; i++) {
      var r = slots[i].el.getBoundingClientRect();
      if (r.bottom > 0 && (r.top >= 0 || r.bottom > edge)) return slots[i];
    }
    return slots[slots.length - 1];
  }
  function goTo(slot) {
    slot.el.focus({ preventScroll: true });
    slot.el.scrollIntoView({ block: 'start' });
  }
  function move(delta) {
    if (!slots.length) return;
    var cur = focusedSlot();
    var i = cur ? cur.n - 1 + delta : (delta > 0 ? 0 : slots.length - 1);
    if (!cur) { var v = slotInView(); if (v) i = v.n - 1 + (delta > 0 ? 0 : -1); }
    goTo(slots[Math.max(0, Math.min(slots.length - 1, i))]);
  }
  function choose(st, value) {
    var c = null;
    if (isChoice(st)) {
      c = st.controls.filter(x => x.value === value)[0];
      if (!c) return false;
      c.checked = c.type === 'checkbox' ? !c.checked : true;
    } else if (st.controls[0] && st.controls[0].tagName === 'SELECT') {
      c = st.controls[0];
      c.value = value;
    } else return false;
    c.dispatchEvent(new Event('change', { bubbles: true }));
    return true;
  }
  function keyValue(st, key, loose) {
    var keys = st.def.keys || {};
    for (var k in keys) {
      if (k === key || (loose && k.toLowerCase() === key.toLowerCase())) return keys[k];
    }
    if (st.def.type === 'scale' && /^[0-9]$/.test(key) && +key >= st.def.min && +key <= st.def.max && !loose) return key;
    return null;
  }
  // The question of `slot` that `key` answers (see the rule at the top), or null;
  // ambiguous: several questions have the key and all are answered.
  function keyTarget(slot, here, key, loose) {
    if (here && here.visible && keyValue(here, key, loose) !== null) return { st: here };
    var withKey = slot.order.filter(st => st.visible && keyValue(st, key, loose) !== null);
    if (withKey.length === 1) return { st: withKey[0] };
    var open = withKey.filter(st => !rawValue(st))[0];
    return open ? { st: open } : withKey.length ? { ambiguous: true } : null;
  }
  var keyHint = false;
  function answerByKey(key) {
    var slot = focusedSlot();
    var inside = !!slot;
    slot = slot || slotInView();
    if (!slot) return false;
    var here = inside ? stateOf(slot, doc.activeElement) : null;
    var found = keyTarget(slot, here, key, false) || keyTarget(slot, here, key, true);
    if (!found) return false;
    if (found.ambiguous) {
      setStatus(t('script-key-elsewhere', { key: key }));
      keyHint = true;
      return true;
    }
    if (!inside) slot.el.focus({ preventScroll: true });
    if (keyHint) { setStatus(''); keyHint = false; }
    var v = keyValue(found.st, key, false);
    if (!choose(found.st, v !== null ? v : keyValue(found.st, key, true))) return false;
    advance(slot, found.st);
    return true;
  }
  function isTyping(el) {
    if (!el) return false;
    if (el.isContentEditable || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') return true;
    return el.tagName === 'INPUT' && ['radio', 'checkbox', 'button', 'submit', 'reset'].indexOf(el.type) < 0;
  }
  var legendBox = byId('hitc-legend');
  var legendToggle = byId('hitc-legend-toggle');
  function toggleLegend(show) {
    var open = show === undefined ? legendBox.hidden : show;
    legendBox.hidden = !open;
    legendToggle.setAttribute('aria-expanded', open ? 'true' : 'false');
  }
  legendToggle.addEventListener('click', () => { toggleLegend(); });
  var advanceNote = byId('hitc-legend-advance');
  if (advanceNote) advanceNote.hidden = cfg.autoAdvance === false;
  byId('hitc-legend-close').addEventListener('click', () => { toggleLegend(false); legendToggle.focus(); });
  doc.addEventListener('keydown', e => {
    if (e.defaultPrevented || e.isComposing) return;
    var k = e.key;
    // A layout that types another script (Arabic, Cyrillic, Persian digits...) still has the keys
    // the legend names: a non-ASCII key is read as what a US keyboard has at its place.
    var at = k.length === 1 && k > '~' && /^(?:Key([A-Z])|Digit(\d)|Numpad(\d))$/.exec(e.code || '');
    if (at) k = (at[1] || at[2] || at[3]).toLowerCase();
    if (k === 'Enter' && (e.ctrlKey || e.metaKey) && !e.altKey) {
      e.preventDefault();
      if (!submit.disabled) submit.click();
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (k === 'Escape' && !legendBox.hidden) { toggleLegend(false); legendToggle.focus(); return; }
    if (isTyping(e.target)) {
      if (k !== 'Escape') return;
      var sec = e.target.closest('.hitc-item');
      if (sec) sec.focus({ preventScroll: true }); else e.target.blur();
      e.preventDefault();
      return;
    }
    if (k === '?') { toggleLegend(); e.preventDefault(); return; }
    if (k === 'j') { move(1); e.preventDefault(); return; }
    if (k === 'k') { move(-1); e.preventDefault(); return; }
    if (k.length === 1 && k !== ' ' && answerByKey(k)) e.preventDefault();
  });

  // ---- submitting
  // The hidden inputs, all made here, by name (a search of the form per name was quadratic: 2,000 answers took 0.7 s).
  var fields = byId('hitc-fields');
  var hiddens = new Map();
  function hidden(name) {
    var input = hiddens.get(name);
    if (!input) {
      input = add(fields, 'input');
      input.type = 'hidden';
      input.name = name;
      hiddens.set(name, input);
    }
    return input;
  }
  Object.keys(answers()).forEach(hidden);
  if (via.start) via.start();
  if (itemsError) submit.disabled = true;

  // For the modules that send the answers: POST them as JSON to `url` (none: done).
  function send(url, body) {
    if (!url) return Promise.resolve();
    return fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), credentials: 'omit' })
      .then(r => { if (!r.ok) throw { reason: 'HTTP ' + r.status }; });
  }
  // For the modules that send the answers: the page is sending; returns what to do when it failed.
  function sending() {
    submitted = true;
    submit.disabled = true;
    setStatus(t('script-sending'));
    return err => {
      submitted = false;
      submit.disabled = false;
      setStatus(t('script-send-failed', { reason: err && err.reason || t('script-network-error') }), true);
    };
  }
  form.addEventListener('submit', e => {
    if (submit.disabled || submitted) { e.preventDefault(); return; }
    showErrors = true;
    var problems = validate(true);
    slots.forEach(s => { s.el.setAttribute('data-complete', complete(s) ? 'true' : 'false'); });
    progress();
    if (problems.length) {
      e.preventDefault();
      setStatus(t('script-attention', { count: problems.length }), true);
      var st = problems[0].st;
      var c = st.controls.filter(x => x.checked)[0] || st.controls[0];
      st.fs.scrollIntoView({ block: 'center' });
      if (c) c.focus({ preventScroll: true });
      return;
    }
    var body = answers();
    Object.keys(body).forEach(k => { hidden(k).value = body[k]; });
    if (via.posts) {
      submitted = true;
      setStatus(t('script-submitting'));
      return;
    }
    e.preventDefault();
    if (via.submit) via.submit(body);
  });

  slots.forEach(update);
  progress();

  // ---- the instructions: open on a worker's first page of this task (and version), closed after
  (() => {
    var box = byId('hitc-summary');
    if (!box || target === 'preview') return;
    var key = 'hitc-seen:' + cfg.task + '@' + (cfg.taskVersion || '');
    try {
      if (localStorage.getItem(key)) box.open = false;
      else if (target !== 'mturk-preview') localStorage.setItem(key, '1');
    } catch (e) { /* no storage (private mode, blocked): the instructions stay open */ }
  })();
  window.hitc = {
    answers: answers,
    validate: () => { return validate(false).map(p => { return { item: p.slot, question: p.question, message: p.message }; }); },
    target: target,
    items: items,
    config: cfg
  };
})();
