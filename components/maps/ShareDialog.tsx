'use client';
// Sharing and managing one map, in the editor and on "My maps": the Share dialog
// (link, visibility with the warning before publishing, members and their roles,
// invitations, requests for access, class templates, leaving) and the Manage dialog
// (title and description, duplicate, delete with a confirmation that names the map).
// Only what the caller's role allows is offered; the server checks every action again.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { ROLES, roleAtLeast, VISIBILITIES, type Role, type Visibility } from '@/lib/argument/model';
import { LIMITS } from '@/lib/api/schemas';
import { LimitNote, limitProps, overLimitIn } from '@/components/editor/LimitCounter';
import type { Locale } from '@/lib/i18n/messages';
import { fillIn, SHARING, type SharingText } from '@/lib/i18n/sharing-messages';
import { api, problemText, type Answer } from '@/lib/client/sharing-api';
import { flash } from '@/lib/client/flash';
import './sharing.css';

interface MapInfo {
  id: string;
  title: string;
  description: string;
  visibility: Visibility;
  version: number;
  role: Role | null;
}
interface Member { userId: string; email: string; name: string; role: Role; version: number }
interface Invitation { id: string; email: string; role: Role }
interface AccessRequest { id: string; userId: string; name?: string; email?: string; message: string; role: Role | null }
interface Template { id: string; url: string; ownerReads: boolean; copies: { userId: string; name: string; mapId: string }[] }

export type DialogMode = 'share' | 'manage';

/** A button that opens the Share (or Manage) dialog of one map. */
export function ShareButton({ mapId, locale, mode = 'share', className = 'secondary', onChanged }: { mapId: string; locale: Locale; mode?: DialogMode; className?: string; onChanged?: () => void }) {
  const t = SHARING[locale];
  const [open, setOpen] = useState<DialogMode | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  // the page comes from the server: until React has taken it over a click would do nothing, so the button waits
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  return (
    <>
      <button ref={button} type="button" className={className} disabled={!ready} onClick={() => setOpen(mode)} data-testid={mode === 'share' ? 'share-button' : 'manage-button'} aria-haspopup="dialog">
        {mode === 'share' ? t.share : t.manage}
      </button>
      {open && (
        <MapDialog
          mapId={mapId}
          t={t}
          mode={open}
          setMode={setOpen}
          onClose={() => {
            setOpen(null);
            onChanged?.();
            requestAnimationFrame(() => button.current?.focus());
          }}
        />
      )}
    </>
  );
}

function MapDialog({ mapId, t, mode, setMode, onClose }: { mapId: string; t: SharingText; mode: DialogMode; setMode: (m: DialogMode) => void; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [map, setMap] = useState<MapInfo | null>(null);
  const [me, setMe] = useState<string | null>(null);
  const [members, setMembers] = useState<Member[]>([]);
  const [invitations, setInvitations] = useState<Invitation[]>([]);
  const [requests, setRequests] = useState<AccessRequest[]>([]);
  const [templates, setTemplates] = useState<Template[]>([]);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const [m, who] = await Promise.all([api<MapInfo>('GET', `/api/v1/maps/${mapId}`), api<{ id: string }>('GET', '/api/v1/me')]);
    if (!m.ok) {
      setError(problemText(m, t));
      return null;
    }
    setMap(m.body);
    if (who.ok) setMe(who.body.id);
    if (m.body.role === 'OWNER') {
      const [mem, req, tpl] = await Promise.all([
        api<{ members: Member[]; invitations: Invitation[] }>('GET', `/api/v1/maps/${mapId}/members`),
        api<{ requests: AccessRequest[] }>('GET', `/api/v1/maps/${mapId}/access-requests`),
        api<{ templates: Template[] }>('GET', `/api/v1/maps/${mapId}/templates`),
      ]);
      if (mem.ok) {
        setMembers(mem.body.members);
        setInvitations(mem.body.invitations);
      }
      if (req.ok) setRequests(req.body.requests);
      if (tpl.ok) setTemplates(tpl.body.templates);
    }
    return m.body;
  }, [mapId, t]);

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    void load();
  }, [load]);

  /** Runs one action: the answer's success message, or its error; then reloads. */
  const act = async (run: () => Promise<Answer>, success: (a: Answer) => string, after?: (a: Answer) => void) => {
    setBusy(true);
    setError('');
    setStatus('');
    const a = await run();
    setBusy(false);
    if (!a.ok) {
      setError(problemText(a, t));
      await load();
      return false;
    }
    setStatus(success(a));
    if (after) after(a);
    else await load();
    return true;
  };

  const heading = map ? fillIn(mode === 'share' ? t.shareTitle : t.settingsTitle, { title: map.title }) : t.loading;
  return (
    <dialog
      ref={ref}
      className="share-dialog card"
      aria-labelledby={`${id}-h`}
      data-testid={mode === 'share' ? 'share-dialog' : 'manage-dialog'}
      onClose={onClose}
      onKeyDown={(e) => e.stopPropagation()}
      onCancel={(e) => {
        if (busy) e.preventDefault();
      }}
    >
      <div className="share-head">
        <h2 id={`${id}-h`}>{heading}</h2>
        <button type="button" className="secondary" onClick={() => ref.current?.close()}>{t.close}</button>
      </div>
      <p className="share-status" role="status" aria-live="polite" data-testid="share-status">{status}</p>
      {error && <p className="error" role="alert" data-testid="share-error">{error}</p>}
      {map && mode === 'share' && (
        <ShareBody
          t={t} map={map} me={me} members={members} invitations={invitations} requests={requests} templates={templates}
          busy={busy} act={act} setStatus={setStatus} setError={setError}
          onManage={() => setMode('manage')}
        />
      )}
      {map && mode === 'manage' && <ManageBody t={t} map={map} busy={busy} act={act} reload={load} setError={setError} onShare={() => setMode('share')} />}
    </dialog>
  );
}

