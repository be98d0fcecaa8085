// The guided assessment's inputs: progress, the multiple-choice group and "Copy summary".
import { actionValue, asArray, asText, el, nextId } from './dom.js';

// The reply's prompt with its fields checked, or null when it asks nothing.
export function readPrompt(raw) {
  if (!raw || typeof raw !== 'object') return null;
  const count = Number.isInteger(raw.count) && raw.count > 0 ? raw.count : null;
  const position = Number.isInteger(raw.position) && raw.position > 0 && (!count || raw.position <= count) ? raw.position : null;
  return {
    stepId: asText(raw.stepId),
    kind: asText(raw.kind),
    multiSelect: raw.multiSelect === true,
    options: asArray(raw.options),
    example: asText(raw.example).trim(),
    position,
    count,
  };
}

export function isCommand(item, command) {
  const value = actionValue(item);
  return !!value && value.action === 'command' && (command === undefined || value.command === command);
}

export function renderProgress(prompt) {
  if (!prompt.position || !prompt.count) return null;
  const text = `Question ${prompt.position} of ${prompt.count}`;
  const fill = el('span', { className: 'progress-fill' });
  // CSSOM, not a style attribute, so the page's style-src 'self' policy allows it.
  fill.style.width = `${Math.round((prompt.position / prompt.count) * 1000) / 10}%`;
  return el(
    'div',
    {
      className: 'assessment-progress',
      testid: 'assessment-progress',
      role: 'progressbar',
      'aria-label': 'Assessment progress',
      'aria-valuemin': '0',
      'aria-valuemax': String(prompt.count),
      'aria-valuenow': String(prompt.position),
      'aria-valuetext': text,
    },
    el('span', { className: 'progress-text', text }),
    el('span', { className: 'progress-track', 'aria-hidden': 'true' }, fill),
  );
}

// Checkboxes and a "Done" button; sends one answer with the option values comma-separated and
// the labels as the user's text.
export function renderOptionGroup(prompt, options, describedBy, onSubmit) {
  const items = options
    .map((option) => ({ label: asText(option && option.label).trim(), value: actionValue(option) }))
    .filter((option) => option.label && option.value && asText(option.value.options));
  if (items.length === 0) return null;

  const name = nextId(`options-${prompt.stepId || 'step'}`);
  const form = el('form', { className: 'option-group', testid: 'reply-options', 'aria-describedby': describedBy });
  const fieldset = el('fieldset');
  fieldset.append(el('legend', { className: 'sr-only', text: 'Choose one or more, then press Done' }));
  const list = el('div', { className: 'option-list' });
  const boxes = items.map((item) => {
    const box = el('input', { type: 'checkbox', name, value: asText(item.value.options) });
    list.append(el('label', { className: 'option', testid: 'reply-option' }, box, el('span', { text: item.label })));
    return { box, item };
  });
  fieldset.append(list);

  const done = el('button', { type: 'submit', className: 'btn btn-primary btn-small', testid: 'reply-options-submit', text: 'Done' });
  done.disabled = true;
  form.append(fieldset, el('div', { className: 'option-actions' }, done));

  const checked = () => boxes.filter(({ box }) => box.checked).map(({ item }) => item);
  form.addEventListener('change', () => {
    for (const { box } of boxes) box.parentElement.classList.toggle('is-checked', box.checked);
    done.disabled = checked().length === 0;
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const picked = checked();
    if (picked.length === 0) return;
    const value = {
      ...picked[0].value,
      action: 'answer',
      step: asText(picked[0].value.step) || prompt.stepId,
      options: picked.map((item) => asText(item.value.options)).join(','),
    };
    if (onSubmit(picked.map((item) => item.label).join(', '), value)) form.classList.add('is-sent');
  });
  return form;
}

export function renderCopyButton(copyText) {
  const button = el('button', { type: 'button', className: 'btn btn-secondary btn-small copy-button', testid: 'copy-summary', text: 'Copy summary' });
  const status = el('span', { className: 'copy-status', testid: 'copy-status', role: 'status', 'aria-live': 'polite' });
  const row = el('div', { className: 'copy-row' }, button, status);
  let fallback = null;
  button.addEventListener('click', async () => {
    status.textContent = '';
    const copied = (await copyWithClipboardApi(copyText)) || copyWithSelection(copyText, row, button);
    if (copied) {
      status.textContent = 'Copied';
      return;
    }
    // Neither way worked (e.g. clipboard blocked): show the text ready to copy by hand.
    status.textContent = 'Copying is blocked here: the summary is selected below, press Ctrl+C (⌘C on a Mac).';
    if (!fallback) {
      fallback = el('textarea', { className: 'copy-fallback', readonly: true, rows: '8', 'aria-label': 'Summary to copy' });
      fallback.value = copyText;
      row.after(fallback);
    }
    fallback.focus();
    fallback.select();
  });
  return row;
}

async function copyWithClipboardApi(text) {
  try {
    if (!navigator.clipboard || typeof navigator.clipboard.writeText !== 'function') return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

// The pre-Clipboard-API way: select the text in an off-screen textarea and run the copy command.
function copyWithSelection(text, host, returnFocusTo) {
  const buffer = el('textarea', { className: 'copy-buffer', readonly: true, tabindex: '-1', 'aria-hidden': 'true' });
  buffer.value = text;
  host.append(buffer);
  let copied = false;
  try {
    buffer.select();
    buffer.setSelectionRange(0, text.length);
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  buffer.remove();
  returnFocusTo.focus();
  return copied;
}
