/*
 * Translations are typed in a field where each inline code and protected token of the source is an
 * atomic chip showing what it stands for (the name, the number, the tag), instead of a bare
 * placeholder such as {p1/} that a right-to-left text would even show as {/p1}.
 *
 * The row's textarea stays the form's field (the server reads it, the editor's script reads and
 * writes it); it is hidden, and the chip field before it shows its text and writes every change
 * back. A chip is contenteditable=false: one Backspace deletes it whole, the caret steps over it.
 * Its label comes from the source's own token on the same row (rendered by the server, escaped);
 * nothing here turns text into markup: text becomes text nodes, placeholders become chips.
 *
 * Keys in the field: F9 puts in the next code of the source that the translation lacks;
 * Shift+F9 opens the list of the source's codes (arrows, Enter, Escape).
 */
(function () {
  'use strict';

  // the engine's placeholder grammar (org.chorus.translations.Placeholder.PATTERN), handed over
  // by the page in #editor-live's data-code-pattern; read once the page is there
  var CODES = null;
  var CODE = null;

  function grammar() {
    if (CODES === null) {
      var live = document.getElementById('editor-live');
      // without the page's grammar, no chips: the text stays as it is
      var source = live && live.dataset.codePattern ? live.dataset.codePattern : '(?!)';
      CODES = new RegExp(source, 'g');
      CODE = new RegExp('^(?:' + source + ')$');
    }
  }

  function codes(text) {
    grammar();
    return text.match(CODES) || [];
  }

  /** The row's token in the source for a placeholder, or null. */
  function sourceToken(field, p) {
    var row = field.closest('tr');
    return row ? row.querySelector('.source .tok[data-p="' + CSS.escape(p) + '"]') : null;
  }

  function sourceCodes(field) {
    var row = field.closest('tr');
    var source = row ? row.querySelector('.source') : null;
    return source ? codes(source.dataset.text || '') : [];
  }

  function chip(field, p) {
    var tok = sourceToken(field, p);
    var c = document.createElement('span');
    var locked = !!tok && tok.classList.contains('tok-locked');
    c.className = 'chip ' + (tok ? (locked ? 'chip-locked' : 'chip-tag') : 'chip-unknown');
    c.contentEditable = 'false';
    c.dataset.p = p;
    c.setAttribute('dir', locked ? 'auto' : 'ltr');
    c.textContent = tok ? tok.textContent : p;
    c.title = tok && tok.title && tok.title !== p ? tok.title + ' \u00b7 ' + p : p;
    return c;
  }

  /** The field's text, placeholders for chips. */
  function serialize(node) {
    var out = '';
    var children = node.childNodes;
    for (var i = 0; i < children.length; i++) {
      var n = children[i];
      if (n.nodeType === Node.TEXT_NODE) {
        out += n.nodeValue;
      } else if (n.nodeType === Node.ELEMENT_NODE) {
        if (n.dataset && n.dataset.p) {
          out += n.dataset.p;
        } else if (n.tagName === 'BR') {
          // the line break a browser keeps at the end of an editable block is not text
          if (i < children.length - 1) { out += '\n'; }
        } else {
          if ((n.tagName === 'DIV' || n.tagName === 'P') && out && out.slice(-1) !== '\n') { out += '\n'; }
          out += serialize(n);
        }
      }
    }
    return out;
  }

  function render(field, text) {
    grammar();
    field._rendering = true;
    field.textContent = '';
    var last = 0;
    var m;
    CODES.lastIndex = 0;
    while ((m = CODES.exec(text)) !== null) {
      if (m.index > last) { field.appendChild(document.createTextNode(text.slice(last, m.index))); }
      field.appendChild(chip(field, m[0]));
      last = m.index + m[0].length;
    }
    if (last < text.length) { field.appendChild(document.createTextNode(text.slice(last))); }
    field._rendering = false;
  }

  /** Writes the field's text into its textarea, and tells the editor (an input event). */
  function sync(field) {
    var area = field._area;
    if (!area || field._rendering) { return; }
    var text = serialize(field);
    if (text === area.value) { return; }
    area.value = text;
    field.dispatchEvent(new CustomEvent('chorus-text', {bubbles: true}));
  }

  function caretToEnd(field) {
    var range = document.createRange();
    range.selectNodeContents(field);
    range.collapse(false);
    var sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
  }

  /** The selection's range when it is inside the field, otherwise one at its end. */
  function rangeIn(field) {
    var sel = window.getSelection();
    if (sel.rangeCount && field.contains(sel.getRangeAt(0).commonAncestorContainer)) {
      return sel.getRangeAt(0);
    }
    caretToEnd(field);
    return sel.getRangeAt(0);
  }

  /** Puts text, or a chip for a placeholder, at the caret (replacing a selection). */
  function insertInto(field, what) {
    grammar();
    if (field.getAttribute('contenteditable') !== 'true') { return; }
    field.focus();
    var range = rangeIn(field);
    range.deleteContents();
    var node = CODE.test(what) ? chip(field, what) : document.createTextNode(what);
    range.insertNode(node);
    range.setStartAfter(node);
    range.collapse(true);
    var sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    sync(field);
  }

  /** Text that may hold placeholders: typed as text, shown with chips. */
  function insertText(field, text) {
    grammar();
    if (!CODES.test(text)) {
      CODES.lastIndex = 0;
      insertInto(field, text);
      return;
    }
    CODES.lastIndex = 0;
    var last = 0;
    var m;
    var parts = [];
    while ((m = CODES.exec(text)) !== null) {
      if (m.index > last) { parts.push(text.slice(last, m.index)); }
      parts.push(m[0]);
      last = m.index + m[0].length;
    }
    if (last < text.length) { parts.push(text.slice(last)); }
    parts.forEach(function (part) { insertInto(field, part); });
  }

  /** The first code of the source that the translation has fewer times than the source. */
  function nextMissing(field) {
    var have = {};
    codes(field._area.value).forEach(function (p) { have[p] = (have[p] || 0) + 1; });
    var wanted = sourceCodes(field);
    for (var i = 0; i < wanted.length; i++) {
      if (have[wanted[i]]) { have[wanted[i]]--; } else { return wanted[i]; }
    }
    return null;
  }

  // ---- the list of the source's codes (Shift+F9)

  function closePicker(field) {
    if (field._picker) {
      field._picker.remove();
      field._picker = null;
      field.removeAttribute('aria-activedescendant');
      field.setAttribute('aria-expanded', 'false');
    }
  }

  function openPicker(field) {
    closePicker(field);
    var wanted = sourceCodes(field).filter(function (p, i, all) { return all.indexOf(p) === i; });
    if (!wanted.length) { return; }
    var list = document.createElement('ul');
    list.className = 'chip-picker';
    list.setAttribute('role', 'listbox');
    list.id = field.id + '-codes';
    wanted.forEach(function (p, i) {
      var item = document.createElement('li');
      item.setAttribute('role', 'option');
      item.id = list.id + '-' + i;
      item.dataset.p = p;
      item.appendChild(chip(field, p));
      item.addEventListener('mousedown', function (e) {
        e.preventDefault();
        closePicker(field);
        insertInto(field, p);
      });
      list.appendChild(item);
    });
    field.after(list);
    field._picker = list;
    field.setAttribute('aria-controls', list.id);
    field.setAttribute('aria-expanded', 'true');
    choose(field, 0);
  }

  function choose(field, index) {
    var items = field._picker.querySelectorAll('li');
    var i = (index + items.length) % items.length;
    items.forEach(function (item, n) { item.setAttribute('aria-selected', String(n === i)); });
    field._picked = i;
    field.setAttribute('aria-activedescendant', items[i].id);
  }

  function onPickerKey(field, e) {
    var items = field._picker.querySelectorAll('li');
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      e.stopPropagation();
      choose(field, field._picked + (e.key === 'ArrowDown' ? 1 : -1));
      return true;
    }
    if (e.key === 'Enter') {
      e.preventDefault();
      e.stopPropagation();
      var p = items[field._picked].dataset.p;
      closePicker(field);
      insertInto(field, p);
      return true;
    }
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      closePicker(field);
      return true;
    }
    return false;
  }

  function onKey(e) {
    var field = e.currentTarget;
    if (field._picker && onPickerKey(field, e)) { return; }
    if (e.key === 'F9') {
      e.preventDefault();
      if (e.shiftKey) {
        openPicker(field);
      } else {
        var p = nextMissing(field);
        if (p) { insertInto(field, p); }
      }
      return;
    }
    if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey && !e.altKey) {
      // a line break as text, not a new block
      e.preventDefault();
      insertInto(field, '\n');
    }
  }

  /** A chip field for a textarea: before it, with its language, direction, key and label. */
  function make(area) {
    var field = document.createElement('div');
    field.id = (area.id || 'segment') + '-chips';
    field.className = 'segment-text chip-field';
    field.setAttribute('role', 'textbox');
    field.setAttribute('aria-multiline', 'true');
    field.setAttribute('tabindex', '0');
    field.setAttribute('contenteditable', area.readOnly ? 'false' : 'true');
    if (area.readOnly) { field.setAttribute('aria-readonly', 'true'); }
    ['lang', 'dir', 'data-key', 'data-saved', 'aria-label'].forEach(function (a) {
      if (area.hasAttribute(a)) { field.setAttribute(a, area.getAttribute(a)); }
    });
    field.setAttribute('spellcheck', 'true');
    field._area = area;
    area._chips = field;
    // what tests and tools read as the field's value: its textarea's text
    Object.defineProperty(field, 'value', {get: function () { return area.value; }});
    area.classList.remove('segment-text');
    area.classList.add('segment-model');
    area.setAttribute('aria-hidden', 'true');
    area.tabIndex = -1;
    render(field, area.value);
    field.addEventListener('keydown', onKey);
    field.addEventListener('paste', function (e) {
      e.preventDefault();
      insertText(field, (e.clipboardData || window.clipboardData).getData('text/plain'));
    });
    field.addEventListener('drop', function (e) { e.preventDefault(); });
    field.addEventListener('blur', function () {
      closePicker(field);
      // placeholders typed or pasted by hand become chips
      if (codes(textOnly(field)).length) { render(field, area.value); }
    });
    new MutationObserver(function () { sync(field); })
        .observe(field, {childList: true, characterData: true, subtree: true});
    area.before(field);
    return field;
  }

  /** The text of the field's text nodes only (without its chips). */
  function textOnly(field) {
    var out = '';
    field.childNodes.forEach(function (n) { if (n.nodeType === Node.TEXT_NODE) { out += n.nodeValue; } });
    return out;
  }

  window.ChorusChips = {
    /** Gives every row's textarea its chip field; drops fields whose textarea was replaced. */
    enhance: function () {
      document.querySelectorAll('.chip-field').forEach(function (f) {
        if (!f._area || !f._area.isConnected) {
          closePicker(f);
          f.remove();
        }
      });
      document.querySelectorAll('textarea.segment-text').forEach(make);
    },
    /** The field a person types in for a row's textarea (the textarea itself without one). */
    box: function (area) {
      return area && area._chips ? area._chips : area;
    },
    /** The textarea behind a field (or the element itself). */
    model: function (el) {
      return el && el._area ? el._area : el;
    },
    /** Replaces a row's text, and shows it. */
    set: function (area, text) {
      area.value = text;
      if (area._chips) {
        render(area._chips, text);
        if (document.activeElement === area._chips) { caretToEnd(area._chips); }
      }
    },
    /** Puts a placeholder (as a chip) or text at the caret of a row. */
    insert: function (area, what) {
      if (area._chips) {
        insertText(area._chips, what);
        return;
      }
      var s = area.selectionStart;
      area.value = area.value.slice(0, s) + what + area.value.slice(area.selectionEnd);
      area.focus();
      area.selectionStart = area.selectionEnd = s + what.length;
    }
  };
})();
