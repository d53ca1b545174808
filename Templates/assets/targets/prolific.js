  // ---- target: Prolific ("prolific"): PROLIFIC_PID in the URL. The answers (with Prolific's ids)
  // go to the optional submit URL, then the worker is sent back to Prolific with the completion code.
  targets.push({
    detect: () => params.has('PROLIFIC_PID') && cfg.prolific ? 'prolific' : null,
    submit: body => {
      var failed = sending();
      ['PROLIFIC_PID', 'STUDY_ID', 'SESSION_ID'].forEach(k => { body[k] = params.get(k) || ''; });
      send(cfg.prolific.submitUrl, body).then(() => {
        setStatus(t('script-prolific-saved'));
        location.assign('https://app.prolific.com/submissions/complete?cc=' + encodeURIComponent(cfg.prolific.completionCode));
      }, failed);
    }
  });
