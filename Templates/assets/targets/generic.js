  // ---- target: a generic host ("generic"): the page is in a frame or has ?target=generic. The
  // answers are posted to the parent frame ({ type: "hitc-answers", answers }) and to the submit URL.
  targets.push({
    detect: () => cfg.generic && (window.parent !== window || params.get('target') === 'generic') ? 'generic' : null,
    submit: body => {
      var failed = sending();
      try { window.parent.postMessage({ type: 'hitc-answers', answers: body }, '*'); } catch (err) { /* no parent */ }
      send(cfg.generic.submitUrl, body).then(() => { setStatus(t('script-sent')); }, failed);
    }
  });
