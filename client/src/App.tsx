import { useEffect, type ReactNode } from 'react';
import { Link } from './router/Link';
import { navigate, useLocation } from './router/location';
import { ChannelsView } from './views/Channels/ChannelsView';
import { ExploreView } from './views/Explore/ExploreView';
import { SituationsView } from './views/Situations/SituationsView';
import { ToolsView } from './views/Tools/ToolsView';
import { WhoCanActView } from './views/WhoCanAct/WhoCanActView';

/** One URL per view; each view keeps its whole state in the query string. */
const ROUTES: { path: string; title: string; view: () => ReactNode }[] = [
  { path: '/explore', title: 'Explore', view: () => <ExploreView /> },
  { path: '/who-can-act', title: 'Who can act', view: () => <WhoCanActView /> },
  { path: '/channels', title: 'Channels', view: () => <ChannelsView /> },
  { path: '/tools', title: 'Tools', view: () => <ToolsView /> },
  { path: '/situations', title: 'Situations', view: () => <SituationsView /> },
];

export function App() {
  const { path } = useLocation();
  const route = ROUTES.find((r) => r.path === path);

  useEffect(() => {
    if (path === '/' || path === '/index.html') navigate('/explore', { replace: true });
  }, [path]);
  useEffect(() => {
    document.title = `${route?.title ?? 'Not found'} · Atrocity Prevention Explorer`;
  }, [route]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <p className="brand">
          <Link href="/explore">Atrocity Prevention Explorer</Link>
        </p>
        <nav aria-label="Views">
          <ul>
            {ROUTES.map((r) => (
              <li key={r.path}>
                <Link href={r.path} aria-current={r === route ? 'page' : undefined}>
                  {r.title}
                </Link>
              </li>
            ))}
            <li>
              <a href="/graphql">GraphQL API</a>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {route ? (
          // Keyed by path so each view starts fresh (its own canvas, its own requests).
          <div key={route.path}>{route.view()}</div>
        ) : path === '/' || path === '/index.html' ? null : (
          <div className="view">
            <h1>Page not found</h1>
            <p>
              There is no view at {path}. Go to <Link href="/explore">Explore</Link>.
            </p>
          </div>
        )}
      </main>
    </>
  );
}
