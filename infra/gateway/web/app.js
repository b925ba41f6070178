// The search page: talks to the gateway's /api/search, /api/search/suggest and /api/documents/{id}.
// The page state lives in the URL, so a search can be bookmarked and shared.
'use strict';

const FACETS = { type: '文种', issuer: '发文机关', year: '年份', kind: '来源' };
const KINDS = { gazette: '政府公报', work_report: '政府工作报告', newspaper: '报纸', other: '其他' };
const PAGE_SIZE = 10;

const $ = (id) => document.getElementById(id);
const state = readState();

function readState() {
  const params = new URLSearchParams(location.search);
  const s = { q: params.get('q') || '', page: Number(params.get('page') || 0), sort: params.get('sort') || 'relevance',
              from: params.get('from') || '', to: params.get('to') || '', doc: params.get('doc') || '' };
  for (const name of Object.keys(FACETS)) s[name] = params.get(name) || '';
  return s;
}

function writeState() {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(state)) {
    if (value !== '' && !(key === 'page' && value === 0) && !(key === 'sort' && value === 'relevance')) params.set(key, value);
  }
  history.replaceState(null, '', params.toString() ? '?' + params : location.pathname);
}

// Highlighted text comes HTML-escaped with <em> around matches; keep only text and <em>.
function highlighted(html) {
  const template = document.createElement('template');
  template.innerHTML = html || '';
  const out = document.createDocumentFragment();
  const copy = (node, into) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) into.append(child.textContent);
      else if (child.nodeName === 'EM') { const em = document.createElement('em'); copy(child, em); into.append(em); }
      else into.append(child.textContent);
    }
  };
  copy(template.content, out);
  return out;
}

function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.detail || `请求失败（${response.status}）`);
  return body;
}

async function search() {
  writeState();
  const hits = $('hits');
  if (!state.q.trim()) {
    hits.replaceChildren(); $('pager').replaceChildren(); $('facets').replaceChildren();
    $('status').textContent = '输入检索词开始检索。';
    return;
  }
  const params = new URLSearchParams({ q: state.q, page: state.page, size: PAGE_SIZE, sort: state.sort });
  for (const name of [...Object.keys(FACETS), 'from', 'to']) if (state[name]) params.set(name, state[name]);
  $('status').textContent = '检索中…';
  try {
    const result = await getJson('/api/search?' + params);
    $('status').textContent = result.total === 0 ? '没有找到相关公文，换个说法试试。'
      : `共 ${result.total} 篇，用时 ${result.tookMs} 毫秒`;
    hits.replaceChildren(...result.hits.map(renderHit));
    renderFacets(result.facets || {});
    renderPager(result.total);
  } catch (error) {
    $('status').replaceChildren(el('span', { className: 'error', textContent: error.message }));
    hits.replaceChildren();
  }
}

function renderHit(hit) {
  const link = el('a', { href: '?doc=' + encodeURIComponent(hit.id) }, highlighted(hit.highlightedTitle || hit.title));
  link.addEventListener('click', (event) => { event.preventDefault(); showDocument(hit.id); });
  const meta = el('div', { className: 'meta' },
    ...[hit.docNumber, hit.issuer, hit.issuedDate, hit.docType, KINDS[hit.kind]].filter(Boolean).map((t) => el('span', { textContent: t })));
  return el('li', {}, el('h3', {}, link), meta, hit.snippet ? el('p', { className: 'snippet' }, highlighted(hit.snippet)) : null);
}

function renderFacets(facets) {
  const sections = Object.entries(FACETS).filter(([name]) => (facets[name] || []).length > 0).map(([name, label]) =>
    el('section', {}, el('h2', { textContent: label }), el('ul', {}, ...facets[name].map(({ value, count }) => {
      const button = el('button', { type: 'button', className: state[name] === value ? 'active' : '' },
        el('span', { textContent: name === 'kind' ? (KINDS[value] || value) : value }), el('span', { className: 'count', textContent: count }));
      button.addEventListener('click', () => { state[name] = state[name] === value ? '' : value; state.page = 0; search(); });
      return el('li', {}, button);
    }))));
  $('facets').replaceChildren(...sections);
}

