// The review page's script (`WriteHtml`): renders the beads from the page's JSON data one page
// at a time (so a 34,000-sentence document opens in about a second), filters them, highlights
// word links, and keeps a reviewer's corrections.
//
// Model: `beads` is the current ladder, `{k, kc, e, ec, s, f}` (first Korean sentence and
// count, first English sentence and count, score or null once edited, flags 1 = edited,
// 2 = unpaired by the reviewer). Every edit replaces a run of beads by others covering the
// same sentences, so it is stored as `{at, del, ins}` (the beads removed and inserted, as
// tuples): undo puts `del` back, redo puts `ins` back, and a reload replays the stored edits
// on the page's own ladder after checking that each one still fits. Edits live in
// localStorage under the document's key (a hash of its sentences and ladder), so two pages
// never mix their edits, and a page made from another alignment starts clean.
//
// Safety: text only ever reaches the DOM through `textContent` and text nodes, never as HTML.
#pragma once

#include <string_view>

namespace kealign::io::detail {

inline constexpr std::string_view kReviewPageScript = R"js(
(function () {
  'use strict';
  var root = document.documentElement;
  root.classList.remove('no-js');
  var D = JSON.parse(document.getElementById('kealign-data').textContent);
  var KO = D.ko.s, EN = D.en.s;
  var NOISE = 1, BOILERPLATE = 2, PARAGRAPH = 4;
  var EDITED = 1, WRONG = 2;

  function sideFlags(side, n) {
    var flags = new Uint8Array(n);
    side.noise.forEach(function (i) { flags[i] |= NOISE; });
    side.boilerplate.forEach(function (i) { flags[i] |= BOILERPLATE; });
    side.paragraphs.forEach(function (i) { flags[i] |= PARAGRAPH; });
    return flags;
  }
  var koFlags = sideFlags(D.ko, KO.length), enFlags = sideFlags(D.en, EN.length);

  // Links, 7 numbers each: Korean sentence, start, end (UTF-16 units of its text), English
  // sentence, start, end, probability in percent. The page stores the sentences as
  // differences from the previous link's and the ends as lengths; decoded here in place.
  // Indexed by Korean sentence.
  var L = D.links;
  var linksOf = new Array(KO.length);
  for (var li = 0, ks = 0, es = 0; li < L.length; li += 7) {
    ks += L[li];
    es += L[li + 3];
    L[li] = ks;
    L[li + 2] += L[li + 1];
    L[li + 3] = es;
    L[li + 5] += L[li + 4];
    (linksOf[ks] || (linksOf[ks] = [])).push(li);
  }

  function fromTuple(t) { return {k: t[0], kc: t[1], e: t[2], ec: t[3], s: t[4], f: t[5]}; }
  function toTuple(b) { return [b.k, b.kc, b.e, b.ec, b.s, b.f]; }
  function sameBead(b, t) {
    return b.k === t[0] && b.kc === t[1] && b.e === t[2] && b.ec === t[3] && b.f === t[5];
  }

  var beads = [];
  (function () {
    var k = 0, e = 0, raw = D.beads;
    for (var i = 0; i < raw.length; i += 3) {
      beads.push({k: k, kc: raw[i], e: e, ec: raw[i + 1], s: raw[i + 2] < 0 ? NaN : raw[i + 2] / 10000, f: 0});
      k += raw[i];
      e += raw[i + 1];
    }
  })();

  var $ = function (id) { return document.getElementById(id); };
  var tbody = document.querySelector('#beads tbody');
  var threshold = $('threshold'), thresholdValue = $('threshold-value');
  var onlyFlagged = $('only-flagged'), search = $('search'), shown = $('shown');
  var actions = $('actions'), help = $('help'), status = $('status');
  var pageSizeSelect = $('page-size');

  var ops = [], redoOps = [];
  var view = [], positionInView = new Int32Array(0);
  var page = 0, pageSize = parseInt(pageSizeSelect.value, 10);
  var cur = -1, pinned = null;
  var rowOf = new Map();
  var texts = null;  // lower-cased text per bead, built on the first search
  var STORE = 'kealign:' + D.key;

  function isHole(b) { return b.kc === 0 || b.ec === 0; }
  // A hole of markup debris or web boilerplate only: expected, not worth a reviewer's time.
  function isDebris(b) {
    if (!isHole(b)) return false;
    for (var i = b.k; i < b.k + b.kc; i++) if (!(koFlags[i] & (NOISE | BOILERPLATE))) return false;
    for (var j = b.e; j < b.e + b.ec; j++) if (!(enFlags[j] & (NOISE | BOILERPLATE))) return false;
    return true;
  }
  function isLow(b, t) { return !(b.f & EDITED) && !(b.s >= t); }
  function isFlagged(b, t) {
    return !(b.f & EDITED) && !isDebris(b) && (isHole(b) || !(b.s >= t));
  }
  function beadType(b) { return b.kc + '-' + b.ec; }
  function range(begin, count) {
    var out = [];
    for (var i = begin; i < begin + count; i++) out.push(i);
    return out;
  }
  function textOf(b) {
    var parts = [];
    for (var i = b.k; i < b.k + b.kc; i++) parts.push(KO[i]);
    for (var j = b.e; j < b.e + b.ec; j++) parts.push(EN[j]);
    return parts.join('\n').toLowerCase();
  }

  var toastTimer = 0;
  function toast(message) {
    status.textContent = message;
    status.classList.add('on');
    clearTimeout(toastTimer);
    toastTimer = setTimeout(function () { status.classList.remove('on'); }, 3500);
  }

  // ---- filtering and pages ----
  function computeView() {
    var t = parseFloat(threshold.value);
    var needle = search.value.trim().toLowerCase();
    if (needle && texts === null) texts = beads.map(textOf);
    var only = onlyFlagged.checked;
    view = [];
    for (var i = 0; i < beads.length; i++) {
      if (only && !isFlagged(beads[i], t)) continue;
      if (needle && texts[i].indexOf(needle) === -1) continue;
      view.push(i);
    }
    positionInView = new Int32Array(beads.length).fill(-1);
    for (var p = 0; p < view.length; p++) positionInView[view[p]] = p;
  }
  function pageCount() { return Math.max(1, Math.ceil(view.length / pageSize)); }

  function updateStats() {
    var t = parseFloat(threshold.value);
    var counts = new Map(), holes = 0, debris = 0, low = 0, sum = 0, scored = 0, edited = 0;
    for (var i = 0; i < beads.length; i++) {
      var b = beads[i], type = beadType(b);
      counts.set(type, (counts.get(type) || 0) + 1);
      if (isDebris(b)) debris++;
      else if (isHole(b)) holes++;
      if (isLow(b, t)) low++;
      if (b.f & EDITED) edited++;
      else if (Number.isFinite(b.s)) { sum += b.s; scored++; }
    }
    var types = Array.from(counts.entries()).sort(function (a, b) {
      var ha = /^0-|-0$/.test(a[0]), hb = /^0-|-0$/.test(b[0]);
      var pa = a[0].split('-').map(Number), pb = b[0].split('-').map(Number);
      return b[1] - a[1] || ha - hb || (pa[0] + pa[1]) - (pb[0] + pb[1]) || pb[0] - pa[0];
    });
    $('bead-count').textContent = beads.length;
    $('bead-types').textContent = types.length ? '(' + types.map(function (x) {
      return x[0] + ' \u00d7' + x[1];
    }).join(', ') + ')' : '';
    $('hole-count').textContent = holes;
    $('debris-count').textContent = debris;
    $('low-count').textContent = low;
    $('mean-score').textContent = scored ? (sum / scored).toFixed(4) : '\u2013';
    $('edit-count').textContent = ops.length ? ops.length + (ops.length === 1 ? ' edit' : ' edits') +
        ' (' + edited + ' beads changed)' : 'no edits';
    $('undo').disabled = ops.length === 0;
    $('redo').disabled = redoOps.length === 0;
    $('reset').disabled = ops.length === 0 && redoOps.length === 0;
  }

  // ---- rendering ----
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // One side of a bead: a block per sentence, linked words wrapped in `.w` spans.
  function sideCell(lang, sentences, flags, begin, count, marks) {
    var td = el('td', lang);
    if (count === 0) {
      td.className = lang + ' missing';
      return td;
    }
    td.lang = lang;
    for (var i = begin; i < begin + count; i++) {
      var kind = flags[i] & NOISE ? ' noise' : flags[i] & BOILERPLATE ? ' boilerplate' : '';
      var span = el('span', 's' + kind);
      span.setAttribute('data-id', i);
      if (kind) span.title = kind === ' noise' ? 'markup debris' : 'web boilerplate';
      var text = sentences[i], pos = 0, list = marks.get(i) || [];
      list.sort(function (a, b) { return a[0] - b[0]; });
      for (var m = 0; m < list.length; m++) {
        var start = list[m][0], end = list[m][1];
        if (start < pos || end <= start || end > text.length) continue;
        if (start > pos) span.appendChild(document.createTextNode(text.slice(pos, start)));
        var word = el('span', 'w', text.slice(start, end));
        word.setAttribute('data-l', list[m][2]);
        span.appendChild(word);
        pos = end;
      }
      if (pos < text.length) span.appendChild(document.createTextNode(text.slice(pos)));
      td.appendChild(span);
    }
    return td;
  }

  function renderRow(i, t) {
    var b = beads[i];
    var classes = ['b'];
    if (isHole(b)) classes.push('hole');
    if (isDebris(b)) classes.push('debris');
    if (isLow(b, t)) classes.push('low');
    if (b.f & EDITED) classes.push('edited');
    if (b.f & WRONG) classes.push('wrong');
    if (i > 0 && ((b.kc > 0 && koFlags[b.k] & PARAGRAPH) || (b.ec > 0 && enFlags[b.e] & PARAGRAPH))) {
      classes.push('para');
    }
    if (i === cur) classes.push('current');
    var tr = el('tr', classes.join(' '));
    tr.id = 'b' + i;
    tr.setAttribute('data-i', i);
    var n = el('td', 'n'), a = el('a', '', String(i));
    a.href = '#b' + i;
    n.appendChild(a);
    tr.appendChild(n);
    // The links whose two sentences this bead holds, numbered within the row.
    var koMarks = new Map(), enMarks = new Map(), id = 0;
    for (var s = b.k; s < b.k + b.kc; s++) {
      var list = linksOf[s];
      if (!list) continue;
      for (var x = 0; x < list.length; x++) {
        var o = list[x], es = L[o + 3];
        if (es < b.e || es >= b.e + b.ec) continue;
        (koMarks.get(s) || koMarks.set(s, []).get(s)).push([L[o + 1], L[o + 2], id]);
        (enMarks.get(es) || enMarks.set(es, []).get(es)).push([L[o + 4], L[o + 5], id]);
        id++;
      }
    }
    tr.appendChild(sideCell('ko', KO, koFlags, b.k, b.kc, koMarks));
    tr.appendChild(sideCell('en', EN, enFlags, b.e, b.ec, enMarks));
    tr.appendChild(el('td', 't', beadType(b)));
    var sc = el('td', 'sc');
    if (b.f & EDITED) {
      var tag = el('span', 'tag edited', b.f & WRONG ? 'unpaired' : 'edited');
      tag.title = 'Changed by you: kealign apply scores it';
      sc.appendChild(tag);
    } else {
      var bar = el('span', 'bar'), fill = el('i');
      fill.style.width = (Number.isFinite(b.s) ? Math.round(Math.min(1, Math.max(0, b.s)) * 100) : 0) + '%';
      bar.appendChild(fill);
      sc.appendChild(bar);
      sc.appendChild(document.createTextNode(Number.isFinite(b.s) ? b.s.toFixed(4) : 'nan'));
    }
    tr.appendChild(sc);
    return tr;
  }

  function render() {
    var t = parseFloat(threshold.value);
    thresholdValue.textContent = t.toFixed(2);
    page = Math.min(page, pageCount() - 1);
    var fragment = document.createDocumentFragment();
    rowOf = new Map();
    pinned = null;
    var from = page * pageSize, to = Math.min(view.length, from + pageSize);
    for (var p = from; p < to; p++) {
      var row = renderRow(view[p], t);
      rowOf.set(view[p], row);
      fragment.appendChild(row);
    }
    if (view.length === 0) {
      var empty = el('tr'), cell = el('td', 'empty',
          beads.length === 0 ? 'No beads: both documents are empty.' : 'No bead matches the filters.');
      cell.colSpan = 5;
      empty.appendChild(cell);
      fragment.appendChild(empty);
    }
    tbody.replaceChildren(fragment);
    var pages = pageCount();
    shown.textContent = (view.length === beads.length ? beads.length + ' beads'
        : view.length + ' of ' + beads.length + ' beads shown') +
        (pages > 1 ? ' \u00b7 ' + (from + 1) + '\u2013' + to : '');
    document.querySelectorAll('.pager').forEach(function (pager) {
      pager.hidden = pages <= 1;
      pager.querySelector('.page-of').textContent = 'Page ' + (page + 1) + ' of ' + pages;
      pager.querySelector('.prev').disabled = page === 0;
      pager.querySelector('.next').disabled = page >= pages - 1;
    });
    updateStats();
    updateActions();
  }

  function refresh() {
    computeView();
    render();
  }

  function goToPage(p, top) {
    page = Math.max(0, Math.min(p, pageCount() - 1));
    render();
    if (top) tbody.parentNode.scrollIntoView({block: 'start'});
  }

  // ---- selection ----
  function select(i, scroll) {
    if (cur >= 0 && rowOf.has(cur)) rowOf.get(cur).classList.remove('current');
    cur = i >= 0 && i < beads.length ? i : -1;
    if (cur >= 0) {
      var p = positionInView[cur];
      if (p >= 0 && Math.floor(p / pageSize) !== page) {
        page = Math.floor(p / pageSize);
        render();
      }
      var row = rowOf.get(cur);
      if (row) {
        row.classList.add('current');
        if (scroll) row.scrollIntoView({block: 'center'});
      }
    }
    updateActions();
    // The edit bar covers the bottom of the screen (a third of a phone's): a bead tapped there
    // would be edited unseen, so bring it above the bar.
    if (cur >= 0 && rowOf.has(cur)) {
      var r = rowOf.get(cur).getBoundingClientRect(), barTop = actions.getBoundingClientRect().top;
      if (r.bottom > barTop - 8) window.scrollBy(0, Math.min(r.bottom - barTop + 8, r.top - 8));
    }
  }

  function updateActions() {
    var b = cur >= 0 ? beads[cur] : null;
    actions.hidden = !b;
    document.body.classList.toggle('editing', !!b);
    if (!b) return;
    $('action-what').textContent = 'Bead ' + cur + ' \u00b7 ' + beadType(b);
    $('act-wrong').disabled = isHole(b);
    $('act-join-prev').disabled = cur === 0;
    $('act-join-next').disabled = cur >= beads.length - 1;
    $('act-split').disabled = b.kc + b.ec < 2 || (b.kc === 1 && b.ec === 1);
    $('act-ko-prev').disabled = b.kc === 0 || cur === 0;
    $('act-ko-next').disabled = b.kc === 0 || cur >= beads.length - 1;
    $('act-en-prev').disabled = b.ec === 0 || cur === 0;
    $('act-en-next').disabled = b.ec === 0 || cur >= beads.length - 1;
  }

  function step(direction, flaggedOnly) {
    var t = parseFloat(threshold.value);
    var p = cur >= 0 && positionInView[cur] >= 0 ? positionInView[cur]
        : direction > 0 ? page * pageSize - 1 : Math.min(view.length, (page + 1) * pageSize);
    for (p += direction; p >= 0 && p < view.length; p += direction) {
      if (!flaggedOnly || isFlagged(beads[view[p]], t)) {
        select(view[p], true);
        return;
      }
    }
    toast(flaggedOnly ? 'No more marked beads that way' : 'No more beads that way');
  }

  // ---- edits ----
  function save() {
    try {
      if (ops.length || redoOps.length) {
        localStorage.setItem(STORE, JSON.stringify({v: 1, name: D.name, ops: ops, redo: redoOps}));
      } else {
        localStorage.removeItem(STORE);
      }
    } catch (err) {
      toast('Edits could not be saved in this browser: ' + err.message);
    }
  }

  function fits(at, list) {
    if (at < 0 || at + list.length > beads.length) return false;
    for (var i = 0; i < list.length; i++) if (!sameBead(beads[at + i], list[i])) return false;
    return true;
  }
  function splice(at, removeCount, insert) {
    var args = [at, removeCount].concat(insert.map(fromTuple));
    Array.prototype.splice.apply(beads, args);
    texts = null;
  }

  // Replaces `count` beads at `at` by `insert` (bead objects), selecting bead `at + focus`.
  function edit(at, count, insert, focus) {
    var op = {at: at, del: beads.slice(at, at + count).map(toTuple), ins: insert.map(toTuple)};
    splice(at, count, op.ins);
    ops.push(op);
    redoOps = [];
    save();
    finishEdit(at + focus);
  }
  function finishEdit(focusBead) {
    computeView();
    cur = -1;
    var p = positionInView[focusBead];
    if (p >= 0) page = Math.floor(p / pageSize);
    render();
    select(focusBead, true);
  }

  function undo() {
    var op = ops.pop();
    if (!op) { toast('Nothing to undo'); return; }
    splice(op.at, op.ins.length, op.del);
    redoOps.push(op);
    save();
    finishEdit(op.at);
    toast('Undone');
  }
  function redo() {
    var op = redoOps.pop();
    if (!op) { toast('Nothing to redo'); return; }
    if (!fits(op.at, op.del)) {
      redoOps = [];
      save();
      toast('That edit no longer fits');
      return;
    }
    splice(op.at, op.del.length, op.ins);
    ops.push(op);
    save();
    finishEdit(op.at);
    toast('Redone');
  }
  function resetEdits() {
    if (!ops.length && !redoOps.length) return;
    if (!window.confirm('Discard all ' + ops.length + ' edits of this document?')) return;
    while (ops.length) {
      var op = ops.pop();
      splice(op.at, op.ins.length, op.del);
    }
    redoOps = [];
    save();
    finishEdit(Math.min(cur, beads.length - 1));
    toast('All edits discarded');
  }

  function needBead() {
    if (cur < 0) { toast('Select a bead first: click it, or press j / n'); return null; }
    return beads[cur];
  }
  function bead(k, kc, e, ec, f) { return {k: k, kc: kc, e: e, ec: ec, s: null, f: EDITED | (f || 0)}; }

  // Not a pair: each sentence becomes a hole of its own.
  function markWrong() {
    var b = needBead();
    if (!b) return;
    if (isHole(b)) { toast('Bead ' + cur + ' is not a pair'); return; }
    var out = [];
    for (var i = 0; i < b.kc; i++) out.push(bead(b.k + i, 1, b.e, 0, WRONG));
    for (var j = 0; j < b.ec; j++) out.push(bead(b.k + b.kc, 0, b.e + j, 1, WRONG));
    edit(cur, 1, out, 0);
  }
  function join(direction) {
    var b = needBead();
    if (!b) return;
    var other = cur + direction;
    if (other < 0 || other >= beads.length) { toast('No bead to join with'); return; }
    var first = beads[Math.min(cur, other)], second = beads[Math.max(cur, other)];
    edit(Math.min(cur, other), 2, [bead(first.k, first.kc + second.kc, first.e, first.ec + second.ec)], 0);
  }
  // Pairs the sentences in order (1-1, 1-1, …) and leaves the rest as holes.
  function split() {
    var b = needBead();
    if (!b) return;
    if (b.kc + b.ec < 2 || (b.kc === 1 && b.ec === 1)) { toast('Bead ' + cur + ' has nothing to split'); return; }
    var out = [], pairs = Math.min(b.kc, b.ec);
    for (var i = 0; i < pairs; i++) out.push(bead(b.k + i, 1, b.e + i, 1));
    for (var k = pairs; k < b.kc; k++) out.push(bead(b.k + k, 1, b.e + pairs, 0));
    for (var e = pairs; e < b.ec; e++) out.push(bead(b.k + b.kc, 0, b.e + e, 1));
    edit(cur, 1, out, 0);
  }
  // Moves the first sentence of one side to the previous bead, or the last to the next one.
  function move(side, direction) {
    var b = needBead();
    if (!b) return;
    var count = side === 'ko' ? b.kc : b.ec;
    var name = side === 'ko' ? 'Korean' : 'English';
    if (count === 0) { toast('Bead ' + cur + ' has no ' + name + ' sentence'); return; }
    var otherIndex = cur + direction;
    if (otherIndex < 0 || otherIndex >= beads.length) { toast('No bead to move it to'); return; }
    var other = beads[otherIndex];
    var moved = bead(b.k, b.kc, b.e, b.ec), target = bead(other.k, other.kc, other.e, other.ec);
    if (side === 'ko') {
      moved.kc--;
      target.kc++;
      if (direction < 0) moved.k++; else target.k--;
    } else {
      moved.ec--;
      target.ec++;
      if (direction < 0) moved.e++; else target.e--;
    }
    var pair = direction < 0 ? [target, moved] : [moved, target];
    var keep = pair.filter(function (x) { return x.kc + x.ec > 0; });
    var at = Math.min(cur, otherIndex);
    // Focus the bead that lost the sentence, or where the sentence went if it emptied.
    var focus = moved.kc + moved.ec > 0 ? keep.indexOf(moved) : keep.indexOf(target);
    edit(at, 2, keep, focus);
  }

  function exportLadder() {
    var lines = beads.map(function (b) {
      return '[' + range(b.k, b.kc).join(', ') + ']:[' + range(b.e, b.ec).join(', ') + ']';
    });
    var blob = new Blob([lines.join('\n') + (lines.length ? '\n' : '')], {type: 'text/plain'});
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = D.file;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
    toast('Saved ' + D.file + ' \u2014 turn it into corpora with kealign apply');
  }

  function toggleHelp(show) {
    help.hidden = show === undefined ? !help.hidden : !show;
    if (!help.hidden) help.focus();
  }

  // ---- word links: hover or tap a word to see its counterparts ----
  function highlight(word, on) {
    var row = word.closest('tr');
    if (!row) return;
    row.querySelectorAll('.w[data-l="' + word.getAttribute('data-l') + '"]').forEach(function (w) {
      w.classList.toggle('hl', on);
    });
  }
  tbody.addEventListener('mouseover', function (e) {
    var w = e.target.closest && e.target.closest('.w');
    if (w) highlight(w, true);
  });
  tbody.addEventListener('mouseout', function (e) {
    var w = e.target.closest && e.target.closest('.w');
    if (w && w !== pinned) highlight(w, false);
  });
  // A tap pins a word's highlight (touch screens have no hover) until the next tap.
  document.addEventListener('click', function (e) {
    var w = e.target.closest && e.target.closest('#beads .w');
    if (pinned && pinned !== w) highlight(pinned, false);
    pinned = w && pinned !== w ? w : null;
    if (w) highlight(w, pinned === w);
  });
  tbody.addEventListener('click', function (e) {
    var row = e.target.closest('tr.b');
    if (row && !e.target.closest('a')) select(parseInt(row.getAttribute('data-i'), 10), false);
  });

  // ---- controls ----
  var searchTimer = 0;
  threshold.addEventListener('input', function () {
    if (onlyFlagged.checked) computeView();
    render();
  });
  onlyFlagged.addEventListener('change', function () { page = 0; refresh(); });
  // On long documents a search waits for a pause in typing: each one scans every bead.
  search.addEventListener('input', function () {
    clearTimeout(searchTimer);
    if (beads.length <= 5000) {
      page = 0;
      refresh();
    } else {
      searchTimer = setTimeout(function () { page = 0; refresh(); }, 200);
    }
  });
  pageSizeSelect.addEventListener('change', function () {
    var first = view[page * pageSize];
    pageSize = parseInt(pageSizeSelect.value, 10);
    page = first === undefined ? 0 : Math.floor(positionInView[first] / pageSize);
    render();
  });
  document.querySelectorAll('.pager .prev').forEach(function (b) {
    b.addEventListener('click', function () { goToPage(page - 1, true); });
  });
  document.querySelectorAll('.pager .next').forEach(function (b) {
    b.addEventListener('click', function () { goToPage(page + 1, true); });
  });
  var buttons = {
    'undo': undo, 'redo': redo, 'reset': resetEdits, 'export': exportLadder,
    'help-button': function () { toggleHelp(); }, 'help-close': function () { toggleHelp(false); },
    'act-wrong': markWrong, 'act-join-prev': function () { join(-1); },
    'act-join-next': function () { join(1); }, 'act-split': split,
    'act-ko-prev': function () { move('ko', -1); }, 'act-ko-next': function () { move('ko', 1); },
    'act-en-prev': function () { move('en', -1); }, 'act-en-next': function () { move('en', 1); },
    'act-undo': undo, 'act-close': function () { select(-1); }
  };
  Object.keys(buttons).forEach(function (id) { $(id).addEventListener('click', buttons[id]); });

  var keys = {
    'j': function () { step(1, true); }, 'k': function () { step(-1, true); },
    'n': function () { step(1, false); }, 'p': function () { step(-1, false); },
    'x': markWrong, 'J': function () { join(1); }, 'K': function () { join(-1); }, 's': split,
    '[': function () { move('ko', -1); }, ']': function () { move('ko', 1); },
    '{': function () { move('en', -1); }, '}': function () { move('en', 1); },
    'u': undo, 'U': redo, 'e': exportLadder, '?': function () { toggleHelp(); },
    ',': function () { goToPage(page - 1, true); }, '.': function () { goToPage(page + 1, true); },
    '/': function () { search.focus(); search.select(); }
  };
  document.addEventListener('keydown', function (e) {
    var tag = e.target && e.target.tagName;
    var typing = tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
    if (e.key === 'Escape') {
      if (typing) e.target.blur();
      else if (!help.hidden) toggleHelp(false);
      else select(-1);
      return;
    }
    if (typing) return;
    if ((e.ctrlKey || e.metaKey) && !e.altKey) {
      var lower = e.key.toLowerCase();
      if (lower === 'z') { if (e.shiftKey) redo(); else undo(); e.preventDefault(); }
      else if (lower === 'y') { redo(); e.preventDefault(); }
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var action = keys[e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  });
  window.addEventListener('hashchange', function () {
    var m = /^#b(\d+)$/.exec(location.hash);
    if (m) select(parseInt(m[1], 10), true);
  });

  // ---- start: replay the stored edits, then show the first page ----
  (function () {
    var stored = null;
    try { stored = JSON.parse(localStorage.getItem(STORE) || 'null'); } catch (err) { stored = null; }
    if (!stored || stored.v !== 1 || !Array.isArray(stored.ops)) return;
    for (var i = 0; i < stored.ops.length; i++) {
      var op = stored.ops[i];
      if (!op || !fits(op.at, op.del)) {
        toast('Saved edits from ' + (stored.ops.length - i) + ' steps on no longer fit this page and were dropped');
        break;
      }
      splice(op.at, op.del.length, op.ins);
      ops.push(op);
    }
    redoOps = Array.isArray(stored.redo) && ops.length === stored.ops.length ? stored.redo : [];
  })();
  computeView();
  var target = /^#b(\d+)$/.exec(location.hash);
  if (target && parseInt(target[1], 10) < beads.length) {
    var at = positionInView[parseInt(target[1], 10)];
    if (at >= 0) page = Math.floor(at / pageSize);
    render();
    select(parseInt(target[1], 10), true);
  } else {
    render();
  }
  if (ops.length) toast(ops.length + (ops.length === 1 ? ' edit' : ' edits') + ' restored from this browser');
  document.body.setAttribute('data-ready', '1');
})();
)js";

}  // namespace kealign::io::detail
