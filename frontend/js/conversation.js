// The message list: questions, live progress, answers with charts, chips and details, errors.

import { chartFor } from './charts.js';
import { detailsFor, statusName } from './details.js';
import { el, fill } from './dom.js';
import { formatMs } from './format.js';

const ERROR_TITLES = {
  forbidden: 'Not available for your role',
  rate_limited: 'Too many questions at once',
  too_large: 'That question is too long',
  bad_request: 'I could not read that',
  internal: 'Sorry — no answer this time',
};

export class Conversation {
  /** @param {HTMLElement} log the role="log" element; @param {(text: string) => void} ask */
  constructor(log, ask) {
    this.log = log;
    this.ask = ask;
    this.turns = new Map(); // question id → { question, reply }
  }

  clear() {
    this.log.replaceChildren();
    this.turns.clear();
  }

  welcome(ready, starters) {
    const name = ready.user && ready.user.name ? String(ready.user.name).split(' ')[0] : '';
    const place = ready.tenant && ready.tenant.name ? ` at ${ready.tenant.name}` : '';
    this.append(el('div', { class: 'msg msg-bot msg-welcome' },
      el('p', { text: `Hi${name ? ` ${name}` : ''}! Ask me about your restaurant${place} in plain words.` }),
      this.chips('Try', starters)));
  }

  /** A line about the connection, not part of any question. */
  note(text) {
    this.append(el('p', { class: 'note', text }));
  }

  /** The staff member's question, with a state line while it cannot be sent. */
  question(ask, state) {
    const status = el('span', { class: 'q-status' });
    const bubble = el('div', { class: 'msg msg-user', 'data-id': ask.id },
      el('p', { class: 'q-text', text: ask.text }), status);
    const reply = el('div', { class: 'msg msg-bot pending', 'data-id': ask.id, 'aria-busy': 'true' });
    this.turns.set(ask.id, { bubble, status, reply, text: ask.text });
    this.append(bubble);
    this.setQuestionState(ask.id, state);
    return bubble;
  }

  setQuestionState(id, state) {
    const turn = this.turns.get(id);
    if (!turn) return;
    turn.bubble.dataset.state = state;
    turn.status.textContent = {
      queued: 'Waiting for the connection — I’ll send it when we’re back.',
      refused: 'Not sent: too many questions are waiting for the connection.',
      sent: '',
    }[state] || '';
    if (state === 'sent' && !turn.reply.isConnected) {
      fill(turn.reply, this.progressLine());
      this.append(turn.reply);
    }
    if (state === 'queued' && turn.reply.isConnected) {
      turn.reply.remove();
      turn.reply.replaceChildren();
    }
  }

  progressLine() {
    return el('div', { class: 'progress' },
      el('span', { class: 'progress-label', text: 'Asking' }),
      el('ul', { class: 'progress-chips', 'aria-label': 'Services answered so far' }),
      el('span', { class: 'thinking', 'aria-hidden': 'true' }, el('i'), el('i'), el('i')));
  }

  progress(frame) {
    const turn = this.turns.get(frame.id);
    const chips = turn && turn.reply.querySelector('.progress-chips');
    if (!chips) return;
    const ok = frame.status === 'ok' || frame.status === 'stale';
    chips.append(el('li', { class: `service-chip ${ok ? 'ok' : 'bad'}`, 'data-status': frame.status },
      el('span', { text: frame.service }),
      el('span', { class: 'mark', text: ok ? ' ✓' : ` ✕ ${statusName(frame.status)}` }),
      el('span', { class: 'ms', text: ` ${formatMs(frame.ms)}` })));
  }

  answer(frame) {
    const meta = frame.meta || {};
    const reply = this.replyFor(frame.id);
    reply.className = `msg msg-bot answer${meta.partial ? ' partial' : ''}`;
    if (frame.intent) reply.dataset.intent = frame.intent;
    const chart = chartFor(frame.data);
    fill(reply,
      meta.partial ? el('p', { class: 'badge', text: 'Partial answer' }) : null,
      el('p', { class: 'answer-text', text: frame.text }),
      chart,
      this.chips(frame.intent === 'out_of_scope' ? 'You could ask' : 'Ask next', frame.suggestions),
      detailsFor(meta));
    this.settle(reply);
  }

  clarify(frame) {
    const reply = this.replyFor(frame.id);
    reply.className = 'msg msg-bot clarify';
    const options = Array.isArray(frame.options) ? frame.options : [];
    const list = el('div', { class: 'chips', role: 'group', 'aria-label': 'Choose one' });
    for (const option of options) {
      list.append(this.chip(option.label || option.text, option.text));
    }
    fill(reply, el('p', { class: 'answer-text', text: frame.text }), list);
    this.settle(reply);
  }

  error(frame) {
    const reply = this.replyFor(frame.id);
    reply.className = `msg msg-bot msg-error error-${String(frame.code || 'unknown').replace(/[^a-z_]/g, '')}`;
    const again = frame.id && ['rate_limited', 'internal'].includes(frame.code) && this.turns.get(frame.id);
    fill(reply,
      el('p', { class: 'error-title', text: ERROR_TITLES[frame.code] || 'That did not work' }),
      el('p', { class: 'answer-text', text: frame.message || '' }),
      again ? el('div', { class: 'chips' }, this.chip('Ask again', again.text)) : null);
    this.settle(reply);
  }

  /** The reply slot of a question; a frame with an unknown or no id gets a slot of its own. */
  replyFor(id) {
    const turn = id && this.turns.get(id);
    if (turn) {
      if (!turn.reply.isConnected) this.append(turn.reply);
      return turn.reply;
    }
    const reply = el('div', { class: 'msg msg-bot' });
    this.append(reply);
    return reply;
  }

  settle(reply) {
    reply.removeAttribute('aria-busy');
    reply.classList.remove('pending');
    this.scrollToEnd();
  }

  chips(label, texts) {
    if (!Array.isArray(texts) || texts.length === 0) return null;
    return el('div', { class: 'chips', role: 'group', 'aria-label': label },
      texts.filter((t) => typeof t === 'string' && t.trim()).map((t) => this.chip(t, t)));
  }

  chip(label, text) {
    return el('button', { type: 'button', class: 'chip', text: label, onclick: () => this.ask(text) });
  }

  append(node) {
    const atEnd = this.log.scrollHeight - this.log.scrollTop - this.log.clientHeight < 80;
    this.log.append(node);
    if (atEnd) this.scrollToEnd();
  }

  scrollToEnd() {
    this.log.scrollTop = this.log.scrollHeight;
  }
}
