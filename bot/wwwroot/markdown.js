// Light Markdown (code, links, bold, italic, lists, headings) built as DOM nodes, never as HTML.
import { asText, el, externalLink, safeUrl } from './dom.js';

// `code` | [label](url) | **bold** | *italic*
const INLINE = /`([^`\n]+)`|\[([^\]\n]+)\]\(\s*((?:[^()\s]|\([^()\s]*\))+)\s*\)|\*\*(?=\S)([\s\S]*?\S)\*\*|\*(?=[^\s*])([\s\S]*?[^\s*])\*/g;

export function renderInline(text, parent, allowLinks = true) {
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

export function renderMarkdown(text) {
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
