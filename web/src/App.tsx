import { Suspense, lazy, useCallback, useEffect, useRef, useState } from 'react';
import { api } from './api/client.ts';
import type { AppInfo, Locale, Session } from './api/types.ts';
import { Composer } from './components/Composer.tsx';
import { CrisisPanel } from './components/CrisisPanel.tsx';
import { HelpDialog } from './components/HelpDialog.tsx';
import { defaultRegionFor } from './components/Hotlines.tsx';
import {
  IconDownload,
  IconChevron,
  IconClose,
  IconLifebuoy,
  IconMenu,
  IconMoon,
  IconPulse,
  IconSettings,
  IconSun,
} from './components/Icons.tsx';
import { Menu } from './components/Menu.tsx';
import { MessageList } from './components/MessageList.tsx';
import { SettingsDialog } from './components/SettingsDialog.tsx';
import { Sidebar } from './components/Sidebar.tsx';
import { Welcome } from './components/Welcome.tsx';
import { setFocusedMessage } from './emotion/focus.ts';
import type { OutgoingMedia } from './features/media/types.ts';
import { useAnnouncer } from './hooks/useAnnouncer.ts';
import { useChat } from './hooks/useChat.ts';
import { I18nProvider, translate } from './i18n/index.tsx';
import {
  isCrisisMinimised,
  storeCrisisMinimised,
  storeLocale,
  storeRegion,
  storedLocale,
  storedRegion,
  useTheme,
} from './lib/preferences.ts';
import { routeSessionId, useRoute } from './lib/router.ts';
import { SIDE_PANELS } from './panels/index.ts';

// The check-in and report pages load in their own chunks, when first opened.
const ScreeningPage = lazy(() =>
  import('./emotion/ScreeningPage.tsx').then((m) => ({ default: m.ScreeningPage })),
);
const ReportPage = lazy(() => import('./emotion/ReportPage.tsx').then((m) => ({ default: m.ReportPage })));

const PANELS_COLLAPSED = 'carellm.panels.collapsed';
const readPanelsCollapsed = () => {
  try {
    return localStorage.getItem(PANELS_COLLAPSED) === '1';
  } catch {
    return false;
  }
};

export function App() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [locale, setLocaleState] = useState<Locale | null>(storedLocale);

  useEffect(() => {
    api
      .info()
      .then((i) => {
        setInfo(i);
        setLocaleState((l) => l ?? i.defaultLocale);
      })
      .catch(() => setLocaleState((l) => l ?? 'zh-CN'));
  }, []);

  if (!locale) return null; // a few milliseconds, until /api/info says which language to start in
  return (
    <I18nProvider locale={locale}>
      <Shell
        info={info}
        locale={locale}
        setLocale={(l) => {
          storeLocale(l);
          setLocaleState(l);
        }}
      />
    </I18nProvider>
  );
}

