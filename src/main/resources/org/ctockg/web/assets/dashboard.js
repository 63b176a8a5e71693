// The dashboard: three views drawn from the query API (/api/queries) only. The filters live in
// the page's query string, so every view (and a selected cell) has a stable URL. Text from the
// data is only ever set with textContent or as chart labels, never as HTML.
(function () {
  'use strict';
  const root = document.getElementById('dashboard');
  const base = root.dataset.base;
  const params = new URLSearchParams(location.search);
  const VIEWS = {
    matrix: { title: 'Resolutions and decisions × articles of the Convention', query: 'citation-matrix', draw: drawMatrix },
    participation: { title: 'Participation: States × meetings', query: 'state-participation', draw: drawParticipation },
    articles: { title: 'Articles discussed, by body and year', query: 'articles-by-body-year', draw: drawArticles },
  };
  const FILTERS = ['body', 'from', 'to', 'state', 'article'];
  const view = VIEWS[params.get('view')] ? params.get('view') : 'matrix';
  const status = document.getElementById('status');
  let catalogue = {};

  function el(tag, text, attributes) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    Object.entries(attributes || {}).forEach(([k, v]) => e.setAttribute(k, v));
    return e;
  }

  // a link target for an IRI: this server's path for IRIs under the base, web IRIs as they are, nothing else
  function href(iri) {
    if (!iri) return null;
    if (iri.startsWith(base)) return '/' + iri.substring(base.length);
    return /^https?:\/\//.test(iri) ? iri : null;
  }

  function link(text, iri) {
    const target = href(iri);
    return target ? el('a', text, { href: target }) : el('span', text);
  }

  // the API URL of a query with those of the page's filters it declares, and any extra ones
  function apiUrl(name, extra, format) {
    const declared = (catalogue[name] ? catalogue[name].parameters : []).map(p => p.name);
    const q = new URLSearchParams();
    FILTERS.forEach(f => { if (declared.includes(f) && params.get(f)) q.set(f, params.get(f).trim()); });
    Object.entries(extra || {}).forEach(([k, v]) => q.set(k, v));
    if (format) q.set('format', format);
    const s = q.toString();
    return '/api/queries/' + encodeURIComponent(name) + (s ? '?' + s : '');
  }

  async function rows(name, extra) {
    const response = await fetch(apiUrl(name, extra), { headers: { Accept: 'application/sparql-results+json' } });
    if (!response.ok) {
      let detail = response.status + ' ' + response.statusText;
      try { detail = (await response.json()).detail || detail; } catch (e) { /* not a problem document */ }
      throw new Error(detail);
    }
    const json = await response.json();
    return json.results.bindings.map(b => {
      const row = {};
      json.head.vars.forEach(v => { row[v] = b[v] ? b[v].value : ''; });
      return row;
    });
  }

  function show(message, isError) {
    status.textContent = message;
    status.classList.toggle('error', !!isError);
  }

  function setUp() {
    document.querySelectorAll('nav.views a').forEach(a => {
      const q = new URLSearchParams(params);
      q.set('view', a.dataset.view);
      q.delete('act');
      q.delete('article');
      a.setAttribute('href', '/dashboard?' + q.toString());
      if (a.dataset.view === view) a.setAttribute('aria-current', 'page');
    });
    const form = document.getElementById('filters');
    form.elements.view.value = view;
    ['from', 'to', 'state', 'article'].forEach(f => { form.elements[f].value = params.get(f) || ''; });
    const declared = catalogue[VIEWS[view].query].parameters.map(p => p.name);
    form.querySelectorAll('label[data-for]').forEach(l => { l.hidden = !declared.includes(l.querySelector('input').name); });
    form.addEventListener('submit', () => {
      // empty filters stay out of the URL
      Array.from(form.elements).forEach(e => { if (e.name && !e.value) e.disabled = true; });
    });
    document.getElementById('view-title').textContent = VIEWS[view].title;
    document.getElementById('view-question').textContent = catalogue[VIEWS[view].query].question;
    document.getElementById('download-csv').setAttribute('href', apiUrl(VIEWS[view].query, null, 'csv'));
    document.getElementById('download-csv').setAttribute('download', VIEWS[view].query + '.csv');
    document.getElementById('api-link').setAttribute('href', apiUrl(VIEWS[view].query));
  }

  async function fillBodies() {
    const select = document.getElementById('filters').elements.body;
    const seen = new Map();
    (await rows('meetings')).forEach(r => seen.set(r.body, r.bodyName));
    Array.from(seen.keys()).sort().forEach(code => {
      const option = el('option', code + ' – ' + seen.get(code), { value: code });
      if (params.get('body') === code) option.selected = true;
      select.appendChild(option);
    });
    if (params.get('body') && !seen.has(params.get('body'))) {
      select.appendChild(el('option', params.get('body'), { value: params.get('body'), selected: 'selected' }));
    }
  }

  function heatmap(xs, ys, data, options) {
    const chart = document.getElementById('chart');
    chart.style.height = Math.max(260, 90 + ys.length * (options.rowHeight || 22)) + 'px';
    const c = echarts.init(chart, null, { renderer: 'canvas' });
    c.setOption({
      animation: false,
      tooltip: { renderMode: 'richText', formatter: p => options.tooltip(xs[p.value[0]], ys[p.value[1]], p.value[2]) },
      grid: { left: options.left || 150, right: 20, top: 10, bottom: options.bottom || 60 },
      xAxis: { type: 'category', data: xs, name: options.xName, nameLocation: 'middle', nameGap: options.nameGap || 30,
        axisLabel: { rotate: options.rotateX || 0, interval: 0 }, splitArea: { show: true } },
      yAxis: { type: 'category', data: ys, inverse: true, axisLabel: { interval: 0 }, splitArea: { show: true } },
      visualMap: options.visualMap,
      series: [{ type: 'heatmap', data: data, label: { show: !!options.labels }, emphasis: { itemStyle: { borderColor: '#0b3d62', borderWidth: 2 } } }],
    });
    window.addEventListener('resize', () => c.resize());
    return c;
  }

  function byArticle(a, b) {
    return (parseInt(a, 10) - parseInt(b, 10)) || a.localeCompare(b);
  }

  // resolution x article: rows the acts, columns the articles, a cell the citing paragraphs
  async function drawMatrix() {
    const data = await rows('citation-matrix');
    const acts = [];
    data.forEach(r => { if (!acts.includes(r.act)) acts.push(r.act); });
    const articles = Array.from(new Set(data.map(r => r.article))).sort(byArticle);
    const actIris = new Map(data.map(r => [r.act, r.actIri]));
    const articleIris = new Map(data.map(r => [r.article, r.articleIri]));
    const count = new Map(data.map(r => [r.act + '\u0000' + r.article, parseInt(r.paragraphs, 10)]));
    if (data.length === 0) {
      show('No citations for these filters.');
      return;
    }
    show(acts.length + ' acts, ' + articles.length + ' articles. Pick a cell to read the paragraphs behind it.');
    const max = Math.max(...count.values());
    const chart = heatmap(articles.map(a => 'art. ' + a), acts,
      data.map(r => [articles.indexOf(r.article), acts.indexOf(r.act), parseInt(r.paragraphs, 10)]), {
        labels: true, xName: 'article of the Convention', left: 130,
        tooltip: (x, y, v) => y + ', ' + x + ': ' + v + (v === 1 ? ' paragraph' : ' paragraphs'),
        visualMap: { min: 0, max: max, calculable: true, orient: 'horizontal', left: 'center', bottom: 0, show: false,
          inRange: { color: ['#e6eef7', '#0b3d62'] } },
      });
    chart.on('click', p => select(acts[p.value[1]], articles[p.value[0]]));

    const table = el('table', null, { class: 'matrix' });
    table.appendChild(el('caption', 'Citing paragraphs by act (rows) and article (columns)'));
    const head = el('tr');
    head.appendChild(el('th', 'act', { scope: 'col' }));
    articles.forEach(a => { const th = el('th', null, { scope: 'col' }); th.appendChild(link('art. ' + a, articleIris.get(a))); head.appendChild(th); });
    table.appendChild(el('thead')).appendChild(head);
    const body = table.appendChild(el('tbody'));
    acts.forEach(act => {
      const tr = el('tr');
      const th = el('th', null, { scope: 'row' });
      th.appendChild(link(act, actIris.get(act)));
      tr.appendChild(th);
      articles.forEach(a => {
        const td = el('td');
        const n = count.get(act + '\u0000' + a);
        if (n) {
          td.style.background = 'rgba(11, 61, 98, ' + (0.1 + 0.6 * n / max).toFixed(2) + ')';
          const b = el('button', String(n), { type: 'button', 'data-act': act, 'data-article': a, 'aria-pressed': 'false',
            title: act + ' cites article ' + a + ' in ' + n + (n === 1 ? ' paragraph' : ' paragraphs') });
          b.addEventListener('click', () => select(act, a));
          td.appendChild(b);
        }
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    document.getElementById('table').replaceChildren(table);
    if (params.get('act') && params.get('article')) {
      await select(params.get('act'), params.get('article'));
    }
  }

  // the evidence behind one cell, with links to the paragraphs and their reports
  async function select(act, article) {
    params.set('act', act);
    params.set('article', article);
    history.replaceState(null, '', '/dashboard?' + params.toString());
    document.querySelectorAll('table.matrix button').forEach(b => {
      b.setAttribute('aria-pressed', String(b.dataset.act === act && b.dataset.article === article));
    });
    const section = document.getElementById('evidence');
    const list = document.getElementById('evidence-list');
    section.hidden = false;
    document.getElementById('evidence-title').textContent = act + ' and article ' + article + ': the paragraphs';
    document.getElementById('evidence-csv').setAttribute('href', apiUrl('citation-evidence', { act: act, article: article }, 'csv'));
    document.getElementById('evidence-csv').setAttribute('download', 'citation-evidence.csv');
    list.replaceChildren(el('li', 'Loading…'));
    try {
      const data = await rows('citation-evidence', { act: act, article: article });
      // one item per paragraph; the article's paragraphs it cites are listed together
      const units = new Map();
      data.forEach(r => {
        if (!units.has(r.unit)) units.set(r.unit, Object.assign({ cited: [] }, r));
        if (r.articleParagraph) units.get(r.unit).cited.push(r.articleParagraph);
      });
      list.replaceChildren(...Array.from(units.values()).map(u => {
        const li = el('li', null, { 'data-unit': u.unit });
        const where = el('p', null, { class: 'where' });
        where.appendChild(link(u.paragraph ? 'paragraph ' + u.paragraph : 'heading', u.unit));
        where.appendChild(document.createTextNode(' of '));
        where.appendChild(link(u.source, u.report));
        where.appendChild(document.createTextNode(' · ' + u.body + (u.start ? ', ' + u.start : '')
          + (u.cited.length ? ' · cites article ' + article + ', paragraph' + (u.cited.length > 1 ? 's ' : ' ') + u.cited.join(' and ') : '')));
        li.appendChild(where);
        li.appendChild(el('blockquote', u.text));
        return li;
      }));
      if (units.size === 0) list.replaceChildren(el('li', 'No paragraphs for these filters.'));
    } catch (e) {
      list.replaceChildren(el('li', 'Could not read the evidence: ' + e.message));
    }
  }

  // States x meetings: attended, and whether the State spoke
  async function drawParticipation() {
    const data = await rows('state-participation');
    if (data.length === 0) {
      show('No participation for these filters.');
      return;
    }
    const meetings = new Map();
    data.forEach(r => meetings.set(r.meetingIri, { label: r.body + ' ' + r.start, start: r.start, iri: r.meetingIri, name: r.meeting }));
    const ms = Array.from(meetings.values()).sort((a, b) => a.start.localeCompare(b.start) || a.label.localeCompare(b.label));
    const states = Array.from(new Set(data.map(r => r.state))).sort();
    const cells = new Map();
    data.forEach(r => {
      const key = r.state + '\u0000' + r.meetingIri;
      cells.set(key, Math.max(cells.get(key) || 0, r.spoke === 'true' ? 2 : 1));
    });
    show(states.length + ' States, ' + ms.length + ' meetings.');
    const xs = ms.map(m => m.label);
    heatmap(xs, states, Array.from(cells.entries()).map(([k, v]) => {
      const [state, iri] = k.split('\u0000');
      return [ms.findIndex(m => m.iri === iri), states.indexOf(state), v];
    }), {
      rowHeight: 14, left: 60, rotateX: 30, bottom: 90, nameGap: 70, xName: 'meeting (body, first day)',
      tooltip: (x, y, v) => y + ' at ' + x + ': ' + (v === 2 ? 'attended and spoke' : 'attended'),
      visualMap: { type: 'piecewise', orient: 'horizontal', top: 0, right: 10, pieces: [
        { value: 1, label: 'attended', color: '#9fbfdf' }, { value: 2, label: 'attended and spoke', color: '#0b3d62' }] },
    });
    const table = el('table', null, { class: 'rows' });
    const head = el('tr');
    ['State', 'meetings attended', 'meetings where it spoke'].forEach(h => head.appendChild(el('th', h, { scope: 'col' })));
    table.appendChild(el('thead')).appendChild(head);
    const body = table.appendChild(el('tbody'));
    states.forEach(s => {
      const mine = ms.filter(m => cells.has(s + '\u0000' + m.iri));
      const tr = el('tr');
      const th = el('th', null, { scope: 'row' });
      th.appendChild(link(s, base + 'id/state/' + encodeURIComponent(s)));
      tr.appendChild(th);
      tr.appendChild(el('td', String(mine.length)));
      tr.appendChild(el('td', String(mine.filter(m => cells.get(s + '\u0000' + m.iri) === 2).length)));
      body.appendChild(tr);
    });
    document.getElementById('table').replaceChildren(table);
  }

  // articles x (body, year): paragraphs that mention the article
  async function drawArticles() {
    const data = await rows('articles-by-body-year');
    if (data.length === 0) {
      show('No articles discussed for these filters.');
      return;
    }
    const columns = Array.from(new Set(data.map(r => r.year + ' ' + r.body))).sort();
    const articles = Array.from(new Set(data.map(r => r.article))).sort(byArticle);
    show(articles.length + ' articles, ' + columns.length + ' body-years.');
    const max = Math.max(...data.map(r => parseInt(r.paragraphs, 10)));
    heatmap(columns, articles.map(a => 'art. ' + a), data.map(r => [columns.indexOf(r.year + ' ' + r.body),
      articles.indexOf(r.article), parseInt(r.paragraphs, 10)]), {
      labels: true, left: 70, xName: 'year and body',
      tooltip: (x, y, v) => x + ', ' + y + ': ' + v + (v === 1 ? ' paragraph' : ' paragraphs'),
      visualMap: { min: 0, max: max, show: false, inRange: { color: ['#e6eef7', '#0b3d62'] } },
    });
    const table = el('table', null, { class: 'rows' });
    const head = el('tr');
    ['body', 'year', 'articles (paragraphs)'].forEach(h => head.appendChild(el('th', h, { scope: 'col' })));
    table.appendChild(el('thead')).appendChild(head);
    const body = table.appendChild(el('tbody'));
    columns.forEach(c => {
      const [year, code] = c.split(' ');
      const mine = data.filter(r => r.year === year && r.body === code).sort((a, b) => byArticle(a.article, b.article));
      const tr = el('tr');
      tr.appendChild(el('td', code));
      tr.appendChild(el('td', year));
      tr.appendChild(el('td', mine.map(r => r.article + ' (' + r.paragraphs + ')').join(', ')));
      body.appendChild(tr);
    });
    document.getElementById('table').replaceChildren(table);
  }

  (async function start() {
    try {
      const response = await fetch('/api/queries', { headers: { Accept: 'application/json' } });
      (await response.json()).queries.forEach(q => { catalogue[q.name] = q; });
      setUp();
      await fillBodies();
      await VIEWS[view].draw();
      // milliseconds from the start of navigation to the view drawn (read by bench-serve)
      root.dataset.renderMs = String(Math.round(performance.now()));
      root.dataset.ready = 'true';
    } catch (e) {
      show('Could not draw this view: ' + e.message, true);
      root.dataset.ready = 'error';
    }
  }());
}());
