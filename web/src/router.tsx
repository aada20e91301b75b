import { createBrowserRouter } from 'react-router';
import { Layout } from './layout';
import { AdvisersPage } from './pages/advisers-page';
import { LeadPage } from './pages/lead-page';
import { NotFoundPage } from './pages/not-found-page';
import { SearchPage } from './pages/search-page';

export const router = createBrowserRouter([
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <SearchPage /> },
      { path: 'leads/:id', element: <LeadPage /> },
      // Loaded on demand: the translation data and the DOCX/PDF writers stay out of the first download.
      { path: 'resume', lazy: async () => ({ Component: (await import('./pages/resume-page')).ResumePage }) },
      { path: 'advisers', element: <AdvisersPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
