// National team admin pages: organisations, one organisation (details, change, members,
// invite, API keys), API keys, people and roles, audit log. Plain script (the CSP forbids
// inline JS); labels come from the page's #admin-ui-data JSON block, API errors from the
// API's own bilingual error shape ({ error: { message, fields } }).
import { formatDateTime } from '../../../../content/datetime.ts';

(() => {
  var dataEl = document.getElementById('admin-ui-data');
  if (!dataEl) return;
  var D = JSON.parse(dataEl.textContent || '{}');
  var lang = D.lang;
  var N = D.names;
  var root = document.querySelector('[data-admin-ui]');
  var $ = (sel, el) => (el || document).querySelector(sel);
  var $$ = (sel, el) => Array.prototype.slice.call((el || document).querySelectorAll(sel));
  function s(key, vars) {
    var text = D.strings[key] || key;
    return text.replace(/\{(\w+)\}/g, (m, k) => (vars && k in vars ? String(vars[k]) : m));
  }
  var plural = new Intl.PluralRules(lang === 'cy' ? 'cy' : 'en');
  function sp(forms, count) {
    var text = forms[plural.select(count)] || forms.other;
    return text.replace('{count}', String(count));
  }
  var col = new Intl.Collator(lang, { sensitivity: 'base' });
  /** e.g. "24 Tachwedd 2026 am 09:15" (UK time). */
  var when = (ms) => (ms ? formatDateTime(ms, lang) : s('adminui.never'));
  var orgName = (o) => (lang === 'cy' ? o.nameCy : o.nameEn);
  var params = new URLSearchParams(location.search);
  var csrf = null;
  var me = null;

  function api(method, url, body) {
    var headers = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (csrf && method !== 'GET') headers['X-CSRF-Token'] = csrf;
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

  // ---- GOV.UK-style error summary and field messages
  var summary = $('[data-error-summary]');
  function clearErrors(form) {
    if (summary) {
      summary.hidden = true;
      $('[data-error-list]', summary).textContent = '';
    }
    if (!form) return;
    $$('.govuk-error-message', form).forEach((p) => {
      p.hidden = true;
      p.textContent = '';
    });
    $$('.govuk-form-group--error', form).forEach((g) => {
      g.classList.remove('govuk-form-group--error');
    });
    $$('[aria-invalid]', form).forEach((i) => {
      i.removeAttribute('aria-invalid');
      var err = i.getAttribute('data-error-id');
      if (err)
        i.setAttribute(
          'aria-describedby',
          (i.getAttribute('aria-describedby') || '')
            .split(' ')
            .filter((x) => x && x !== err)
            .join(' '),
        );
    });
  }
  function showErrors(form, result) {
    var err = result.body && result.body.error;
    var items = [];
    var seen = {};
    if (err && err.fields && err.fields.length) {
      err.fields.forEach((f) => {
        var name = String(f.field).split('.')[0];
        var group = form && $('[data-field="' + name + '"]', form);
        var input =
          group &&
          ($('input:not([type=checkbox]), select', group) || $('.govuk-checkboxes__item:not([hidden]) input', group) || $('input', group));
        var key = name + '|' + f.message;
        if (seen[key]) return;
        seen[key] = true;
        if (group) {
          group.classList.add('govuk-form-group--error');
          var p = $('.govuk-error-message', group);
          if (p) {
            p.textContent = p.textContent ? p.textContent + ' ' + f.message : f.message;
            p.hidden = false;
          }
          if (input && p) {
            input.setAttribute('aria-invalid', 'true');
            input.setAttribute('data-error-id', p.id);
            var ids = (input.getAttribute('aria-describedby') || '').split(' ').filter((x) => x && x !== p.id);
            ids.push(p.id);
            input.setAttribute('aria-describedby', ids.join(' '));
          }
        }
        items.push({ text: f.message, href: input ? '#' + input.id : null });
      });
    } else {
      items.push({ text: (err && err.message) || s('error.internal'), href: null });
    }
    if (!summary) return;
    var list = $('[data-error-list]', summary);
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
  if (summary)
    summary.addEventListener('click', (e) => {
      var a = e.target.closest && e.target.closest('a[href^="#"]');
      if (!a) return;
      var target = document.getElementById(a.getAttribute('href').slice(1));
      if (target) {
        e.preventDefault();
        target.focus();
      }
    });
  var fieldError = (field, key) => ({ body: { error: { message: s('error.validation'), fields: [{ field: field, message: s(key) }] } } });

  // ---- small DOM helpers
  function el(tag, text, attrs) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (attrs)
      Object.keys(attrs).forEach((k) => {
        e.setAttribute(k, attrs[k]);
      });
    return e;
  }
  function row(cells) {
    var tr = document.createElement('tr');
    cells.forEach((c, i) => {
      var cell = document.createElement(i === 0 ? 'th' : 'td');
      if (i === 0) cell.setAttribute('scope', 'row');
      if (c instanceof Node) cell.appendChild(c);
      else cell.textContent = c == null ? '' : String(c);
      tr.appendChild(cell);
    });
    return tr;
  }
  /** A button; `whom` is added for screen readers only, so a row's buttons can be told apart. */
  function button(text, cls, whom) {
    var b = el('button', text, { type: 'button', class: 'button ' + (cls || '') });
    if (whom) b.appendChild(el('span', ' (' + whom + ')', { class: 'visually-hidden' }));
    return b;
  }
  function say(statusEl, text) {
    statusEl.textContent = '';
    setTimeout(() => {
      statusEl.textContent = text;
    }, 50);
  }
  /** In-page confirmation after the table: the question, a warning button and Cancel. */
  function confirmAction(after, question, yesText, trigger, onYes) {
    var old = $('[data-confirm]', root);
    if (old) old.remove();
    var box = el('div', null, { class: 'panel', 'data-confirm': '', role: 'group', tabindex: '-1', 'aria-labelledby': 'confirm-question' });
    box.appendChild(el('p', question, { id: 'confirm-question' }));
    var yes = button(yesText, 'button--warning');
    var no = button(s('adminui.cancel'), 'button--secondary');
    yes.setAttribute('data-confirm-yes', '');
    var p = el('p');
    p.appendChild(yes);
    p.appendChild(document.createTextNode(' '));
    p.appendChild(no);
    box.appendChild(p);
    after.parentNode.insertBefore(box, after.nextSibling);
    no.addEventListener('click', () => {
      box.remove();
      if (trigger && document.body.contains(trigger)) trigger.focus();
    });
    yes.addEventListener('click', () => {
      yes.disabled = true;
      onYes(() => {
        box.remove();
      });
    });
    box.focus();
  }
  var val = (f, name) => {
    var i = $('[name="' + name + '"]', f);
    return i ? i.value : '';
  };

  // ---- organisation form: local authorities, clusters and region follow the health board
  function wireGeo(form) {
    var hb = $('[name="healthBoard"]', form);
    var la = $('[name="localAuthority"]', form);
    var hint = $('[data-region-hint]', form);
    var empty = $('[data-clusters-empty]', form);
    function apply() {
      var b = hb.value;
      $$('option[data-hb]', la).forEach((o) => {
        var off = !!b && o.getAttribute('data-hb') !== b;
        o.hidden = off;
        o.disabled = off;
      });
      if (la.selectedOptions[0] && la.selectedOptions[0].disabled) la.value = '';
      $$('.govuk-checkboxes__item[data-hb]', form).forEach((c) => {
        var on = !!b && c.getAttribute('data-hb') === b;
        c.hidden = !on;
        if (!on) $('input', c).checked = false;
      });
      empty.hidden = !!b;
      hint.textContent = b ? s('adminui.orgs.regionHint', { region: N.regions[N.boardRegion[b]] || '' }) : s('adminui.orgs.regionNone');
    }
    hb.addEventListener('change', apply);
    // Choosing a local authority first fills in its health board.
    la.addEventListener('change', () => {
      var o = la.selectedOptions[0];
      if (o && o.getAttribute('data-hb') && !hb.value) {
        hb.value = o.getAttribute('data-hb');
        apply();
      }
    });
    apply();
    return apply;
  }
  function orgBody(f) {
    return {
      nameCy: val(f, 'nameCy'),
      nameEn: val(f, 'nameEn'),
      type: val(f, 'type'),
      healthBoard: val(f, 'healthBoard'),
      localAuthority: val(f, 'localAuthority') || null,
      clusters: $$('input[name="clusters"]:checked', f).map((c) => c.value),
    };
  }
  function fillOrgForm(f, o, apply) {
    $('[name="nameCy"]', f).value = o.nameCy;
    $('[name="nameEn"]', f).value = o.nameEn;
    $('[name="type"]', f).value = o.type;
    $('[name="healthBoard"]', f).value = o.healthBoard;
    apply();
    $('[name="localAuthority"]', f).value = o.localAuthority || '';
    $$('input[name="clusters"]', f).forEach((c) => {
      c.checked = (o.clusters || []).indexOf(c.value) >= 0;
    });
  }

  // ---- pages
  var pages = {};

  pages.orgs = () => {
    var filter = $('form[data-form="org-filter"]');
    var hbSel = $('#filter-hb');
    var tbody = $('[data-org-rows]');
    var orgs = [];
    hbSel.value = params.get('healthBoard') || '';
    function render() {
      var hb = hbSel.value;
      var shown = orgs.filter((o) => !hb || o.healthBoard === hb);
      tbody.textContent = '';
      shown.forEach((o) => {
        var a = el('a', orgName(o), { href: D.paths.org + '?id=' + encodeURIComponent(o.id) });
        tbody.appendChild(
          row([
            a,
            N.types[o.type] || o.type,
            N.healthBoards[o.healthBoard] || o.healthBoard,
            o.localAuthority ? N.localAuthorities[o.localAuthority] || o.localAuthority : '',
            o.archivedAt ? s('admin.orgs.archived') : s('adminui.orgs.active'),
          ]),
        );
      });
      $('[data-org-empty]').hidden = shown.length > 0;
      say($('[data-org-count]'), sp(D.plurals.orgsCount, shown.length));
    }
    function load() {
      return api('GET', '/api/admin/organisations').then((r) => {
        if (!r.ok) return r;
        orgs = r.body.organisations.slice().sort((a, b) => col.compare(orgName(a), orgName(b)));
        render();
        return r;
      });
    }
    // Filtering works without a reload; the address keeps the filter so it can be shared.
    filter.addEventListener('submit', (e) => {
      e.preventDefault();
      var u = new URL(location.href);
      if (hbSel.value) u.searchParams.set('healthBoard', hbSel.value);
      else u.searchParams.delete('healthBoard');
      history.replaceState(null, '', u.pathname + u.search);
      render();
    });
    var create = $('form[data-form="org-create"]');
    var apply = wireGeo(create);
    create.addEventListener('submit', (e) => {
      e.preventDefault();
      clearErrors(create);
      var done = $('[data-org-created]');
      done.hidden = true;
      api('POST', '/api/admin/organisations', orgBody(create)).then((r) => {
        if (!r.ok) return showErrors(create, r);
        create.reset();
        apply();
        $('[data-org-created-text]').textContent = s('adminui.orgs.added', { name: orgName(r.body.organisation) });
        $('[data-org-created-link]').href = D.paths.org + '?id=' + encodeURIComponent(r.body.organisation.id);
        done.hidden = false;
        done.focus();
        load();
      });
    });
    return load();
  };

  function keysSection(section, orgId) {
    var tbody = $('[data-key-rows]', section);
    var status = $('[data-keys-status]', section);
    var table = tbody.closest('table');
    function load() {
      return api('GET', '/api/admin/organisations/' + orgId + '/api-keys').then((r) => {
        if (!r.ok) {
          showErrors(null, r);
          return r;
        }
        tbody.textContent = '';
        r.body.apiKeys.forEach((k) => {
          var action = '';
          if (!k.revokedAt) {
            action = button(s('adminui.keys.revoke'), 'button--warning', k.name + ', ' + k.prefix);
            action.setAttribute('data-revoke', k.id);
            action.addEventListener('click', () => {
              clearErrors(null);
              confirmAction(
                table,
                s('adminui.keys.confirmRevoke', { name: k.name, prefix: k.prefix }),
                s('adminui.keys.confirmRevokeButton'),
                action,
                (close) => {
                  api('DELETE', '/api/admin/organisations/' + orgId + '/api-keys/' + k.id).then((d) => {
                    close();
                    if (!d.ok) return showErrors(null, d);
                    load().then(() => {
                      say(status, s('adminui.keys.revoked', { name: k.name }));
                      $('#keys-title').setAttribute('tabindex', '-1');
                      $('#keys-title').focus();
                    });
                  });
                },
              );
            });
          }
          tbody.appendChild(
            row([
              k.name,
              el('code', k.prefix + '…'),
              when(k.createdAt),
              when(k.lastUsedAt),
              k.revokedAt ? s('adminui.keys.revokedOn', { date: when(k.revokedAt) }) : s('adminui.keys.active'),
              action,
            ]),
          );
        });
        $('[data-keys-none]', section).hidden = r.body.apiKeys.length > 0;
        return r;
      });
    }
    var form = $('form[data-form="key-create"]', section);
    var panel = $('[data-key-new]', section);
    var out = $('#key-new-value', section);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      clearErrors(form);
      api('POST', '/api/admin/organisations/' + orgId + '/api-keys', { name: val(form, 'name') }).then((r) => {
        if (!r.ok) return showErrors(form, r);
        form.reset();
        out.value = r.body.apiKey.key;
        $('[data-key-copied]', section).textContent = '';
        panel.hidden = false;
        panel.focus();
        load();
      });
    });
    out.addEventListener('focus', () => {
      out.select();
    });
    $('[data-key-copy]', section).addEventListener('click', () => {
      var copied = $('[data-key-copied]', section);
      out.select();
      var ok = () => {
        say(copied, s('adminui.keys.copied'));
      };
      var fail = () => {
        say(copied, s('adminui.keys.copyFailed'));
        out.focus();
      };
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(out.value).then(ok, fail);
      else fail();
    });
    $('[data-key-done]', section).addEventListener('click', () => {
      out.value = ''; // the key leaves the page: it is never shown again
      panel.hidden = true;
      $('#key-name', section).focus();
    });
    return load();
  }

  pages.org = () => {
    var id = params.get('id') || '';
    var org = null;
    var isAdmin = me.nationalRole === 'admin';
    var form = $('form[data-form="org-edit"]');
    var apply = wireGeo(form);
    function show(o) {
      org = o;
      var name = orgName(o);
      $('[data-admin-title]').textContent = name;
      document.title = name + ' – ' + document.title.split(' – ').slice(-1)[0];
      var set = (k, v) => {
        $('[data-org="' + k + '"]').textContent = v;
      };
      set('nameCy', o.nameCy);
      set('nameEn', o.nameEn);
      set('type', N.types[o.type] || o.type);
      set('healthBoard', N.healthBoards[o.healthBoard] || o.healthBoard);
      set('localAuthority', o.localAuthority ? N.localAuthorities[o.localAuthority] || o.localAuthority : s('admin.none'));
      set('region', N.regions[o.region] || o.region);
      set('clusters', (o.clusters || []).length ? o.clusters.map((c) => N.clusters[c] || c).join(', ') : s('admin.none'));
      set('status', o.archivedAt ? s('admin.orgs.archived') : s('adminui.orgs.active'));
      set('createdAt', when(o.createdAt));
      set('updatedAt', when(o.updatedAt));
      $('[data-org-audit]').href = D.paths.audit + '?entityType=organisation&entityId=' + encodeURIComponent(o.id);
    }
    function loadMembers() {
      return api('GET', '/api/admin/organisations/' + id + '/members').then((r) => {
        if (!r.ok) return r;
        var tbody = $('[data-member-rows]');
        tbody.textContent = '';
        var members = r.body.members.slice().sort((a, b) => col.compare(a.email, b.email));
        members.forEach((m) => {
          var who = m.name || m.email;
          var cells = [m.name || '', m.email, s('account.role.' + m.role), when(m.since)];
          if (isAdmin) {
            var b = button(s('adminui.members.remove'), 'button--warning', who);
            b.addEventListener('click', () => {
              clearErrors(null);
              confirmAction(
                tbody.closest('table'),
                s('adminui.members.confirmRemove', { who: who, org: orgName(org) }),
                s('adminui.members.confirmRemoveButton'),
                b,
                (close) => {
                  api('DELETE', '/api/admin/organisations/' + id + '/members/' + m.userId).then((d) => {
                    close();
                    if (!d.ok) return showErrors(null, d);
                    loadMembers().then(() => {
                      say($('[data-members-status]'), s('adminui.members.removed', { who: who }));
                      $('#members-title').setAttribute('tabindex', '-1');
                      $('#members-title').focus();
                    });
                  });
                },
              );
            });
            cells.push(b);
          }
          var tr = row(cells);
          tbody.appendChild(tr);
        });
        $('[data-members-none]').hidden = members.length > 0;
        return r;
      });
    }
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      clearErrors(form);
      var saved = $('[data-saved]', form);
      saved.hidden = true;
      api('PATCH', '/api/admin/organisations/' + id, orgBody(form)).then((r) => {
        if (!r.ok) return showErrors(form, r);
        show(r.body.organisation);
        saved.textContent = s('adminui.org.saved');
        saved.hidden = false;
      });
    });
    var invite = $('form[data-form="invite-submitter"]');
    invite.addEventListener('submit', (e) => {
      e.preventDefault();
      clearErrors(invite);
      var saved = $('[data-saved]', invite);
      saved.hidden = true;
      api('POST', '/api/admin/invitations', { email: val(invite, 'email'), role: 'submitter', orgId: id, lang: lang }).then((r) => {
        if (!r.ok) return showErrors(invite, r);
        invite.reset();
        saved.textContent = s('admin.invite.sent');
        saved.hidden = false;
      });
    });
    if (!/^[0-9a-f-]{36}$/i.test(id)) return Promise.resolve({ ok: false, status: 404 });
    return api('GET', '/api/admin/organisations/' + id).then((r) => {
      if (!r.ok) return r;
      show(r.body.organisation);
      fillOrgForm(form, r.body.organisation, apply);
      var work = [loadMembers()];
      if (isAdmin) work.push(keysSection($('[data-keys]'), id));
      return Promise.all(work).then(() => r);
    });
  };

  pages.keys = () => {
    var sel = $('#key-org');
    var chosen = params.get('org') || '';
    return api('GET', '/api/admin/organisations').then((r) => {
      if (!r.ok) return r;
      var orgs = r.body.organisations.slice().sort((a, b) => col.compare(orgName(a), orgName(b)));
      orgs.forEach((o) => {
        var opt = el('option', orgName(o) + (o.archivedAt ? ' (' + s('admin.orgs.archived') + ')' : ''), { value: o.id });
        sel.appendChild(opt);
      });
      var org = orgs.filter((o) => o.id === chosen)[0];
      if (!org) return r;
      sel.value = org.id;
      var link = $('[data-key-org-link]');
      link.textContent = orgName(org);
      link.href = D.paths.org + '?id=' + encodeURIComponent(org.id);
      $('[data-keys-for-org]').hidden = false;
      return keysSection($('[data-keys]'), org.id).then(() => r);
    });
  };

  pages.people = () => {
    var users = [];
    var tbody = $('[data-people-rows]');
    var status = $('[data-people-status]');
    var roleName = (r) => s('account.role.' + r);
    function load() {
      return api('GET', '/api/admin/users').then((r) => {
        if (!r.ok) return r;
        users = r.body.users;
        tbody.textContent = '';
        users
          .filter((u) => u.nationalRole)
          .forEach((u) => {
            var who = u.name || u.email;
            var actions;
            if (u.id === me.id) {
              actions = el('span', s('adminui.people.self'));
            } else {
              actions = el('div');
              var rid = 'role-' + u.id;
              var select = el('select', null, { id: rid, 'aria-label': s('adminui.people.roleFor', { who: who }) });
              ['analyst', 'admin'].forEach((v) => {
                var o = el('option', roleName(v), { value: v });
                if (u.nationalRole === v) o.selected = true;
                select.appendChild(o);
              });
              var save = button(s('adminui.people.save'), 'button--secondary', who);
              save.setAttribute('data-change-role', u.email);
              save.addEventListener('click', () => {
                clearErrors(null);
                api('PUT', '/api/admin/users/' + u.id + '/role', { nationalRole: select.value }).then((d) => {
                  if (!d.ok) return showErrors(null, d);
                  load().then(() => {
                    say(status, s('adminui.people.changed', { who: who }));
                    var again = $('#' + CSS.escape(rid));
                    if (again) again.focus();
                  });
                });
              });
              var remove = button(s('adminui.people.remove'), 'button--warning', who);
              remove.setAttribute('data-remove-role', u.email);
              remove.addEventListener('click', () => {
                clearErrors(null);
                confirmAction(
                  tbody.closest('table'),
                  s('adminui.people.confirmRemove', { who: who }),
                  s('adminui.people.confirmRemoveButton'),
                  remove,
                  (close) => {
                    api('PUT', '/api/admin/users/' + u.id + '/role', { nationalRole: null }).then((d) => {
                      close();
                      if (!d.ok) return showErrors(null, d);
                      load().then(() => {
                        say(status, s('adminui.people.removed', { who: who }));
                        $('[data-admin-title]').setAttribute('tabindex', '-1');
                        $('[data-admin-title]').focus();
                      });
                    });
                  },
                );
              });
              actions.appendChild(select);
              actions.appendChild(document.createTextNode(' '));
              actions.appendChild(save);
              actions.appendChild(document.createTextNode(' '));
              actions.appendChild(remove);
            }
            var tr = row([
              u.email + (u.id === me.id ? ' ' + s('adminui.people.you') : ''),
              u.name || '',
              when(u.lastSignInAt),
              roleName(u.nationalRole),
              actions,
            ]);
            tr.setAttribute('data-person', u.email);
            tbody.appendChild(tr);
          });
        return r;
      });
    }
    var invTbody = $('[data-invitation-rows]');
    function loadInvitations() {
      return api('GET', '/api/admin/invitations').then((r) => {
        if (!r.ok) return r;
        var now = Date.now();
        var pending = r.body.invitations.filter((i) => !i.acceptedAt && !i.revokedAt && i.expiresAt > now);
        invTbody.textContent = '';
        pending.forEach((inv) => {
          var b = button(s('adminui.invitations.revoke'), 'button--warning', inv.email);
          b.setAttribute('data-revoke-invitation', inv.email);
          b.addEventListener('click', () => {
            clearErrors(null);
            confirmAction(
              invTbody.closest('table'),
              s('adminui.invitations.confirmRevoke', { who: inv.email }),
              s('adminui.invitations.confirmRevokeButton'),
              b,
              (close) => {
                api('DELETE', '/api/admin/invitations/' + inv.id).then((d) => {
                  close();
                  if (!d.ok) return showErrors(null, d);
                  loadInvitations().then(() => {
                    say($('[data-invitations-status]'), s('adminui.invitations.revoked', { who: inv.email }));
                    $('#invitations-title').focus();
                  });
                });
              },
            );
          });
          var tr = row([
            inv.email,
            roleName(inv.role) + (inv.orgId && orgNames[inv.orgId] ? ' – ' + orgNames[inv.orgId] : ''),
            when(inv.createdAt),
            when(inv.expiresAt),
            b,
          ]);
          tr.setAttribute('data-invitation', inv.email);
          invTbody.appendChild(tr);
        });
        $('[data-invitations-none]').hidden = pending.length > 0;
        return r;
      });
    }
    var orgNames = {};
    var grant = $('form[data-form="grant"]');
    grant.addEventListener('submit', (e) => {
      e.preventDefault();
      clearErrors(grant);
      var saved = $('[data-saved]', grant);
      saved.hidden = true;
      var email = val(grant, 'email').trim().toLowerCase();
      if (!email) return showErrors(grant, fieldError('email', 'error.field.required'));
      var u = users.filter((x) => x.email.toLowerCase() === email)[0];
      if (!u) return showErrors(grant, fieldError('email', 'adminui.people.notFound'));
      api('PUT', '/api/admin/users/' + u.id + '/role', { nationalRole: val(grant, 'nationalRole') }).then((r) => {
        if (!r.ok) return showErrors(grant, r);
        grant.reset();
        saved.textContent = s('adminui.people.changed', { who: u.name || u.email });
        saved.hidden = false;
        load();
      });
    });
    var invite = $('form[data-form="invite-national"]');
    invite.addEventListener('submit', (e) => {
      e.preventDefault();
      clearErrors(invite);
      var saved = $('[data-saved]', invite);
      saved.hidden = true;
      api('POST', '/api/admin/invitations', { email: val(invite, 'email'), role: val(invite, 'role'), lang: lang }).then((r) => {
        if (!r.ok) return showErrors(invite, r);
        invite.reset();
        saved.textContent = s('admin.invite.sent');
        saved.hidden = false;
        loadInvitations();
      });
    });
    return Promise.all([
      load(),
      api('GET', '/api/admin/organisations').then((r) => {
        if (r.ok)
          r.body.organisations.forEach((o) => {
            orgNames[o.id] = orgName(o);
          });
        return loadInvitations();
      }),
    ]).then((rs) => (rs[0].ok ? rs[1] : rs[0]));
  };

  pages.audit = () => {
    var form = $('form[data-form="audit-filter"]');
    var tbody = $('[data-audit-rows]');
    var more = $('[data-audit-more]');
    var typeSel = $('#audit-type');
    var idIn = $('#audit-id');
    var type = params.get('entityType') || '';
    if (type && !$('option[value="' + CSS.escape(type) + '"]', typeSel)) typeSel.appendChild(el('option', type, { value: type }));
    typeSel.value = type;
    idIn.value = params.get('entityId') || '';
    var next = null;
    var emails = {};
    var typeName = (ty) => D.strings['adminui.audit.type.' + ty] || ty;
    function details(e) {
      if (!e.before && !e.after) return '';
      var d = el('details');
      var sum = el('summary', s('adminui.audit.show'));
      sum.appendChild(el('span', ' (' + e.action + ')', { class: 'visually-hidden' }));
      d.appendChild(sum);
      [
        ['adminui.audit.before', e.before],
        ['adminui.audit.after', e.after],
      ].forEach((p) => {
        if (!p[1]) return;
        var text = p[1];
        try {
          text = JSON.stringify(JSON.parse(p[1]), null, 2);
        } catch (_x) {
          /* shown as stored */
        }
        d.appendChild(el('p', s(p[0]), { class: 'audit-label' }));
        d.appendChild(el('pre', text, { class: 'audit-json' }));
      });
      return d;
    }
    function load(append) {
      var q = [];
      if (typeSel.value) q.push('entityType=' + encodeURIComponent(typeSel.value));
      if (idIn.value.trim()) q.push('entityId=' + encodeURIComponent(idIn.value.trim()));
      var limit = new URLSearchParams(location.search).get('limit') || ''; // entries a page; a new filter goes back to the default
      if (/^\d{1,3}$/.test(limit)) q.push('limit=' + limit);
      if (append && next) q.push('before=' + next);
      return api('GET', '/api/admin/audit' + (q.length ? '?' + q.join('&') : '')).then((r) => {
        if (!r.ok) {
          if (r.status === 400) showErrors(form, r);
          return r;
        }
        if (!append) tbody.textContent = '';
        var firstNew = null;
        r.body.entries.forEach((e) => {
          var actor = e.actorUserId
            ? emails[e.actorUserId] || e.actorUserId
            : e.actorApiKeyId
              ? s('adminui.audit.apiKey') + ' ' + e.actorApiKeyId
              : s('adminui.audit.system');
          var rec = el('span');
          rec.appendChild(document.createTextNode(typeName(e.entityType) + ' '));
          rec.appendChild(el('code', e.entityId));
          var tr = row([when(e.at), el('code', e.action), rec, actor, details(e)]);
          tbody.appendChild(tr);
          if (!firstNew) firstNew = tr;
        });
        next = r.body.nextBefore;
        more.hidden = next === null;
        $('[data-audit-none]').hidden = tbody.children.length > 0;
        if (append && firstNew) {
          var th = $('th', firstNew);
          th.setAttribute('tabindex', '-1');
          th.focus();
        }
        return r;
      });
    }
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      clearErrors(form);
      var u = new URL(location.href);
      u.search = '';
      if (typeSel.value) u.searchParams.set('entityType', typeSel.value);
      if (idIn.value.trim()) u.searchParams.set('entityId', idIn.value.trim());
      history.replaceState(null, '', u.pathname + u.search);
      load(false);
    });
    more.addEventListener('click', () => {
      load(true);
    });
    // Administrators may list people, so they see who did what by email address; analysts see ids.
    var people =
      me.nationalRole === 'admin'
        ? api('GET', '/api/admin/users').then((r) => {
            if (r.ok)
              r.body.users.forEach((u) => {
                emails[u.id] = u.email;
              });
          })
        : Promise.resolve();
    return people.then(() => load(false)).then((r) => (r.status === 400 ? { ok: true } : r));
  };

  // ---- start: who is signed in, then the page
  var state = (name) => {
    $$('[data-state]', root).forEach((x) => {
      x.hidden = x.getAttribute('data-state') !== name;
    });
  };
  api('GET', '/api/auth/me').then((r) => {
    me = r.body && r.body.user;
    csrf = r.body && r.body.csrfToken;
    var role = me && me.nationalRole;
    if (!role || (D.needs === 'admin' && role !== 'admin')) return state('forbidden');
    $$('[data-admin-only]').forEach((x) => {
      x.hidden = role !== 'admin';
    });
    var ro = $('[data-read-only]');
    if (ro) ro.hidden = role === 'admin';
    var run = pages[D.page];
    if (!run) return state('ready');
    return Promise.resolve(run()).then((res) => {
      if (res && !res.ok) return state(res.status === 404 || res.status === 400 ? 'missing' : 'forbidden');
      state('ready');
    });
  });
})();
