// SourcingBot web chat: plain ES2020, no libraries, no build step.
// Talks only to POST api/chat (see the chat API contract). Everything the bot or the user writes is
// put into the page with createElement/textContent — never innerHTML — so no text can inject markup.
'use strict';

(() => {
  const API_URL = 'api/chat';
  const MAX_TEXT = 2000;
  const REQUEST_TIMEOUT_MS = 60000;
  const MAX_HISTORY = 120;
  const NETWORK_ERROR = "Can't reach SourcingBot. Check that it is running and try again.";
  const ID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;
  const KEYS = {
    conversation: 'sourcingbot.conversationId',
    user: 'sourcingbot.userId',
    history: 'sourcingbot.history',
  };
  const EXAMPLES = [
    "What's the difference between outsourcing and offshoring?",
    'What is nearshoring?',
    'What are the risks of offshoring?',
    'Compare nearshore and offshore outsourcing',
  ];

  // ---------------------------------------------------------------- storage (falls back to memory)

  const memoryStore = new Map();
  const store = (() => {
    try {
      const probe = '__sourcingbot_probe__';
      window.localStorage.setItem(probe, probe);
      window.localStorage.removeItem(probe);
      return window.localStorage;
    } catch {
      return null;
    }
  })();

  function load(key) {
    try {
      return store ? store.getItem(key) : (memoryStore.get(key) ?? null);
    } catch {
      return memoryStore.get(key) ?? null;
    }
  }

  function save(key, value) {
    memoryStore.set(key, value);
    try {
      if (store) store.setItem(key, value);
    } catch {
      // Quota exceeded or storage disabled: the in-memory copy still works for this page.
    }
  }

  function forget(key) {
    memoryStore.delete(key);
    try {
      if (store) store.removeItem(key);
    } catch {
      // ignore
    }
  }

  function randomHex(bytes) {
    const buffer = new Uint8Array(bytes);
    if (window.crypto && typeof window.crypto.getRandomValues === 'function') {
      window.crypto.getRandomValues(buffer);
    } else {
      for (let i = 0; i < buffer.length; i += 1) buffer[i] = Math.floor(Math.random() * 256);
    }
    return Array.from(buffer, (b) => b.toString(16).padStart(2, '0')).join('');
  }

  function randomId() {
    try {
      if (window.crypto && typeof window.crypto.randomUUID === 'function') return window.crypto.randomUUID();
    } catch {
      // randomUUID needs a secure context; fall through.
    }
    return randomHex(16);
  }

  function storedId(key, prefix) {
    const existing = load(key);
    if (existing && ID_PATTERN.test(existing)) return existing;
    const fresh = prefix + randomId();
    save(key, fresh);
    return fresh;
  }

  const userId = storedId(KEYS.user, 'web-user-');
  let conversationId = storedId(KEYS.conversation, 'web-');

  // ---------------------------------------------------------------- DOM helpers

  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    if (props) {
      for (const [name, value] of Object.entries(props)) {
        if (value === null || value === undefined || value === false) continue;
        if (name === 'className') node.className = value;
        else if (name === 'text') node.textContent = value;
        else if (name === 'testid') node.setAttribute('data-testid', value);
        else node.setAttribute(name, value === true ? '' : String(value));
      }
    }
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function asText(value) {
    if (value === null || value === undefined) return '';
    return typeof value === 'string' ? value : String(value);
  }

  function asArray(value) {
    return Array.isArray(value) ? value : [];
  }

  function safeUrl(raw) {
    try {
      const url = new URL(asText(raw).trim());
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    } catch {
      return null;
    }
  }

  function externalLink(href, children) {
    const a = el('a', { href, target: '_blank', rel: 'noopener noreferrer' });
    a.append(...children);
    return a;
  }

  // ---------------------------------------------------------------- light Markdown (DOM-built)

  // `code` | [label](url) | **bold** | *italic*
  const INLINE = /`([^`\n]+)`|\[([^\]\n]+)\]\(\s*((?:[^()\s]|\([^()\s]*\))+)\s*\)|\*\*(?=\S)([\s\S]*?\S)\*\*|\*(?=[^\s*])([\s\S]*?[^\s*])\*/g;

  function renderInline(text, parent, allowLinks = true) {
    const source = asText(text);
    const pattern = new RegExp(INLINE.source, 'g');
    let last = 0;
    let match;
    while ((match = pattern.exec(source)) !== null) {
      if (match.index > last) parent.append(document.createTextNode(source.slice(last, match.index)));
      const [whole, code, label, url, bold, italic] = match;
      if (code !== undefined) {
        parent.append(el('code', { text: code }));
      } else if (label !== undefined) {
        const href = allowLinks ? safeUrl(url) : null;
        if (href) {
          const a = externalLink(href, []);
          renderInline(label, a, false);
          parent.append(a);
        } else {
          // Not an http(s) link: show the label as plain text.
          renderInline(label, parent, false);
        }
      } else if (bold !== undefined) {
        const strong = el('strong');
        renderInline(bold, strong, allowLinks);
        parent.append(strong);
      } else if (italic !== undefined) {
        const em = el('em');
        renderInline(italic, em, allowLinks);
        parent.append(em);
      } else {
        parent.append(document.createTextNode(whole));
      }
      last = match.index + whole.length;
    }
    if (last < source.length) parent.append(document.createTextNode(source.slice(last)));
    return parent;
  }

  function renderMarkdown(text) {
    const fragment = document.createDocumentFragment();
    const lines = asText(text).replace(/\r\n?/g, '\n').split('\n');
    let paragraph = null; // lines of the open paragraph
    let list = null; // { type, node, item }

    const flushParagraph = () => {
      if (!paragraph) return;
      const p = el('p');
      paragraph.forEach((line, i) => {
        if (i > 0) p.append(el('br'));
        renderInline(line, p);
      });
      fragment.append(p);
      paragraph = null;
    };

    const listItem = (type, content, start) => {
      flushParagraph();
      if (!list || list.type !== type) {
        const node = el(type);
        if (type === 'ol' && start !== 1) node.setAttribute('start', String(start));
        fragment.append(node);
        list = { type, node, item: null };
      }
      const li = el('li');
      renderInline(content, li);
      list.node.append(li);
      list.item = li;
    };

    for (const raw of lines) {
      const line = raw.replace(/\s+$/, '');
      if (line.trim() === '') {
        flushParagraph();
        list = null;
        continue;
      }
      let m = /^\s*[-*+]\s+(.*)$/.exec(line);
      if (m) {
        listItem('ul', m[1], 1);
        continue;
      }
      m = /^\s*(\d{1,9})[.)]\s+(.*)$/.exec(line);
      if (m) {
        listItem('ol', m[2], Number.parseInt(m[1], 10));
        continue;
      }
      if (list && list.item && /^\s+\S/.test(line)) {
        // Indented continuation of the previous list item.
        list.item.append(el('br'));
        renderInline(line.trim(), list.item);
        continue;
      }
      m = /^#{1,6}\s+(.*)$/.exec(line);
      if (m) {
        flushParagraph();
        list = null;
        fragment.append(renderInline(m[1], el('p', { className: 'md-heading' })));
        continue;
      }
      list = null;
      (paragraph || (paragraph = [])).push(line.trim());
    }
    flushParagraph();
    return fragment;
  }

  // ---------------------------------------------------------------- page elements

  const log = document.getElementById('log');
  const form = document.getElementById('chat-form');
  const input = document.getElementById('chat-input');
  const sendButton = document.getElementById('chat-send');
  const newConversationButton = document.getElementById('new-conversation');
  const reducedMotion = window.matchMedia ? window.matchMedia('(prefers-reduced-motion: reduce)') : null;

  let busy = false;
  let generation = 0; // bumps on "New conversation" so late replies are dropped
  let inFlight = null;
  let typingNode = null;
  let history = [];

  function scrollBehavior() {
    return reducedMotion && reducedMotion.matches ? 'auto' : 'smooth';
  }

  function scrollToBottom() {
    log.scrollTo({ top: log.scrollHeight, behavior: scrollBehavior() });
  }

  // Show the newest reply from its top when it is taller than the log, otherwise the bottom of the log.
  function scrollToReply(node) {
    if (!node) {
      scrollToBottom();
      return;
    }
    const logBox = log.getBoundingClientRect();
    const nodeBox = node.getBoundingClientRect();
    const remaining = log.scrollHeight - (nodeBox.top - logBox.top + log.scrollTop);
    if (remaining > log.clientHeight) {
      log.scrollTo({ top: log.scrollTop + (nodeBox.top - logBox.top) - 12, behavior: scrollBehavior() });
    } else {
      scrollToBottom();
    }
  }

  function actionButton(kind, item) {
    const label = asText(item && item.label).trim();
    if (!label) return null;
    const value = item && item.value && typeof item.value === 'object' ? item.value : null;
    const button = el('button', {
      type: 'button',
      className: `chip chip-${kind}`,
      testid: kind === 'choice' ? 'reply-choice' : 'reply-suggestion',
      text: label,
    });
    button.addEventListener('click', () => {
      if (busy) return;
      button.classList.add('is-picked');
      send(label, value, false);
    });
    return button;
  }

  let labelCounter = 0;
  function nextId(prefix) {
    labelCounter += 1;
    return `${prefix}-${labelCounter}`;
  }

  function renderTable(table) {
    const columns = asArray(table.columns).map(asText);
    const rows = asArray(table.rows).map(asArray);
    if (columns.length === 0 && rows.length === 0) return null;
    const caption = asText(table.caption).trim();
    const tableNode = el('table', { className: 'reply-table', testid: 'reply-table' });
    if (caption) tableNode.append(renderInline(caption, el('caption')));
    if (columns.length) {
      const tr = el('tr');
      for (const column of columns) tr.append(renderInline(column, el('th', { scope: 'col' })));
      tableNode.append(el('thead', null, tr));
    }
    const tbody = el('tbody');
    for (const row of rows) {
      const tr = el('tr');
      const width = Math.max(columns.length, row.length);
      for (let i = 0; i < width; i += 1) tr.append(renderInline(asText(row[i]), el('td')));
      tbody.append(tr);
    }
    tableNode.append(tbody);
    // A scrollable, keyboard-focusable wrapper keeps wide tables usable on narrow screens.
    return el('div', { className: 'table-wrap', role: 'region', tabindex: '0', 'aria-label': caption || 'Table' }, tableNode);
  }

  function renderSources(sources) {
    const valid = sources.filter((s) => s && (asText(s.publisher).trim() || asText(s.title).trim()));
    if (valid.length === 0) return null;
    const labelId = nextId('sources-label');
    const list = el('ul', { className: 'source-list', testid: 'reply-sources', 'aria-labelledby': labelId });
    for (const source of valid) {
      const publisher = asText(source.publisher).trim();
      const year = asText(source.year).trim();
      const title = asText(source.title).trim();
      let name = publisher;
      if (year) name += publisher ? ` (${year})` : `(${year})`;
      const text = name && title ? `${name}: ${title}` : name || title;
      const href = safeUrl(source.url);
      const li = el('li', { className: 'source', testid: 'reply-source' });
      li.append(href ? externalLink(href, [document.createTextNode(text)]) : el('span', { text }));
      const caveat = asText(source.caveat).trim();
      if (caveat) li.append(' ', el('span', { className: 'caveat', text: `(${caveat})` }));
      list.append(li);
    }
    return el('div', { className: 'sources' }, el('p', { className: 'block-label', id: labelId, text: 'Sources' }), list);
  }

  function renderReply(reply) {
    const r = reply && typeof reply === 'object' ? reply : {};
    const kind = /^[A-Za-z][A-Za-z0-9-]{0,31}$/.test(asText(r.kind)) ? r.kind : 'message';
    const message = el('div', {
      className: `message bot kind-${kind}`,
      testid: 'message-bot',
      'data-kind': kind,
      'data-topic': r.topic === null || r.topic === undefined ? null : asText(r.topic),
      'data-confidence': typeof r.confidence === 'number' && Number.isFinite(r.confidence) ? String(r.confidence) : null,
    });
    const bubble = el('div', { className: 'bubble' });
    message.append(bubble);

    const title = asText(r.title).trim();
    if (title) bubble.append(el('h2', { className: 'reply-title', testid: 'reply-title', text: title }));

    if (asText(r.text).trim()) {
      const text = el('div', { className: 'md reply-text', testid: 'reply-text' });
      text.append(renderMarkdown(r.text));
      bubble.append(text);
    }

    for (const section of asArray(r.sections)) {
      if (!section) continue;
      const node = el('section', { className: 'reply-section' });
      const heading = asText(section.heading).trim();
      if (heading) node.append(el('h3', { text: heading }));
      const body = el('div', { className: 'md' });
      body.append(renderMarkdown(section.text));
      node.append(body);
      bubble.append(node);
    }

    if (r.table && typeof r.table === 'object') {
      const table = renderTable(r.table);
      if (table) bubble.append(table);
    }

    const choices = asArray(r.choices).map((c) => actionButton('choice', c)).filter(Boolean);
    if (choices.length) {
      bubble.append(el('div', { className: 'choices', role: 'group', 'aria-label': 'Options' }, ...choices));
    }

    const sources = renderSources(asArray(r.sources));
    if (sources) bubble.append(sources);

    const suggestions = asArray(r.suggestions).map((s) => actionButton('suggestion', s)).filter(Boolean);
    if (suggestions.length) {
      const labelId = nextId('suggestions-label');
      message.append(
        el(
          'div',
          { className: 'suggestions' },
          el('p', { className: 'block-label', id: labelId, text: 'You could also ask' }),
          el('div', { className: 'chip-row', role: 'group', 'aria-labelledby': labelId }, ...suggestions),
        ),
      );
    }
    return message;
  }

  function renderUser(text) {
    return el(
      'div',
      { className: 'message user', testid: 'message-user' },
      el('div', { className: 'bubble' }, el('p', { text })),
    );
  }

  function renderError(text) {
    return el(
      'div',
      { className: 'message bot kind-error', testid: 'message-bot', 'data-kind': 'error' },
      el('div', { className: 'bubble' }, el('p', { className: 'reply-text', testid: 'reply-text', text })),
    );
  }

  function renderWelcome() {
    const examples = EXAMPLES.map((question) => {
      const button = el('button', {
        type: 'button',
        className: 'chip chip-example',
        testid: 'example-question',
        text: question,
      });
      button.addEventListener('click', () => {
        if (!busy) send(question, null, false);
      });
      return button;
    });
    const labelId = nextId('examples-label');
    return el(
      'div',
      { className: 'message bot kind-welcome', testid: 'welcome' },
      el(
        'div',
        { className: 'bubble' },
        el('h2', { className: 'reply-title', text: 'Hi, I’m SourcingBot.' }),
        el(
          'p',
          null,
          'I help you decide whether to keep work in-house, outsource it or move it offshore or nearshore. ',
          'Ask me about definitions, risks, costs or comparisons — every answer cites its sources.',
        ),
        el('p', { className: 'block-label', id: labelId, text: 'Try one of these' }),
        el('div', { className: 'chip-row', role: 'group', 'aria-labelledby': labelId }, ...examples),
      ),
    );
  }

  function showTyping() {
    hideTyping();
    typingNode = el(
      'div',
      { className: 'typing', testid: 'typing' },
      el('span', { className: 'sr-only', text: 'SourcingBot is typing…' }),
      el(
        'div',
        { className: 'bubble typing-bubble', 'aria-hidden': 'true' },
        el('span', { className: 'dot' }),
        el('span', { className: 'dot' }),
        el('span', { className: 'dot' }),
      ),
    );
    log.append(typingNode);
    scrollToBottom();
  }

  function hideTyping() {
    if (typingNode) typingNode.remove();
    typingNode = null;
  }

  function setBusy(value) {
    busy = value;
    sendButton.disabled = value;
    document.body.classList.toggle('is-busy', value);
    log.setAttribute('aria-busy', value ? 'true' : 'false');
  }

  // ---------------------------------------------------------------- history (so a reload continues)

  function loadHistory() {
    try {
      const parsed = JSON.parse(load(KEYS.history) || '[]');
      return Array.isArray(parsed) ? parsed : [];
    } catch {
      return [];
    }
  }

  function remember(entry) {
    history.push(entry);
    if (history.length > MAX_HISTORY) history = history.slice(-MAX_HISTORY);
    save(KEYS.history, JSON.stringify(history));
  }

  function restoreHistory() {
    history = loadHistory();
    for (const entry of history) {
      if (entry && entry.role === 'user') log.append(renderUser(asText(entry.text)));
      else if (entry && entry.role === 'bot') log.append(renderReply(entry.reply));
    }
  }

  // ---------------------------------------------------------------- sending

  function problemMessage(problem, status) {
    if (problem && typeof problem === 'object') {
      const detail = asText(problem.detail).trim();
      if (detail) return detail;
      const title = asText(problem.title).trim();
      if (title) return title;
    }
    return `SourcingBot couldn't answer that (HTTP ${status}). Please try again.`;
  }

  async function send(rawText, value, typed) {
    if (busy) return;
    const text = asText(rawText).trim().slice(0, MAX_TEXT);
    if (!text && !value) return;

    const myGeneration = generation;
    const userNode = renderUser(text);
    log.append(userNode);
    remember({ role: 'user', text });
    if (typed) input.value = '';
    setBusy(true);
    showTyping();

    const body = { conversationId, userId, text };
    if (value) body.value = value;

    const controller = new AbortController();
    inFlight = controller;
    let timedOut = false;
    const timer = window.setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, REQUEST_TIMEOUT_MS);

    const added = [];
    try {
      let response;
      try {
        response = await fetch(API_URL, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json, application/problem+json' },
          body: JSON.stringify(body),
          signal: controller.signal,
          credentials: 'same-origin',
          cache: 'no-store',
        });
      } catch (err) {
        if (myGeneration !== generation) return; // cancelled by "New conversation"
        if (typed && input.value === '') input.value = text; // keep what the user wrote
        added.push(renderError(NETWORK_ERROR));
        return;
      }

      let payload = null;
      try {
        payload = await response.json();
      } catch {
        payload = null;
      }
      if (myGeneration !== generation) return;

      if (!response.ok) {
        added.push(renderError(problemMessage(payload, response.status)));
        return;
      }
      const replies = payload && Array.isArray(payload.replies) ? payload.replies : null;
      if (!replies) {
        added.push(renderError('SourcingBot sent an answer this page could not read. Please try again.'));
        return;
      }
      if (payload.conversationId && ID_PATTERN.test(payload.conversationId) && payload.conversationId !== conversationId) {
        conversationId = payload.conversationId;
        save(KEYS.conversation, conversationId);
      }
      for (const reply of replies) {
        added.push(renderReply(reply));
        remember({ role: 'bot', reply });
      }
    } finally {
      window.clearTimeout(timer);
      if (inFlight === controller) inFlight = null;
      if (myGeneration === generation) {
        if (timedOut && added.length === 0) {
          if (typed && input.value === '') input.value = text;
          added.push(renderError(NETWORK_ERROR));
        }
        hideTyping();
        for (const node of added) log.append(node);
        setBusy(false);
        scrollToReply(added[0] || null);
        input.focus({ preventScroll: true });
      }
    }
  }

  function newConversation() {
    generation += 1;
    if (inFlight) inFlight.abort();
    inFlight = null;
    hideTyping();
    setBusy(false);
    conversationId = `web-${randomId()}`;
    save(KEYS.conversation, conversationId);
    history = [];
    forget(KEYS.history);
    log.replaceChildren(renderWelcome());
    log.scrollTop = 0;
    input.focus();
  }

  // ---------------------------------------------------------------- wiring

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (busy) return;
    const text = input.value.trim();
    if (!text) {
      input.focus();
      return;
    }
    send(text, null, true);
  });

  newConversationButton.addEventListener('click', newConversation);

  log.append(renderWelcome());
  restoreHistory();
  if (history.length) scrollToBottom();
  input.focus({ preventScroll: true });
})();
