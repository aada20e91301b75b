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
      {
        path: 'shared/:token',
        lazy: async () => ({ Component: (await import('./pages/shared-page')).SharedPage }),
      },
      {
        path: 'join/:token',
        lazy: async () => ({ Component: (await import('./pages/join-page')).JoinPage }),
      },
      // The adviser workspace is loaded only by advisers.
      {
        path: 'workspace',
        lazy: async () => ({ Component: (await import('./workspace/workspace-layout')).WorkspaceLayout }),
        children: [
          {
            index: true,
            lazy: async () => ({ Component: (await import('./workspace/dashboard-page')).DashboardPage }),
          },
          {
            path: 'clients/:id',
            lazy: async () => ({ Component: (await import('./workspace/client-page')).ClientPage }),
          },
          {
            path: 'account',
            lazy: async () => ({ Component: (await import('./workspace/account-page')).AccountPage }),
          },
          {
            path: 'admin',
            lazy: async () => ({ Component: (await import('./workspace/admin/admin-layout')).AdminLayout }),
            children: [
              {
                index: true,
                lazy: async () => ({
                  Component: (await import('./workspace/admin/admin-sources')).AdminSources,
                }),
              },
              {
                path: 'exclusions',
                lazy: async () => ({
                  Component: (await import('./workspace/admin/admin-exclusions')).AdminExclusions,
                }),
              },
              {
                path: 'curation',
                lazy: async () => ({
                  Component: (await import('./workspace/admin/admin-curation')).AdminCuration,
                }),
              },
              {
                path: 'advisers',
                lazy: async () => ({
                  Component: (await import('./workspace/admin/admin-advisers')).AdminAdvisers,
                }),
              },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
