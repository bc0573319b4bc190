import { useEffect, useRef, useState } from 'react';
import { api } from '../api/client.ts';
import type { Session } from '../api/types.ts';
import { useI18n } from '../i18n/index.tsx';
import { Dialog } from './Dialog.tsx';
import { IconChart, IconClipboard, IconClose, IconLeaf, IconMore, IconPlus, IconSettings } from './Icons.tsx';
import { Menu } from './Menu.tsx';

interface SidebarProps {
  sessions: Session[];
  currentId: string | null;
  open: boolean;
  onClose: () => void;
  onNew: () => void;
  onSelect: (id: string) => void;
  onRenamed: (session: Session) => void;
  onDeleted: (id: string) => void;
  onSettings: () => void;
  /** The check-in or report page, when one is open. */
  page?: 'checkin' | 'report' | null;
  onPage?: (page: 'checkin' | 'report') => void;
}

export function Sidebar({
  sessions,
  currentId,
  open,
  onClose,
  onNew,
  onSelect,
  onRenamed,
  onDeleted,
  onSettings,
  page = null,
  onPage,
}: SidebarProps) {
  const { t } = useI18n();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Session | null>(null);
  const titleOf = (s: Session) => s.title || t('nav.untitled');

  return (
    <>
      <nav id="sidebar" className={`sidebar ${open ? 'is-open' : ''}`} aria-label={t('nav.sidebar')}>
        <div className="sidebar-top">
          <a
            className="brand"
            href="/"
            onClick={(e) => {
              e.preventDefault();
              onNew();
            }}
          >
            <span className="brand-mark">
              <IconLeaf />
            </span>
            <span className="brand-name">{t('app.name')}</span>
          </a>
          <button
            type="button"
            className="icon-button sidebar-close"
            onClick={onClose}
            aria-label={t('nav.closeSidebar')}
          >
            <IconClose />
          </button>
        </div>
        <button type="button" className="new-chat" onClick={onNew}>
          <IconPlus />
          <span>{t('nav.newChat')}</span>
        </button>
        <h2 className="sidebar-heading">{t('nav.sidebar')}</h2>
        {sessions.length === 0 ? (
          <p className="sidebar-empty">{t('nav.noSessions')}</p>
        ) : (
          <ul className="session-list">
            {sessions.map((s) => (
              <li
                key={s.id}
                className={`session-item ${s.id === currentId ? 'is-current' : ''}`}
                data-session-id={s.id}
              >
                {renaming === s.id ? (
                  <RenameField
                    initial={s.title}
                    label={t('nav.renameLabel')}
                    onDone={async (title) => {
                      setRenaming(null);
                      if (title !== null && title.trim() !== '' && title.trim() !== s.title) {
                        onRenamed(await api.updateSession(s.id, { title: title.trim() }));
                      }
                    }}
                  />
                ) : (
                  <button
                    type="button"
                    className="session-link"
                    aria-current={s.id === currentId ? 'page' : undefined}
                    onClick={() => onSelect(s.id)}
                  >
                    {s.flags.includes('crisis') && (
                      <span
                        className="flag-dot"
                        title={t('nav.crisisFlag')}
                        aria-label={t('nav.crisisFlag')}
                      />
                    )}
                    <span className="session-title">{titleOf(s)}</span>
                  </button>
                )}
                <Menu
                  className="session-menu"
                  label={t('nav.sessionActions', { title: titleOf(s) })}
                  icon={<IconMore />}
                  items={[
                    { label: t('nav.rename'), onSelect: () => setRenaming(s.id) },
                    { label: t('nav.exportMarkdown'), href: api.exportUrl(s.id, 'markdown'), download: true },
                    { label: t('nav.exportJson'), href: api.exportUrl(s.id, 'json'), download: true },
                    { label: t('nav.delete'), onSelect: () => setDeleting(s), danger: true },
                  ]}
                />
              </li>
            ))}
          </ul>
        )}
        <div className="sidebar-footer">
          {onPage && (
            <>
              <button
                type="button"
                className="sidebar-footer-button"
                onClick={() => onPage('checkin')}
                aria-current={page === 'checkin' ? 'page' : undefined}
                data-testid="nav-checkin"
              >
                <IconClipboard />
                <span>{t('nav.checkIn')}</span>
              </button>
              <button
                type="button"
                className="sidebar-footer-button"
                onClick={() => onPage('report')}
                aria-current={page === 'report' ? 'page' : undefined}
                data-testid="nav-report"
              >
                <IconChart />
                <span>{t('nav.report')}</span>
              </button>
            </>
          )}
          <button type="button" className="sidebar-footer-button" onClick={onSettings}>
            <IconSettings />
            <span>{t('header.settings')}</span>
          </button>
        </div>
      </nav>
      {open && <div className="sidebar-scrim" onClick={onClose} aria-hidden="true" />}
      <Dialog
        open={deleting !== null}
        size="small"
        title={t('delete.title')}
        closeLabel={t('nav.cancel')}
        onClose={() => setDeleting(null)}
        footer={
          <>
            <button type="button" className="button" onClick={() => setDeleting(null)}>
              {t('nav.cancel')}
            </button>
            <button
              type="button"
              className="button button-danger"
              onClick={async () => {
                const target = deleting;
                setDeleting(null);
                if (target) {
                  await api.deleteSession(target.id);
                  onDeleted(target.id);
                }
              }}
            >
              {t('delete.confirm')}
            </button>
          </>
        }
      >
        <p>{deleting && t('delete.body', { title: titleOf(deleting) })}</p>
      </Dialog>
    </>
  );
}

function RenameField({
  initial,
  label,
  onDone,
}: {
  initial: string;
  label: string;
  onDone: (title: string | null) => void;
}) {
  const [value, setValue] = useState(initial);
  const input = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  const finish = (title: string | null) => {
    if (done.current) return;
    done.current = true;
    onDone(title);
  };
  return (
    <input
      ref={input}
      className="rename-input"
      aria-label={label}
      value={value}
      maxLength={200}
      onChange={(e) => setValue(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') finish(value);
        if (e.key === 'Escape') {
          e.preventDefault();
          finish(null);
        }
      }}
      onBlur={() => finish(value)}
    />
  );
}
