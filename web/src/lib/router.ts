import { useCallback, useEffect, useState } from 'react';

/**
 * A tiny client-side router over the History API (the server returns index.html for unknown
 * paths). Extension point: later pages (screening, emotion report) add a variant to `Route`
 * and a pattern to `parseRoute`, and App renders them.
 */
export type Route = { name: 'home' } | { name: 'chat'; sessionId: string };

export function parseRoute(pathname: string): Route {
  const chat = /^\/c\/([A-Za-z0-9_-]+)\/?$/.exec(pathname);
  if (chat?.[1]) return { name: 'chat', sessionId: chat[1] };
  return { name: 'home' };
}

export function routePath(route: Route): string {
  return route.name === 'chat' ? `/c/${route.sessionId}` : '/';
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