function Shell({
  info,
  locale,
  setLocale,
}: {
  info: AppInfo | null;
  locale: Locale;
  setLocale: (l: Locale) => void;
}) {
  const t = useCallback(
    (k: Parameters<typeof translate>[1], v?: Record<string, string | number>) => translate(locale, k, v),
    [locale],
  );
  const [route, navigate] = useRoute();
  const theme = useTheme();
  const announcer = useAnnouncer();
  const [sessions, setSessions] = useState<Session[]>([]);
  const [sidebarOpen, setSidebarOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [draft, setDraft] = useState('');
  const [sendError, setSendError] = useState<string | null>(null);
  const [regionChoice, setRegionChoice] = useState<string | null>(storedRegion);
  const region = regionChoice ?? defaultRegionFor(locale);

  // Fetch the Markdown chunk right after the first screen is up, before the first reply needs it.
  useEffect(() => {
    void import('./components/Markdown.tsx');
  }, []);

  const refreshSessions = useCallback(() => {
    api.listSessions().then(setSessions, () => undefined);
  }, []);
  useEffect(refreshSessions, [refreshSessions]);

  // The check-in and report pages of a conversation keep it loaded (and its crisis state on screen).
  const sessionId = routeSessionId(route);
  const chat = useChat(sessionId, {
    locale,
    announcer,
    phrases: {
      complete: t('message.replyComplete'),
      stopped: t('message.replyStopped'),
      network: t('error.network'),
    },
    onSessionCreated: (s) => {
      navigate({ name: 'chat', sessionId: s.id });
      refreshSessions();
    },
    onTurnFinished: refreshSessions,
  });

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  // The emotion panel reads the latest message of whichever conversation is open.
  useEffect(() => setFocusedMessage(null), [sessionId]);

  // A check-in outside any conversation that asks for the crisis protocol pins the panel too.
  const [standaloneCrisis, setStandaloneCrisis] = useState(false);
  const [standaloneMinimised, setStandaloneMinimised] = useState(false);

  // Side panels: collapsible on wide screens (remembered); a bottom sheet on phones.
  const [panelsCollapsed, setPanelsCollapsed] = useState(readPanelsCollapsed);
  const [sheetOpen, setSheetOpen] = useState(false);
  const sheet = useRef<HTMLElement>(null);
  const collapsePanels = (collapsed: boolean) => {
    setPanelsCollapsed(collapsed);
    try {
      localStorage.setItem(PANELS_COLLAPSED, collapsed ? '1' : '0');
    } catch {
      // not remembered; fine
    }
  };
  useEffect(() => {
    if (!sheetOpen) return;
    sheet.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setSheetOpen(false);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [sheetOpen]);
  useEffect(() => setSheetOpen(false), [route]);

  // The crisis panel: minimised per session (remembered across reloads); a new high-risk turn re-opens it.
  const [crisisMinimised, setCrisisMinimised] = useState(false);
  useEffect(() => setCrisisMinimised(sessionId ? isCrisisMinimised(sessionId) : false), [sessionId]);
  useEffect(() => {
    if (chat.crisis.seq > 0 && sessionId) {
      storeCrisisMinimised(sessionId, false);
      setCrisisMinimised(false);
    }
  }, [chat.crisis.seq, sessionId]);

  // Escape closes the phone sidebar, like a dialog.
  useEffect(() => {
    if (!sidebarOpen) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setSidebarOpen(false);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [sidebarOpen]);

  const chooseRegion = (id: string) => {
    storeRegion(id);
    setRegionChoice(id);
  };

  const onSend = async (media?: OutgoingMedia[]) => {
    const text = draft;
    setDraft('');
    setSendError(null);
    const result = await chat.send(text, media);
    if (!result.ok) {
      setDraft((d) => (d === '' ? text : d));
      if (result.error) setSendError(result.error);
    }
    return result.ok;
  };

  const startNew = () => {
    setSidebarOpen(false);
    navigate({ name: 'home' });
  };

  const otherLocale: Locale = locale === 'zh-CN' ? 'en' : 'zh-CN';
  const dark = theme.effective === 'dark';
  const engineLabel = info?.engine.label[locale];
  const hasPanels = SIDE_PANELS.length > 0 && route.name === 'chat';
  const crisisShown = (chat.crisis.active && sessionId !== null) || (standaloneCrisis && sessionId === null);
  // The server names a session after its first message; the refreshed list has that name first.
  const heading = sessions.find((s) => s.id === sessionId)?.title || chat.session?.title || t('app.name');
  useEffect(() => {
    document.title = sessionId && heading !== t('app.name') ? `${heading} · CareLLM` : 'CareLLM';
  });

  return (
    <div
      className={`app ${hasPanels ? 'has-panels' : ''} ${hasPanels && panelsCollapsed ? 'panels-collapsed' : ''}`}
    >
      <a className="skip-link" href="#composer-input">
        {t('composer.label')}
      </a>
      <Sidebar
        sessions={sessions}
        currentId={sessionId}
        open={sidebarOpen}
        onClose={() => setSidebarOpen(false)}
        onNew={startNew}
        onSelect={(id) => {
          setSidebarOpen(false);
          setSendError(null);
          navigate({ name: 'chat', sessionId: id });
        }}
        onRenamed={(s) => {
          if (s.id === sessionId) chat.rename(s.title);
          refreshSessions();
        }}
        onDeleted={(id) => {
          if (id === sessionId) navigate({ name: 'home' }, { replace: true });
          refreshSessions();
        }}
        onSettings={() => {
          setSidebarOpen(false);
          setSettingsOpen(true);
        }}
        page={route.name === 'checkin' || route.name === 'report' ? route.name : null}
        onPage={(name) => {
          setSidebarOpen(false);
          navigate(name === 'checkin' ? { name, sessionId, instrument: null } : { name, sessionId });
        }}
      />

      <div className="main">
        <header className="topbar">
          <button
            type="button"
            className="icon-button sidebar-toggle"
            onClick={() => setSidebarOpen(true)}
            aria-label={t('nav.openSidebar')}
            aria-expanded={sidebarOpen}
            aria-controls="sidebar"
          >
            <IconMenu />
          </button>
          <div className="topbar-title">
            <span className="session-heading">{heading}</span>
            {engineLabel && (
              <button
                type="button"
                className="engine-pill"
                onClick={() => setSettingsOpen(true)}
                aria-label={t('header.engine', { label: engineLabel })}
                data-testid="engine-pill"
              >
                <span
                  className={`engine-dot ${info?.engine.capabilities.offline ? 'is-offline' : ''}`}
                  aria-hidden="true"
                />
                {engineLabel}
              </button>
            )}
          </div>
          <div className="topbar-actions">
            {hasPanels && (
              <button
                type="button"
                className="icon-button panel-sheet-toggle"
                onClick={() => setSheetOpen((o) => !o)}
                aria-label={t('nav.emotionPanel')}
                title={t('nav.emotionPanel')}
                aria-expanded={sheetOpen}
                aria-controls="side-panels"
                data-testid="panel-toggle"
              >
                <IconPulse />
              </button>
            )}
            <button
              type="button"
              className="text-button lang-switch"
              onClick={() => setLocale(otherLocale)}
              lang={otherLocale}
              aria-label={`${t('header.language')}: ${translate(locale, `lang.${otherLocale}`)}`}
              data-testid="lang-switch"
            >
              <span className="lang-long">{translate(locale, `lang.${otherLocale}`)}</span>
              <span className="lang-short" aria-hidden="true">
                {translate(locale, `lang.short.${otherLocale}`)}
              </span>
            </button>
            <button
              type="button"
              className="icon-button"
              onClick={() => theme.setChoice(dark ? 'light' : 'dark')}
              aria-label={dark ? t('header.themeToLight') : t('header.themeToDark')}
              title={dark ? t('header.themeToLight') : t('header.themeToDark')}
              data-testid="theme-toggle"
            >
              {dark ? <IconSun /> : <IconMoon />}
            </button>
            {chat.session && (
              <Menu
                className="export-menu"
                label={t('nav.export')}
                icon={<IconDownload />}
                items={[
                  {
                    label: t('nav.exportMarkdown'),
                    href: api.exportUrl(chat.session.id, 'markdown'),
                    download: true,
                  },
                  {
                    label: t('nav.exportJson'),
                    href: api.exportUrl(chat.session.id, 'json'),
                    download: true,
                  },
                ]}
              />
            )}
            <button
              type="button"
              className="icon-button settings-button"
              onClick={() => setSettingsOpen(true)}
              aria-label={t('header.settings')}
              title={t('header.settings')}
            >
              <IconSettings />
            </button>
            <button
              type="button"
              className="help-button"
              onClick={() => setHelpOpen(true)}
              data-testid="help-button"
            >
              <IconLifebuoy />
              <span>{t('header.help')}</span>
            </button>
          </div>
        </header>

        {crisisShown && !sessionId && (
          <CrisisPanel
            key="standalone"
            initial={null}
            region={region}
            onRegion={chooseRegion}
            minimised={standaloneMinimised}
            onMinimise={setStandaloneMinimised}
          />
        )}
        {crisisShown && sessionId && (
          <CrisisPanel
            key={sessionId}
            initial={chat.crisis.resources}
            region={region}
            onRegion={chooseRegion}
            minimised={crisisMinimised}
            onMinimise={(m) => {
              storeCrisisMinimised(sessionId, m);
              setCrisisMinimised(m);
            }}
          />
        )}

        {route.name === 'checkin' || route.name === 'report' ? (
          <main className="page-scroller">
            <Suspense fallback={null}>
              {route.name === 'checkin' ? (
                <ScreeningPage
                  key={`${route.sessionId}-${route.instrument}`}
                  sessionId={route.sessionId}
                  sessionTitle={route.sessionId ? heading : null}
                  instrument={route.instrument}
                  navigate={navigate}
                  onCrisis={() => {
                    if (route.sessionId) {
                      storeCrisisMinimised(route.sessionId, false);
                      chat.flagCrisis();
                      refreshSessions();
                    } else {
                      setStandaloneMinimised(false);
                      setStandaloneCrisis(true);
                    }
                  }}
                />
              ) : (
                <ReportPage sessionId={route.sessionId} navigate={navigate} />
              )}
            </Suspense>
          </main>
        ) : (
          <>
            <main className="chat" aria-busy={chat.loading}>
              {chat.loadError ? (
                <div className="load-error" role="alert">
                  <p>{chat.loadError === 'notFound' ? t('error.notFound') : t('error.load')}</p>
                  <button type="button" className="button" onClick={startNew}>
                    {t('nav.newChat')}
                  </button>
                </div>
              ) : chat.messages.length === 0 && !chat.loading ? (
                <Welcome onPick={setDraft} />
              ) : (
                <MessageList
                  messages={chat.messages}
                  streaming={chat.streaming}
                  onStartCheckIn={(instrument, messageId) => {
                    chat.dismissCheckIn(messageId);
                    if (sessionId) navigate({ name: 'checkin', sessionId, instrument });
                  }}
                  onDismissCheckIn={chat.dismissCheckIn}
                />
              )}
            </main>

            <div className="composer-area">
              {sendError && (
                <div className="send-error" role="alert">
                  <span>{t('error.send', { detail: sendError })}</span>
                  <button type="button" className="text-button" onClick={() => setSendError(null)}>
                    {t('error.dismiss')}
                  </button>
                </div>
              )}
              <Composer
                draft={draft}
                setDraft={setDraft}
                onSend={onSend}
                onStop={chat.stop}
                streaming={chat.streaming}
                maxChars={info?.limits.maxMessageChars ?? 8000}
              />
              <p className="disclaimer" data-testid="disclaimer">
                {t('disclaimer.short')}
              </p>
            </div>
          </>
        )}
      </div>

      {hasPanels && (
        <aside
          id="side-panels"
          ref={sheet}
          tabIndex={-1}
          className={`side-panels ${sheetOpen ? 'is-sheet-open' : ''} ${panelsCollapsed ? 'is-collapsed' : ''}`}
          aria-label={t('nav.emotionPanel')}
        >
          {SIDE_PANELS.map((p) => (
            <section key={p.id} className="side-panel" aria-labelledby={`panel-title-${p.id}`}>
              <header className="side-panel-header">
                <h2 id={`panel-title-${p.id}`}>{t(p.title)}</h2>
                <button
                  type="button"
                  className="icon-button panel-collapse"
                  onClick={() => collapsePanels(!panelsCollapsed)}
                  aria-expanded={!panelsCollapsed}
                  aria-label={panelsCollapsed ? t('emo.expand') : t('emo.collapse')}
                  title={panelsCollapsed ? t('emo.expand') : t('emo.collapse')}
                  data-testid="panel-collapse"
                >
                  {panelsCollapsed ? <IconPulse /> : <IconChevron right />}
                </button>
                <button
                  type="button"
                  className="icon-button panel-sheet-close"
                  onClick={() => setSheetOpen(false)}
                  aria-label={t('emo.close')}
                >
                  <IconClose />
                </button>
              </header>
              {!panelsCollapsed || sheetOpen ? (
                <div className="side-panel-body">
                  {p.render({
                    session: chat.session,
                    messages: chat.messages,
                    streaming: chat.streaming,
                    navigate,
                  })}
                </div>
              ) : null}
            </section>
          ))}
        </aside>
      )}
      {hasPanels && sheetOpen && (
        <div className="sheet-scrim" onClick={() => setSheetOpen(false)} aria-hidden="true" />
      )}

      <div
        className="visually-hidden"
        aria-live="polite"
        aria-atomic="true"
        aria-label={t('live.region')}
        data-testid="live-region"
      >
        {announcer.message}
      </div>

      <HelpDialog
        open={helpOpen}
        onClose={() => setHelpOpen(false)}
        region={region}
        onRegion={chooseRegion}
      />
      <SettingsDialog
        open={settingsOpen}
        onClose={() => setSettingsOpen(false)}
        info={info}
        onLocale={setLocale}
        theme={theme.choice}
        onTheme={theme.setChoice}
      />
    </div>
  );
}
