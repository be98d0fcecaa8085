// DOM helpers of the web chat. Everything the bot or the user writes goes into the page with
// createElement/textContent — never innerHTML — so no text can inject markup.

export function el(tag, props, ...children) {
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

export function asText(value) {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : String(value);
}

export function asArray(value) {
  return Array.isArray(value) ? value : [];
}

// A button's value: a flat object, or null.
export function actionValue(item) {
  return item && item.value && typeof item.value === 'object' && !Array.isArray(item.value) ? item.value : null;
}

export function safeUrl(raw) {
  try {
    const url = new URL(asText(raw).trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function externalLink(href, children) {
  const a = el('a', { href, target: '_blank', rel: 'noopener noreferrer' });
  a.append(...children);
  return a;
}

let idCounter = 0;
export function nextId(prefix) {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}
