/// The worker task template's own inline script and style. The script needs
/// nothing from `crowd-html-elements.js`: per item (`section.gt-item`) it
/// applies `visible_if` (a hidden question's fieldset is hidden and its
/// controls disabled and not required, so it is neither required nor
/// submitted), makes the task page's checks (required, selections, lengths,
/// pattern, number range and step) through the controls' constraint validation
/// (`setCustomValidity`), keeps `hitc_seconds` up to date, and maps option
/// hotkeys. A multiple choice's exclusive option ("None of these") clears the
/// others when ticked (by a click or its key), and the reverse, as on the task
/// page; an answer holding one with another option is refused at submit.
/// Neither script nor style holds `{{`, `{%` or `{#` (Liquid would read them).
///
/// The checks and their messages are the task page's own (`problem(st)` and
/// the helpers it calls), cut at build time out of `assets/task.js` (`checks`),
/// so both pages check answers with one piece of code.
enum GroundTruthScript {
    /// Where the parts the checks need start and end in `assets/task.js`.
    static let checkParts: [(start: String, end: String)] = [
        ("  function isChoice(st) {", "\n"),
        ("  function rawValue(st) {", "  function valuesOf(st)"),
        ("  function count(s) {", "  function render(st, msg) {"),
    ]

    /// `problem(st)` and what it calls, from the built-in `assets/task.js`; "" if a part is missing
    /// (a test guards the parts).
    static let checks: String = BuiltinTemplates.files["assets/task.js"].flatMap(checks) ?? ""

    /// The parts of `taskJS` the checks need, in order; nil when one is missing.
    static func checks(_ taskJS: String) -> String? {
        var out = ""
        for (start, end) in checkParts {
            guard let a = taskJS.range(of: start),
                  let b = taskJS.range(of: end, range: a.upperBound..<taskJS.endIndex) else { return nil }
            out += taskJS[a.lowerBound..<b.lowerBound] + (end == "\n" ? "\n" : "")
        }
        return out
    }

    static let script = #"""
(function () {
  'use strict';
  var cfg = JSON.parse(document.getElementById('gt-config').textContent);
  var started = Date.now();
  var showErrors = false;
  var seconds = document.querySelector('input[name="hitc_seconds"]');
  function stamp() { if (seconds) seconds.value = String(Math.round((Date.now() - started) / 1000)); }
  function controls(fs) { return Array.prototype.slice.call(fs.querySelectorAll('input, select, textarea')); }
  function isChoiceControl(c) { return c.type === 'radio' || c.type === 'checkbox'; }
  function values(cs) {
    return cs.filter(function (c) { return isChoiceControl(c) ? c.checked : c.value !== ''; }).map(function (c) { return c.value; });
  }
\#(checks)  // An exclusive option ("None of these") clears the others of its question, and the reverse (the task page's rule).
  function alone(q, c) {
    if (!q.exclusive || !c || c.type !== 'checkbox' || !c.checked) return;
    var solo = q.exclusive.indexOf(c.value) >= 0;
    controls(c.closest('fieldset')).forEach(function (o) {
      if (o !== c && o.type === 'checkbox' && o.checked && (solo || q.exclusive.indexOf(o.value) >= 0)) o.checked = false;
    });
  }
  function mixed(q, vs) {
    return !!q.exclusive && vs.length > 1 && vs.some(function (v) { return q.exclusive.indexOf(v) >= 0; });
  }
  function update(slot) {
    var bad = null;
    cfg.questions.forEach(function (q) {
      var st = slot.q[q.id];
      if (!st) return;
      st.visible = q.visibleIf.every(function (cond) {
        var other = slot.q[cond.question];
        return !!other && other.visible && values(controls(other.fs)).some(function (v) { return cond.values.indexOf(v) >= 0; });
      });
      st.fs.hidden = !st.visible;
      var cs = controls(st.fs);
      cs.forEach(function (c) {
        c.disabled = !st.visible;
        if (c.type !== 'checkbox') c.required = st.visible && q.required;
        c.setCustomValidity('');
      });
      var msg = st.visible && cs.length ? problem({ visible: true, def: q, controls: cs }) : '';
      if (!msg && st.visible && mixed(q, values(cs))) msg = q.exclusiveMessage;
      if (msg && cs[0]) cs[0].setCustomValidity(msg);
      if (msg && !bad) bad = st;
      if (showErrors || !msg) { st.err.textContent = msg; st.err.hidden = !msg; }
    });
    return bad;
  }
  var slots = Array.prototype.slice.call(document.querySelectorAll('.gt-item')).map(function (sec) {
    var slot = { el: sec, q: {} };
    cfg.questions.forEach(function (q) {
      var fs = sec.querySelector('fieldset[data-question="' + q.id + '"]');
      if (fs) slot.q[q.id] = { fs: fs, visible: true, err: fs.querySelector('.gt-error') };
    });
    var changed = function (e) {
      var fs = e.type === 'change' && e.target.closest ? e.target.closest('fieldset[data-question]') : null;
      var q = fs && cfg.questions.filter(function (x) { return x.id === fs.getAttribute('data-question'); })[0];
      if (q) alone(q, e.target);
      update(slot);
      stamp();
    };
    sec.addEventListener('input', changed);
    sec.addEventListener('change', changed);
    return slot;
  });
  function check() {
    showErrors = true;
    var first = null;
    slots.forEach(function (slot) { var bad = update(slot); if (bad && !first) first = bad; });
    return first;
  }
  function slotFor(target) {
    var sec = target && target.closest ? target.closest('.gt-item') : null;
    for (var i = 0; i < slots.length; i++) if (slots[i].el === sec) return slots[i];
    for (var j = 0; j < slots.length; j++) if (slots[j].el.getBoundingClientRect().bottom > window.innerHeight * 0.3) return slots[j];
    return slots[slots.length - 1];
  }
  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || !e.key) return;
    var t = e.target, tag = t && t.tagName;
    if (tag === 'TEXTAREA' || tag === 'SELECT' || (tag === 'INPUT' && !isChoiceControl(t))) return;
    var key = e.key.toLowerCase(), slot = slotFor(t);
    if (!slot) return;
    for (var i = 0; i < cfg.questions.length; i++) {
      var q = cfg.questions[i], st = slot.q[q.id];
      if (!st || !st.visible || !q.keys || !Object.prototype.hasOwnProperty.call(q.keys, key)) continue;
      var value = q.keys[key];
      controls(st.fs).forEach(function (c) {
        if (c.tagName === 'SELECT') c.value = value;
        else if (c.value === value) { c.checked = c.type === 'checkbox' ? !c.checked : true; alone(q, c); }
      });
      e.preventDefault();
      update(slot);
      stamp();
      return;
    }
  });
  var form = document.querySelector('crowd-form');
  if (form) {
    form.addEventListener('submit', function (e) {
      stamp();
      var bad = check();
      if (bad) {
        e.preventDefault();
        bad.fs.scrollIntoView({ block: 'center' });
      }
    });
  }
  slots.forEach(update);
  stamp();
  window.hitcGroundTruth = { check: check };
})();
"""#

    static let style = #"""