function renderPager(total) {
  const pages = Math.min(Math.ceil(total / PAGE_SIZE), 50);
  const buttons = [];
  for (let page = 0; pages > 1 && page < pages; page++) {
    const button = el('button', { type: 'button', textContent: page + 1 });
    if (page === state.page) button.setAttribute('aria-current', 'page');
    button.addEventListener('click', () => { state.page = page; search(); scrollTo(0, 0); });
    buttons.push(button);
  }
  $('pager').replaceChildren(...buttons);
}

async function showDocument(id) {
  state.doc = id; writeState();
  const detail = $('detail');
  $('results').hidden = true; detail.hidden = false;
  $('detail-body').replaceChildren(el('p', { className: 'muted', textContent: '载入中…' }));
  try {
    const d = await getJson('/api/documents/' + encodeURIComponent(id));
    const rows = [['文号', d.docNumber], ['发文机关', d.issuer], ['成文日期', d.issuedDate], ['文种', d.docType],
      ['主送', (d.addressees || []).join('、')], ['作者', (d.authors || []).join('、')],
      ['附件', (d.attachments || []).join('；')], ['公开', d.publicRelease ? '此件公开发布' : '']].filter(([, v]) => v);
    const paragraphs = (d.body || '').split(/\n{2,}/).map((p) => el('p', { textContent: p }));
    $('detail-body').replaceChildren(el('h2', { textContent: d.title }),
      d.subtitle ? el('p', { className: 'muted', textContent: d.subtitle, style: 'text-align:center' }) : null,
      el('dl', {}, ...rows.flatMap(([k, v]) => [el('dt', { textContent: k }), el('dd', { textContent: v })])),
      el('div', { className: 'body' }, ...paragraphs));
  } catch (error) {
    $('detail-body').replaceChildren(el('p', { className: 'error', textContent: error.message }));
  }
}

function hideDocument() {
  state.doc = ''; writeState();
  $('detail').hidden = true; $('results').hidden = false;
}

let suggestTimer;
async function suggest() {
  const list = $('suggestions');
  const q = $('q').value.trim();
  if (q.length < 1) { list.hidden = true; return; }
  try {
    const { suggestions } = await getJson('/api/search/suggest?q=' + encodeURIComponent(q));
    list.replaceChildren(...suggestions.map((s) => {
      const item = el('li', { role: 'option', textContent: s.title });
      item.addEventListener('mousedown', (event) => { event.preventDefault(); list.hidden = true; showDocument(s.id); });
      return item;
    }));
    list.hidden = suggestions.length === 0;
  } catch {
    list.hidden = true;
  }
}

$('q').value = state.q;
$('sort').value = state.sort;
$('from').value = state.from;
$('to').value = state.to;
$('search-form').addEventListener('submit', (event) => {
  event.preventDefault(); $('suggestions').hidden = true;
  state.q = $('q').value; state.page = 0; hideDocument(); search();
});
$('q').addEventListener('input', () => { clearTimeout(suggestTimer); suggestTimer = setTimeout(suggest, 150); });
$('q').addEventListener('blur', () => { $('suggestions').hidden = true; });
$('sort').addEventListener('change', () => { state.sort = $('sort').value; state.page = 0; search(); });
for (const name of ['from', 'to']) $(name).addEventListener('change', () => { state[name] = $(name).value; state.page = 0; search(); });
$('clear').addEventListener('click', () => {
  for (const name of [...Object.keys(FACETS), 'from', 'to']) state[name] = '';
  $('from').value = ''; $('to').value = ''; state.page = 0; search();
});
$('close-detail').addEventListener('click', hideDocument);
search();
if (state.doc) showDocument(state.doc);
