// SourcingBot web chat: plain ES2020 modules, no libraries, no build step.
// Talks only to POST api/chat (see the chat API contract). Everything the bot or the user writes is
// put into the page with createElement/textContent — never innerHTML — so no text can inject markup.
import { actionValue, asText, el, nextId } from './dom.js';
import { renderError, renderReply, renderUser } from './replies.js';
import { forget, load, randomId, save, storedId } from './storage.js';

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
const START_ASSESSMENT = { label: 'Get a recommendation', value: { action: 'assess' } };

const userId = storedId(KEYS.user, 'web-user-', ID_PATTERN);
let conversationId = storedId(KEYS.conversation, 'web-', ID_PATTERN);

// ---------------------------------------------------------------- page elements

const log = document.getElementById('log');
const form = document.getElementById('chat-form');
const input = document.getElementById('chat-input');
const inputLabel = document.querySelector('label[for="chat-input"]');
const sendButton = document.getElementById('chat-send');
const newConversationButton = document.getElementById('new-conversation');
const reducedMotion = window.matchMedia ? window.matchMedia('(prefers-reduced-motion: reduce)') : null;
const defaultPlaceholder = input.getAttribute('placeholder') || '';
const defaultLabel = inputLabel ? inputLabel.textContent : '';

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

// A button in a reply was pressed: send its label as the user's text and its value.
function act(label, value) {
  if (busy) return false;
  send(label, value, false);
  return true;
}

// The newest bot reply that asks an assessment question is marked, and its example becomes the
// input's placeholder; once a newer reply asks nothing, the defaults return. Errors (e.g. a lost
// connection) leave the question open.
function markCurrentQuestion() {
  for (const node of log.querySelectorAll('.message.is-current')) {
    node.classList.remove('is-current');
    node.removeAttribute('aria-current');
  }
  const replies = Array.from(log.querySelectorAll('.message.bot:not(.kind-error)'));
  const latest = replies[replies.length - 1];
  const asking = latest && latest.classList.contains('has-prompt') ? latest : null;
  if (asking) {
    asking.classList.add('is-current');
    asking.setAttribute('aria-current', 'step');
  }
  const example = asking ? asText(asking.getAttribute('data-example')).trim() : '';
  input.setAttribute('placeholder', example ? `e.g. ${example}` : asking ? 'Type your answer…' : defaultPlaceholder);
  if (inputLabel) inputLabel.textContent = asking ? 'Your answer' : defaultLabel;
}

function renderWelcome() {
  const examples = EXAMPLES.map((question) => {
    const button = el('button', {
      type: 'button',
      className: 'chip chip-example',
      testid: 'example-question',
      text: question,
    });
    button.addEventListener('click', () => act(question, null));
    return button;
  });
  const start = el('button', { type: 'button', className: 'chip chip-assess', testid: 'start-assessment', text: START_ASSESSMENT.label });
  start.addEventListener('click', () => act(START_ASSESSMENT.label, actionValue(START_ASSESSMENT)));
  const labelId = nextId('examples-label');
  const startId = nextId('start-label');
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
      el('p', { className: 'block-label welcome-start', id: startId, text: 'Or let me guide you with a few quick questions' }),
      el('div', { className: 'chip-row', role: 'group', 'aria-labelledby': startId }, start),
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
    else if (entry && entry.role === 'bot') log.append(renderReply(entry.reply, act));
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
    } catch {
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
      if (response.status === 429 && typed && input.value === '') input.value = text; // slowed down: keep it to resend
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
      added.push(renderReply(reply, act));
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
      markCurrentQuestion();
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
  markCurrentQuestion();
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
markCurrentQuestion();
if (history.length) scrollToBottom();
input.focus({ preventScroll: true });
