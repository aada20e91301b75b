import './zod-config';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { AppRoutes } from './router';
import { SessionProvider } from './workspace/session';
import './styles/tokens.css';
import './styles/base.css';
import './styles/search.css';
import './styles/seeker.css';
import './styles/workspace.css';
import './styles/pipeline.css';

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');
const root = createRoot(container);
// A transition lets React render the first page in slices, yielding to the browser between them, so
// a slow phone never sees one long task while twenty results and their filters are built.
startTransition(() =>
  root.render(
    <StrictMode>
      <SessionProvider>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </SessionProvider>
    </StrictMode>,
  ),
);
