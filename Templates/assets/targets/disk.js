  // ---- target: the page opened from disk, and the preview page ("none", "preview"): the demo
  // items when the page carries none, and the answers shown as JSON to copy or download, never sent.
  targets.push((function () {
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
    byId('hitc-copy').addEventListener('click', () => {
      var done = () => { byId('hitc-copy-status').textContent = t('script-copied'); };
      var fallback = () => {
        var range = doc.createRange();
        range.selectNodeContents(byId('hitc-answers-json'));
        var sel = window.getSelection();
        sel.removeAllRanges();
        sel.addRange(range);
        try { doc.execCommand('copy'); done(); } catch (e) { byId('hitc-copy-status').textContent = t('script-copy-by-hand'); }
      };
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(lastJSON).then(done, fallback);
      else fallback();
    });
    byId('hitc-download').addEventListener('click', () => {
      var a = add(doc.body, 'a');
      a.href = URL.createObjectURL(new Blob([lastJSON], { type: 'application/json' }));
      a.download = cfg.task + '-answers.json';
      a.click();
      setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
    });

    return {
      detect: () => cfg.preview ? 'preview' : null,
      fallback: true,
      demo: () => {
        if (target === 'none') showNotice(t('script-demo-items'));
      },
      submit: body => {
        lastJSON = showAnswers(body);
        submitted = true;
        submit.disabled = true;
        setStatus(t(target === 'preview' ? 'script-preview-shown' : 'script-answers-shown'));
      }
    };
  })());
