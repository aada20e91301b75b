import type { ComponentType } from 'react';
import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { Layout } from './layout';
import { NotFoundPage } from './pages/not-found-page';
import { SearchPage } from './pages/search-page';

/**
 * A page loaded on demand, as its own chunk: the search page downloads only what it shows. The
 * router runs in declarative mode, about half the size of its data mode, which this app does not use.
 */
const page = <M,>(load: () => Promise<M>, pick: (m: M) => ComponentType) =>
  lazy(async () => ({ default: pick(await load()) }));

const LeadPage = page(
  () => import('./pages/lead-page'),
  (m) => m.LeadPage,
);
const SavedPage = page(
  () => import('./pages/saved-page'),
  (m) => m.SavedPage,
);
// The translation data and the DOCX/PDF writers stay out of the first download.
const ResumePage = page(
  () => import('./pages/resume-page'),
  (m) => m.ResumePage,
);
const AdvisersPage = page(
  () => import('./pages/advisers-page'),
  (m) => m.AdvisersPage,
);
const SharedPage = page(
  () => import('./pages/shared-page'),
  (m) => m.SharedPage,
);
const JoinPage = page(
  () => import('./pages/join-page'),
  (m) => m.JoinPage,
);
// The adviser workspace is loaded only by advisers.
const WorkspaceLayout = page(
  () => import('./workspace/workspace-layout'),
  (m) => m.WorkspaceLayout,
);
const DashboardPage = page(
  () => import('./workspace/dashboard-page'),
  (m) => m.DashboardPage,
);
const ClientPage = page(
  () => import('./workspace/client-page'),
  (m) => m.ClientPage,
);
const AccountPage = page(
  () => import('./workspace/account-page'),
  (m) => m.AccountPage,
);
const AdminLayout = page(
  () => import('./workspace/admin/admin-layout'),
  (m) => m.AdminLayout,
);
const AdminSources = page(
  () => import('./workspace/admin/admin-sources'),
  (m) => m.AdminSources,
);
const AdminExclusions = page(
  () => import('./workspace/admin/admin-exclusions'),
  (m) => m.AdminExclusions,
);
const AdminCuration = page(
  () => import('./workspace/admin/admin-curation'),
  (m) => m.AdminCuration,
);
const AdminAdvisers = page(
  () => import('./workspace/admin/admin-advisers'),
  (m) => m.AdminAdvisers,
);

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<Layout />}>
        <Route index element={<SearchPage />} />
        <Route path="leads/:id" element={<LeadPage />} />
        <Route path="saved" element={<SavedPage />} />
        <Route path="resume" element={<ResumePage />} />
        <Route path="advisers" element={<AdvisersPage />} />
        <Route path="shared/:token" element={<SharedPage />} />
        <Route path="join/:token" element={<JoinPage />} />
        <Route path="workspace" element={<WorkspaceLayout />}>
          <Route index element={<DashboardPage />} />
          <Route path="clients/:id" element={<ClientPage />} />
          <Route path="account" element={<AccountPage />} />
          <Route path="admin" element={<AdminLayout />}>
            <Route index element={<AdminSources />} />
            <Route path="exclusions" element={<AdminExclusions />} />
            <Route path="curation" element={<AdminCuration />} />
            <Route path="advisers" element={<AdminAdvisers />} />
          </Route>
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
