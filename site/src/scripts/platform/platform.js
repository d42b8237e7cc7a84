// Sign-in, confirmation, account and outbox pages. Plain script (no inline JS: the CSP
// forbids it); strings come from the page's #platform-i18n JSON block.
import { formatDateTime } from '../../../../content/datetime.ts';

(() => {
  var dataEl = document.getElementById('platform-i18n');
  if (!dataEl) return;
  var I = JSON.parse(dataEl.textContent || '{}');
  var s = (k) => I.strings[k] || k;
  var lang = I.lang;

  function api(method, url, body, csrf) {
    var headers = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (csrf) headers['X-CSRF-Token'] = csrf;
    var sep = url.indexOf('?') < 0 ? '?' : '&';
    return fetch(url + sep + 'lang=' + lang, {
      method: method,
      headers: headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    })
      .then((res) =>
        res.text().then((text) => {
          var json = null;
          try {
            json = text ? JSON.parse(text) : null;
          } catch (_e) {
            json = null;
          }
          return { ok: res.ok, status: res.status, body: json };
        }),
      )
      .catch(() => ({ ok: false, status: 0, body: null }));
  }

  // GOV.UK-style error summary plus messages on the fields.
  function clearErrors(form) {
    var summary = document.querySelector('[data-error-summary]');
    if (summary) {
      summary.hidden = true;
      summary.querySelector('[data-error-list]').textContent = '';
    }
    if (!form) return;
    form.querySelectorAll('.govuk-error-message').forEach((p) => {
      p.hidden = true;
      p.textContent = '';
    });
    form.querySelectorAll('.govuk-form-group').forEach((g) => {
      g.classList.remove('govuk-form-group--error');
    });
    form.querySelectorAll('[aria-invalid]').forEach((i) => {
      i.removeAttribute('aria-invalid');
    });
  }
  function showErrors(form, result) {
    var summary = document.querySelector('[data-error-summary]');
    var err = result.body && result.body.error;
    var items = [];
    if (err && err.fields && err.fields.length) {
      err.fields.forEach((f) => {
        var group = form && form.querySelector('[data-field="' + f.field + '"]');
        var input = group && group.querySelector('input, select');
        if (group) {
          group.classList.add('govuk-form-group--error');
          var p = group.querySelector('.govuk-error-message');
          if (p) {
            p.textContent = f.message;
            p.hidden = false;
          }
          if (input) {
            input.setAttribute('aria-invalid', 'true');
            var ids = (input.getAttribute('aria-describedby') || '').split(' ').filter((x) => x && x !== f.field + '-error');
            ids.push(f.field + '-error');
            input.setAttribute('aria-describedby', ids.join(' '));
          }
        }
        items.push({ text: f.message, href: input ? '#' + input.id : null });
      });
    } else {
      items.push({ text: (err && err.message) || s('error.internal'), href: null });
    }
    if (!summary) return;
    var list = summary.querySelector('[data-error-list]');
    list.textContent = '';
    items.forEach((it) => {
      var li = document.createElement('li');
      if (it.href) {
        var a = document.createElement('a');
        a.href = it.href;
        a.textContent = it.text;
        li.appendChild(a);
      } else li.textContent = it.text;
      list.appendChild(li);
    });
    summary.hidden = false;
    summary.focus();
  }

  // ---- sign-in
  var signIn = document.querySelector('form[data-form="sign-in"]');
  if (signIn) {
    signIn.addEventListener('submit', (e) => {
      e.preventDefault();
      clearErrors(signIn);
      var email = signIn.querySelector('#email').value;
      api('POST', '/api/auth/request', { email: email, lang: lang }).then((r) => {
        if (!r.ok) return showErrors(signIn, r);
        var done = document.querySelector('[data-done]');
        done.querySelector('[data-done-message]').textContent = (r.body && r.body.message) || s('auth.requestAccepted');
        signIn.hidden = true;
        done.hidden = false;
        done.focus();
        api('GET', '/api/dev/outbox?to=' + encodeURIComponent(email.trim().toLowerCase())).then((o) => {
          if (o.ok) done.querySelector('[data-dev-outbox]').hidden = false;
        });
      });
    });
  }

  // ---- confirmation: the token is in the fragment; it is only used on a deliberate POST
  var confirm = document.querySelector('form[data-form="confirm"]');
  if (confirm) {
    var m = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(location.hash);
    var token = m ? m[1] : null;
    if (!token) showErrors(null, { body: { error: { message: s('auth.confirm.missing') } } });
    confirm.addEventListener('submit', (e) => {
      e.preventDefault();
      clearErrors(confirm);
      if (!token) return showErrors(null, { body: { error: { message: s('auth.confirm.missing') } } });
      api('POST', '/api/auth/verify', { token: token }).then((r) => {
        if (!r.ok) return showErrors(null, r);
        history.replaceState(null, '', location.pathname); // forget the token
        location.assign(I.paths.account);
      });
    });
  }

  // ---- outbox (development)
  var outbox = document.querySelector('[data-outbox]');
  if (outbox) {
    api('GET', '/api/dev/outbox').then((r) => {
      outbox.textContent = '';
      if (!r.ok) {
        var p = document.createElement('p');
        p.textContent = s('admin.outbox.unavailable');
        outbox.appendChild(p);
        return;
      }
      if (!r.body.messages.length) {
        var e = document.createElement('p');
        e.textContent = s('admin.outbox.empty');
        outbox.appendChild(e);
        return;
      }
      r.body.messages.forEach((msg) => {
        var art = document.createElement('article');
        var h = document.createElement('h2');
        h.textContent = msg.subject;
        art.appendChild(h);
        var meta = document.createElement('p');
        meta.textContent =
          s('admin.outbox.to') + ': ' + msg.to + ' · ' + s('admin.outbox.sent') + ': ' + formatDateTime(msg.createdAt, lang);
        art.appendChild(meta);
        var pre = document.createElement('pre');
        msg.text.split(/(https?:\/\/\S+)/).forEach((part, i) => {
          if (i % 2 === 1 && part.indexOf(location.origin + '/') === 0) {
            var a = document.createElement('a');
            a.href = part;
            a.textContent = part;
            pre.appendChild(a);
          } else pre.appendChild(document.createTextNode(part));
        });
        art.appendChild(pre);
        outbox.appendChild(art);
      });
    });
  }

  // ---- account
  var account = document.querySelector('[data-account]');
  if (account) {
    var csrf = null;
    var q = (sel) => account.querySelector(sel);
    var li = (ul, text) => {
      var el = document.createElement('li');
      el.textContent = text;
      ul.appendChild(el);
    };
    api('GET', '/api/account').then((r) => {
      q('[data-account-loading]').hidden = true;
      if (!r.ok) {
        q('[data-account-anon]').hidden = false;
        return;
      }
      return api('GET', '/api/auth/me').then((me) => {
        csrf = me.body && me.body.csrfToken;
        var u = r.body.user;
        q('[data-account-email]').textContent = u.email;
        var roles = q('[data-account-roles]');
        li(roles, s('account.role.practitioner'));
        if (r.body.organisations.length) li(roles, s('account.role.submitter'));
        if (u.nationalRole === 'analyst') li(roles, s('account.role.analyst'));
        if (u.nationalRole === 'admin') li(roles, s('account.role.admin'));
        var orgs = q('[data-account-orgs]');
        if (!r.body.organisations.length) li(orgs, s('account.noOrgs'));
        r.body.organisations.forEach((o) => {
          li(orgs, lang === 'cy' ? o.nameCy : o.nameEn);
        });
        q('#name').value = u.name || '';
        q('#lang-' + u.lang).checked = true;
        q('[data-account-user]').hidden = false;
        // The header's "Sign out" link leads to #sign-out, which was hidden until now.
        if (location.hash === '#sign-out') document.getElementById('sign-out').focus();
      });
    });
    var form = q('form[data-form="account"]');
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      clearErrors(form);
      var chosen = form.querySelector('input[name="lang"]:checked');
      api('PATCH', '/api/account', { name: form.querySelector('#name').value, lang: chosen ? chosen.value : undefined }, csrf).then((r) => {
        if (!r.ok) return showErrors(form, r);
        var saved = form.querySelector('[data-saved]');
        saved.textContent = s('account.saved');
        saved.hidden = false;
      });
    });
    ['sign-out', 'sign-out-everywhere'].forEach((which) => {
      var f = q('form[data-form="' + which + '"]');
      f.addEventListener('submit', (e) => {
        e.preventDefault();
        api('POST', '/api/auth/' + which, undefined, csrf).then((r) => {
          if (!r.ok) return showErrors(null, r);
          q('[data-account-user]').hidden = true;
          var anon = q('[data-account-anon]');
          anon.hidden = false;
          anon.insertAdjacentText('afterbegin', s(which === 'sign-out' ? 'auth.signedOut' : 'auth.signedOutEverywhere') + ' ');
        });
      });
    });
  }
  // ---- national team (admin)
  var admin = document.querySelector('[data-admin]');
  if (admin) {
    var names = JSON.parse((document.getElementById('platform-admin-names') || {}).textContent || '{}');
    var A = (sel) => admin.querySelector(sel);
    var adminCsrf = null;
    var loadOrgs = () =>
      api('GET', '/api/admin/organisations').then((r) => {
        if (!r.ok) return r;
        var tbody = A('[data-admin-orgs]');
        var select = A('#invite-org');
        tbody.textContent = '';
        while (select.options.length > 1) select.remove(1);
        var col = new Intl.Collator(lang, { sensitivity: 'base' });
        var orgs = r.body.organisations
          .slice()
          .sort((a, b) => col.compare(lang === 'cy' ? a.nameCy : a.nameEn, lang === 'cy' ? b.nameCy : b.nameEn));
        orgs.forEach((o) => {
          var tr = document.createElement('tr');
          var name = lang === 'cy' ? o.nameCy : o.nameEn;
          [
            name + (o.archivedAt ? ' (' + s('admin.orgs.archived') + ')' : ''),
            names.types[o.type] || o.type,
            names.healthBoards[o.healthBoard] || o.healthBoard,
          ].forEach((text, i) => {
            var cell = document.createElement(i === 0 ? 'th' : 'td');
            if (i === 0) cell.setAttribute('scope', 'row');
            cell.textContent = text;
            tr.appendChild(cell);
          });
          tbody.appendChild(tr);
          if (!o.archivedAt) {
            var opt = document.createElement('option');
            opt.value = o.id;
            opt.textContent = name;
            select.appendChild(opt);
          }
        });
        return r;
      });
    api('GET', '/api/auth/me').then((me) => {
      adminCsrf = me.body && me.body.csrfToken;
      return loadOrgs().then((r) => {
        A('[data-admin-loading]').hidden = true;
        if (!r.ok) {
          A('[data-admin-forbidden]').hidden = false;
          return;
        }
        A('[data-admin-body]').hidden = false;
        if (me.body.user && me.body.user.nationalRole === 'admin') A('[data-admin-only]').hidden = false;
      });
    });
    var submitForm = (which, url, build, doneKey) => {
      var f = A('form[data-form="' + which + '"]');
      f.addEventListener('submit', (e) => {
        e.preventDefault();
        clearErrors(f);
        var saved = f.querySelector('[data-saved]');
        saved.hidden = true;
        api('POST', url, build(f), adminCsrf).then((r) => {
          if (!r.ok) return showErrors(f, r);
          f.reset();
          saved.textContent = s(doneKey);
          saved.hidden = false;
          loadOrgs();
        });
      });
    };
    var val = (f, name) => f.querySelector('[name="' + name + '"]').value;
    submitForm(
      'org-create',
      '/api/admin/organisations',
      (f) => ({
        nameCy: val(f, 'nameCy'),
        nameEn: val(f, 'nameEn'),
        type: val(f, 'type'),
        healthBoard: val(f, 'healthBoard'),
        localAuthority: val(f, 'localAuthority') || null,
      }),
      'admin.orgs.created',
    );
    submitForm(
      'invite',
      '/api/admin/invitations',
      (f) => {
        var body = { email: val(f, 'email'), role: val(f, 'role'), lang: lang };
        if (val(f, 'orgId')) body.orgId = val(f, 'orgId');
        return body;
      },
      'admin.invite.sent',
    );
  }
})();
