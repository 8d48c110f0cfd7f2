/* Citizen web chat over the Rasa socket.io channel (custom_components/socketio_channel.py).
 *
 * Protocol: emit "session_request" {session_id} on every (re)connect; the server answers
 * "session_confirm" with the conversation id it issued (kept in localStorage, so a reload or a
 * reconnect continues the same conversation). User messages: "user_uttered" {message, session_id}.
 * Bot messages arrive on "bot_uttered": {text?, quick_replies?, custom?, source_links?,
 * message_id, rate?} or, from an operator, {text, operator: {name}, message_id}. Votes: "feedback"
 * {message_id, rating: "up"|"down"} with an acknowledgement {ok}.
 * Every text is inserted as text (never as HTML); links are http(s) only.
 */
(function () {
  "use strict";

  var SESSION_KEY = "minsheng.session";
  var PRIVACY_KEY = "minsheng.privacy_ack";
  var TYPING_TIMEOUT_MS = 30000;
  var HANDOFF_PAYLOAD = "/request_human";

  var messages = document.getElementById("messages");
  var input = document.getElementById("chat-input");
  var send = document.getElementById("chat-send");
  var form = document.getElementById("composer");
  var typing = document.getElementById("typing");
  var status = document.getElementById("connection-status");
  var handoff = document.getElementById("handoff-button");
  var sessionLabel = document.getElementById("session-id");
  var notice = document.getElementById("privacy-notice");

  var sessionId = null;
  var typingTimer = null;

  function stored(key) {
    try { return window.localStorage.getItem(key); } catch (e) { return null; }
  }
  function store(key, value) {
    try { window.localStorage.setItem(key, value); } catch (e) { /* private mode: no memory */ }
  }

  if (stored(PRIVACY_KEY) === "1") { notice.hidden = true; }
  document.getElementById("privacy-ok").addEventListener("click", function () {
    notice.hidden = true;
    store(PRIVACY_KEY, "1");
  });

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function scrollDown() { messages.scrollTop = messages.scrollHeight; }

  function showTyping(on) {
    typing.hidden = !on;
    if (typingTimer) { clearTimeout(typingTimer); typingTimer = null; }
    if (on) { typingTimer = setTimeout(function () { typing.hidden = true; }, TYPING_TIMEOUT_MS); }
  }

  function addUser(text) {
    var wrap = el("div", "msg msg-user");
    wrap.setAttribute("data-testid", "msg-user");
    wrap.appendChild(el("div", "bubble", text));
    messages.appendChild(wrap);
    scrollDown();
  }

  function addSystem(text) {
    var wrap = el("div", "msg msg-system");
    wrap.setAttribute("data-testid", "msg-system");
    wrap.appendChild(el("div", "bubble", text));
    messages.appendChild(wrap);
    scrollDown();
  }

  function safeUrl(url) {
    return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null;
  }

  function sourcesOf(data) {
    var custom = data.custom || {};
    if (Array.isArray(data.source_links) && data.source_links.length) { return data.source_links; }
    if (!Array.isArray(custom.sources)) { return []; }
    return custom.sources.map(function (s) {
      return typeof s === "object" && s ? s : { id: String(s), title: String(s), url: "" };
    });
  }

  function renderSources(wrap, data) {
    var sources = sourcesOf(data);
    if (!sources.length) { return; }
    var box = el("div", "sources");
    box.appendChild(el("span", null, "来源："));
    sources.forEach(function (s) {
      var url = safeUrl(s.url);
      var title = s.title || s.id || "办事指南";
      var node;
      if (url) {
        node = el("a", null, title);
        node.href = url;
        node.target = "_blank";
        node.rel = "noopener noreferrer";
      } else {
        node = el("span", null, title);
      }
      node.setAttribute("data-testid", "source-link");
      box.appendChild(node);
    });
    wrap.appendChild(box);
  }

  function renderQuickReplies(wrap, replies) {
    if (!Array.isArray(replies) || !replies.length) { return; }
    var box = el("div", "quick-replies");
    replies.forEach(function (r) {
      var title = r.title || r.payload || "";
      if (safeUrl(r.url)) {
        var link = el("a", "quick-reply", title);
        link.href = safeUrl(r.url);
        link.target = "_blank";
        link.rel = "noopener noreferrer";
        link.setAttribute("data-testid", "quick-reply");
        box.appendChild(link);
        return;
      }
      var button = el("button", "quick-reply", title);
      button.type = "button";
      button.setAttribute("data-testid", "quick-reply");
      button.addEventListener("click", function () {
        box.querySelectorAll("button").forEach(function (b) { b.disabled = true; });
        sendMessage(r.payload || title, title);
      });
      box.appendChild(button);
    });
    wrap.appendChild(box);
  }

  function renderFeedback(wrap, messageId) {
    var box = el("div", "feedback");
    box.appendChild(el("span", null, "这个回答有帮助吗？"));
    [["up", "👍", "有帮助"], ["down", "👎", "没帮助"]].forEach(function (spec) {
      var button = el("button", null, spec[1]);
      button.type = "button";
      button.setAttribute("aria-label", spec[2]);
      button.setAttribute("aria-pressed", "false");
      button.setAttribute("data-testid", "feedback-" + spec[0]);
      button.addEventListener("click", function () {
        if (!socket.connected) { return; }
        socket.emit("feedback", { message_id: messageId, rating: spec[0] }, function (ack) {
          if (!ack || !ack.ok) { return; }
          box.querySelectorAll("button").forEach(function (b) {
            b.setAttribute("aria-pressed", b === button ? "true" : "false");
          });
          wrap.setAttribute("data-feedback", spec[0]);
        });
      });
      box.appendChild(button);
    });
    wrap.appendChild(box);
  }

  function addBot(data) {
    var custom = data.custom || {};
    var hasText = typeof data.text === "string" && data.text.length > 0;
    var replies = data.quick_replies || [];
    if (!hasText && !replies.length && !sourcesOf(data).length) { return; }
    var operator = data.operator && typeof data.operator === "object";
    var wrap = el("div", operator ? "msg msg-operator" : "msg msg-bot");
    wrap.setAttribute("data-testid", operator ? "msg-operator" : "msg-bot");
    if (data.message_id) { wrap.setAttribute("data-message-id", String(data.message_id)); }
    if (operator) {
      wrap.appendChild(el("span", "who", "人工坐席 " + (data.operator.name || "")));
    }
    if (hasText) {
      var bubble = el("div", "bubble");
      if (custom.generated === true) {
        var label = el("span", "ai-label", "AI生成");
        label.setAttribute("data-testid", "ai-label");
        label.title = "本回答由人工智能根据办事指南生成，请以来源为准";
        bubble.appendChild(label);
      }
      bubble.appendChild(document.createTextNode(data.text));
      wrap.appendChild(bubble);
    }
    renderSources(wrap, data);
    renderQuickReplies(wrap, replies);
    if (!operator && data.rate && data.message_id && hasText) {
      renderFeedback(wrap, String(data.message_id));
    }
    messages.appendChild(wrap);
    scrollDown();
  }

  var socket = io({ path: "/socket.io", transports: ["websocket", "polling"] });

  function setConnected(on) {
    status.textContent = on ? "在线" : "正在重新连接…";
    send.disabled = !on;
    handoff.disabled = !on;
  }
  setConnected(false);
  status.textContent = "连接中…";

  socket.on("connect", function () {
    socket.emit("session_request", { session_id: sessionId || stored(SESSION_KEY) });
  });
  socket.on("disconnect", function () { setConnected(false); });
  socket.on("session_confirm", function (id) {
    var previous = sessionId || stored(SESSION_KEY);
    sessionId = String(id);
    store(SESSION_KEY, sessionId);
    sessionLabel.textContent = sessionId;
    setConnected(true);
    if (!messages.children.length) {
      addSystem(previous === sessionId
        ? "已恢复您之前的对话，可以继续提问。"
        : "您好！我是12345政务服务智能助手，可以解答办事问题、受理投诉建议、查询工单。");
    }
  });
  socket.on("bot_uttered", function (data) {
    if (!data || typeof data !== "object") { return; }
    showTyping(false);
    addBot(data);
  });

  function sendMessage(payload, shown) {
    var text = (payload || "").trim();
    if (!text || !socket.connected) { return false; }
    addUser(shown || text);
    socket.emit("user_uttered", { message: text, session_id: sessionId });
    showTyping(true);
    return true;
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (sendMessage(input.value)) { input.value = ""; }
    input.focus();
  });
  handoff.addEventListener("click", function () { sendMessage(HANDOFF_PAYLOAD, "转人工"); });
})();