type Act = (run: () => Promise<Answer>, success: (a: Answer) => string, after?: (a: Answer) => void) => Promise<boolean>;

function absolute(path: string) {
  return typeof window === 'undefined' ? path : new URL(path, window.location.origin).toString();
}

function CopyField({ label, value, button, t, setStatus, setError, testId }: { label: string; value: string; button: string; t: SharingText; setStatus: (s: string) => void; setError: (s: string) => void; testId: string }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const copy = async () => {
    setError('');
    try {
      await navigator.clipboard.writeText(value);
      setStatus(t.linkCopied);
    } catch {
      input.current?.select();
      setStatus(t.copyFailedSelect);
    }
  };
  return (
    <div className="share-copy">
      <label htmlFor={id}>{label}</label>
      <div className="share-row">
        <input id={id} ref={input} readOnly value={value} data-testid={testId} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" className="secondary" onClick={copy}>{button}</button>
      </div>
    </div>
  );
}

function ShareBody(props: {
  t: SharingText; map: MapInfo; me: string | null; members: Member[]; invitations: Invitation[]; requests: AccessRequest[]; templates: Template[];
  busy: boolean; act: Act; setStatus: (s: string) => void; setError: (s: string) => void; onManage: () => void;
}) {
  const { t, map, me, members, invitations, requests, templates, busy, act, setStatus, setError } = props;
  const id = useId();
  const owner = map.role === 'OWNER';
  const base = `/api/v1/maps/${map.id}`;
  const [publishTo, setPublishTo] = useState<Visibility | null>(null);
  const [leaving, setLeaving] = useState(false);
  const [ownerReads, setOwnerReads] = useState(true);
  const [grantRoles, setGrantRoles] = useState<Record<string, Role>>({});
  const publishButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (publishTo) publishButton.current?.focus();
  }, [publishTo]);

  const setVisibility = (v: Visibility) =>
    act(() => api('PATCH', base, { visibility: v, version: map.version }), () => fillIn(t.visibilityChanged, { visibility: t.visibilityNames[v] }));
  const chooseVisibility = (v: Visibility) => {
    if (v === map.visibility) return;
    // going public: say first what becomes readable
    if (map.visibility === 'PRIVATE') setPublishTo(v);
    else void setVisibility(v);
  };

  const invite = async (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const email = String(data.get('email') ?? '').trim();
    const role = String(data.get('role')) as Role;
    // the form is emptied as soon as the invitation is sent, before the lists reload: what
    // someone types meanwhile (the next address) is kept
    await act(
      () => api('POST', `${base}/invitations`, { email, role }),
      () => {
        form.reset();
        return fillIn(t.invited, { email, role: t.roleNames[role] });
      },
    );
  };

  return (
    <>
      <p>{map.role ? fillIn(t.yourRole, { role: t.roleNames[map.role] }) : null}</p>
      <CopyField label={t.link} value={absolute(`/maps/${map.id}`)} button={t.copyLink} t={t} setStatus={setStatus} setError={setError} testId="map-link" />

      <section aria-labelledby={`${id}-vis`}>
        <h3 id={`${id}-vis`}>{t.visibility}</h3>
        {owner ? (
          <fieldset className="share-visibility" disabled={busy || !!publishTo}>
            <legend className="visually-hidden">{t.visibility}</legend>
            {VISIBILITIES.map((v) => (
              <label key={v}>
                <input type="radio" name={`${id}-visibility`} value={v} checked={(publishTo ?? map.visibility) === v} onChange={() => chooseVisibility(v)} />
                <span>
                  <strong>{t.visibilityNames[v]}</strong> <span className="hint">{t.visibilityHelp[v]}</span>
                </span>
              </label>
            ))}
          </fieldset>
        ) : (
          <p>
            {fillIn(t.visibilityNow, { visibility: t.visibilityNames[map.visibility] })} <span className="hint">{t.visibilityHelp[map.visibility]}</span>
          </p>
        )}
        {publishTo && (
          <div className="share-warning" role="group" aria-labelledby={`${id}-pub`} data-testid="publish-warning">
            <h4 id={`${id}-pub`}>{t.publishWarningTitle}</h4>
            <p>{fillIn(t.publishWarning, { who: t.publishWho[publishTo as 'LINK' | 'PUBLIC'] })}</p>
            <div className="share-row">
              <button
                ref={publishButton}
                type="button"
                disabled={busy}
                onClick={async () => {
                  const v = publishTo;
                  setPublishTo(null);
                  await setVisibility(v);
                }}
              >
                {t.publish}
              </button>
              <button type="button" className="secondary" onClick={() => setPublishTo(null)}>{t.cancel}</button>
            </div>
          </div>
        )}
        {!owner && <p className="hint">{t.onlyOwnerManages}</p>}
      </section>

      {owner && requests.length > 0 && (
        <section aria-labelledby={`${id}-req`}>
          <h3 id={`${id}-req`}>{t.requests}</h3>
          <ul className="share-list" data-testid="access-requests">
            {requests.map((r) => {
              const name = r.name ?? r.email ?? '';
              const role = grantRoles[r.id] ?? r.role ?? 'VIEWER';
              return (
                <li key={r.id}>
                  <div>
                    <strong>{fillIn(t.requestFrom, { name, email: r.email ?? '' })}</strong>
                    {r.role && <span className="hint"> — {fillIn(t.requestedRole, { role: t.roleNames[r.role] })}</span>}
                    {r.message && <blockquote>{r.message}</blockquote>}
                  </div>
                  <div className="share-row">
                    <select aria-label={fillIn(t.grantAs, { name })} value={role} onChange={(e) => setGrantRoles((g) => ({ ...g, [r.id]: e.target.value as Role }))}>
                      {ROLES.map((x) => <option key={x} value={x}>{t.roleNames[x]}</option>)}
                    </select>
                    <button type="button" disabled={busy} onClick={() => act(() => api('POST', `${base}/access-requests/${r.id}/grant`, { role }), () => fillIn(t.granted, { name, role: t.roleNames[role] }))}>
                      {t.grant}
                    </button>
                    <button type="button" className="secondary" disabled={busy} onClick={() => act(() => api('POST', `${base}/access-requests/${r.id}/refuse`), () => fillIn(t.refused, { name }))}>
                      {t.refuse}
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      )}

      {owner && (
        <section aria-labelledby={`${id}-mem`}>
          <h3 id={`${id}-mem`}>{t.members}</h3>
          <ul className="share-list" data-testid="members">
            {members.map((m) => (
              <li key={m.userId}>
                <div>
                  <strong>{m.name}</strong>{m.userId === me ? ` (${t.you})` : ''} <span className="hint">{m.email}</span>
                </div>
                <div className="share-row">
                  <select
                    aria-label={fillIn(t.roleOf, { name: m.name })}
                    value={m.role}
                    disabled={busy}
                    onChange={(e) => {
                      const role = e.target.value as Role;
                      void act(() => api('PATCH', `${base}/members/${m.userId}`, { role, version: m.version }), () => fillIn(t.roleChanged, { name: m.name, role: t.roleNames[role] }));
                    }}
                  >
                    {ROLES.map((x) => <option key={x} value={x}>{t.roleNames[x]}</option>)}
                  </select>
                  {m.userId !== me && (
                    <button type="button" className="secondary danger" disabled={busy} aria-label={fillIn(t.removeMember, { name: m.name })} onClick={() => act(() => api('DELETE', `${base}/members/${m.userId}?version=${m.version}`), () => fillIn(t.memberRemoved, { name: m.name }))}>
                      {t.remove}
                    </button>
                  )}
                </div>
              </li>
            ))}
          </ul>
          <details className="hint">
            <summary>{t.role}</summary>
            <ul>{ROLES.map((r) => <li key={r}>{t.roleHelp[r]}</li>)}</ul>
          </details>
        </section>
      )}

      {owner && invitations.length > 0 && (
        <section aria-labelledby={`${id}-inv`}>
          <h3 id={`${id}-inv`}>{t.invitations}</h3>
          <ul className="share-list" data-testid="pending-invitations">
            {invitations.map((i) => (
              <li key={i.id}>
                <span>{i.email} <span className="badge">{t.roleNames[i.role]}</span></span>
                <button type="button" className="secondary" disabled={busy} aria-label={fillIn(t.withdrawInvitation, { email: i.email })} onClick={() => act(() => api('DELETE', `${base}/invitations/${i.id}`), () => fillIn(t.invitationWithdrawn, { email: i.email }))}>
                  {t.withdraw}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      {owner && (
        <form className="share-invite" onSubmit={invite} noValidate aria-labelledby={`${id}-invite`}>
          <h3 id={`${id}-invite`}>{t.inviteTitle}</h3>
          <p className="hint" id={`${id}-invite-help`}>{t.inviteHelp}</p>
          <div className="share-row">
            <span className="share-field">
              <label htmlFor={`${id}-email`}>{t.email}</label>
              <input id={`${id}-email`} name="email" type="email" required autoComplete="off" aria-describedby={`${id}-invite-help`} />
            </span>
            <span className="share-field">
              <label htmlFor={`${id}-role`}>{t.role}</label>
              <select id={`${id}-role`} name="role" defaultValue="EDITOR">
                {ROLES.map((x) => <option key={x} value={x}>{t.roleNames[x]}</option>)}
              </select>
            </span>
            <button type="submit" disabled={busy}>{t.invite}</button>
          </div>
        </form>
      )}

      {owner && (
        <section aria-labelledby={`${id}-tpl`} data-testid="templates">
          <h3 id={`${id}-tpl`}>{t.templates}</h3>
          <p className="hint">{t.templatesHelp}</p>
          {templates.map((tpl) => (
            <div key={tpl.id} className="share-template">
              <CopyField label={t.templateLink} value={absolute(tpl.url)} button={t.copyTemplateLink} t={t} setStatus={setStatus} setError={setError} testId="template-link" />
              <p>{tpl.copies.length ? fillIn(t.copiesMade, { n: tpl.copies.length }) : t.noCopies}</p>
              {tpl.copies.length > 0 && (
                <ul className="share-copies">
                  {tpl.copies.map((c) => (
                    <li key={c.userId}>{tpl.ownerReads ? <a href={`/maps/${c.mapId}`} aria-label={fillIn(t.openCopy, { name: c.name })}>{c.name}</a> : c.name}</li>
                  ))}
                </ul>
              )}
              <button type="button" className="secondary" disabled={busy} onClick={() => act(() => api('DELETE', `${base}/templates/${tpl.id}`), () => t.templateWithdrawn)}>{t.withdrawTemplate}</button>
            </div>
          ))}
          <div className="share-row">
            <label className="share-check">
              <input type="checkbox" checked={ownerReads} onChange={(e) => setOwnerReads(e.target.checked)} /> {t.ownerReads}
            </label>
            <button type="button" className="secondary" disabled={busy} onClick={() => act(() => api('POST', `${base}/templates`, { ownerReads }), () => t.templateMade)}>{t.makeTemplate}</button>
          </div>
        </section>
      )}

      <div className="share-foot">
        {map.role && (
          <button type="button" className="secondary" onClick={props.onManage}>{t.manage}</button>
        )}
        {map.role && me && !leaving && (
          <button type="button" className="secondary danger" onClick={() => setLeaving(true)}>{t.leave}</button>
        )}
      </div>
      {leaving && me && (
        <div className="share-warning" role="group" aria-label={t.leave}>
          <p>{t.leaveConfirm}</p>
          <div className="share-row">
            <button
              type="button"
              className="danger"
              disabled={busy}
              autoFocus
              onClick={() =>
                act(
                  () => api('DELETE', `/api/v1/maps/${map.id}/members/${me}`),
                  () => '',
                  () => {
                    flash(fillIn(t.left, { title: map.title }), { afterNavigation: true });
                    window.location.assign('/maps');
                  },
                )
              }
            >
              {t.leaveYes}
            </button>
            <button type="button" className="secondary" onClick={() => setLeaving(false)}>{t.cancel}</button>
          </div>
        </div>
      )}
    </>
  );
}

function ManageBody({ t, map, busy, act, reload, setError, onShare }: { t: SharingText; map: MapInfo; busy: boolean; act: Act; reload: () => Promise<MapInfo | null>; setError: (s: string) => void; onShare: () => void }) {
  const id = useId();
  const [title, setTitle] = useState(map.title);
  const [description, setDescription] = useState(map.description);
  const [confirm, setConfirm] = useState('');
  const [copy, setCopy] = useState<{ id: string; title: string } | null>(null);
  const canEdit = roleAtLeast(map.role, 'MODERATOR');
  const owner = map.role === 'OWNER';

  const save = async (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!title.trim()) {
      setError(fillIn(t.invalid, { detail: `${t.fieldTitle}: ${t.required}` }));
      return;
    }
    // past a limit: nothing is sent, the field says why and keeps what was typed
    setError('');
    if (overLimitIn(e.currentTarget)) return;
    // what the user typed stays in the fields, also when the server refuses it
    await act(() => api('PATCH', `/api/v1/maps/${map.id}`, { title, description, version: map.version }), () => t.saved);
  };
  const duplicate = () => {
    const name = fillIn(t.copyOf, { title: map.title }).slice(0, LIMITS.mapTitle);
    return act(
      () => api('POST', `/api/v1/maps/${map.id}/copy`, { title: name }),
      (a) => fillIn(t.duplicated, { title: (a.body as { title: string }).title }),
      (a) => setCopy({ id: (a.body as { id: string }).id, title: (a.body as { title: string }).title }),
    );
  };
  const remove = () =>
    act(
      () => api('DELETE', `/api/v1/maps/${map.id}?version=${map.version}`),
      () => '',
      () => {
        flash(fillIn(t.deleted, { title: map.title }), { afterNavigation: true });
        window.location.assign('/maps');
      },
    );
  const matches = confirm.trim() === map.title.trim();

  return (
    <>
      {canEdit && (
        <form className="share-settings" onSubmit={save} noValidate aria-label={t.manage}>
          <label htmlFor={`${id}-title`}>{t.mapTitle}</label>
          <input id={`${id}-title`} value={title} required onChange={(e) => setTitle(e.target.value)} {...limitProps(`${id}-title`, title, LIMITS.mapTitle)} />
          <LimitNote t={t.limits} id={`${id}-title`} field={t.mapTitle} value={title} max={LIMITS.mapTitle} />
          <label htmlFor={`${id}-desc`}>{t.description}</label>
          <textarea id={`${id}-desc`} rows={3} value={description} onChange={(e) => setDescription(e.target.value)} {...limitProps(`${id}-desc`, description, LIMITS.mapDescription)} />
          <LimitNote t={t.limits} id={`${id}-desc`} field={t.description} value={description} max={LIMITS.mapDescription} />
          <div className="share-row">
            <button type="submit" disabled={busy}>{busy ? t.saving : t.save}</button>
          </div>
        </form>
      )}
      <section aria-labelledby={`${id}-dup`}>
        <h3 id={`${id}-dup`}>{t.duplicate}</h3>
        <p className="hint">{t.duplicateHelp}</p>
        <div className="share-row">
          <button type="button" className="secondary" disabled={busy} onClick={duplicate}>{t.duplicate}</button>
          {copy && <a href={`/maps/${copy.id}`} data-testid="open-copy">{t.openIt}: {copy.title}</a>}
        </div>
      </section>
      {owner && (
        <section aria-labelledby={`${id}-del`} className="share-danger">
          <h3 id={`${id}-del`}>{t.deleteTitle}</h3>
          <p id={`${id}-delhelp`}>{fillIn(t.deleteHelp, { title: map.title })}</p>
          <label htmlFor={`${id}-confirm`}>{t.deleteConfirmLabel}</label>
          <input id={`${id}-confirm`} value={confirm} autoComplete="off" aria-describedby={`${id}-delhelp`} onChange={(e) => setConfirm(e.target.value)} />
          <div className="share-row">
            <button type="button" className="danger" disabled={busy || !matches} onClick={remove}>{fillIn(t.deleteButton, { title: map.title })}</button>
          </div>
        </section>
      )}
      <div className="share-foot">
        <button type="button" className="secondary" onClick={() => { void reload(); onShare(); }}>{t.share}</button>
      </div>
    </>
  );
}
