/*
 * The translation editor's behaviour. No data reaches this file through a script block: what the
 * page knows (who is signed in, who is where, labels) it puts into the data attributes of
 * #editor-live, escaped like any attribute, and the server's live messages arrive as JSON that is
 * parsed, never evaluated. Everything a person typed is shown with textContent.
 *
 * Keys in a translation: Ctrl+Enter saves and goes to the next segment, Ctrl+Shift+Enter submits
 * and goes on, Ctrl+Alt+Enter approves and goes on (reviewers), Ctrl+Down / Ctrl+Up move without
 * saving (and turn the page at its end), Ctrl+PageDown / Ctrl+PageUp turn the page, Ctrl+Shift+S
 * copies the source (with its placeholders) in, Ctrl+Alt+1…9 takes the memory's match of that
 * number (the key's character, not its position: AltGr+7 that types '{' stays a '{'). Reviewers:
 * Ctrl+Shift+Backspace goes to the row's reason, where Enter rejects and goes on and Escape comes
 * back (no Ctrl+Alt+letter anywhere: on many keyboards AltGr is Ctrl+Alt and types letters).
 * A translation is typed in its chip field (chips.js), whose textarea holds the text: everything
 * here reads and writes the textarea and moves the focus to the field.
 */
(function () {
  'use strict';

  var lastKey = null;
  var nextKey = null;
  // after a page of rows is replaced: focus its 'first' or 'last' row; after a save on the last
  // row of a page: go on to the next page
  var focusAfterPaging = null;
  var pageAfterSave = false;

  // a row's text: the textarea the form sends (behind its chip field, see chips.js)
  var MODEL = 'textarea.segment-model, textarea.segment-text';
  var chips = window.ChorusChips;

  /** What a person types in for a row: its chip field, or the textarea itself. */
  function box(area) {
    return chips ? chips.box(area) : area;
  }

  /** The row's textarea behind an element typed in. */
  function model(el) {
    return chips ? chips.model(el) : el;
  }

  function setText(area, text) {
    if (chips) { chips.set(area, text); } else { area.value = text; }
    mark(area);
    grow(area);
  }

  function isBox(el) {
    return !!el && !!el.matches && el.matches('textarea.segment-text, .chip-field');
  }

  function live() {
    return document.getElementById('editor-live');
  }

  function me() {
    var el = live();
    return el ? el.dataset.me : '';
  }

  function areas() {
    return Array.prototype.slice.call(document.querySelectorAll(MODEL));
  }

  function areaOf(key) {
    if (!key) { return null; }
    var k = '[data-key="' + CSS.escape(key) + '"]';
    return document.querySelector('textarea.segment-model' + k + ', textarea.segment-text' + k);
  }

  function neighbour(area, step) {
    var all = areas(), i = all.indexOf(area) + step;
    return i >= 0 && i < all.length ? all[i] : null;
  }

  /** The paginator's button to the next or the previous page, when there is such a page. */
  function pager(forward) {
    return document.querySelector('.ui-paginator ' + (forward ? '.ui-paginator-next' : '.ui-paginator-prev')
        + ':not(.ui-state-disabled)');
  }

  function turnPage(forward) {
    var button = pager(forward);
    if (!button) { return false; }
    focusAfterPaging = forward ? 'first' : 'last';
    button.click();
    return true;
  }

  function onKey(e) {
    var area = model(e.target);
    var row = area.closest('tr');
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      var button = row.querySelector(e.altKey ? '.approve' : e.shiftKey ? '.submit' : '.save');
      if (button) {
        var next = neighbour(area, 1);
        nextKey = next ? next.dataset.key : null;
        pageAfterSave = !next;
        button.click();
      }
      return;
    }
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      var down = e.key === 'ArrowDown';
      var other = neighbour(area, down ? 1 : -1);
      if (other) {
        box(other).focus();
      } else {
        turnPage(down);
      }
      return;
    }
    if ((e.key === 'PageDown' || e.key === 'PageUp') && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      turnPage(e.key === 'PageDown');
      return;
    }
    if ((e.key === 'D' || e.key === 'd') && e.ctrlKey && e.altKey) {
      e.preventDefault();
      showDocument(!documentOpen());
      return;
    }
    if (e.ctrlKey && e.altKey && /^[1-9]$/.test(e.key)) {
      e.preventDefault();
      takeMatch(area, Number(e.key));
      return;
    }
    if (e.key === 'Backspace' && (e.ctrlKey || e.metaKey) && e.shiftKey) {
      // reviewers: reject; the reason comes first (Enter in it rejects, Escape comes back)
      var reason = row.querySelector('input.reason');
      if (reason) {
        e.preventDefault();
        reason.focus();
      }
      return;
    }
    if ((e.key === 'S' || e.key === 's') && e.ctrlKey && e.shiftKey) {
      e.preventDefault();
      var source = row.querySelector('.source');
      if (source && !area.readOnly) { setText(area, source.dataset.text); }
    }
  }

  function here(key) {
    var el = live();
    if (el && el.dataset.present === 'true' && typeof window.chorusHere === 'function') {
      window.chorusHere([{name: 'key', value: key}]);
    }
  }

  function onFocus(e) {
    var key = e.target.dataset.key;
    highlight(key);
    if (key !== lastKey) {
      lastKey = key;
      here(key);
    }
    askMatches(key);
  }

  // the memory's matches for the segment the translator is in: asked for once they stay on it a
  // moment (moving quickly through rows asks only for the last)
  var matchesTimer = null;

  function matchesPanel() {
    return document.getElementById('editor:matches');
  }

  function askMatches(key) {
    var panel = matchesPanel();
    if (!panel || panel.dataset.key === key || typeof window.chorusMatches !== 'function') { return; }
    clearTimeout(matchesTimer);
    matchesTimer = setTimeout(function () {
      if (lastKey === key) { window.chorusMatches([{name: 'key', value: key}]); }
    }, 150);
  }

  /** Puts match number n (from 1) of the panel into the row's box, if the panel is the row's. */
  function takeMatch(area, n) {
    var panel = matchesPanel();
    if (!panel || area.readOnly || panel.dataset.key !== area.dataset.key) { return; }
    var match = panel.querySelectorAll('li.match')[n - 1];
    if (!match) { return; }
    setText(area, match.dataset.text);
    var unit = area.closest('td').querySelector('input[type="hidden"][id$=":match"]');
    if (unit) { unit.value = match.dataset.unit; }
    box(area).focus();
    if (box(area) === area) { area.selectionStart = area.selectionEnd = area.value.length; }
  }

  document.addEventListener('click', function (e) {
    var use = e.target.closest('.match-use');
    if (!use) { return; }
    var area = areaOf(matchesPanel() ? matchesPanel().dataset.key : null);
    var items = Array.prototype.slice.call(matchesPanel().querySelectorAll('li.match'));
    if (area) { takeMatch(area, items.indexOf(use.closest('li.match')) + 1); }
  });

  // the whole document beside the rows, in a sandboxed frame: the source, or the translation so
  // far; the sentence being translated is highlighted and followed
  var reloadTimer = null;

  function frame() {
    return document.getElementById('doc-frame');
  }

  function documentOpen() {
    var w = document.getElementById('workspace');
    return !!w && w.classList.contains('with-document');
  }

  function documentMode() {
    return localStorage.getItem('chorus.documentMode') === 'source' ? 'source' : 'translation';
  }

  function loadDocument() {
    var f = frame();
    if (!f) { return; }
    f.src = documentMode() === 'source' ? f.dataset.source : f.dataset.translation;
    document.querySelectorAll('.doc-mode').forEach(function (b) {
      b.setAttribute('aria-pressed', String(b.dataset.mode === documentMode()));
    });
  }

  function showDocument(open) {
    var w = document.getElementById('workspace'), toggle = document.getElementById('doc-toggle');
    if (!w || !toggle) { return; }
    w.classList.toggle('with-document', open);
    toggle.setAttribute('aria-pressed', String(open));
    localStorage.setItem('chorus.documentOpen', String(open));
    if (open && !frame().getAttribute('src')) { loadDocument(); }
  }

  function highlight(key) {
    var f = frame();
    var doc = f && documentOpen() ? f.contentDocument : null;
    if (!doc) { return; }
    doc.querySelectorAll('.seg.current').forEach(function (el) { el.classList.remove('current'); });
    if (!key) { return; }
    var spans = doc.querySelectorAll('[data-key="' + CSS.escape(key) + '"]');
    spans.forEach(function (el) { el.classList.add('current'); });
    if (spans.length) { spans[0].scrollIntoView({block: 'center'}); }
  }

  /** The translation changed: show it in the document, once the changes have settled. */
  function documentChanged() {
    if (!documentOpen() || documentMode() !== 'translation') { return; }
    clearTimeout(reloadTimer);
    reloadTimer = setTimeout(loadDocument, 1200);
  }

  document.addEventListener('click', function (e) {
    var mode = e.target.closest('.doc-mode');
    if (mode) {
      localStorage.setItem('chorus.documentMode', mode.dataset.mode);
      loadDocument();
    } else if (e.target.closest('#doc-toggle')) {
      showDocument(!documentOpen());
    }
  });
  document.addEventListener('DOMContentLoaded', function () {
    var f = frame();
    if (f) { f.addEventListener('load', function () { highlight(lastKey); }); }
    showDocument(localStorage.getItem('chorus.documentOpen') === 'true');
  });

  // a click on a token of the source, or on a glossary term's translation, puts it into the
  // translation at the cursor (never a forbidden term)
  function onTokenClick(e) {
    var tok = e.target.closest('.tok, .term-target:not(.term-FORBIDDEN)');
    if (!tok) { return; }
    var row = tok.closest('tr');
    var area = row ? row.querySelector(MODEL) : null;
    if (!area || area.readOnly) { return; }
    var p = tok.classList.contains('tok') ? tok.dataset.p : tok.dataset.text;
    if (chips) {
      chips.insert(area, p);
      mark(area);
      return;
    }
    var s = area.selectionStart, t = area.value;
    area.value = t.slice(0, s) + p + t.slice(area.selectionEnd);
    mark(area);
    area.focus();
    area.selectionStart = area.selectionEnd = s + p.length;
  }

  function who() {
    var el = live();
    if (!el) { return {}; }
    if (!el._who) {
      try { el._who = JSON.parse(el.dataset.who || '{}'); } catch (ignored) { el._who = {}; }
    }
    return el._who;
  }

  function showPresence() {
    var people = who(), mine = me(), el = live();
    var changedLabel = el ? el.dataset.changedLabel : '';
    document.querySelectorAll('.presence').forEach(function (p) {
      var names = Object.keys(people).filter(function (u) { return u !== mine && people[u] === p.dataset.key; });
      var text = names.length ? '\u270e ' + names.join(', ') : '';
      var area = p.parentNode.querySelector('textarea');
      // the note stays while you still have unsaved text there
      if (p.dataset.changed && area && area.value === area.defaultValue) { delete p.dataset.changed; }
      if (p.dataset.changed) { text += (text ? ' \u00b7 ' : '') + changedLabel + ' ' + p.dataset.changed; }
      p.textContent = text;
    });
  }

  // keys of rows to read again, one request at a time ('' reads every row)
  var queue = [];
  // the key being read, and since when (null: none)
  var reading = null;
  var readingSince = 0;
  // the live connection broke: what was sent meanwhile is read again once it is back
  var behind = false;
  // after a server died: every row drawn again, since an answer it never sent may have been lost
  var REDRAW = '*redraw';

  function readNext() {
    if (reading !== null && Date.now() - readingSince < 10000) { return; }
    if (reading !== null) { queue.push(reading); }
    reading = null;
    if (!queue.length || typeof window.chorusRefresh !== 'function') { return; }
    if (queue.length > 1 && queue.indexOf('') < 0 && !typing()) {
      // several rows changed: one read of every row, which redraws only the changed ones (not
      // while something is being typed, which such a read could overwrite)
      var redraw = queue.indexOf(REDRAW) >= 0;
      queue = redraw ? ['', REDRAW] : [''];
    }
    reading = queue.shift();
    readingSince = Date.now();
    if (reading === REDRAW) {
      // the whole form again, as the page holds it now (what is typed included)
      PrimeFaces.ab({s: 'editor', f: 'editor', p: 'editor', u: 'editor'});
    } else {
      window.chorusRefresh([{name: 'key', value: reading}]);
    }
  }

  // a read came back: the next one goes; one that failed (its server stopping) is tried again
  function read(xhr) {
    if (reading === null) { return; }
    if (xhr && xhr.status !== 200) {
      if (queue.indexOf(reading) < 0) { queue.push(reading); }
      reading = null;
      setTimeout(readNext, 1000);
      return;
    }
    reading = null;
    readNext();
  }

  function typing() {
    return areas().some(function (a) { return a.value !== a.defaultValue; });
  }

  function readAgain(key) {
    if (queue.indexOf(key) < 0) { queue.push(key); }
    readNext();
  }

  function changedMeanwhile(area, by) {
    var p = area.parentNode.querySelector('.presence');
    if (p) { p.dataset.changed = String(by); showPresence(); }
  }

  // live updates: others' saves appear without reloading, unless you are editing that segment
  window.chorusLive = function (message) {
    var m;
    try { m = typeof message === 'string' ? JSON.parse(message) : message; } catch (ignored) { return; }
    if (!m || typeof m !== 'object') { return; }
    if (m.type === 'changed' && m.by !== me()) {
      var keys = m.segments && typeof m.segments === 'object' ? Object.keys(m.segments) : [];
      if (!keys.length) { readAgain(''); return; }
      keys.forEach(function (key) {
        var area = areaOf(key);
        if (area && area.value !== area.defaultValue) { changedMeanwhile(area, m.by); } else { readAgain(key); }
      });
    } else if (m.type === 'hello' && behind) {
      behind = false;
      readAgain('');
      readAgain(REDRAW);
    } else if (m.type === 'presence' && m.who && typeof m.who === 'object') {
      var el = live();
      if (el) { el._who = m.who; }
      showPresence();
    }
  };

  // the connection broke (its server stopped): the websocket reconnects, through the balancer to
  // another server, which greets it; then the rows are read again
  window.chorusLiveBroken = function () { behind = true; };

  // given up reconnecting: open it again a moment later
  window.chorusLiveClosed = function (code) {
    if (code === 1000 || !window.faces || !faces.push) { return; }
    behind = true;
    setTimeout(function () { faces.push.open('live'); }, 1000);
  };

  // a row whose box holds text that is not saved (typed, or refused) is marked so; leaving the page
  // then asks first. The saved text comes with the row (data-saved), escaped as any attribute.
  function unsaved(area) {
    return !area.readOnly && area.value !== (area.dataset.saved || '');
  }

  function mark(area) {
    var row = area.closest('tr');
    if (row) { row.classList.toggle('unsaved', unsaved(area)); }
  }

  // a box grows with its text (an address block of forty words shows whole)
  function grow(area) {
    if (area._chips) { return; }
    area.style.height = 'auto';
    area.style.height = (area.scrollHeight + 2) + 'px';
  }

  function tidy() {
    if (chips) { chips.enhance(); }
    areas().forEach(function (a) { mark(a); grow(a); });
    var panel = matchesPanel();
    if (panel) {
      document.documentElement.style.setProperty('--matches-height', panel.offsetHeight + 'px');
    }
  }

  window.addEventListener('beforeunload', function (e) {
    if (areas().some(unsaved)) {
      e.preventDefault();
      e.returnValue = '';
    }
  });
  document.addEventListener('input', function (e) {
    if (isBox(e.target)) { mark(model(e.target)); grow(model(e.target)); }
  });
  document.addEventListener('DOMContentLoaded', tidy);
  document.addEventListener('chorus-text', function (e) { mark(model(e.target)); });

  /** Enter in a row's reason rejects the row and goes on; Escape goes back to its text. */
  function onReasonKey(e) {
    var row = e.target.closest('tr');
    var area = row ? row.querySelector(MODEL) : null;
    if (!area) { return; }
    if (e.key === 'Escape') {
      e.preventDefault();
      box(area).focus();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      var next = neighbour(area, 1);
      nextKey = next ? next.dataset.key : null;
      var reject = row.querySelector('.reject');
      if (reject) { reject.click(); }
    }
  }

  // the list of keys: ? anywhere but in a field, or its button; Escape or Close puts it away and
  // gives the focus back
  var beforeHelp = null;

  function helpBox() {
    return document.getElementById('keys-help');
  }

  function showHelp(open) {
    var box = helpBox();
    if (!box) { return; }
    if (open) {
      beforeHelp = document.activeElement;
      box.hidden = false;
      box.focus();
    } else if (!box.hidden) {
      box.hidden = true;
      if (beforeHelp && beforeHelp.isConnected) { beforeHelp.focus(); }
    }
  }

  function typingIn(el) {
    return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
  }

  document.addEventListener('keydown', function (e) {
    if (e.key === '?' && !typingIn(e.target) && !e.ctrlKey && !e.altKey && !e.metaKey) {
      e.preventDefault();
      showHelp(true);
      return;
    }
    if (e.key === 'Escape' && helpBox() && !helpBox().hidden) {
      e.preventDefault();
      showHelp(false);
    }
  });
  document.addEventListener('click', function (e) {
    if (e.target.closest('#keys-open')) { showHelp(true); }
    if (e.target.closest('.keys-close')) { showHelp(false); }
  });

  document.addEventListener('keydown', function (e) {
    if (isBox(e.target)) { onKey(e); }
    if (e.target.matches && e.target.matches('input.reason')) { onReasonKey(e); }
  });
  document.addEventListener('focusin', function (e) {
    if (isBox(e.target)) { onFocus(e); }
  });
  document.addEventListener('click', onTokenClick);
  document.addEventListener('DOMContentLoaded', showPresence);
  // say again every 30 seconds where you are, so that presence does not fade while you work (the
  // server forgets those not seen for 75 seconds); say goodbye when the page goes
  setInterval(function () { if (lastKey) { here(lastKey); } }, 30000);
  window.addEventListener('pagehide', function () { if (lastKey) { here(''); } });
  // bound once the page is read: PrimeFaces' jQuery may come after this file in the head
  document.addEventListener('DOMContentLoaded', function () {
    if (!window.jQuery) { return; }
    window.jQuery(document).on('pfAjaxComplete', function (event, xhr) {
      read(xhr);
      var failed = !!(xhr && xhr.pfArgs && xhr.pfArgs.validationFailed);
      showPresence();
      tidy();
      if (failed) {
        // a refused step: the person stays on the row that says why (its button, if clicked, was
        // drawn again and lost the focus)
        var refused = document.querySelector('tr .refusal');
        var own = refused ? refused.closest('tr').querySelector(MODEL) : null;
        if (own && (document.activeElement === document.body || !document.activeElement)) { box(own).focus(); }
      }
      if (!failed) { documentChanged(); }
      if (focusAfterPaging) {
        var all = areas();
        var target = focusAfterPaging === 'first' ? all[0] : all[all.length - 1];
        focusAfterPaging = null;
        if (target) { box(target).focus(); }
        return;
      }
      if (pageAfterSave) {
        pageAfterSave = false;
        if (!failed) { turnPage(true); }
        return;
      }
      if (nextKey) {
        var t = areaOf(nextKey);
        nextKey = null;
        // a refused save keeps the person on its row, with the message
        if (t && !failed) { box(t).focus(); }
      }
    });
  });
})();
