/* sohoa review: the browser side. Plain JavaScript, no build step.
 * Every string from the catalogue (OCR text, file names, metadata) is put
 * in the page with textContent or as an attribute value, never as markup. */
'use strict';

const LOW = 60, MID = 85;          /* confidence bands (NAME.json's low = below 60) */
const state = { token: '', user: '', batch: null, sort: { key: 'document', dir: 1 }, page: null };

/* ---- small helpers ---- */
function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const k of kids) if (k !== null && k !== undefined) e.append(k);
  return e;
}
function say(msg, error) {
  const s = document.getElementById('status');
  s.textContent = msg || '';
  s.className = error ? 'error' : '';
}
async function api(path, opts) {
  const o = Object.assign({ headers: {} }, opts || {});
  o.headers['X-Sohoa-Token'] = state.token;
  const r = await fetch(path, o);
  if (!r.ok) {
    let msg = r.status + ' ' + r.statusText;
    try { msg = (await r.json()).error || msg; } catch (e) { /* not JSON */ }
    const err = new Error(msg);
    err.status = r.status;
    throw err;
  }
  return r;
}
async function getJSON(path) { return (await api(path)).json(); }
async function post(path, fields) {
  const body = new URLSearchParams(fields).toString();
  return (await api(path, { method: 'POST', body,
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' } })).json();
}
function band(conf) { return conf < LOW ? 'c-lo' : conf < MID ? 'c-mid' : 'c-hi'; }
function fmt(v) { return v === null || v === undefined ? '' : String(v); }

/* ---- the batch ---- */
const COLS = [
  ['document', 'Document'], ['status', 'Status'], ['pages', 'Pages'], ['reviewed', 'Reviewed'],
  ['mean_conf', 'Mean conf.'], ['doubtful', 'Doubtful words'], ['type', 'Type'],
  ['number', 'Number'], ['date', 'Date'], ['issuer', 'Issuer'],
];
function docMatches(d, filter, status) {
  if (status === 'failed' && d.status !== 'failed') return false;
  if (status === 'todo' && d.reviewed >= d.pages) return false;
  if (status === 'reviewed' && !(d.pages > 0 && d.reviewed >= d.pages)) return false;
  if (!filter) return true;
  const f = filter.toLowerCase();
  return COLS.some(([k]) => fmt(d[k]).toLowerCase().includes(f));
}
function sortDocs(docs) {
  const { key, dir } = state.sort;
  return docs.slice().sort((a, b) => {
    const x = a[key], y = b[key];
    if (x === y) return 0;
    if (x === null || x === undefined) return 1;
    if (y === null || y === undefined) return -1;
    return (typeof x === 'number' ? x - y : String(x).localeCompare(String(y), 'vi')) * dir;
  });
}
function batchTable(tbody, filter, status) {
  tbody.replaceChildren();
  for (const d of sortDocs(state.batch.documents)) {
    if (!docMatches(d, filter, status)) continue;
    const all = d.pages > 0 && d.reviewed >= d.pages;
    const tr = el('tr', { class: (d.status === 'failed' ? 'failed ' : '') + (all ? 'done-review' : '') });
    tr.append(el('td', {}, el('a', { href: '#/doc/' + d.id, text: d.document })));
    tr.append(el('td', {}, el('span', { class: 'badge ' + (d.status === 'done' ? 'ok' : d.status === 'failed' ? 'bad' : 'no'),
      text: d.status, title: fmt(d.error) })));
    tr.append(el('td', { class: 'num', text: fmt(d.pages) }));
    tr.append(el('td', {}, el('span', { class: 'badge ' + (all ? 'ok' : 'no'), text: d.reviewed + ' / ' + d.pages })));
    tr.append(el('td', { class: 'num', text: fmt(d.mean_conf) }));
    tr.append(el('td', { class: 'num', text: fmt(d.doubtful) }));
    for (const k of ['type', 'number', 'date', 'issuer']) tr.append(el('td', { text: fmt(d[k]) }));
    tbody.append(tr);
  }
}
async function showBatch() {
  document.getElementById('where').textContent = '';
  state.batch = await getJSON('/api/batch');
  const main = document.getElementById('main');
  const filter = el('input', { type: 'search', placeholder: 'Filter', 'aria-label': 'Filter' });
  const status = el('select', { 'aria-label': 'Show' },
    el('option', { value: 'all', text: 'all documents' }), el('option', { value: 'todo', text: 'not reviewed' }),
    el('option', { value: 'reviewed', text: 'reviewed' }), el('option', { value: 'failed', text: 'failed' }));
  const tbody = el('tbody');
  const head = el('tr');
  const redraw = () => batchTable(tbody, filter.value, status.value);
  for (const [k, label] of COLS) {
    const th = el('th', { text: label, 'data-key': k });
    if (state.sort.key === k) th.className = state.sort.dir > 0 ? 'sorted-asc' : 'sorted-desc';
    th.addEventListener('click', () => {
      state.sort = { key: k, dir: state.sort.key === k ? -state.sort.dir : 1 };
      for (const h of head.children) h.className = '';
      th.className = state.sort.dir > 0 ? 'sorted-asc' : 'sorted-desc';
      redraw();
    });
    head.append(th);
  }
  filter.addEventListener('input', redraw);
  status.addEventListener('change', redraw);
  main.replaceChildren(
    el('div', { class: 'controls' }, filter, status,
      el('span', { class: 'help', text: state.batch.documents.length + ' documents in ' + state.batch.outdir })),
    el('table', { id: 'batch' }, el('thead', {}, head), tbody));
  redraw();
}

/* ---- search ---- */
function snippet(s) {
  /* Matches come between U+0001 and U+0002: marked with <mark> elements. */
  const out = el('span');
  let on = false;
  for (const part of s.split(/([\u0001\u0002])/)) {
    if (part === '\u0001') on = true;
    else if (part === '\u0002') on = false;
    else if (part) out.append(on ? el('mark', { text: part }) : document.createTextNode(part));
  }
  return out;
}
async function showSearch(q) {
  document.getElementById('where').textContent = 'search';
  const res = await getJSON('/api/search?q=' + encodeURIComponent(q));
  const list = el('ol', { class: 'hits' });
  for (const h of res.hits)
    list.append(el('li', {}, el('a', { href: '#/doc/' + h.input_id + '/page/' + h.page,
      text: h.document + ' p. ' + h.page }), ': ', snippet(h.snippet)));
  document.getElementById('main').replaceChildren(
    el('h2', { text: res.hits.length + ' pages for “' + res.query + '”' }), list);
}

/* ---- a document ---- */
/* A link to where a row was found: its page, and its words there when it
 * has offsets. Segmentation counts pages as the document's text does (the
 * n-th page written) and offsets in that text; pages[] has where each
 * page's text starts. */
function whereLink(id, pages, page, start, end) {
  const p = pages[page - 1];
  if (!p) return el('span', { text: page ? 'p. ' + page : '' });
  const span = start !== undefined && start !== null && end > start
    ? '/span/' + (start - p.doc_start) + '-' + (end - p.doc_start) : '';
  return el('a', { href: '#/doc/' + id + '/page/' + p.page + span, text: 'p. ' + p.page });
}
function rowsTable(rows, cols, id, pages, where) {
  const t = el('table', {}, el('thead', {}, el('tr', {}, ...cols.map(([, l]) => el('th', { text: l })))));
  const tb = el('tbody');
  for (const r of rows) {
    const tr = el('tr');
    for (const [k] of cols) {
      if (k === 'page') {
        const [page, start, end] = where(r);
        tr.append(el('td', {}, whereLink(id, pages, page, start, end)));
      }
      else tr.append(el('td', { text: fmt(r[k]) }));
    }
    tb.append(tr);
  }
  t.append(tb);
  return t;
}
/* The metadata as the segmentation found it, each field editable in place
 * (Enter saves, Esc cancels); a field a person set is marked. */
const META = [['doc_type', 'Type'], ['number', 'Number'], ['date', 'Date (YYYY-MM-DD)'], ['issuer', 'Issuer'],
  ['issuer_full', 'Issuer in full'], ['title', 'Title'], ['place', 'Place'], ['signer', 'Signer'],
  ['signer_title', "Signer's title"]];
function metadataList(id, d) {
  const meta = el('dl', { class: 'meta', id: 'metadata' });
  const m = (d.document.segment_json && d.document.segment_json.metadata) || {};
  const fixed = new Set(d.corrections.filter(c => c.kind === 'metadata').map(c => c.field));
  for (const [k, label] of META) {
    const value = fmt(m[k]);
    const dd = el('dd', { id: 'meta-' + k, class: fixed.has(k) ? 'corrected' : '' });
    const show = () => dd.replaceChildren(el('span', { text: value || '—' }), ' ',
      el('button', { type: 'button', class: 'edit', text: 'edit', onclick: edit }));
    function edit() {
      const input = el('input', { type: 'text', 'aria-label': label, size: Math.max(20, value.length + 2) });
      input.value = value;
      input.addEventListener('keydown', async (ev) => {
        if (ev.key === 'Escape') { show(); return; }
        if (ev.key !== 'Enter') return;
        ev.preventDefault();
        try {
          await post('/api/metadata', { id, field: k, old: value, new: input.value.trim() });
          say('saved; NAME.json written again');
          await showDoc(id);
        } catch (e) { say('not saved: ' + e.message, true); }
      });
      dd.replaceChildren(input);
      input.focus();
    }
    show();
    meta.append(el('dt', { text: label }), dd);
  }
  return meta;
}
async function showDoc(id) {
  const d = await getJSON('/api/doc?id=' + encodeURIComponent(id));
  document.getElementById('where').textContent = d.document.document;
  const pages = el('table', {}, el('thead', {}, el('tr', {}, ...['Page', 'Status', 'Source', 'Mean conf.',
    'Words', 'Doubtful', 'Reviewed'].map(l => el('th', { text: l })))));
  const tb = el('tbody');
  for (const p of d.pages)
    tb.append(el('tr', {}, el('td', {}, el('a', { href: '#/doc/' + id + '/page/' + p.page, text: 'page ' + p.page })),
      el('td', { text: p.status }), el('td', { text: p.source }), el('td', { class: 'num', text: fmt(p.mean_conf) }),
      el('td', { class: 'num', text: fmt(p.words) }), el('td', { class: 'num', text: fmt(p.doubtful) }),
      el('td', { text: p.reviewed ? p.reviewed + ' ' + fmt(p.reviewed_by) : '' })));
  pages.append(tb);
  const meta = metadataList(id, d);
  document.getElementById('main').replaceChildren(
    el('h2', { text: d.document.document }),
    el('p', { text: 'Status ' + d.document.status + (d.document.error ? ': ' + d.document.error : '') }),
    pages, el('h3', { text: 'Metadata' }), meta,
    el('h3', { text: 'Targets (' + d.targets.length + ')' }),
    rowsTable(d.targets, [['target_id', 'Id'], ['area', 'Area'], ['text', 'Text'], ['deadline', 'Deadline'], ['page', 'Page']],
      id, d.pages, r => [r.page, r.start, r.end]),
    el('h3', { text: 'Agencies (' + d.agencies.length + ')' }),
    rowsTable(d.agencies, [['name', 'Agency'], ['successor', 'Successor'], ['as_written', 'As written'], ['role', 'Role'],
      ['tasks', 'Tasks'], ['page', 'Page']], id, d.pages, r => {
      /* An agency is shown where its first task is. */
      const seg = d.document.segment_json, a = seg && seg.agencies && seg.agencies[r.seq];
      const t = a && a.tasks && a.tasks[0];
      return t ? [t.page, t.start, t.end] : [r.page, null, null];
    }));
}

/* ---- a page ---- */
function wordInfo(rec) {
  /* What each word went through: vnfix/restore repairs and corrections. */
  const info = rec.words.map(() => ({ stages: [] }));
  for (const r of rec.repairs || [])
    if (r.word !== null && r.word >= 0 && r.word < info.length) info[r.word].stages.push(r);
  return info;
}
function selectWord(i, scroll) {
  const P = state.page;
  for (const e of document.querySelectorAll('.sel')) e.classList.remove('sel');
  P.sel = i;
  if (i < 0) return;
  const span = document.getElementById('w' + i), box = document.getElementById('b' + i);
  if (span) span.classList.add('sel');
  if (box) box.classList.add('sel');
  if (scroll) {
    if (span) span.scrollIntoView({ block: 'nearest' });
    if (box) box.scrollIntoView({ block: 'center', inline: 'center' });
  }
  const w = P.rec.words[i], inf = P.info[i];
  let msg = 'word ' + i + ': “' + w.text + '” confidence ' + w.conf;
  if (w.raw) msg += ', OCR read “' + w.raw + '”';
  for (const s of inf.stages) msg += '; ' + s.stage + ': ' + s.from + ' → ' + s.to;
  say(msg);
}
function wordTitle(w, inf) {
  let t = 'confidence ' + w.conf;
  if (w.raw) t += '\nOCR read: ' + w.raw;
  for (const s of inf.stages) t += '\n' + s.stage + ': ' + s.from + ' → ' + s.to;
  return t;
}
function drawBoxes(canvas, rec, info) {
  const W = rec.width || 1, H = rec.height || 1;
  const pct = (v, of) => (100 * v / of) + '%';
  const place = (e, b) => { e.style.left = pct(b[0], W); e.style.top = pct(b[1], H);
    e.style.width = pct(b[2] - b[0], W); e.style.height = pct(b[3] - b[1], H); };
  for (const s of rec.stamps || []) {
    const e = el('div', { class: 'box stamparea', title: 'stamp (' + s.kind + '): ' + s.text });
    place(e, s.box);
    canvas.append(e);
  }
  rec.words.forEach((w, i) => {
    const cls = 'box ' + (w.role === 'stamp' ? 'stamp' : w.role === 'noise' ? 'noise' : band(w.conf));
    const e = el('div', { class: cls, id: 'b' + i, title: w.text + '\n' + wordTitle(w, info[i]) });
    place(e, w.box);
    e.addEventListener('click', () => selectWord(i, true));
    canvas.append(e);
  });
}
function wordSpan(rec, info, i) {
  const w = rec.words[i], inf = info[i];
  let cls = 'w ' + band(w.conf);
  if (inf.stages.some(s => s.stage === 'review')) cls += ' corrected';
  else if (w.raw || inf.stages.length) cls += ' fixed';
  const s = el('span', { class: cls, id: 'w' + i, title: wordTitle(w, inf), text: w.text });
  s.addEventListener('click', () => selectWord(i, true));
  s.addEventListener('dblclick', () => editWord(i, false));
  return s;
}
function drawText(box, rec, info) {
  /* Reading order: the words in record order, lines by (block, line),
   * paragraphs by (block, para); stamps and rules after the text. */
  box.replaceChildren();
  const groups = [['text', null], ['stamp', 'Stamp (not in the text)'], ['noise', 'Rules and marks (not in the text)']];
  for (const [role, title] of groups) {
    const idx = rec.words.map((w, i) => i).filter(i => (rec.words[i].role || 'text') === role);
    if (!idx.length) continue;
    if (title) box.append(el('div', { class: 'section-title', text: title }));
    let p = null, line = null, prev = null;
    for (const i of idx) {
      const w = rec.words[i];
      if (!prev || prev.block !== w.block || prev.para !== w.para) { p = el('p'); box.append(p); line = null; }
      if (!line || prev.line !== w.line) { line = el('span', { class: 'line' }); p.append(line); }
      else line.append(' ');
      line.append(wordSpan(rec, info, i));
      prev = w;
    }
  }
  if (!rec.words.length) box.append(el('pre', { text: state.page.text || '' }));
}

function lineOf(rec, i) {
  const w = rec.words[i];
  return rec.words.map((v, k) => k).filter(k => rec.words[k].block === w.block &&
    rec.words[k].line === w.line && (rec.words[k].role || 'text') === (w.role || 'text'));
}
/* Spellings worth offering for a word: what OCR read, and the word with
 * one symbol swapped for one of Tesseract's other candidates (the marks
 * OCR hesitated on: ê/ế/ề...). */
function suggestions(w) {
  const out = new Set();
  if (w.raw) out.add(w.raw);
  const syms = w.symbols || [];
  syms.forEach((sy, k) => {
    for (const [alt] of sy.alt || []) {
      if (!alt || alt === sy.s) continue;
      out.add(syms.map((o, j) => (j === k ? alt : o.s)).join(''));
    }
  });
  out.delete(w.text);
  return [...out].slice(0, 12);
}
/* Edit a word (or its whole line) in place; Enter saves, Escape cancels. */
function editWord(i, wholeLine) {
  const P = state.page, rec = P.rec;
  const idx = wholeLine ? lineOf(rec, i) : [i];
  const old = idx.map(k => rec.words[k].text).join(' ');
  const first = document.getElementById('w' + idx[0]);
  if (!first) return;
  const input = el('input', { type: 'text', id: 'editor', 'aria-label': wholeLine ? 'Line' : 'Word' });
  input.value = old;
  input.size = Math.max(4, old.length + 2);
  const sugg = wholeLine ? [] : suggestions(rec.words[i]);
  if (sugg.length) {
    const list = el('datalist', { id: 'suggestions' }, ...sugg.map(v => el('option', { value: v })));
    input.setAttribute('list', 'suggestions');
    first.after(list);
  }
  for (const k of idx.slice(1)) { const s = document.getElementById('w' + k); if (s) s.hidden = true; }
  first.replaceChildren(input);
  input.focus();
  input.select();
  let done = false;
  const finish = async (save) => {
    if (done) return;
    done = true;
    if (!save) { renderPage(); return; }
    try {
      say('saving…');
      const res = await post('/api/correct', { id: P.id, page: P.page, word: idx[0],
        line: wholeLine ? 1 : 0, old, new: input.value });
      loadPage(res, P.id, P.page);
      selectWord(idx[0], false);
      say('saved; NAME.txt, NAME.json, PDF, ALTO, hOCR and the index written again');
    } catch (e) {
      say('not saved: ' + e.message, true);
      if (e.status === 409) await showPage(P.id, P.page); else renderPage();
    }
  };
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter') { ev.preventDefault(); finish(true); }
    else if (ev.key === 'Escape') { ev.preventDefault(); finish(false); }
    ev.stopPropagation();
  });
  input.addEventListener('blur', () => finish(false));
}
function nextDoubtful(dir) {
  const P = state.page, ws = P.rec.words;
  const n = ws.length;
  for (let k = 1; k <= n; k++) {
    const i = ((P.sel < 0 ? (dir > 0 ? -1 : 0) : P.sel) + dir * k + n * 2) % n;
    if (ws[i].conf < LOW && (ws[i].role || 'text') === 'text') { selectWord(i, true); return; }
  }
  say('no doubtful word on this page');
}
async function loadImage(P, full) {
  const r = await api('/api/image?id=' + P.id + '&page=' + P.page + '&full=' + (full ? 1 : 0));
  const url = URL.createObjectURL(await r.blob());
  if (P.imgURL) URL.revokeObjectURL(P.imgURL);
  P.imgURL = url;
  P.full = full;
  const img = document.getElementById('scan-img');
  if (img) img.src = url;
}
function loadPage(res, id, page) {
  const row = res.page;
  const prev = state.page && state.page.id === id && state.page.page === page ? state.page : null;
  state.page = { id, page, rec: row.record_json, text: row.text, reviewed: row.reviewed,
    reviewed_by: row.reviewed_by, corrections: res.corrections, sel: -1, pages: res.pages.map(p => p.page),
    imgURL: prev ? prev.imgURL : null, full: prev ? prev.full : false, zoom: prev ? prev.zoom : false };
  state.page.info = wordInfo(state.page.rec);
  renderPage();
}
function renderPage() {
  const P = state.page, rec = P.rec;
  const canvas = el('div', { class: 'canvas' }, el('img', { id: 'scan-img', alt: 'page ' + P.page }));
  const scan = el('div', { class: 'scan' + (P.zoom ? ' zoomed' : ''), id: 'scan' }, canvas);
  drawBoxes(canvas, rec, P.info);
  const text = el('div', { class: 'text', id: 'text' });
  drawText(text, rec, P.info);
  const low = rec.words.filter(w => w.conf < LOW && (w.role || 'text') === 'text').length;
  const at = P.pages.indexOf(P.page);
  const prev = at > 0 ? P.pages[at - 1] : null, next = at >= 0 && at + 1 < P.pages.length ? P.pages[at + 1] : null;
  const pager = el('div', { class: 'pager' },
    el('a', { href: '#/doc/' + P.id, text: '← document' }),
    prev ? el('a', { href: '#/doc/' + P.id + '/page/' + prev, id: 'prevpage', text: '‹ page ' + prev }) : null,
    el('strong', { text: 'page ' + P.page + ' of ' + P.pages.length }),
    next ? el('a', { href: '#/doc/' + P.id + '/page/' + next, id: 'nextpage', text: 'page ' + next + ' ›' }) : null,
    el('span', { class: 'badge ' + (P.reviewed ? 'ok' : 'no'), id: 'reviewed',
      text: P.reviewed ? 'reviewed ' + P.reviewed + ' ' + fmt(P.reviewed_by) : 'not reviewed' }),
    el('button', { type: 'button', id: 'markreviewed', text: 'Mark reviewed', onclick: markReviewed }),
    el('button', { type: 'button', id: 'zoom', text: P.zoom ? 'Fit' : 'Zoom', onclick: toggleZoom }),
    el('span', { class: 'help', text: low + ' doubtful words in the text, ' + P.corrections.length +
      ' corrections. Keys: n/p next/previous doubtful word, e edit word, l edit line, z zoom, r reviewed; click a word or its box' }));
  document.getElementById('main').replaceChildren(pager, el('div', { class: 'pageview' }, scan, text));
  if (P.imgURL) document.getElementById('scan-img').src = P.imgURL;
}
async function toggleZoom() {
  const P = state.page;
  P.zoom = !P.zoom;
  document.getElementById('scan').classList.toggle('zoomed', P.zoom);
  document.getElementById('zoom').textContent = P.zoom ? 'Fit' : 'Zoom';
  if (P.zoom && !P.full) {
    say('loading the full-size scan…');
    await loadImage(P, true);
    say('');
  }
  if (P.sel >= 0) selectWord(P.sel, true);
}
async function markReviewed() {
  const P = state.page;
  try {
    loadPage(await post('/api/reviewed', { id: P.id, page: P.page }), P.id, P.page);
    say('page marked reviewed');
  } catch (e) { say('not marked: ' + e.message, true); }
}
async function showPage(id, page) {
  const res = await getJSON('/api/page?id=' + id + '&page=' + page);
  state.page = null;
  loadPage(res, id, page);
  document.getElementById('where').textContent = 'document ' + id + ', page ' + page;
  const P = state.page;
  try {
    await loadImage(P, false);
  } catch (e) { say('no scan: ' + e.message, true); }
}
/* Where each text word stands in the page text, in code points (as the
 * segmentation counts): words in order, each found after the one before. */
function wordOffsets(rec, text) {
  const cps = Array.from(text || '');
  const starts = new Array(cps.length + 1);
  let u = 0;
  for (let i = 0; i <= cps.length; i++) { starts[i] = u; if (i < cps.length) u += cps[i].length; }
  const cpAt = (utf16) => { let lo = 0, hi = cps.length; while (lo < hi) { const m = (lo + hi) >> 1; if (starts[m] < utf16) lo = m + 1; else hi = m; } return lo; };
  const off = [];
  let pos = 0;
  rec.words.forEach((w, i) => {
    if ((w.role || 'text') !== 'text' || !w.text) return;
    const at = text.indexOf(w.text, pos);
    if (at < 0 || at - pos > 300) return;
    off.push([i, cpAt(at), cpAt(at + w.text.length)]);
    pos = at + w.text.length;
  });
  return off;
}
function markSpan(start, end) {
  const P = state.page;
  let first = -1;
  for (const [i, a, b] of wordOffsets(P.rec, P.text))
    if (a < end && b > start) {
      for (const id of ['w' + i, 'b' + i]) { const e = document.getElementById(id); if (e) e.classList.add('hl'); }
      if (first < 0) first = i;
    }
  if (first >= 0) selectWord(first, true);
}
document.addEventListener('keydown', (ev) => {
  const P = state.page;
  if (!P || !location.hash.includes('/page/') || ev.target.tagName === 'INPUT' || ev.ctrlKey || ev.metaKey || ev.altKey) return;
  const k = ev.key;
  if (k === 'n' || k === 'j') nextDoubtful(1);
  else if (k === 'p' || k === 'k') nextDoubtful(-1);
  else if ((k === 'e' || k === 'Enter') && P.sel >= 0) editWord(P.sel, false);
  else if (k === 'l' && P.sel >= 0) editWord(P.sel, true);
  else if (k === 'z') toggleZoom();
  else if (k === 'r') markReviewed();
  else return;
  ev.preventDefault();
});

/* ---- routing ---- */
async function route() {
  const h = location.hash || '#/';
  let m;
  try {
    if ((m = h.match(/^#\/doc\/(\d+)\/page\/(\d+)(?:\/span\/(\d+)-(\d+))?$/))) {
      await showPage(+m[1], +m[2]);
      if (m[3] !== undefined) markSpan(+m[3], +m[4]);
    }
    else if ((m = h.match(/^#\/doc\/(\d+)$/))) await showDoc(+m[1]);
    else if ((m = h.match(/^#\/search\/(.*)$/))) await showSearch(decodeURIComponent(m[1]));
    else await showBatch();
  } catch (e) {
    document.getElementById('main').replaceChildren(el('p', { text: 'Cannot show this: ' + e.message }));
    say(e.message, true);
  }
}
function init() {
  /* The token comes once in the address; it is kept for this tab and taken
   * out of the address bar and history. */
  const u = new URL(location.href);
  const t = u.searchParams.get('token');
  if (t) {
    sessionStorage.setItem('sohoa-token', t);
    u.searchParams.delete('token');
    history.replaceState(null, '', u.pathname + u.search + u.hash);
  }
  state.token = sessionStorage.getItem('sohoa-token') || '';
  if (!state.token) say('No token: open the address sohoa review printed.', true);
  document.getElementById('searchform').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const q = document.getElementById('q').value.trim();
    if (q) location.hash = '#/search/' + encodeURIComponent(q);
  });
  window.addEventListener('hashchange', route);
  route();
}
init();
