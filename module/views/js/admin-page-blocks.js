/**
 * The "EBP documents" blocks of PrestaShop's Customer and Order pages (views/templates/hook/admin-documents-block.tpl).
 * Every URL, token and wording comes from the block's markup (built by PHP); this script only posts to the module's
 * AJAX door (AdminEbpdocuments, ajax=1) and reloads the page when something changed.
 */
(function () {
  'use strict';

  function show(block, kind, text) {
    var box = block.querySelector('[data-ebpdocuments-message]');
    if (!box) {
      return;
    }
    box.className = 'alert alert-' + kind;
    box.textContent = text;
  }

  function send(block, body, isForm) {
    var init = { method: 'POST', credentials: 'same-origin', headers: { Accept: 'application/json' }, body: body };
    if (!isForm) {
      init.headers['Content-Type'] = 'application/json';
    }
    var expired = { ok: false, error: { code: 'unauthenticated', message: block.getAttribute('data-msg-session') } };
    return fetch(block.getAttribute('data-ajax-url'), init).then(function (response) {
      return response.text().then(function (text) {
        var json = null;
        try {
          json = JSON.parse(text);
        } catch (e) {
          json = null;
        }
        return json && typeof json.ok === 'boolean' ? json : expired;
      });
    }, function () {
      return expired;
    });
  }

  function done(block, kind, text, reload) {
    show(block, kind, text);
    if (reload) {
      window.setTimeout(function () {
        window.location.reload();
      }, 900);
    }
  }

  function failed(block, answer, form) {
    var error = answer.error || {};
    show(block, 'danger', error.message || '');
    if (form && error.field) {
      var input = form.querySelector('[name="' + error.field + '"]');
      if (input) {
        input.classList.add('is-invalid');
        input.focus();
      }
    }
  }

  function setBusy(block, busy) {
    Array.prototype.forEach.call(block.querySelectorAll('button'), function (button) {
      button.disabled = busy;
    });
    if (busy) {
      show(block, 'info', block.getAttribute('data-msg-working'));
    }
  }

  function upload(block, form) {
    Array.prototype.forEach.call(form.querySelectorAll('.is-invalid'), function (input) {
      input.classList.remove('is-invalid');
    });
    var data = new FormData(form);
    data.append('action', 'uploadDocument');
    setBusy(block, true);
    send(block, data, true).then(function (answer) {
      setBusy(block, false);
      if (!answer.ok) {
        failed(block, answer, form);
        return;
      }
      var outcome = answer.data.outcome;
      done(block, 'success', block.getAttribute('data-msg-' + outcome) || '', outcome !== 'unchanged');
    });
  }

  function act(block, button) {
    var action = button.getAttribute('data-ebpdocuments-action');
    var id = parseInt(button.getAttribute('data-id'), 10);
    var params;
    if (action === 'assignDocument') {
      params = { id: id, customerId: parseInt(button.getAttribute('data-customer-id'), 10), rememberCode: false };
    } else if (action === 'deleteDocuments') {
      if (!window.confirm(block.getAttribute('data-msg-confirm-delete'))) {
        return;
      }
      params = { ids: [id] };
    } else {
      params = { id: id };
    }
    setBusy(block, true);
    send(block, JSON.stringify({ action: action, params: params }), false).then(function (answer) {
      setBusy(block, false);
      if (!answer.ok) {
        failed(block, answer, null);
        return;
      }
      if (action === 'resendDocumentMail') {
        done(block, answer.data.sent ? 'success' : 'warning', block.getAttribute(answer.data.sent ? 'data-msg-sent' : 'data-msg-not-sent'), false);
      } else {
        done(block, 'success', block.getAttribute(action === 'assignDocument' ? 'data-msg-attached' : 'data-msg-deleted'), true);
      }
    });
  }

  function init(block) {
    if (block.getAttribute('data-ebpdocuments-ready')) {
      return;
    }
    block.setAttribute('data-ebpdocuments-ready', '1');
    var toggle = block.querySelector('[data-ebpdocuments-toggle]');
    var form = block.querySelector('[data-ebpdocuments-upload]');
    if (toggle && form) {
      toggle.addEventListener('click', function () {
        var hidden = form.classList.toggle('d-none');
        toggle.setAttribute('aria-expanded', hidden ? 'false' : 'true');
      });
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        upload(block, form);
      });
    }
    block.addEventListener('click', function (event) {
      var button = event.target.closest ? event.target.closest('[data-ebpdocuments-action]') : null;
      if (button && block.contains(button)) {
        act(block, button);
      }
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('[data-ebpdocuments-block]'), init);
})();
