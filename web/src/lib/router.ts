import { useCallback, useEffect, useState } from 'react';

/**
 * A tiny client-side router over the History API (the server returns index.html for unknown
 * paths). Extension point: later pages (screening, emotion report) add a variant to `Route`
 * and a pattern to `parseRoute`, and App renders them.
 */
export type Route =
  | { name: 'home' }
  | { name: 'chat'; sessionId: string }
  /** PHQ-9 / GAD-7; with a session, the result is stored with (and can flag) that conversation. */
  | { name: 'checkin'; sessionId: string | null; instrument: 'phq9' | 'gad7' | null }
  | { name: 'report'; sessionId: string | null };

const SESSION = '(?:/c/([A-Za-z0-9_-]+))?';

export function parseRoute(pathname: string): Route {
  const chat = /^\/c\/([A-Za-z0-9_-]+)\/?$/.exec(pathname);
  if (chat?.[1]) return { name: 'chat', sessionId: chat[1] };
  const checkin = new RegExp(`^${SESSION}/check-in(?:/(phq9|gad7))?/?$`).exec(pathname);
  if (checkin) {
    const instrument = checkin[2] === 'phq9' || checkin[2] === 'gad7' ? checkin[2] : null;
    return { name: 'checkin', sessionId: checkin[1] ?? null, instrument };
  }
  const report = new RegExp(`^${SESSION}/report/?$`).exec(pathname);
  if (report) return { name: 'report', sessionId: report[1] ?? null };
  return { name: 'home' };
}

export function routePath(route: Route): string {
  switch (route.name) {
    case 'chat':
      return `/c/${route.sessionId}`;
    case 'checkin':
      return `${route.sessionId ? `/c/${route.sessionId}` : ''}/check-in${route.instrument ? `/${route.instrument}` : ''}`;
    case 'report':
      return `${route.sessionId ? `/c/${route.sessionId}` : ''}/report`;
    default:
      return '/';
  }
}

/** The conversation a route belongs to, if any. */
export function routeSessionId(route: Route): string | null {
  return route.name === 'home' ? null : route.sessionId;
}

export function useRoute(): [Route, (route: Route, options?: { replace?: boolean }) => void] {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.pathname));
  useEffect(() => {
    const onPop = () => setRoute(parseRoute(window.location.pathname));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = useCallback((next: Route, options?: { replace?: boolean }) => {
    const path = routePath(next);
    if (path !== window.location.pathname) {
      if (options?.replace) window.history.replaceState(null, '', path);
      else window.history.pushState(null, '', path);
    }
    setRoute(next);
  }, []);
  return [route, navigate];
}
