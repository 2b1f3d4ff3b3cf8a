// One WebSocket to /ws/chat that signs in with an auth frame, keeps itself alive, reconnects with
// exponential backoff and holds questions asked while it is down until it is back.

const BASE_DELAY_MS = 1000;
const MAX_DELAY_MS = 30000;
const PING_EVERY_MS = 25000;
const PONG_WITHIN_MS = 10000;
const MAX_QUEUED = 10;

export class ChatConnection {
  /**
   * @param {object} handlers onState({state, retryAt}), onReady(frame), onFrame(frame),
   *   onUnauthenticated(message), onQueued(ask), onSent(ask)
   */
  constructor(handlers) {
    this.handlers = handlers;
    this.token = null;
    this.socket = null;
    this.ready = false;
    this.attempt = 0;
    this.retryTimer = null;
    this.pingTimer = null;
    this.pongTimer = null;
    this.queue = [];          // asks not yet sent, in order
    this.inFlight = new Map(); // id → ask sent on the current socket and not answered yet
    window.addEventListener('online', () => this.retryNow());
  }

  start(token) {
    this.stop();
    this.token = token;
    this.attempt = 0;
    this.open();
  }

  /** Signs out: closes the socket and forgets the token and anything queued. */
  stop() {
    this.token = null;
    this.queue = [];
    this.inFlight.clear();
    clearTimeout(this.retryTimer);
    this.stopHeartbeat();
    if (this.socket) {
      const socket = this.socket;
      this.socket = null;
      socket.close(1000, 'signed out');
    }
    this.ready = false;
    this.setState('signed-out');
  }

  /**
   * Sends a question now, or keeps it for when the connection is back.
   * @returns {'sent'|'queued'|'refused'}
   */
  ask(ask) {
    if (this.ready) {
      this.send(ask);
      return 'sent';
    }
    if (this.queue.length >= MAX_QUEUED) return 'refused';
    this.queue.push(ask);
    return 'queued';
  }

  retryNow() {
    if (!this.token || this.socket) return;
    clearTimeout(this.retryTimer);
    this.open();
  }

  open() {
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    const socket = new WebSocket(`${scheme}//${location.host}/ws/chat`);
    this.socket = socket;
    this.ready = false;
    this.setState('connecting');
    socket.addEventListener('open', () => {
      socket.send(JSON.stringify({ type: 'auth', token: this.token }));
    });
    socket.addEventListener('message', (event) => {
      if (socket === this.socket) this.receive(event.data);
    });
    socket.addEventListener('close', (event) => {
      if (socket === this.socket) this.closed(event);
    });
    // A failed socket always closes as well; the close handler does the work.
    socket.addEventListener('error', () => {});
  }

  receive(raw) {
    let frame;
    try {
      frame = JSON.parse(raw);
    } catch {
      return;
    }
    if (!frame || typeof frame !== 'object') return;
    this.armPongTimeout(false);
    if (frame.type === 'ready') {
      this.ready = true;
      this.attempt = 0;
      this.setState('online');
      this.startHeartbeat();
      this.handlers.onReady(frame);
      this.flush();
      return;
    }
    if (frame.type === 'pong') return;
    if (frame.type === 'error' && frame.code === 'unauthenticated') {
      const message = frame.message;
      this.stop();
      this.handlers.onUnauthenticated(message);
      return;
    }
    if ((frame.type === 'answer' || frame.type === 'clarify' || frame.type === 'error') && frame.id) {
      this.inFlight.delete(frame.id);
    }
    this.handlers.onFrame(frame);
  }

  closed(event) {
    this.socket = null;
    clearTimeout(this.retryTimer);
    this.ready = false;
    this.stopHeartbeat();
    if (!this.token) return;
    if (event.code === 1008) {
      // Policy close without an error frame first: the server no longer accepts this sign-in.
      this.stop();
      this.handlers.onUnauthenticated('Your session was closed. Sign in again.');
      return;
    }
    // The server cancels unanswered questions when a socket goes; ask them again once back.
    this.queue = [...this.inFlight.values(), ...this.queue];
    for (const ask of this.inFlight.values()) this.handlers.onQueued(ask);
    this.inFlight.clear();
    const delay = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** this.attempt);
    const jittered = Math.round(delay * (0.8 + Math.random() * 0.4));
    this.attempt += 1;
    this.setState('offline', Date.now() + jittered);
    this.retryTimer = setTimeout(() => this.open(), jittered);
  }

  flush() {
    const waiting = this.queue;
    this.queue = [];
    for (const ask of waiting) this.send(ask);
  }

  send(ask) {
    this.inFlight.set(ask.id, ask);
    this.socket.send(JSON.stringify({ type: 'ask', id: ask.id, text: ask.text }));
    this.handlers.onSent(ask);
  }

  startHeartbeat() {
    this.stopHeartbeat();
    this.pingTimer = setInterval(() => {
      if (!this.ready) return;
      this.socket.send(JSON.stringify({ type: 'ping' }));
      this.armPongTimeout(true);
    }, PING_EVERY_MS);
  }

  /** A socket that stops answering pings is dead even if the browser has not noticed yet. */
  armPongTimeout(waiting) {
    clearTimeout(this.pongTimer);
    if (!waiting) return;
    const socket = this.socket;
    this.pongTimer = setTimeout(() => {
      if (!socket || socket !== this.socket) return;
      this.socket = null;
      socket.close(4000, 'no pong');
      this.closed({ code: 4000 });
    }, PONG_WITHIN_MS);
  }

  stopHeartbeat() {
    clearInterval(this.pingTimer);
    clearTimeout(this.pongTimer);
  }

  setState(state, retryAt) {
    this.handlers.onState({ state, retryAt });
  }
}
