  // ---- target: MTurk ("mturk", "mturk-preview"): the URL has assignmentId. Before the HIT is
  // accepted (ASSIGNMENT_ID_NOT_AVAILABLE) submitting is disabled; after, the form itself POSTs
  // assignmentId and every answer field to turkSubmitTo, only when that is one of MTurk's hosts
  // in the configuration (the page's form-action allows nothing else). Every page has this
  // module, so a page built without the MTurk target refuses to be submitted there.
  targets.push({
    detect: () => {
      if (!params.has('assignmentId')) return null;
      return params.get('assignmentId') === 'ASSIGNMENT_ID_NOT_AVAILABLE' ? 'mturk-preview' : 'mturk';
    },
    posts: true,
    start: () => {
      if (target === 'mturk-preview') {
        submit.disabled = true;
        showNotice(t('script-mturk-preview'));
        setStatus(t('script-mturk-accept'));
        return;
      }
      hidden('assignmentId').value = params.get('assignmentId');
      var base = params.get('turkSubmitTo') || 'https://www.mturk.com';
      var origin = '';
      try { origin = new URL(base).origin; } catch (e) { origin = ''; }
      if (cfg.mturk && cfg.mturk.submitOrigins.indexOf(origin) >= 0) form.action = origin + '/mturk/externalSubmit';
      else if (!cfg.mturk) { itemsError = true; showNotice(t('script-mturk-no-target'), true); }
      else { itemsError = true; showNotice(t('script-mturk-bad-address'), true); }
    }
  });
