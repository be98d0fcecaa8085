// Renders the messages of the conversation. `act(label, value)` sends a button's value as the user's
// turn and returns whether it was sent (false while a turn is in flight).
import { actionValue, asArray, asText, el, externalLink, nextId, safeUrl } from './dom.js';
import { renderInline, renderMarkdown } from './markdown.js';
import { isCommand, readPrompt, renderCopyButton, renderOptionGroup, renderProgress } from './assessment.js';

const TEST_IDS = { choice: 'reply-choice', suggestion: 'reply-suggestion' };

function actionButton(kind, item, act, extraClass) {
  const label = asText(item && item.label).trim();
  if (!label) return null;
  const value = actionValue(item);
  const button = el('button', {
    type: 'button',
    className: `chip chip-${kind}${extraClass ? ` ${extraClass}` : ''}`,
    testid: TEST_IDS[kind] || TEST_IDS.suggestion,
    text: label,
  });
  button.addEventListener('click', () => {
    if (act(label, value)) button.classList.add('is-picked');
  });
  return button;
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

function isChange(item) {
  return isCommand(item, 'change') || /^change\b/i.test(asText(item && item.label).trim());
}

// Single choices as buttons; "Change: …" answers as a compact row. On a summary the remaining
// choice ("Show my recommendation") is the primary action.
function renderChoices(r, kind, act) {
  const all = asArray(r.choices);
  const changes = all.filter(isChange);
  const main = all.filter((item) => !isChange(item));
  const nodes = [];
  const confirm = main.findIndex((item) => isCommand(item, 'confirm'));
  const primary = kind === 'summary' ? Math.max(confirm, 0) : -1;
  const mainButtons = main.map((item, i) => actionButton('choice', item, act, i === primary ? 'chip-primary' : null)).filter(Boolean);
  if (mainButtons.length) nodes.push(el('div', { className: 'choices', role: 'group', 'aria-label': 'Options' }, ...mainButtons));
  const changeButtons = changes.map((item) => actionButton('choice', item, act, 'chip-change')).filter(Boolean);
  if (changeButtons.length) {
    const labelId = nextId('change-label');
    nodes.push(
      el(
        'div',
        { className: 'change-choices' },
        el('p', { className: 'block-label', id: labelId, text: 'Change an answer' }),
        el('div', { className: 'chip-row chip-row-compact', role: 'group', 'aria-labelledby': labelId }, ...changeButtons),
      ),
    );
  }
  return nodes;
}

// Assessment commands (why, skip, back, cancel …) as small buttons; anything else as "You could also ask".
function renderSuggestions(r, act) {
  const all = asArray(r.suggestions);
  const commands = all.filter((item) => isCommand(item)).map((item) => actionButton('suggestion', item, act, 'chip-command')).filter(Boolean);
  const questions = all
    .filter((item) => !isCommand(item))
    .map((item) => actionButton('suggestion', item, act, actionValue(item)?.action === 'assess' ? 'chip-assess' : null))
    .filter(Boolean);
  const nodes = [];
  if (commands.length) {
    nodes.push(el('div', { className: 'suggestions commands chip-row', role: 'group', 'aria-label': 'Assessment commands' }, ...commands));
  }
  if (questions.length) {
    const labelId = nextId('suggestions-label');
    nodes.push(
      el(
        'div',
        { className: 'suggestions' },
        el('p', { className: 'block-label', id: labelId, text: 'You could also ask' }),
        el('div', { className: 'chip-row', role: 'group', 'aria-labelledby': labelId }, ...questions),
      ),
    );
  }
  return nodes;
}

// "Question 3 of 13: Team size" shows as "Team size" under a progress bar that already says it.
function withoutProgress(title, prompt) {
  if (!prompt) return title;
  const prefix = `Question ${prompt.position} of ${prompt.count}`;
  if (!title.startsWith(prefix)) return title;
  return title.slice(prefix.length).replace(/^\s*[:–—-]\s*/, '') || title;
}

export function renderReply(reply, act) {
  const r = reply && typeof reply === 'object' ? reply : {};
  const kind = /^[A-Za-z][A-Za-z0-9-]{0,31}$/.test(asText(r.kind)) ? r.kind : 'message';
  const prompt = readPrompt(r.prompt);
  const message = el('div', {
    className: `message bot kind-${kind}${prompt ? ' has-prompt' : ''}`,
    testid: 'message-bot',
    'data-kind': kind,
    'data-topic': r.topic === null || r.topic === undefined ? null : asText(r.topic),
    'data-confidence': typeof r.confidence === 'number' && Number.isFinite(r.confidence) ? String(r.confidence) : null,
    'data-step': prompt ? prompt.stepId : null,
    'data-example': prompt && prompt.example ? prompt.example : null,
  });
  const bubble = el('div', { className: 'bubble' });
  message.append(bubble);

  const progress = prompt ? renderProgress(prompt) : null;
  if (progress) bubble.append(progress);

  const title = withoutProgress(asText(r.title).trim(), progress ? prompt : null);
  if (title) bubble.append(el('h2', { className: 'reply-title', testid: 'reply-title', text: title }));

  let textId = null;
  if (asText(r.text).trim()) {
    textId = nextId('reply-text');
    const text = el('div', { className: 'md reply-text', testid: 'reply-text', id: textId });
    text.append(renderMarkdown(r.text));
    bubble.append(text);
  }

  for (const section of asArray(r.sections)) {
    if (!section) continue;
    const node = el('section', { className: 'reply-section', testid: 'reply-section' });
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

  const options = prompt && prompt.multiSelect ? renderOptionGroup(prompt, prompt.options.length ? prompt.options : asArray(r.choices), textId, act) : null;
  if (options) bubble.append(options);
  else bubble.append(...renderChoices(r, kind, act));

  const copyText = asText(r.copyText);
  if (copyText.trim()) bubble.append(renderCopyButton(copyText));

  const sources = renderSources(asArray(r.sources));
  if (sources) bubble.append(sources);

  message.append(...renderSuggestions(r, act));
  return message;
}

export function renderUser(text) {
  return el('div', { className: 'message user', testid: 'message-user' }, el('div', { className: 'bubble' }, el('p', { text })));
}

export function renderError(text) {
  return el(
    'div',
    { className: 'message bot kind-error', testid: 'message-bot', 'data-kind': 'error' },
    el('div', { className: 'bubble' }, el('p', { className: 'reply-text', testid: 'reply-text', text })),
  );
}
