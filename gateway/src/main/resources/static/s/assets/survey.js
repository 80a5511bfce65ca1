/*
 * 考核 · 社会评价问卷页 (the survey page). Plain JavaScript, no framework, no build step.
 * /s/{token}: an invitation; /s/p/{code}: a public link. The same file runs as the page and, for public
 * links, as the Web Worker that solves the proof of work. The token is read from the address and sent
 * only to this origin's API; it is never logged, stored as such or put into another address.
 */
(function () {
  'use strict';

  // ---- SHA-256 over one 64-byte block (messages up to 55 bytes: nonce + counter, storage names) ----
  var K = [0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2];
  var H0 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
  var W = new Int32Array(64);

  /** The eight state words of SHA-256 over block[0..len) (len <= 55; block is 64 bytes, zero after len). */
  function sha256Block(block, len) {
    block[len] = 0x80;
    block[62] = (len * 8) >>> 8;
    block[63] = (len * 8) & 0xff;
    for (var i = 0; i < 16; i++) {
      W[i] = (block[4 * i] << 24) | (block[4 * i + 1] << 16) | (block[4 * i + 2] << 8) | block[4 * i + 3];
    }
    for (i = 16; i < 64; i++) {
      var x = W[i - 15], y = W[i - 2];
      var s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      var s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      W[i] = (W[i - 16] + s0 + W[i - 7] + s1) | 0;
    }
    var a = H0[0], b = H0[1], c = H0[2], d = H0[3], e = H0[4], f = H0[5], g = H0[6], h = H0[7];
    for (i = 0; i < 64; i++) {
      var t1 = (h + (((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7)))
        + ((e & f) ^ (~e & g)) + K[i] + W[i]) | 0;
      var t2 = ((((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10)))
        + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      h = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
    }
    return [(H0[0] + a) | 0, (H0[1] + b) | 0, (H0[2] + c) | 0, (H0[3] + d) | 0,
      (H0[4] + e) | 0, (H0[5] + f) | 0, (H0[6] + g) | 0, (H0[7] + h) | 0];
  }

  function asciiBlock(text) {
    var block = new Uint8Array(64);
    for (var i = 0; i < text.length; i++) block[i] = text.charCodeAt(i) & 0xff;
    return block;
  }

  /** The first counter from `from` (at most `count` tries) whose SHA-256(nonce + counter) starts with `bits` zero bits. */
  function solve(nonce, bits, from, count) {
    var block = new Uint8Array(64), n = nonce.length, digits = [];
    for (var i = 0; i < n; i++) block[i] = nonce.charCodeAt(i);
    var mask = bits >= 32 ? -1 : ~(-1 >>> bits);
    for (var counter = from; counter < from + count; counter++) {
      var text = String(counter), len = n + text.length;
      for (i = 0; i < text.length; i++) block[n + i] = text.charCodeAt(i);
      for (i = len; i < 64; i++) block[i] = 0;
      var hash = sha256Block(block, len);
      if ((hash[0] & mask) === 0 && (bits <= 32 || (hash[1] >>> (64 - bits)) === 0)) return counter;
    }
    return -1;
  }

  if (typeof document === 'undefined') {            // running as the proof-of-work worker
    self.onmessage = function (event) {
      var job = event.data, from = 0, found = -1;
      while (found < 0) { found = solve(job.nonce, job.bits, from, 1 << 20); from += 1 << 20; }
      self.postMessage({counter: found});
    };
    return;
  }

  // ---- the page ----
  var API = '/api/evaluations/v1/public/';
  var SCRIPT = document.currentScript ? document.currentScript.src : '/s/assets/survey.js';
  var main = document.getElementById('main');
  var statusLine = document.getElementById('status');
  var progress = document.getElementById('progress');
  var meter = document.getElementById('meter');

  var MESSAGES = {
    'invitation-invalid': ['链接无效', '请核对链接是否完整,或联系发给您链接的单位。', '×'],
    'invitation-revoked': ['此链接已作废', '如需参加评价,请联系发给您链接的单位索取新链接。', '×'],
    'invitation-expired': ['评价已结束', '本次评价已截止,感谢您的关注。', '!'],
    'invitation-used': ['您已完成全部评价', '每个单位只能评价一次。感谢您的参与!', '✓'],
    'survey-not-open': ['评价尚未开始', '请在评价开始后再打开此链接。', '!']
  };

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    for (var key in attrs || {}) {
      if (key === 'text') node.textContent = attrs[key];
      else if (key === 'on') node.addEventListener('click', attrs[key]);
      else node.setAttribute(key, attrs[key]);
    }
    (children || []).forEach(function (child) { if (child) node.appendChild(child); });
    return node;
  }

  function show(nodes, focus) {
    main.textContent = '';
    nodes.forEach(function (node) { if (node) main.appendChild(node); });
    (focus || main).focus();
    window.scrollTo(0, 0);
  }

  var quiet = null;
  function say(text, bad) {
    clearTimeout(quiet);
    statusLine.textContent = text || '';
    statusLine.className = 'status' + (bad ? ' bad' : '');
    if (text && text.charAt(0) === '✓') quiet = setTimeout(function () { say(''); }, 8000);  // confirmations fade
  }

  function when(iso) {                              // "2024-12-16T00:00:00+08:00" → "2024年12月16日 00:00"
    var m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso || '');
    return m ? m[1] + '年' + Number(m[2]) + '月' + Number(m[3]) + '日 ' + m[4] + ':' + m[5] : '';
  }

  function message(title, text, mark, actions) {
    setProgress(null);
    var heading = el('h1', {text: title, tabindex: '-1'});
    show([el('div', {'class': 'message'}, [el('p', {'class': 'mark' + (mark === '✓' ? ' good' : ''),
      'aria-hidden': 'true', text: mark || 'i'}),
      heading, el('p', {'class': 'sub', text: text})].concat(actions || []))], heading);
  }

  function problemPage(problem) {
    var known = MESSAGES[problem.type] || ['无法打开问卷', '请稍后再试。', '!'];
    var text = known[1];
    if (problem.type === 'invitation-expired' && problem.closesAt) text = '本次评价已于 ' + when(problem.closesAt) + ' 截止,感谢您的关注。';
    if (problem.type === 'survey-not-open' && problem.opensAt) text = '评价将于 ' + when(problem.opensAt) + ' 开始,请届时再打开此链接。';
    if (problem.type === 'invitation-used') { finished(); return; }
    message(known[0], text, known[2]);
  }

  function setProgress(index) {
    if (index == null) { progress.textContent = ''; meter.style.width = '0'; return; }
    progress.textContent = '第 ' + (index + 1) + '/' + state.units.length + ' 个';
    meter.style.width = Math.round(100 * index / state.units.length) + '%';
  }

  // ---- where we are: the credential from the address, the device, progress kept in localStorage ----
  var path = /^\/s\/(p\/)?([A-Za-z0-9_-]{1,64})\/?$/.exec(location.pathname);
  var kind = path && path[1] ? 'links' : 'invitations';
  var credential = path ? path[2] : null;
  var store = (function () { try { localStorage.setItem('kaohe-probe', '1'); return localStorage; } catch (e) { return null; } })();

  function random(bytes) {
    var values = crypto.getRandomValues(new Uint8Array(bytes)), text = '';
    for (var i = 0; i < values.length; i++) text += ('0' + values[i].toString(16)).slice(-2);
    return text;
  }

  var device = (store && store.getItem('kaohe-device')) || random(16);
  if (store) store.setItem('kaohe-device', device);
  // progress is kept under a digest of the credential, never under the credential itself
  var stateKey = credential ? 'kaohe-survey-' + sha256Block(asciiBlock(kind[0] + credential.slice(0, 50)), 1 + Math.min(50, credential.length))
    .slice(0, 3).map(function (w) { return (w >>> 0).toString(16); }).join('') : null;
  var state = {units: null, chosen: false, answers: {}, keys: {}, done: {}};
  try { if (store && store.getItem(stateKey)) state = JSON.parse(store.getItem(stateKey)); } catch (e) { /* start afresh */ }
  state.later = {};
  function save() { if (store) try { store.setItem(stateKey, JSON.stringify(state)); } catch (e) { /* full: keep in memory */ } }

  var survey = null;

  // ---- talking to the API ----
  function call(method, suffix, body, headers) {
    var controller = typeof AbortController === 'function' ? new AbortController() : null;
    var timer = controller ? setTimeout(function () { controller.abort(); }, 20000) : null;
    var init = {method: method, headers: {'Accept': 'application/json', 'Accept-Language': 'zh-CN', 'X-Device-Id': device},
      credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer', signal: controller ? controller.signal : undefined};
    for (var h in headers || {}) init.headers[h] = headers[h];
    if (body) { init.headers['Content-Type'] = 'application/json'; init.body = JSON.stringify(body); }
    return fetch(API + kind + '/' + encodeURIComponent(credential) + suffix, init).then(function (response) {
      clearTimeout(timer);
      return response.text().then(function (text) {
        var data = null;
        try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
        if (data && typeof data.type === 'string') data.type = data.type.replace('urn:kaohe:problem:', '');
        return {status: response.status, ok: response.ok, data: data || {}, retryAfter: Number(response.headers.get('Retry-After')) || 0};
      });
    }, function () { clearTimeout(timer); return {status: 0, ok: false, data: {type: 'offline'}}; });
  }

  function start() {
    if (!credential) { problemPage({type: 'invitation-invalid'}); return; }
    call('GET', '').then(function (result) {
      if (result.status === 0) { offline(start); return; }
      if (!result.ok) { if (result.status >= 500 || result.status === 429) { unavailable(start, result.retryAfter); } else { problemPage(result.data); } return; }
      survey = result.data;
      document.title = survey.title + ' · 社会评价';
      survey.units.forEach(function (unit) { if (unit.answered) state.done[unit.code] = true; });
      if (kind === 'invitations') { state.units = survey.units.map(function (u) { return u.code; }); state.chosen = true; }
      save();
      if (!state.chosen) chooseUnits(); else next();
    });
  }

  function unitName(code) {
    for (var i = 0; i < survey.units.length; i++) if (survey.units[i].code === code) return survey.units[i].name;
    return code;
  }

  function intro() {
    return [el('h1', {text: survey.title}), survey.description ? el('p', {'class': 'sub', text: survey.description}) : null];
  }

  // ---- public links: the respondent picks the units they know ----
  function chooseUnits() {
    setProgress(null);
    if (survey.units.every(function (u) { return state.done[u.code]; })) { finished(); return; }
    var boxes = el('fieldset', {}, [el('legend', {text: '请选择您要评价的单位(可多选)'})]);
    survey.units.forEach(function (unit) {
      var input = el('input', {type: 'checkbox', value: unit.code, name: 'unit'});
      if (state.done[unit.code]) { input.checked = true; input.disabled = true; }
      boxes.appendChild(el('label', {'class': 'opt' + (state.done[unit.code] ? ' done' : '')},
        [input, document.createTextNode(unit.name + (state.done[unit.code] ? '(已评价)' : ''))]));
    });
    var error = el('p', {'class': 'err', id: 'unit-err'});
    boxes.setAttribute('aria-describedby', 'unit-err');
    var go = el('button', {'class': 'btn', type: 'button', text: '开始评价', on: function () {
      var picked = [];
      boxes.querySelectorAll('input:checked:not([disabled])').forEach(function (box) { picked.push(box.value); });
      if (!picked.length) {
        error.textContent = '请至少选择一个单位。';
        boxes.setAttribute('aria-invalid', 'true');
        boxes.querySelector('input:not([disabled])').focus();
        return;
      }
      state.units = survey.units.map(function (u) { return u.code; })
        .filter(function (code) { return picked.indexOf(code) >= 0; });
      state.chosen = true;
      save();
      next();
    }});
    var parts = intro();
    show([parts[0], parts[1], el('p', {'class': 'hint', text: '本问卷匿名填写,每台设备对每个单位只能评价一次。'}),
      boxes, error, go], parts[0]);
    parts[0].setAttribute('tabindex', '-1');
  }

  function next() {
    state.later = state.later || {};
    for (var i = 0; i < state.units.length; i++) {
      if (!state.done[state.units[i]] && !state.later[state.units[i]]) { unitPage(i); return; }
    }
    finished();
  }

  function finished() {
    // (the link may say "all answered" before the survey was read, e.g. when another phone finished it)
    var left = survey ? (state.units || []).filter(function (u) { return !state.done[u]; }).map(unitName) : [];
    var more = kind === 'links' && survey && survey.units.some(function (u) { return !state.done[u.code]; });
    say('');
    message('感谢您的参与', left.length ? '其余评价已提交。' + left.join('、') + ' 今天未能提交,请明天再打开此链接。'
      : '您的评价已全部提交。本页可以关闭。', '✓', more ? [el('button', {'class': 'btn second', type: 'button',
        text: '评价其他单位', on: function () { state.chosen = false; save(); chooseUnits(); }})] : null);
    meter.style.width = '100%';
  }

  // ---- one unit: its questions, large choices, saved as they are tapped ----
  function unitPage(index) {
    var unit = state.units[index];
    var answers = state.answers[unit] || (state.answers[unit] = {});
    setProgress(index);
    var heading = el('h2', {tabindex: '-1', text: unitName(unit)});
    var form = [el('p', {'class': 'sub', text: survey.title}), heading];
    survey.questions.forEach(function (question, q) {
      var error = el('p', {'class': 'err', id: 'err-' + question.code});
      var set = el('fieldset', {'aria-describedby': 'err-' + question.code, 'data-q': question.code},
        [el('legend', {}, [document.createTextNode((q + 1) + '. ' + question.text),
          question.required ? el('span', {'class': 'req', text: '(必答)'}) : null])]);
      question.options.forEach(function (option) {
        var input = el('input', {type: 'radio', name: 'q-' + question.code, value: option.code});
        if (answers[question.code] === option.code) input.checked = true;
        input.addEventListener('change', function () {
          answers[question.code] = option.code;
          set.removeAttribute('aria-invalid');
          error.textContent = '';
          save();
        });
        set.appendChild(el('label', {'class': 'opt'}, [input, document.createTextNode(option.label)]));
      });
      set.appendChild(error);
      form.push(set);
    });
    var button = el('button', {'class': 'btn', type: 'button',
      text: index === state.units.length - 1 ? '提交评价' : '提交本单位评价', on: function () { submit(index, button); }});
    form.push(button);
    show(form, heading);
    if (kind === 'links') prepareProof();
  }

  function missing(unit) {
    var answers = state.answers[unit] || {}, first = null;
    survey.questions.forEach(function (question) {
      var set = main.querySelector('fieldset[data-q="' + question.code + '"]');
      if (question.required && !answers[question.code]) {
        set.setAttribute('aria-invalid', 'true');
        document.getElementById('err-' + question.code).textContent = '请选择一项(此题必答)';
        first = first || set;
      }
    });
    return first;
  }

  function submit(index, button) {
    var unit = state.units[index];
    var gap = missing(unit);
    if (gap) { say('还有题目未作答,请补充后再提交。', true); gap.querySelector('input').focus(); return; }
    var body = {unit: unit, answers: survey.questions.filter(function (q) { return state.answers[unit][q.code]; })
      .map(function (q) { return {question: q.code, option: state.answers[unit][q.code]}; })};
    if (!state.keys[unit]) { state.keys[unit] = 's-' + random(12); save(); }   // once per unit, kept across retries
    button.disabled = true;
    button.textContent = '正在提交…';
    send(index, body, 0).then(function () { button.disabled = false; button.textContent = '重新提交'; });
  }

  function send(index, body, attempt) {
    var unit = state.units[index];
    var ready = kind === 'links' ? proofReady() : Promise.resolve(null);
    if (kind === 'links') say('正在进行安全验证…');
    return ready.then(function (solved) {
      if (solved && solved.failed) return solved.failed;   // no challenge: offline, closed, ...
      if (solved) body.proof = solved;
      say('正在提交…');
      return call('POST', '/responses', body, {'Idempotency-Key': state.keys[unit]});
    }).then(function (result) {
      var type = result.data.type;
      proof = null;                                        // a proof answers one submission
      if (result.ok || type === 'already-answered' || type === 'device-already-answered') {
        state.done[unit] = true;
        save();
        next();
        say(result.ok ? '✓ 已提交:' + unitName(unit) : '该单位已评价过:' + unitName(unit));
        return;
      }
      if (/^proof-/.test(type) && attempt < 3) return send(index, body, attempt + 1);
      if (result.status === 0) return offline(function () { send(index, body, attempt); });
      if (result.status === 429 && type !== 'address-limit-reached' && attempt < 3) {
        say('提交过于频繁,' + (result.retryAfter || 5) + ' 秒后自动重试…', true);
        return new Promise(function (resolve) { setTimeout(resolve, 1000 * (result.retryAfter || 5)); })
          .then(function () { return send(index, body, attempt + 1); });
      }
      if (type === 'address-limit-reached') return skippable(index, '今天来自您所在网络的评价次数已达上限,请明天再评价该单位。');
      if (type === 'survey-changed') return message('问卷刚刚更新', '请刷新页面后重新提交,已填写的内容会保留。', '!',
        [el('button', {'class': 'btn', type: 'button', text: '刷新页面', on: function () { location.reload(); }})]);
      if (MESSAGES[type]) return problemPage(result.data);
      if (type === 'validation-failed') {
        (result.data.errors || []).forEach(function (error) {
          var m = /^\$\.answers\[(\w+)\]$/.exec(error.path);
          if (m && document.getElementById('err-' + m[1])) document.getElementById('err-' + m[1]).textContent = '请选择一项(此题必答)';
        });
        say('提交的内容有误,请检查后重试。', true);
        return;
      }
      say('服务暂时不可用,请稍后点击“重新提交”。已填写的内容已保存在本机。', true);
    });
  }

  function skippable(index, text) {
    say(text, true);
    main.appendChild(el('button', {'class': 'btn second', type: 'button', text: '先评价其他单位', on: function () {
      state.later = state.later || {};
      state.later[state.units[index]] = true;           // until the page is opened again (another day)
      next();
      say(text, true);
    }}));
  }

  function offline(retry) {
    say('网络连接失败,请检查网络。恢复后将自动重试,已填写的内容已保存在本机。', true);
    var again = function () { window.removeEventListener('online', again); say('正在重试…'); retry(); };
    window.addEventListener('online', again);
    if (navigator.onLine !== false) setTimeout(function () { if (!statusLine.textContent.indexOf('网络连接失败')) again(); }, 5000);
  }

  function unavailable(retry, seconds) {
    message('服务暂时繁忙', '请稍候,页面将自动重试。', '!');
    setTimeout(retry, 1000 * Math.max(3, seconds || 5));
  }

  // ---- proof of work (public links): solved in a worker while the respondent answers ----
  var proof = null, solving = null;

  function prepareProof() { if (!proof && !solving) solving = fetchAndSolve(); }

  /** A solved proof, or {failed: result} when no challenge could be had. */
  function proofReady() {
    if (proof) return Promise.resolve(proof);
    prepareProof();
    return solving;
  }

  function fetchAndSolve() {
    return call('POST', '/challenges').then(function (result) {
      if (!result.ok) { solving = null; return {failed: result}; }
      var challenge = result.data;
      return compute(challenge.nonce, challenge.bits).then(function (counter) {
        proof = {challenge: challenge.challenge, counter: counter};
        solving = null;
        return proof;
      });
    });
  }

  function compute(nonce, bits) {
    return new Promise(function (resolve) {
      var worker = null;
      try { worker = new Worker(SCRIPT); } catch (e) { worker = null; }
      if (worker) {
        worker.onmessage = function (event) { worker.terminate(); resolve(event.data.counter); };
        worker.onerror = function () { worker.terminate(); inPage(0); };
        worker.postMessage({nonce: nonce, bits: bits});
        return;
      }
      inPage(0);
      function inPage(from) {                         // no worker: small slices that keep the page responsive
        var found = solve(nonce, bits, from, 20000);
        if (found >= 0) resolve(found); else setTimeout(function () { inPage(from + 20000); }, 0);
      }
    });
  }

  start();
})();
