import { NavLink, Outlet } from 'react-router';
import { useSession } from '../session';

/** The admin pages. The server refuses them to anyone else; this only avoids showing dead links. */
export function AdminLayout() {
  const { state } = useSession();
  if (state.status !== 'signed-in') return null;
  if (state.me.adviser.role !== 'admin')
    return <p className="notice notice--warning">Only admins can see these pages.</p>;
  if (!state.me.secondFactor.enabled) return null;
  return (
    <div className="admin">
      <h1>Admin</h1>
      <nav aria-label="Admin">
        <ul className="subnav subnav--tabs">
          <li>
            <NavLink to="/workspace/admin" end>
              Sources
            </NavLink>
          </li>
          <li>
            <NavLink to="/workspace/admin/exclusions">Exclusions</NavLink>
          </li>
          <li>
            <NavLink to="/workspace/admin/curation">Curation</NavLink>
          </li>
          <li>
            <NavLink to="/workspace/admin/advisers">Advisers</NavLink>
          </li>
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
