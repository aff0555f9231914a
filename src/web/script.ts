// GET /static/review.js: the one script of the pages, static (the CSP allows no inline script). Everything
// works without it; with it, a reviewer adds a record by selecting its text on the document page, and moves
// through the review queue by keyboard (j/k next/previous, c confirm, r reject, e edit).
export const REVIEW_SCRIPT = String.raw`(function () {
  'use strict';
  var text = document.querySelector('.doc-text');
  var form = document.querySelector('.add-form');
  function offsetIn(root, node, offset) {
    var r = document.createRange();
    r.setStart(root, 0);
    r.setEnd(node, offset);
    return r.toString().length;
  }
  function showKind() {
    var kind = form.querySelector('[name=kind]').value;
    form.querySelectorAll('.kind-fields').forEach(function (f) {
      var on = f.getAttribute('data-kind') === kind;
      f.hidden = !on;
      f.disabled = !on;
    });
  }
  if (text && form) {
    showKind();
    form.querySelector('[name=kind]').addEventListener('change', showKind);
    document.addEventListener('mouseup', function () {
      var sel = window.getSelection();
      if (!sel || sel.isCollapsed || sel.rangeCount === 0) return;
      var range = sel.getRangeAt(0);
      if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) return;
      var start = offsetIn(text, range.startContainer, range.startOffset);
      var end = offsetIn(text, range.endContainer, range.endOffset);
      var whole = text.textContent;
      while (start < end && /\s/.test(whole.charAt(start))) start++;
      while (end > start && /\s/.test(whole.charAt(end - 1))) end--;
      if (end <= start) return;
      form.querySelector('[name=start]').value = String(start);
      form.querySelector('[name=end]').value = String(end);
      form.querySelector('.selected-quote').textContent = whole.slice(start, end);
      var details = document.getElementById('add-record');
      if (details) details.open = true;
    });
  }
  // Copy a citation (the buttons stay hidden without script).
  document.querySelectorAll('button.copy').forEach(function (b) {
    b.hidden = false;
    b.addEventListener('click', function () {
      var source = document.getElementById(b.getAttribute('data-copy'));
      if (!source || !navigator.clipboard) return;
      navigator.clipboard.writeText(source.textContent).then(function () { b.textContent = 'Kopierat'; });
    });
  });
  var items = Array.prototype.slice.call(document.querySelectorAll('.queue-item'));
  var at = -1;
  function focus(i) {
    if (!items.length) return;
    at = Math.max(0, Math.min(items.length - 1, i));
    items[at].focus();
    items[at].scrollIntoView({ block: 'nearest' });
  }
  document.addEventListener('keydown', function (e) {
    var t = e.target;
    if (!items.length || e.ctrlKey || e.metaKey || e.altKey) return;
    if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT')) return;
    var current = items.indexOf(document.activeElement);
    if (current >= 0) at = current;
    if (e.key === 'j') { focus(at + 1); e.preventDefault(); return; }
    if (e.key === 'k') { focus(at - 1); e.preventDefault(); return; }
    if (at < 0) return;
    var item = items[at];
    var el = item.querySelector('[data-key="' + e.key + '"]');
    if (!el) return;
    e.preventDefault();
    if (e.key === 'e') { el.parentNode.open = true; var first = el.parentNode.querySelector('input:not([type=hidden]), select'); if (first) first.focus(); }
    else el.click();
  });
})();
`;
