import { describe, expect, it } from 'vitest';
import { parseRoute, routePath, routeSessionId, type Route } from '../../../web/src/lib/router.ts';

describe('client routes', () => {
  const cases: [string, Route][] = [
    ['/', { name: 'home' }],
    ['/c/ses_abc', { name: 'chat', sessionId: 'ses_abc' }],
    ['/check-in', { name: 'checkin', sessionId: null, instrument: null }],
    ['/check-in/phq9', { name: 'checkin', sessionId: null, instrument: 'phq9' }],
    ['/c/ses_abc/check-in', { name: 'checkin', sessionId: 'ses_abc', instrument: null }],
    ['/c/ses_abc/check-in/gad7', { name: 'checkin', sessionId: 'ses_abc', instrument: 'gad7' }],
    ['/report', { name: 'report', sessionId: null }],
    ['/c/ses_abc/report', { name: 'report', sessionId: 'ses_abc' }],
  ];

  it('parse and print each other', () => {
    for (const [path, route] of cases) {
      expect(parseRoute(path), path).toEqual(route);
      expect(routePath(route)).toBe(path);
    }
  });

  it('accept a trailing slash and send anything unknown home', () => {
    expect(parseRoute('/report/')).toEqual({ name: 'report', sessionId: null });
    expect(parseRoute('/check-in/bdi')).toEqual({ name: 'home' });
    expect(parseRoute('/c/bad id/report')).toEqual({ name: 'home' });
    expect(parseRoute('/c/x/report/extra')).toEqual({ name: 'home' });
  });

  it('know which conversation a page belongs to', () => {
    expect(routeSessionId({ name: 'home' })).toBeNull();
    expect(routeSessionId(parseRoute('/c/s1/report'))).toBe('s1');
    expect(routeSessionId(parseRoute('/check-in'))).toBeNull();
  });
});
