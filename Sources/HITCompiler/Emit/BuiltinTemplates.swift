// Generated from Templates/ by BuiltinTemplatesTests; do not edit.
// Run `HITC_UPDATE_GOLDEN=1 swift test --filter BuiltinTemplatesTests` after changing a template.

/// The built-in templates and assets, by path relative to `Templates/`.
enum BuiltinTemplates {
    static let files: [String: String] = [
        "assets/guidelines.css": #"""
/* hitc guideline document: added after task.css, so it looks like the task page. Colours meet WCAG AA on white. */
.g-doc main { padding-bottom: 2rem; }
.g-header { padding-bottom: .5rem; }
.g-kicker { margin: 0 0 .25rem; font-size: .85rem; font-weight: 600; color: #4a535c; text-transform: uppercase; letter-spacing: .04em; }
.g-card { background: #fff; border: 1px solid #d0d7de; border-radius: .75rem; padding: .25rem 1.25rem 1rem; margin: 0 0 1.25rem; }
.g-card > h2 { margin: .9rem 0 .6rem; }
.g-toc ol { margin: 0; padding-left: 1.5rem; columns: 2 16rem; column-gap: 2rem; }
.g-toc li { margin: 0 0 .3rem; break-inside: avoid; }
.g-facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .4rem 1rem; margin: 0 0 .25rem; }
.g-facts dt { font-weight: 600; }
.g-facts dd { margin: 0; overflow-wrap: anywhere; }
.g-card > .hitc-md > :first-child { margin-top: 0; }
.g-doc .hitc-md table { width: 100%; margin: 0; }
.g-doc .hitc-md th, .g-doc .hitc-md td { overflow-wrap: break-word; }
.g-question { border-top: 1px solid #d0d7de; margin-top: 1.25rem; padding-top: .25rem; }
.g-card > h2 + .g-question { border-top: 0; margin-top: 0; padding-top: 0; }
.g-question h3 { margin: .75rem 0 .25rem; }
.g-hint { color: #4a535c; }
.g-hint p { margin: .25rem 0; }
.g-rules { margin: .25rem 0 .75rem; color: #3d444d; }
.g-table-wrap { overflow-x: auto; margin: .5rem 0; }
.g-table-wrap:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
.g-table-wrap > table { margin: 0; }
.g-table { border-collapse: collapse; width: 100%; margin: .25rem 0 .5rem; font-size: .95rem; }
.g-table th, .g-table td { border: 1px solid #d0d7de; padding: .4rem .6rem; text-align: left; vertical-align: top; }
.g-table thead th { background: #f6f8fa; white-space: nowrap; }
.g-table tbody th { font-weight: 600; white-space: nowrap; }
.g-table th:first-child { width: 1%; }
.g-table tbody th kbd { margin-left: .25rem; font-weight: 400; }
.g-seen { margin-top: .2rem; font-size: .9rem; color: #4a535c; }
.g-refs { list-style: none; margin: 0; padding: 0; display: inline; }
.g-refs li { display: inline; }
.g-refs li + li::before { content: ", "; }
.g-nowrap { white-space: nowrap; }
.g-note { color: #4a535c; margin: 0 0 .75rem; }
.g-example { margin: 0 0 1.75rem; }
.g-example:last-child { margin-bottom: .5rem; }
.g-item { margin: 0 0 .75rem; background: #fbfcfd; }
.g-item .hitc-image img { max-height: 14rem; }
.g-item > :last-child { margin-bottom: 0; }
.g-expected { border-left: 4px solid #1a7f37; padding: .1rem 0 .1rem 1rem; }
.g-expected h4 { margin: .25rem 0 .5rem; font-size: 1rem; color: #1a7f37; }
.g-expected dl { margin: 0; }
.g-expected dt { color: #3d444d; }
.g-expected dd { margin: 0 0 .5rem; overflow-wrap: anywhere; }
.g-answer + .g-answer::before { content: ", "; }
.g-why { margin: .5rem 0 .25rem; white-space: pre-line; overflow-wrap: anywhere; }
.g-faq h3 { font-size: 1.05rem; margin: 1.1rem 0 .25rem; }
.g-faq .hitc-md p { margin: .25rem 0; }
@media (max-width: 30rem) {
.g-card { padding: .25rem .85rem .85rem; border-radius: .5rem; }
.g-facts { grid-template-columns: minmax(0, 1fr); gap: 0 1rem; }
.g-facts dd { margin-bottom: .4rem; }
.g-expected { padding-left: .75rem; }
.g-table { font-size: .9rem; }
.g-table th, .g-table td { padding: .35rem .45rem; }
.g-table tbody th { white-space: normal; }
.g-table th:first-child { width: 35%; }
}
@media print {
@page { margin: 1.5cm 1.4cm; }
*, *::before, *::after { background: transparent !important; box-shadow: none !important; }
body { color: #000; font-size: 11pt; }
.hitc-header, main { max-width: none; padding: 0; }
.g-card { border: 0; border-radius: 0; padding: 0; margin: 0 0 1.25rem; }
.g-item { border: 1px solid #8c959f; }
a { color: #000; }
a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .85em; overflow-wrap: anywhere; }
h1, h2, h3, h4 { break-after: avoid; }
tr, figure, pre, blockquote, .g-example, .g-expected, .g-faq, .g-rules, .hitc-block { break-inside: avoid; }
.g-item { break-after: avoid; }
.g-question h3 + * { break-before: avoid; }
.g-table thead { display: table-header-group; }
.hitc-md table { display: table; }
.g-doc .hitc-md table, .g-table { width: calc(100% - 2px); }
.g-table-wrap, .hitc-md table { overflow: visible; }
.g-item .hitc-image img { max-height: 6cm; }
.g-toc ol { columns: 2; }
}

"""#,

        "assets/task.css": #"""
/* hitc task page. Colours meet WCAG AA contrast on white; no dollar-brace here (MTurk templating). */
:root { --ink: #1f2328; --muted: #4a535c; --blue: #0b57d0; --green: #1a7f37; --line: 1px solid #d0d7de; --edge: #6e7781; --soft: #f3f6fa; --red: #82071e; }
*, ::before, ::after { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: var(--ink); background: #f6f8fa; }
.hitc-header, main, .hitc-footer { max-width: 60rem; margin: 0 auto; padding: 0 1rem; }
.hitc-header { padding-top: 1rem; }
h1 { font-size: 1.5rem; line-height: 1.25; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; }
h3 { font-size: 1.1rem; }
a { color: var(--blue); }
kbd { display: inline-block; min-width: 1.5em; padding: 0 .3em; border: 1px solid var(--edge); border-bottom-width: 2px; border-radius: .3rem; background: #fff; color: var(--ink); font: .85em/1.4 ui-monospace, monospace; text-align: center; }
:focus-visible, .hitc-item:focus, .hitc-option:has(:focus-visible), .hitc-point:has(:focus-visible) { outline: 3px solid var(--blue); outline-offset: 2px; }
[hidden] { display: none !important; }
.hitc-description, .hitc-hint, .hitc-selection-note, .hitc-optional, .hitc-unit, .hitc-count, .hitc-option-hint, .hitc-option-hints, .hitc-point-label, .hitc-missing, .hitc-footer, .hitc-legend p, .hitc-item-title, #hitc-status { color: var(--muted); }
.hitc-description { margin: 0 0 .75rem; }
.hitc-banner { margin: .5rem 0; padding: .75rem 1rem; border-radius: .5rem; border: 1px solid #d4a72c; background: #fff8c5; color: #3b2e00; }
.hitc-banner-error { border-color: #cf222e; background: #ffebe9; color: var(--red); }
.hitc-help { display: flex; flex-direction: column; align-items: flex-start; gap: .5rem; margin: .5rem 0 1rem; }
.hitc-help details { align-self: stretch; background: #fff; border: var(--line); border-radius: .5rem; padding: 0 1rem; }
.hitc-help summary { cursor: pointer; font-weight: 600; padding: .6rem 0; }
.hitc-help details[open] summary { border-bottom: var(--line); margin-bottom: .5rem; }
.hitc-md table { border-collapse: collapse; width: 100%; }
.hitc-md th, .hitc-md td { border: var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
.hitc-md code { background: #eff1f3; border-radius: .25rem; padding: 0 .25em; font-size: .9em; }
.hitc-md pre { background: #eff1f3; padding: .5rem; white-space: pre-wrap; overflow-wrap: anywhere; }
.hitc-md blockquote, .hitc-text-quote { margin: .5rem 0; padding: .25rem 1rem; border-left: 4px solid #8c959f; color: #3d444d; background: #fff; }
.hitc-md img { max-width: 100%; height: auto; }
.hitc-faq dt { font-weight: 600; margin-top: .75rem; }
.hitc-faq dd, .hitc-legend dd, .hitc-option-hints dd { margin: 0; }
.hitc-legend { position: fixed; right: 1rem; bottom: 1rem; z-index: 3; width: min(26rem, calc(100vw - 2rem)); max-height: 70vh; overflow: auto; background: #fff; border: 2px solid var(--blue); border-radius: .5rem; padding: 0 1rem 1rem; box-shadow: 0 .5rem 1.5rem rgba(0, 0, 0, .25); }
.hitc-legend h3 { font-size: 1rem; margin: .75rem 0 .25rem; }
.hitc-legend dl, .hitc-option-hints { display: grid; grid-template-columns: auto 1fr; gap: .25rem .75rem; margin: 0; }
.hitc-legend p { font-size: .9rem; }
.hitc-item, .hitc-feedback, .hitc-answers { background: #fff; border: var(--line); border-radius: .75rem; padding: .25rem 1.25rem 1rem; margin: 0 0 1.25rem; }
.hitc-item[data-complete="true"] { border-color: var(--green); }
.hitc-item-title { font-size: .95rem; margin: .75rem 0 .5rem; text-transform: uppercase; letter-spacing: .03em; }
.hitc-item[data-complete="true"] .hitc-item-title::after { content: " \2713  answered"; color: var(--green); text-transform: none; }
.hitc-block { margin: 0 0 .75rem; }
.hitc-text { white-space: pre-wrap; overflow-wrap: anywhere; }
.hitc-text-heading { font-size: 1.35rem; line-height: 1.3; margin-top: 0; }
.hitc-text-mono { font-family: ui-monospace, monospace; }
.hitc-image img { display: block; max-width: 100%; max-height: 20rem; border-radius: .5rem; }
.hitc-media audio, .hitc-media video { display: block; max-width: 100%; }
.hitc-missing { font-style: italic; overflow-wrap: anywhere; }
.hitc-markdown { border: var(--line); border-radius: .5rem; padding: 0 .75rem; overflow-wrap: anywhere; }
.hitc-note { border-left: 4px solid var(--blue); background: #eef4fd; border-radius: .25rem; padding: .1rem .75rem; }
.hitc-note p { margin: .4rem 0; }
.hitc-columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 17rem), 1fr)); gap: 1rem; }
.hitc-column { min-width: 0; }
.hitc-question { border: 0; border-top: var(--line); margin: 1rem 0 .5rem; padding: .75rem 0 0; min-width: 0; }
.hitc-question legend { font-weight: 600; font-size: 1.05rem; padding: 0; float: left; width: 100%; margin-bottom: .25rem; }
.hitc-question legend + * { clear: left; }
.hitc-optional { font-weight: 400; }
.hitc-hint, .hitc-selection-note { font-size: .95rem; }
.hitc-hint p, .hitc-selection-note { margin: 0 0 .5rem; }
.hitc-options { display: flex; flex-direction: column; gap: .25rem; }
.hitc-option { display: flex; gap: .6rem; align-items: flex-start; padding: .45rem .6rem; border-radius: .5rem; border: 1px solid transparent; cursor: pointer; }
.hitc-option:hover, .hitc-point:hover { background: var(--soft); }
.hitc-option:has(:checked), .hitc-point:has(:checked) { background: #ddf4ff; border-color: var(--blue); }
.hitc-option input, .hitc-point input { margin: .3rem 0 0; width: 1.1rem; height: 1.1rem; flex: none; accent-color: var(--blue); }
.hitc-option-text { display: flex; flex-wrap: wrap; gap: .1rem .5rem; align-items: baseline; }
.hitc-option-label { font-weight: 500; }
.hitc-option-hint { flex-basis: 100%; font-size: .9rem; }
.hitc-options-buttons { flex-flow: row wrap; gap: .5rem; }
.hitc-options-buttons .hitc-option { position: relative; flex: 1 1 9.5rem; border: 2px solid var(--edge); background: #fff; padding: .5rem .75rem; }
.hitc-options-buttons .hitc-option input { position: absolute; opacity: 0; }
.hitc-options-buttons .hitc-option:hover { border-color: var(--blue); }
.hitc-options-buttons .hitc-option:has(:checked) { background: var(--blue); border-color: var(--blue); color: #fff; }
.hitc-options-buttons .hitc-option:has(:checked) .hitc-option-hint { color: #fff; }
.hitc-select, .hitc-input { font: inherit; color: inherit; background: #fff; border: 1px solid var(--edge); border-radius: .4rem; padding: .45rem .6rem; max-width: 100%; }
.hitc-select { min-width: min(100%, 18rem); }
.hitc-textarea, .hitc-question input[type="text"] { width: 100%; }
.hitc-input-number { width: 9rem; }
.hitc-number { margin: 0; }
.hitc-count { margin: .25rem 0 0; font-size: .85rem; text-align: right; }
.hitc-count[data-over="true"] { color: var(--red); font-weight: 600; }
.hitc-option-hints { font-size: .9rem; margin: .5rem 0; }
.hitc-option-hints dt { font-weight: 600; }
.hitc-scale { display: flex; flex-wrap: wrap; gap: .4rem; }
.hitc-point { flex: 1 1 3.25rem; display: flex; flex-direction: column; align-items: center; padding: .4rem .25rem; border: 1px solid var(--edge); border-radius: .5rem; background: #fff; cursor: pointer; text-align: center; }
.hitc-point input { margin: 0; }
.hitc-point-value { font-weight: 600; }
.hitc-point-label { font-size: .8rem; line-height: 1.2; }
.hitc-error { margin: .5rem 0 0; padding: .4rem .6rem; border-left: 4px solid #b3261e; background: #ffebe9; color: var(--red); font-weight: 600; }
.hitc-invalid legend { color: var(--red); }
.hitc-feedback { padding-top: .75rem; }
.hitc-feedback label { display: block; font-weight: 600; margin-bottom: .25rem; }
.hitc-answers { border: 2px solid var(--green); }
.hitc-answers h2:focus { outline: none; }
.hitc-answers pre { background: #f6f8fa; border: var(--line); border-radius: .5rem; padding: .75rem; max-height: 20rem; overflow: auto; white-space: pre-wrap; overflow-wrap: anywhere; }
.hitc-actions { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
.hitc-submit-bar { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1rem; margin: 0 0 2rem; padding: .75rem 1.25rem; background: #fff; border: var(--line); border-radius: .75rem; }
.hitc-submit-bar p { margin: 0; }
#hitc-progress { font-weight: 600; }
#hitc-status { flex: 1 1 12rem; }
#hitc-status:empty { display: none; }
#hitc-status.hitc-status-error { color: var(--red); font-weight: 600; }
#hitc-submit { margin-left: auto; }
.hitc-button { font: inherit; font-weight: 600; padding: .5rem 1rem; border-radius: .5rem; border: 1px solid var(--edge); background: #fff; color: var(--ink); cursor: pointer; }
.hitc-button:hover { background: var(--soft); }
.hitc-button-quiet { font-weight: 500; padding: .3rem .75rem; }
.hitc-button-primary, .hitc-button-primary:hover { background: var(--green); border-color: var(--green); color: #fff; padding: .6rem 1.5rem; }
.hitc-button:disabled { background: #eaeef2; border-color: #d0d7de; color: #57606a; cursor: not-allowed; }
.hitc-footer { font-size: .9rem; padding-bottom: 2rem; }
@media (max-width: 30rem) {
.hitc-item { padding: .25rem .85rem .85rem; }
.hitc-options-buttons .hitc-option { flex-basis: 100%; }
h1 { font-size: 1.3rem; }
}
@media (pointer: coarse) {
.hitc-key { display: none; }
}

"""#,

        "assets/task.js": #"""
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

Target, detected at load: "preview" (preview.html), "mturk" (URL has assignmentId; the form
posts to turkSubmitTo only when it is one of MTurk's hosts in the configuration),
"mturk-preview" (assignmentId=ASSIGNMENT_ID_NOT_AVAILABLE: submit disabled),
"prolific" (PROLIFIC_PID in the URL and a Prolific target), "generic" (a generic target
and the page is in a frame or has ?target=generic), "none" (answers shown as JSON).

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
  #hitc-legend, #hitc-legend-toggle hotkey legend, toggled by "?"
  #hitc-feedback                    the feedback box
  #hitc-notice                      banner: MTurk preview ("Accept the HIT to start"), demo items, errors
  #hitc-answers, #hitc-answers-json, #hitc-copy, #hitc-download
                                    answers shown (target none, preview)
  window.hitc                       { answers(), validate(), target, items, config }
  postMessage                       generic target: { type: "hitc-answers", answers: {...} } to the parent

Markdown fields are data: they are rendered by a small subset renderer that builds DOM
nodes (paragraphs, lists, quotes, code, headings as bold lines, **bold**, *italic*, `code`,
links to https URLs only); everything else stays literal text. Data never goes through
an HTML parser: only textContent, createElement and attributes.
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
  cfg.questions.forEach(function (q) { qdefs[q.id] = q; });

  function showNotice(msg, isError) {
    notice.textContent = msg;
    notice.hidden = false;
    notice.classList.toggle('hitc-banner-error', !!isError);
  }
  function setStatus(msg, isError) {
    statusLine.textContent = msg;
    statusLine.classList.toggle('hitc-status-error', !!isError);
  }

  // ---- where the page runs
  var target = (function () {
    if (cfg.preview) return 'preview';
    if (params.has('assignmentId')) {
      return params.get('assignmentId') === 'ASSIGNMENT_ID_NOT_AVAILABLE' ? 'mturk-preview' : 'mturk';
    }
    if (params.has('PROLIFIC_PID') && cfg.prolific) return 'prolific';
    if (cfg.generic && (window.parent !== window || params.get('target') === 'generic')) return 'generic';
    return 'none';
  })();

  // ---- the items
  function decodePayload(raw) {
    var b64 = raw.slice(6).replace(/-/g, '+').replace(/_/g, '/').replace(/\s+/g, '');
    while (b64.length % 4) b64 += '=';
    var bin = atob(b64);
    var bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    var list = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    if (!Array.isArray(list)) throw new Error('not a list');
    return list.map(function (x) { return x && typeof x === 'object' && !Array.isArray(x) ? x : {}; });
  }
  var items = [];
  var itemsError = false;
  (function () {
    var sources = [(byId('hitc-items').textContent || '').trim(), params.get('items') || ''];
    var raw = sources.filter(function (s) { return s.indexOf('hitc1:') === 0; })[0];
    if (raw) {
      try { items = decodePayload(raw); return; } catch (e) {
        itemsError = true;
        showNotice('The items of this HIT could not be read, so it cannot be done. Please return it.', true);
        return;
      }
    }
    if (target === 'none' || target === 'preview') {
      items = cfg.demoItems || [];
      if (target === 'none') showNotice('Showing demo items: this page was opened without the items of a HIT.');
      return;
    }
    itemsError = true;
    showNotice('The items of this HIT are missing, so it cannot be done. Please return it.', true);
  })();

  // ---- markdown fields: a small safe subset, built as DOM nodes
  var inlineRe = /\*\*(?=\S)([^]+?)\*\*|__(?=\S)([^]+?)__|\*(?=[^\s*])([^*]+?)\*|(^|[^\w])_(?=\S)([^_]+?)_(?!\w)|`([^`]+)`|\[([^\]]+)\]\(([^()\s]+)\)/g;
  function inline(parent, s) {
    var last = 0, m;
    inlineRe.lastIndex = 0;
    var matches = [];
    while ((m = inlineRe.exec(s))) matches.push([m.index, inlineRe.lastIndex, m.slice()]);
    matches.forEach(function (x) {
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
  function markdown(el, source) {
    var lines = text(source).replace(/\r\n?/g, '\n').split('\n');
    var i = 0;
    while (i < lines.length) {
      var line = lines[i], m;
      if (!line.trim()) { i++; continue; }
      if (/^\s{0,3}```/.test(line)) {
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
        while (i < lines.length && lines[i].trim() && !blockStartRe.test(lines[i]) && !listRe.test(lines[i])) para.push(lines[i++]);
        inline(add(el, 'p'), para.join('\n'));
      }
    }
  }

  // ---- filling the layout with one item
  function missing(el, msg, value) {
    el.textContent = '';
    var p = add(el, 'p', 'hitc-missing');
    p.textContent = value ? msg + ': ' + value : msg;
  }
  function fill(el, item) {
    var value = text(item[el.getAttribute('data-field')]);
    if (!value.trim()) { el.hidden = true; return; }
    if (el.classList.contains('hitc-image')) {
      if (!isHttps(value)) return missing(el, 'Image not shown (not an https address)', value);
      var img = add(el, 'img');
      img.alt = text(item[el.getAttribute('data-alt-field')]);
      img.addEventListener('error', function () { missing(el, 'The image could not be loaded', value); });
      img.src = value;
    } else if (el.classList.contains('hitc-link')) {
      var a = el.querySelector('a');
      if (!a.textContent.trim()) a.textContent = value;
      if (isHttps(value)) {
        a.href = value;
        a.target = '_blank';
        a.rel = 'noopener noreferrer';
      } else missing(el, a.textContent + ' (not an https address)', value);
    } else if (el.classList.contains('hitc-media')) {
      if (!isHttps(value)) return missing(el, 'Media not shown (not an https address)', value);
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

  // ---- building the items
  var list = byId('hitc-items-list');
  var template = byId('hitc-item-template');
  var slots = [];
  var submitted = false;
  var showErrors = false;

  function controlsOf(st) { return Array.prototype.slice.call(st.fs.querySelectorAll('input, select, textarea')); }
  function isChoice(st) { var t = st.controls[0] && st.controls[0].type; return t === 'radio' || t === 'checkbox'; }

  items.forEach(function (item, index) {
    var n = index + 1;
    var frag = template.content.cloneNode(true);
    var sec = frag.querySelector('.hitc-item');
    sec.id = 'hitc-item-' + n;
    sec.setAttribute('data-slot', n);
    var title = sec.querySelector('.hitc-item-title');
    title.id = sec.id + '-title';
    title.textContent = 'Item ' + n + ' of ' + items.length;
    sec.setAttribute('aria-labelledby', title.id);
    each('[data-field]', sec, function (el) { fill(el, item); });
    var slot = { n: n, el: sec, item: item, q: {}, order: [] };
    each('fieldset.hitc-question', sec, function (fs) {
      var q = qdefs[fs.getAttribute('data-question')];
      if (!q) return;
      var base = 'hitc-' + n + '-' + q.id;
      var st = { def: q, fs: fs, visible: true, err: fs.querySelector('.hitc-error'), count: fs.querySelector('.hitc-count') };
      st.controls = controlsOf(st);
      var legend = fs.querySelector('legend');
      legend.id = base + '-legend';
      st.err.id = base + '-error';
      var described = [];
      each('.hitc-hint, .hitc-selection-note', fs, function (h, i) { h.id = base + '-note' + i; described.push(h.id); });
      described.push(st.err.id);
      fs.setAttribute('aria-describedby', described.join(' '));
      st.controls.forEach(function (c, i) {
        c.name = base;
        if (c.type === 'radio' || c.type === 'checkbox') c.id = base + '-' + i;
        else {
          c.id = base;
          c.setAttribute('aria-labelledby', legend.id);
          c.setAttribute('aria-describedby', described.join(' '));
        }
      });
      slot.q[q.id] = st;
      slot.order.push(st);
    });
    sec.addEventListener('input', function () { update(slot); });
    sec.addEventListener('change', function () { update(slot); });
    list.appendChild(frag);
    slots.push(slot);
  });

  // ---- answers and rules
  function rawValue(st) {
    if (!st) return '';
    if (isChoice(st)) {
      return st.controls.filter(function (c) { return c.checked; }).map(function (c) { return c.value; }).join('|');
    }
    return st.controls[0] ? st.controls[0].value : '';
  }
  function selected(st) { return st.controls.filter(function (c) { return c.checked; }).map(function (c) { return c.value; }); }
  function valuesOf(st) { return isChoice(st) ? selected(st) : [rawValue(st)]; }
  function isVisible(slot, q) {
    return (q.visibleIf || []).every(function (cond) {
      var other = slot.q[cond.question];
      if (!other || !other.visible) return false;
      return valuesOf(other).some(function (v) { return cond.values.indexOf(v) >= 0; });
    });
  }
  function count(s) { return Array.from(s).length; }
  function plural(n, one, many) { return n + ' ' + (n === 1 ? one : many); }
  function problem(st) {
    if (!st.visible) return '';
    var q = st.def, c = st.controls[0];
    if (q.type === 'multi_choice') {
      var n = selected(st).length;
      if (!n) return q.required ? 'Choose at least ' + plural(Math.max(1, q.minSelected || 1), 'option.', 'options.') : '';
      if (q.minSelected && n < q.minSelected) return 'Choose at least ' + plural(q.minSelected, 'option', 'options') + ' (now ' + n + ').';
      if (q.maxSelected && n > q.maxSelected) return 'Choose at most ' + plural(q.maxSelected, 'option', 'options') + ' (now ' + n + ').';
      return '';
    }
    if (q.type === 'single_choice' || q.type === 'scale') {
      return q.required && !rawValue(st) ? 'Choose an answer.' : '';
    }
    if (q.type === 'number') {
      if (c.validity && c.validity.badInput) return 'Enter a number.';
      var v = c.value.trim();
      if (!v) return q.required ? 'Enter a number.' : '';
      var x = Number(v);
      if (!isFinite(x)) return 'Enter a number.';
      var range = q.min !== undefined && q.max !== undefined ? 'Enter a number from ' + q.min + ' to ' + q.max + '.' : '';
      if (q.min !== undefined && x < q.min) return range || 'Enter a number of at least ' + q.min + '.';
      if (q.max !== undefined && x > q.max) return range || 'Enter a number of at most ' + q.max + '.';
      var step = q.step || 1, from = q.min || 0, k = (x - from) / step;
      if (Math.abs(k - Math.round(k)) > 1e-9) return step === 1 && !from ? 'Enter a whole number.' : 'Enter a number in steps of ' + step + (from ? ' from ' + from : '') + '.';
      return '';
    }
    var t = c.value, len = count(t);
    if (!t.trim()) return q.required ? 'Write an answer.' : '';
    if (q.minLength && len < q.minLength) return 'Write at least ' + plural(q.minLength, 'character', 'characters') + ' (now ' + len + ').';
    if (q.maxLength && len > q.maxLength) return 'Write at most ' + plural(q.maxLength, 'character', 'characters') + ' (now ' + len + ').';
    if (q.pattern) {
      var re = null;
      try { re = new RegExp('^(?:' + q.pattern + ')$', 'u'); } catch (e) { re = null; }
      if (re && !re.test(t)) return 'This answer does not have the expected form.';
    }
    return '';
  }
  function render(st, msg) {
    st.err.textContent = msg;
    st.err.hidden = !msg;
    st.fs.classList.toggle('hitc-invalid', !!msg);
    st.controls.forEach(function (c) {
      if (msg) c.setAttribute('aria-invalid', 'true'); else c.removeAttribute('aria-invalid');
    });
  }
  function complete(slot) {
    var required = false, answered = false;
    var ok = slot.order.every(function (st) {
      if (!st.visible) return true;
      if (st.def.required) required = true;
      if (rawValue(st).trim()) answered = true;
      return !problem(st);
    });
    return ok && (required || answered);
  }
  function update(slot) {
    slot.order.forEach(function (st) {
      st.visible = isVisible(slot, st.def);
      st.fs.hidden = !st.visible;
      if (st.count) {
        var len = count(rawValue(st)), max = +st.count.getAttribute('data-max');
        st.count.textContent = len + ' / ' + max;
        st.count.setAttribute('data-over', len > max ? 'true' : 'false');
      }
      if (!st.visible) render(st, '');
      else if (showErrors && !st.err.hidden) render(st, problem(st));
    });
    slot.el.setAttribute('data-complete', complete(slot) ? 'true' : 'false');
    progress();
  }
  function progress() {
    var done = slots.filter(function (s) { return s.el.getAttribute('data-complete') === 'true'; }).length;
    byId('hitc-progress').textContent = done + ' of ' + slots.length + ' items answered';
  }
  function validate(show) {
    var problems = [];
    slots.forEach(function (slot) {
      slot.order.forEach(function (st) {
        var msg = problem(st);
        if (show) render(st, msg);
        if (msg) problems.push({ slot: slot.n, question: st.def.id, message: msg, st: st });
      });
    });
    return problems;
  }

  var fieldCount = Math.max(cfg.itemsPerHit || 0, slots.length);
  function answers() {
    var out = {};
    for (var n = 1; n <= fieldCount; n++) {
      var slot = slots[n - 1];
      out['item' + n] = slot && cfg.keyField ? text(slot.item[cfg.keyField]) : '';
      cfg.questions.forEach(function (q) {
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
  function slotInView() {
    var edge = window.innerHeight * 0.3;
    for (var i = 0; i < slots.length; i++) {
      if (slots[i].el.getBoundingClientRect().bottom > edge) return slots[i];
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
      c = st.controls.filter(function (x) { return x.value === value; })[0];
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
  function answerByKey(key) {
    var slot = focusedSlot();
    var inside = !!slot;
    slot = slot || slotInView();
    if (!slot) return false;
    var a = doc.activeElement;
    var fs = a && a.closest ? a.closest('fieldset.hitc-question') : null;
    var here = fs && inside ? slot.q[fs.getAttribute('data-question')] : null;
    var passes = [false, true];
    for (var p = 0; p < 2; p++) {
      if (here && here.visible) {
        var v = keyValue(here, key, passes[p]);
        if (v !== null) return choose(here, v);
      }
      for (var i = 0; i < slot.order.length; i++) {
        var st = slot.order[i];
        if (!st.visible || st.def.type === 'scale') continue;
        var w = keyValue(st, key, passes[p]);
        if (w !== null) {
          if (!inside) slot.el.focus({ preventScroll: true });
          return choose(st, w);
        }
      }
    }
    return false;
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
  legendToggle.addEventListener('click', function () { toggleLegend(); });
  byId('hitc-legend-close').addEventListener('click', function () { toggleLegend(false); legendToggle.focus(); });
  doc.addEventListener('keydown', function (e) {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
    if (e.key === 'Escape' && !legendBox.hidden) { toggleLegend(false); return; }
    if (isTyping(e.target)) return;
    var k = e.key;
    if (k === '?') { toggleLegend(); e.preventDefault(); return; }
    if (k === 'j' || k === 'n') { move(1); e.preventDefault(); return; }
    if (k === 'k' || k === 'p') { move(-1); e.preventDefault(); return; }
    if (k.length === 1 && k !== ' ' && answerByKey(k)) e.preventDefault();
  });

  // ---- submitting
  var fields = byId('hitc-fields');
  function hidden(name) {
    var input = form.querySelector('input[type="hidden"][name="' + name + '"]');
    if (!input) {
      input = add(fields, 'input');
      input.type = 'hidden';
      input.name = name;
    }
    return input;
  }
  Object.keys(answers()).forEach(hidden);
  if (target === 'mturk') {
    hidden('assignmentId').value = params.get('assignmentId');
    // Only MTurk's own hosts: the page's form-action allows nothing else.
    var base = params.get('turkSubmitTo') || 'https://www.mturk.com';
    var origin = '';
    try { origin = new URL(base).origin; } catch (e) { origin = ''; }
    if (cfg.mturk && cfg.mturk.submitOrigins.indexOf(origin) >= 0) form.action = origin + '/mturk/externalSubmit';
    else if (!cfg.mturk) { itemsError = true; showNotice('This page was built without the MTurk target, so it cannot be submitted on MTurk. Please return it.', true); }
    else { itemsError = true; showNotice('The submission address of this HIT is not valid, so it cannot be submitted. Please return it.', true); }
  }
  if (target === 'mturk-preview') {
    submit.disabled = true;
    showNotice('This is a preview. Accept the HIT to start: answers given in the preview are not kept.');
    setStatus('Accept the HIT to start.');
  }
  if (itemsError) submit.disabled = true;

  function send(url, body) {
    if (!url) return Promise.resolve();
    return fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), credentials: 'omit' })
      .then(function (r) { if (!r.ok) throw new Error('HTTP ' + r.status); });
  }
  function showAnswers(body) {
    var json = JSON.stringify(body, null, 2);
    byId('hitc-answers-json').textContent = json;
    var box = byId('hitc-answers');
    box.hidden = false;
    byId('hitc-answers-title').focus({ preventScroll: true });
    box.scrollIntoView({ block: 'start' });
    return json;
  }
  var lastJSON = '';
  byId('hitc-copy').addEventListener('click', function () {
    var done = function () { byId('hitc-copy-status').textContent = 'Copied.'; };
    var fallback = function () {
      var range = doc.createRange();
      range.selectNodeContents(byId('hitc-answers-json'));
      var sel = window.getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
      try { doc.execCommand('copy'); done(); } catch (e) { byId('hitc-copy-status').textContent = 'Selected: press Ctrl+C to copy.'; }
    };
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(lastJSON).then(done, fallback);
    else fallback();
  });
  byId('hitc-download').addEventListener('click', function () {
    var a = add(doc.body, 'a');
    a.href = URL.createObjectURL(new Blob([lastJSON], { type: 'application/json' }));
    a.download = cfg.task + '-answers.json';
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  });

  form.addEventListener('submit', function (e) {
    if (submit.disabled || submitted) { e.preventDefault(); return; }
    showErrors = true;
    var problems = validate(true);
    slots.forEach(function (s) { s.el.setAttribute('data-complete', complete(s) ? 'true' : 'false'); });
    progress();
    if (problems.length) {
      e.preventDefault();
      setStatus(problems.length === 1 ? 'One answer needs attention before you can submit.' : problems.length + ' answers need attention before you can submit.', true);
      var st = problems[0].st;
      var c = st.controls.filter(function (x) { return x.checked; })[0] || st.controls[0];
      st.fs.scrollIntoView({ block: 'center' });
      if (c) c.focus({ preventScroll: true });
      return;
    }
    var body = answers();
    Object.keys(body).forEach(function (k) { hidden(k).value = body[k]; });
    if (target === 'mturk') {
      submitted = true;
      setStatus('Submitting…');
      return;
    }
    e.preventDefault();
    if (target === 'none' || target === 'preview') {
      lastJSON = showAnswers(body);
      setStatus(target === 'preview' ? 'Preview: answers shown below, nothing was sent.' : 'Answers shown below, nothing was sent.');
      return;
    }
    submitted = true;
    submit.disabled = true;
    setStatus('Sending…');
    var failed = function (err) {
      submitted = false;
      submit.disabled = false;
      setStatus('Your answers could not be sent (' + (err && err.message ? err.message : 'network error') + '). Please try again.', true);
    };
    if (target === 'prolific') {
      ['PROLIFIC_PID', 'STUDY_ID', 'SESSION_ID'].forEach(function (k) { body[k] = params.get(k) || ''; });
      send(cfg.prolific.submitUrl, body).then(function () {
        setStatus('Saved. Taking you back to Prolific…');
        location.assign('https://app.prolific.com/submissions/complete?cc=' + encodeURIComponent(cfg.prolific.completionCode));
      }, failed);
      return;
    }
    try { window.parent.postMessage({ type: 'hitc-answers', answers: body }, '*'); } catch (err) { /* no parent */ }
    send(cfg.generic.submitUrl, body).then(function () { setStatus('Thank you: your answers were sent.'); }, failed);
  });

  slots.forEach(update);
  progress();
  window.hitc = {
    answers: answers,
    validate: function () { return validate(false).map(function (p) { return { item: p.slot, question: p.question, message: p.message }; }); },
    target: target,
    items: items,
    config: cfg
  };
})();

"""#,

        "guidelines-md.mustache": #"""
{{! guidelines.md. Every value is Markdown already escaped or rewritten by hitc (see MarkdownText), so the template renders as TEXT. }}
{{% CONTENT_TYPE: TEXT}}
# {{mdTitle}}

{{#mdVersion}}
*Guidelines, version {{mdVersion}}*

{{/mdVersion}}
{{#mdDescription}}
{{mdDescription}}

{{/mdDescription}}
## Contents

{{#mdContents}}
- {{contentsLabel}}
{{/mdContents}}

{{#mdPurposePart}}
## {{headingPurpose}}

{{#mdPurposeLines}}
- **{{purposeName}}:** {{purposeText}}
{{/mdPurposeLines}}

{{/mdPurposePart}}
{{#mdSummary}}
## {{headingSummary}}

{{mdSummary}}

{{/mdSummary}}
{{#mdSections}}
## {{mdSectionTitle}}

{{mdSectionBody}}

{{/mdSections}}
{{#mdQuestionsPart}}
## {{headingQuestions}}

{{#mdQuestions}}
### {{mdPrompt}}

{{#mdHint}}
{{mdHint}}

{{/mdHint}}
{{mdRules}}

{{#mdTable}}
| {{#mdIsScale}}Point{{/mdIsScale}}{{^mdIsScale}}Option{{/mdIsScale}} |{{#mdHasKeys}} Key |{{/mdHasKeys}}{{#mdHasMeanings}} {{#mdIsScale}}Meaning{{/mdIsScale}}{{^mdIsScale}}When to choose it{{/mdIsScale}} |{{/mdHasMeanings}}{{#mdHasExamples}} Shown in example |{{/mdHasExamples}}
| --- |{{#mdHasKeys}} --- |{{/mdHasKeys}}{{#mdHasMeanings}} --- |{{/mdHasMeanings}}{{#mdHasExamples}} --- |{{/mdHasExamples}}
{{#mdRows}}
| {{rowLabel}} |{{#mdHasKeys}} {{rowKey}} |{{/mdHasKeys}}{{#mdHasMeanings}} {{rowMeaning}} |{{/mdHasMeanings}}{{#mdHasExamples}} {{rowExamples}} |{{/mdHasExamples}}
{{/mdRows}}

{{/mdTable}}
{{/mdQuestions}}
{{/mdQuestionsPart}}
{{#mdExamplesPart}}
## {{headingExamples}}

Each example shows an item as it appears on the task page, then the answers we expect and why.

{{#mdExamples}}
### {{mdExampleHeading}}

{{#mdItemBlocks}}
{{quotedBlock}}
{{^lastItemBlock}}
>
{{/lastItemBlock}}
{{/mdItemBlocks}}

| Question | Expected answer |
| --- | --- |
{{#mdAnswers}}
| {{answerPrompt}} | {{answerText}} |
{{/mdAnswers}}

{{#mdWhy}}
**Why:** {{mdWhy}}

{{/mdWhy}}
{{/mdExamples}}
{{/mdExamplesPart}}
{{#mdFAQPart}}
## {{headingFAQ}}

{{#mdFAQ}}
### {{mdAsk}}

{{mdReply}}

{{/mdFAQ}}
{{/mdFAQPart}}
{{#mdChangelogPart}}
## {{headingChangelog}}

| Version | Date | Change |
| --- | --- | --- |
{{#mdChanges}}
| {{mdChangeVersion}} | {{mdChangeDate}} | {{mdChangeNotes}} |
{{/mdChanges}}

{{/mdChangelogPart}}
{{#mdContact}}
## {{headingContact}}

Questions about this task or these guidelines? Write to {{mdContact}}.
{{/mdContact}}

"""#,

        "guidelines.mustache": ##"""
<!DOCTYPE html>
<html lang="{{docLang}}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{{docCSP}}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Guidelines: {{docTitle}}</title>
<style>
{{{docStyle}}}
</style>
</head>
<body class="g-doc">
<header class="hitc-header g-header">
<p class="g-kicker">Guidelines{{#docVersion}} · version {{docVersion}}{{/docVersion}}</p>
<h1>{{docTitle}}</h1>
{{#docDescription}}
<p class="hitc-description">{{docDescription}}</p>
{{/docDescription}}
</header>
<main id="g-main">
<nav class="g-card g-toc" aria-labelledby="g-toc-title">
<h2 id="g-toc-title">Contents</h2>
<ol>
{{#tocEntries}}
<li><a href="#{{tocAnchor}}">{{tocLabel}}</a></li>
{{/tocEntries}}
</ol>
</nav>
{{#purposePart}}
<section class="g-card" id="purpose" aria-labelledby="purpose-title">
<h2 id="purpose-title">{{headingPurpose}}</h2>
<dl class="g-facts">
{{#purposeLines}}
<dt>{{lineName}}</dt><dd>{{lineText}}</dd>
{{/purposeLines}}
</dl>
</section>
{{/purposePart}}
{{#inShortHTML}}
<section class="g-card g-summary" id="summary" aria-labelledby="summary-title">
<h2 id="summary-title">{{headingSummary}}</h2>
<div class="hitc-md">{{{inShortHTML}}}</div>
</section>
{{/inShortHTML}}
{{#docSections}}
<section class="g-card" id="{{docSectionAnchor}}" aria-labelledby="{{docSectionAnchor}}-title">
<h2 id="{{docSectionAnchor}}-title">{{docSectionTitle}}</h2>
<div class="hitc-md">{{{docSectionHTML}}}</div>
</section>
{{/docSections}}
{{#questionsPart}}
<section class="g-card" id="questions" aria-labelledby="questions-title">
<h2 id="questions-title">{{headingQuestions}}</h2>
{{#guideQuestions}}
<div class="g-question" id="{{guideQuestionAnchor}}">
<h3>{{guideQuestionPrompt}}</h3>
{{#guideQuestionHintHTML}}
<div class="hitc-md g-hint">{{{guideQuestionHintHTML}}}</div>
{{/guideQuestionHintHTML}}
<p class="g-rules">{{#ruleLines}}<span class="g-rule">{{ruleText}}{{#ruleCode}} <code>{{ruleCode}}</code>.{{/ruleCode}}</span> {{/ruleLines}}</p>
{{#choiceTable}}
<div class="g-table-wrap" tabindex="0">
<table class="g-table">
<thead>
<tr><th scope="col">{{#tableIsScale}}Point{{/tableIsScale}}{{^tableIsScale}}Option{{#tableHasKeys}} and key{{/tableHasKeys}}{{/tableIsScale}}</th>{{#detailsHeading}}<th scope="col">{{detailsHeading}}</th>{{/detailsHeading}}</tr>
</thead>
<tbody>
{{#choiceRows}}
<tr><th scope="row">{{choiceLabel}}{{#choiceKey}} <kbd>{{choiceKey}}</kbd>{{/choiceKey}}</th>{{#detailsHeading}}<td>{{#choicePointLabel}}{{choicePointLabel}}{{/choicePointLabel}}{{#choiceHintHTML}}{{{choiceHintHTML}}}{{/choiceHintHTML}}{{#choiceHasExamples}}<div class="g-seen">Shown in <ul class="g-refs">{{#choiceExamples}}<li><a href="#{{refAnchor}}">{{refText}}</a></li>{{/choiceExamples}}</ul></div>{{/choiceHasExamples}}</td>{{/detailsHeading}}</tr>
{{/choiceRows}}
</tbody>
</table>
</div>
{{/choiceTable}}
</div>
{{/guideQuestions}}
</section>
{{/questionsPart}}
{{#examplesPart}}
<section class="g-card g-examples" id="examples" aria-labelledby="examples-title">
<h2 id="examples-title">{{headingExamples}}</h2>
<p class="g-note">Each example shows an item as it appears on the task page, then the answers we expect and why.</p>
{{#guideExamples}}
<article class="g-example" id="{{guideExampleAnchor}}" aria-labelledby="{{guideExampleAnchor}}-title">
<div class="hitc-item g-item">
<h3 class="hitc-item-title" id="{{guideExampleAnchor}}-title">{{guideExampleHeading}}</h3>
{{#exampleBlocks}}
{{> partials/block}}
{{/exampleBlocks}}
</div>
<div class="g-expected">
<h4>Expected answers</h4>
<dl>
{{#expectedAnswers}}
<dt>{{expectedPrompt}}</dt><dd>{{#expectedLabels}}<span class="g-answer">{{#expectedQuoted}}“{{expectedLabel}}”{{/expectedQuoted}}{{^expectedQuoted}}<strong>{{expectedLabel}}</strong>{{/expectedQuoted}}{{#expectedKey}} <kbd>{{expectedKey}}</kbd>{{/expectedKey}}</span>{{/expectedLabels}}</dd>
{{/expectedAnswers}}
</dl>
{{#whyText}}
<p class="g-why"><strong>Why:</strong> {{whyText}}</p>
{{/whyText}}
</div>
</article>
{{/guideExamples}}
</section>
{{/examplesPart}}
{{#faqPart}}
<section class="g-card" id="faq" aria-labelledby="faq-title">
<h2 id="faq-title">{{headingFAQ}}</h2>
{{#faqItems}}
<div class="g-faq" id="{{faqAnchor}}">
<h3>{{{askHTML}}}</h3>
<div class="hitc-md">{{{replyHTML}}}</div>
</div>
{{/faqItems}}
</section>
{{/faqPart}}
{{#changelogPart}}
<section class="g-card" id="changelog" aria-labelledby="changelog-title">
<h2 id="changelog-title">{{headingChangelog}}</h2>
<div class="g-table-wrap" tabindex="0">
<table class="g-table">
<thead>
<tr><th scope="col">Version</th><th scope="col">Date</th><th scope="col">Change</th></tr>
</thead>
<tbody>
{{#changes}}
<tr><th scope="row">{{changeVersion}}</th><td class="g-nowrap">{{#changeDate}}<time datetime="{{changeDate}}">{{changeDate}}</time>{{/changeDate}}</td><td>{{changeNotes}}</td></tr>
{{/changes}}
</tbody>
</table>
</div>
</section>
{{/changelogPart}}
{{#contactPart}}
<section class="g-card" id="contact" aria-labelledby="contact-title">
<h2 id="contact-title">{{headingContact}}</h2>
<p>Questions about this task or these guidelines? Write to {{#contactHref}}<a href="{{contactHref}}">{{contactText}}</a>{{/contactHref}}{{^contactHref}}{{contactText}}{{/contactHref}}.</p>
</section>
{{/contactPart}}
</main>
</body>
</html>

"""##,

        "partials/block.mustache": #"""
{{! Dot-prefixed names: a block inside columns must not find the enclosing block's kind. }}
{{#.text}}
{{> partials/blocks/text}}
{{/.text}}
{{#.image}}
{{> partials/blocks/image}}
{{/.image}}
{{#.link}}
{{> partials/blocks/link}}
{{/.link}}
{{#.audio}}
{{> partials/blocks/audio}}
{{/.audio}}
{{#.video}}
{{> partials/blocks/video}}
{{/.video}}
{{#.markdown}}
{{> partials/blocks/markdown}}
{{/.markdown}}
{{#.note}}
{{> partials/blocks/note}}
{{/.note}}
{{#.question}}
{{> partials/blocks/question}}
{{/.question}}
{{#.columns}}
{{> partials/blocks/columns}}
{{/.columns}}

"""#,

        "partials/blocks/audio.mustache": #"""
<div class="hitc-block hitc-media" data-field="{{field}}" data-media="audio">{{#mediaSrc}}<audio controls preload="none" src="{{mediaSrc}}"></audio>{{/mediaSrc}}</div>

"""#,

        "partials/blocks/columns.mustache": #"""
<div class="hitc-block hitc-columns">
{{#columnList}}
<div class="hitc-column">
{{#blocks}}
{{> partials/block}}
{{/blocks}}
</div>
{{/columnList}}
</div>

"""#,

        "partials/blocks/image.mustache": #"""
<figure class="hitc-block hitc-image" data-field="{{field}}" data-alt-field="{{altField}}">{{#imageSrc}}<img src="{{imageSrc}}" alt="{{imageAlt}}">{{/imageSrc}}</figure>

"""#,

        "partials/blocks/link.mustache": #"""
<p class="hitc-block hitc-link" data-field="{{field}}"><a{{#linkHref}} href="{{linkHref}}" target="_blank" rel="noopener noreferrer"{{/linkHref}}>{{linkLabel}}</a></p>

"""#,

        "partials/blocks/markdown.mustache": #"""
<div class="hitc-block hitc-md hitc-markdown" data-field="{{field}}" data-markdown="true">{{{markdownHTML}}}</div>

"""#,

        "partials/blocks/note.mustache": #"""
<div class="hitc-block hitc-md hitc-note">{{{noteHTML}}}</div>

"""#,

        "partials/blocks/question.mustache": #"""
<fieldset class="hitc-block hitc-question" data-question="{{id}}" data-type="{{type}}" data-display="{{display}}">
<legend><span class="hitc-prompt">{{prompt}}</span>{{#optionalMark}} <span class="hitc-optional">(optional)</span>{{/optionalMark}}</legend>
{{#hintHTML}}
<div class="hitc-hint hitc-md">{{{hintHTML}}}</div>
{{/hintHTML}}
{{#selectionNote}}
<p class="hitc-selection-note">{{selectionNote}}</p>
{{/selectionNote}}
{{#singleRadio}}
{{> partials/questions/single-radio}}
{{/singleRadio}}
{{#singleButtons}}
{{> partials/questions/single-buttons}}
{{/singleButtons}}
{{#singleDropdown}}
{{> partials/questions/single-dropdown}}
{{/singleDropdown}}
{{#multiCheckboxes}}
{{> partials/questions/multi-checkboxes}}
{{/multiCheckboxes}}
{{#multiButtons}}
{{> partials/questions/multi-buttons}}
{{/multiButtons}}
{{#scale}}
{{> partials/questions/scale}}
{{/scale}}
{{#textAnswer}}
{{> partials/questions/text}}
{{/textAnswer}}
{{#numberAnswer}}
{{> partials/questions/number}}
{{/numberAnswer}}
<p class="hitc-error" hidden></p>
</fieldset>

"""#,

        "partials/blocks/text.mustache": #"""
{{#isHeading}}
<h3 class="hitc-block hitc-text hitc-text-heading" data-field="{{field}}">{{textValue}}</h3>
{{/isHeading}}
{{#isBody}}
<p class="hitc-block hitc-text hitc-text-body" data-field="{{field}}">{{textValue}}</p>
{{/isBody}}
{{#isQuote}}
<blockquote class="hitc-block hitc-text hitc-text-quote" data-field="{{field}}">{{textValue}}</blockquote>
{{/isQuote}}
{{#isMono}}
<p class="hitc-block hitc-text hitc-text-mono" data-field="{{field}}">{{textValue}}</p>
{{/isMono}}

"""#,

        "partials/blocks/video.mustache": #"""
<div class="hitc-block hitc-media" data-field="{{field}}" data-media="video">{{#mediaSrc}}<video controls preload="none" src="{{mediaSrc}}"></video>{{/mediaSrc}}</div>

"""#,

        "partials/item.mustache": #"""
<section class="hitc-item" tabindex="-1">
<h2 class="hitc-item-title">Item</h2>
{{#blocks}}
{{> partials/block}}
{{/blocks}}
</section>

"""#,

        "partials/questions/multi-buttons.mustache": #"""
<div class="hitc-options hitc-options-buttons">
{{#options}}
{{> partials/questions/option-checkbox}}
{{/options}}
</div>

"""#,

        "partials/questions/multi-checkboxes.mustache": #"""
<div class="hitc-options hitc-options-checkboxes">
{{#options}}
{{> partials/questions/option-checkbox}}
{{/options}}
</div>

"""#,

        "partials/questions/number.mustache": #"""
<p class="hitc-number"><input type="number" class="hitc-input hitc-input-number"{{#minAttr}} min="{{minAttr}}"{{/minAttr}}{{#maxAttr}} max="{{maxAttr}}"{{/maxAttr}}{{#stepAttr}} step="{{stepAttr}}"{{/stepAttr}}>{{#unit}} <span class="hitc-unit">{{unit}}</span>{{/unit}}</p>

"""#,

        "partials/questions/option-checkbox.mustache": #"""
<label class="hitc-option"><input type="checkbox" value="{{value}}"{{#optionKey}} aria-keyshortcuts="{{optionKey}}"{{/optionKey}}><span class="hitc-option-text"><span class="hitc-option-label">{{label}}</span>{{#optionKey}} <kbd class="hitc-key">{{optionKey}}</kbd>{{/optionKey}}{{#optionHintHTML}} <span class="hitc-option-hint">{{{optionHintHTML}}}</span>{{/optionHintHTML}}</span></label>

"""#,

        "partials/questions/option-radio.mustache": #"""
<label class="hitc-option"><input type="radio" value="{{value}}"{{#optionKey}} aria-keyshortcuts="{{optionKey}}"{{/optionKey}}><span class="hitc-option-text"><span class="hitc-option-label">{{label}}</span>{{#optionKey}} <kbd class="hitc-key">{{optionKey}}</kbd>{{/optionKey}}{{#optionHintHTML}} <span class="hitc-option-hint">{{{optionHintHTML}}}</span>{{/optionHintHTML}}</span></label>

"""#,

        "partials/questions/scale.mustache": #"""
<div class="hitc-scale">
{{#points}}
<label class="hitc-point"><input type="radio" value="{{point}}"><span class="hitc-point-value">{{point}}</span>{{#pointLabel}}<span class="hitc-point-label">{{pointLabel}}</span>{{/pointLabel}}</label>
{{/points}}
</div>

"""#,

        "partials/questions/single-buttons.mustache": #"""
<div class="hitc-options hitc-options-buttons">
{{#options}}
{{> partials/questions/option-radio}}
{{/options}}
</div>

"""#,

        "partials/questions/single-dropdown.mustache": #"""
<select class="hitc-select">
<option value="">Choose…</option>
{{#options}}
<option value="{{value}}">{{label}}{{#optionKey}} ({{optionKey}}){{/optionKey}}</option>
{{/options}}
</select>
{{#dropdownHints}}
<dl class="hitc-option-hints">
{{#hintEntries}}
<dt>{{hintLabel}}</dt><dd>{{{hintTextHTML}}}</dd>
{{/hintEntries}}
</dl>
{{/dropdownHints}}

"""#,

        "partials/questions/single-radio.mustache": #"""
<div class="hitc-options hitc-options-radio">
{{#options}}
{{> partials/questions/option-radio}}
{{/options}}
</div>

"""#,

        "partials/questions/text.mustache": #"""
{{#multiline}}
<textarea class="hitc-input hitc-textarea" rows="3"{{#maxLengthAttr}} maxlength="{{maxLengthAttr}}"{{/maxLengthAttr}}{{#minLengthAttr}} minlength="{{minLengthAttr}}"{{/minLengthAttr}}{{#placeholder}} placeholder="{{placeholder}}"{{/placeholder}}></textarea>
{{/multiline}}
{{^multiline}}
<input type="text" class="hitc-input"{{#maxLengthAttr}} maxlength="{{maxLengthAttr}}"{{/maxLengthAttr}}{{#minLengthAttr}} minlength="{{minLengthAttr}}"{{/minLengthAttr}}{{#placeholder}} placeholder="{{placeholder}}"{{/placeholder}}>
{{/multiline}}
{{#maxLengthAttr}}
<p class="hitc-count" data-max="{{maxLengthAttr}}">0 / {{maxLengthAttr}}</p>
{{/maxLengthAttr}}

"""#,

        "partials/task-feedback.mustache": #"""
<div class="hitc-feedback">
<label for="hitc-feedback">Comments for the requester <span class="hitc-optional">(optional)</span></label>
<textarea id="hitc-feedback" class="hitc-input hitc-textarea" rows="3" maxlength="2000"></textarea>
</div>

"""#,

        "partials/task-guidelines.mustache": #"""
<details class="hitc-guidelines" id="hitc-guidelines">
<summary>Full guidelines{{#guidelinesVersion}} (version {{guidelinesVersion}}){{/guidelinesVersion}}</summary>
<div class="hitc-md">
{{#sections}}
<h2>{{sectionTitle}}</h2>
{{{sectionHTML}}}
{{/sections}}
{{#faq}}
<h2>Questions and answers</h2>
<dl class="hitc-faq">
{{#entries}}
<dt>{{{faqQuestionHTML}}}</dt><dd>{{{faqAnswerHTML}}}</dd>
{{/entries}}
</dl>
{{/faq}}
</div>
</details>

"""#,

        "partials/task-legend.mustache": #"""
<section id="hitc-legend" class="hitc-legend" aria-labelledby="hitc-legend-title" hidden>
<h2 id="hitc-legend-title">Keyboard shortcuts</h2>
{{#legend}}
{{#groups}}
<h3>{{groupPrompt}}</h3>
<dl>
{{#keys}}
<dt><kbd>{{key}}</kbd></dt><dd>{{keyLabel}}</dd>
{{/keys}}
</dl>
{{/groups}}
{{/legend}}
<p>Tab and Shift+Tab move between answers; arrow keys choose within a group; shortcuts are off while you type in a box.</p>
<button type="button" class="hitc-button" id="hitc-legend-close">Close</button>
</section>

"""#,

        "task.mustache": #"""
<!DOCTYPE html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{{csp}}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{title}}</title>
<style>
{{{style}}}
</style>
</head>
<body>
<header class="hitc-header">
<h1>{{title}}</h1>
<p class="hitc-description">{{description}}</p>
{{#preview}}
<p class="hitc-banner hitc-banner-preview" id="hitc-preview-banner"><strong>Preview</strong> with sample items: your answers are shown on this page, not sent.</p>
{{/preview}}
<div id="hitc-notice" class="hitc-banner" role="status" hidden></div>
</header>
<main id="hitc-main">
<div class="hitc-help">
{{#summaryHTML}}
<details class="hitc-summary" id="hitc-summary" open>
<summary>Instructions</summary>
<div class="hitc-md">{{{summaryHTML}}}</div>
</details>
{{/summaryHTML}}
{{#guidelines}}
{{> partials/task-guidelines}}
{{/guidelines}}
<button type="button" class="hitc-button hitc-button-quiet" id="hitc-legend-toggle" aria-expanded="false" aria-controls="hitc-legend">Keyboard shortcuts <kbd>?</kbd></button>
</div>
{{> partials/task-legend}}
<div id="hitc-items-list"></div>
<template id="hitc-item-template">
{{#itemLayout}}
{{> partials/item}}
{{/itemLayout}}
</template>
<form id="hitc-form" method="post" novalidate>
{{#feedback}}
{{> partials/task-feedback}}
{{/feedback}}
<div id="hitc-fields"></div>
</form>
<section id="hitc-answers" class="hitc-answers" aria-labelledby="hitc-answers-title" hidden>
<h2 id="hitc-answers-title" tabindex="-1">Your answers</h2>
<p id="hitc-answers-note">Nothing was sent. Copy or download these answers if you need them.</p>
<pre id="hitc-answers-json" tabindex="0"></pre>
<p class="hitc-actions"><button type="button" class="hitc-button" id="hitc-copy">Copy</button> <button type="button" class="hitc-button" id="hitc-download">Download</button> <span id="hitc-copy-status" role="status"></span></p>
</section>
<div class="hitc-submit-bar">
<p id="hitc-progress" aria-live="polite">{{initialProgress}}</p>
<p id="hitc-status" role="status"></p>
<button type="submit" form="hitc-form" class="hitc-button hitc-button-primary" id="hitc-submit">Submit</button>
</div>
</main>
{{#contact}}
<footer class="hitc-footer"><p>Questions about this task? Write to <a href="mailto:{{contact}}">{{contact}}</a>.</p></footer>
{{/contact}}
<script type="application/json" id="hitc-config">{{{configJSON}}}</script>
<script type="text/plain" id="hitc-items">{{{itemsMarker}}}</script>
<script>{{{script}}}</script>
</body>
</html>

"""#,

    ]
}