.gt-task { max-width: 60rem; margin: 0 auto; font: 16px/1.5 system-ui, sans-serif; color: #1f2328; }
.gt-item { border: 1px solid #d0d7de; border-radius: 8px; padding: 0.75rem 1rem; margin: 1rem 0; background: #fff; }
.gt-item-title { font-size: 1rem; color: #4a535c; margin: 0 0 0.5rem; }
.gt-text { overflow-wrap: anywhere; }
.gt-markdown:not(.gt-rendered), .gt-mono { white-space: pre-wrap; }
.gt-mono { font-family: ui-monospace, monospace; }
blockquote.gt-text { border-left: 3px solid #d0d7de; margin: 0.5rem 0; padding-left: 1rem; }
.gt-image img, .gt-media video { max-width: 100%; height: auto; }
.gt-media audio { width: 100%; }
.gt-missing { color: #82071e; overflow-wrap: anywhere; }
.gt-columns { display: flex; flex-wrap: wrap; gap: 1rem; }
.gt-column { flex: 1 1 16rem; min-width: 0; }
.gt-question { border: 0; padding: 0; margin: 1rem 0; min-width: 0; }
.gt-question legend { font-weight: 600; padding: 0; }
.gt-optional, .gt-hint, .gt-note, .gt-option-hint, .gt-unit { color: #4a535c; }
.gt-options, .gt-scale { display: flex; flex-direction: column; gap: 0.25rem; }
.gt-buttons, .gt-scale { flex-direction: row; flex-wrap: wrap; }
.gt-option, .gt-point { display: flex; gap: 0.5rem; align-items: baseline; }
.gt-buttons .gt-option, .gt-point { border: 1px solid #6e7781; border-radius: 6px; padding: 0.25rem 0.75rem; }
.gt-point { flex-direction: column; align-items: center; }
.gt-point-label { font-size: 0.85rem; color: #4a535c; }
.gt-question textarea, .gt-question input[type="text"] { width: 100%; font: inherit; }
.gt-error { color: #82071e; font-weight: 600; }
kbd { border: 1px solid #6e7781; border-radius: 3px; padding: 0 0.25rem; font-size: 0.85rem; }
"""#
}
