// Wires the page: sign-in, the connection, the conversation and the question box.

import { ChatConnection } from './connection.js';
import { Conversation } from './conversation.js';
import { useCurrency } from './format.js';

const TOKEN_KEY = 'poschat.token';
const $ = (id) => document.getElementById(id);

const ui = {
  signin: $('signin'),
  signinMessage: $('signin-message'),
  tokenForm: $('token-form'),
  token: $('token'),
  chat: $('chat'),
  log: $('log'),
  askForm: $('ask-form'),
  question: $('question'),
  who: $('who'),
  signOut: $('sign-out'),
  connection: $('connection'),
  connectionText: $('connection-text'),
  countdown: $('connection-countdown'),
  retryNow: $('retry-now'),
};

const conversation = new Conversation(ui.log, (text) => ask(text));
const history = [];
let historyIndex = 0;
let askCounter = 0;
let greeted = false;
let countdownTimer = null;

const connection = new ChatConnection({
  onState: showConnection,
  onReady: (ready) => {
    useCurrency(ready.tenant && ready.tenant.currency);
    ui.who.textContent = [ready.user && ready.user.name, ready.tenant && ready.tenant.name]
      .filter(Boolean)
      .join(' · ');
    ui.who.hidden = !ui.who.textContent;
    if (!greeted) {
      greeted = true;
      conversation.welcome(ready, starters(ready.permissions));
    } else {
      conversation.note('Back online.');
    }
  },
  onFrame: (frame) => {
    switch (frame.type) {
      case 'progress': conversation.progress(frame); break;
      case 'answer': conversation.answer(frame); break;
      case 'clarify': conversation.clarify(frame); break;
      case 'error': conversation.error(frame); break;
      default: break;
    }
  },
  onUnauthenticated: (message) => signOut(message || 'Please sign in again.'),
  onQueued: (sent) => conversation.setQuestionState(sent.id, 'queued'),
  onSent: (sent) => conversation.setQuestionState(sent.id, 'sent'),
});

/** Example questions that the signed-in user is allowed to ask. */
function starters(permissions) {
  const may = new Set(Array.isArray(permissions) ? permissions : []);
  return [
    may.has('reports:read') && 'What’s my revenue today?',
    may.has('reports:read') && 'Top 3 products this week',
    may.has('floor:read') && 'How many tables are free?',
    may.has('inventory:read') && 'What’s running low?',
    may.has('reports:read') && 'Card or cash today?',
  ].filter(Boolean).slice(0, 4);
}

function ask(raw) {
  const text = String(raw).trim();
  if (!text) return;
  if (history[history.length - 1] !== text) history.push(text);
  historyIndex = history.length;
  askCounter += 1;
  const question = { id: `q${askCounter}-${Math.random().toString(36).slice(2, 7)}`, text };
  conversation.question(question, 'queued');
  conversation.scrollToEnd();
  if (connection.ask(question) === 'refused') conversation.setQuestionState(question.id, 'refused');
}

function signIn(token) {
  const trimmed = String(token || '').trim();
  if (!trimmed) {
    showSignIn('Enter an access token, or pick one of the demo sign-ins.');
    ui.token.focus();
    return;
  }
  sessionStorage.setItem(TOKEN_KEY, trimmed);
  greeted = false;
  conversation.clear();
  ui.signin.hidden = true;
  ui.signinMessage.hidden = true;
  ui.chat.hidden = false;
  ui.signOut.hidden = false;
  connection.start(trimmed);
  ui.question.focus();
}

function signOut(message) {
  sessionStorage.removeItem(TOKEN_KEY);
  connection.stop();
  conversation.clear();
  ui.token.value = '';
  ui.who.hidden = true;
  ui.who.textContent = '';
  ui.signOut.hidden = true;
  ui.chat.hidden = true;
  showSignIn(message);
  ui.signin.querySelector('button').focus();
}

function showSignIn(message) {
  ui.signin.hidden = false;
  ui.signinMessage.textContent = message || '';
  ui.signinMessage.hidden = !message;
}

const STATE_TEXT = {
  'signed-out': 'Signed out',
  connecting: 'Connecting…',
  online: 'Online',
  offline: 'Offline',
};

function showConnection({ state, retryAt }) {
  ui.connection.dataset.state = state;
  ui.connectionText.textContent = STATE_TEXT[state] || state;
  ui.retryNow.hidden = state !== 'offline';
  clearInterval(countdownTimer);
  ui.countdown.textContent = '';
  if (state === 'offline' && retryAt) {
    const tick = () => {
      const seconds = Math.max(0, Math.ceil((retryAt - Date.now()) / 1000));
      ui.countdown.textContent = `— reconnecting in ${seconds} s`;
    };
    tick();
    countdownTimer = setInterval(tick, 500);
  }
}

for (const button of document.querySelectorAll('[data-token]')) {
  button.addEventListener('click', () => signIn(button.dataset.token));
}
ui.tokenForm.addEventListener('submit', (event) => {
  event.preventDefault();
  signIn(ui.token.value);
});
ui.signOut.addEventListener('click', () => signOut('You have signed out.'));
ui.retryNow.addEventListener('click', () => connection.retryNow());

ui.askForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = ui.question.value;
  ui.question.value = '';
  ask(text);
});

ui.question.addEventListener('keydown', (event) => {
  if (event.key === 'ArrowUp' && history.length > 0 && historyIndex > 0) {
    const editing = ui.question.value !== '' && ui.question.value !== history[historyIndex];
    if (editing) return;
    event.preventDefault();
    historyIndex -= 1;
    ui.question.value = history[historyIndex];
  } else if (event.key === 'ArrowDown' && historyIndex < history.length) {
    if (ui.question.value !== history[historyIndex]) return;
    event.preventDefault();
    historyIndex += 1;
    ui.question.value = historyIndex < history.length ? history[historyIndex] : '';
  }
});

const saved = sessionStorage.getItem(TOKEN_KEY);
if (saved) signIn(saved);
else showSignIn('');
