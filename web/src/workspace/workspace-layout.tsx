import { Link, NavLink, Outlet } from 'react-router';
import { useSession } from './session';
import { SignInForm } from './sign-in-form';

/** Every workspace page: signed-out visitors get the sign-in form in place of the page. */
export function WorkspaceLayout() {
  const { state, signOut } = useSession();
  if (state.status === 'checking') return <p aria-live="polite">Checking your session…</p>;
  if (state.status === 'signed-out') return <SignInForm />;
  const { adviser, secondFactor } = state.me;
  return (
    <div className="workspace">
      <div className="workspace__bar">
        <nav aria-label="Workspace">
          <ul className="subnav">
            <li>
              <NavLink to="/workspace" end>
                Requests and clients
              </NavLink>
            </li>
            {adviser.role === 'admin' && (
              <li>
                <NavLink to="/workspace/admin">Admin</NavLink>
              </li>
            )}
            <li>
              <NavLink to="/workspace/account">Account</NavLink>
            </li>
          </ul>
        </nav>
        <p className="workspace__who">
          Signed in as {adviser.email}{' '}
          <button className="link-button" type="button" onClick={() => void signOut()}>
            Sign out
          </button>
        </p>
      </div>
      {secondFactor.required && !secondFactor.enabled && (
        <div className="notice notice--warning" role="status">
          Admins need an authenticator app. <Link to="/workspace/account">Set one up</Link> to use the admin
          pages.
        </div>
      )}
      <Outlet />
    </div>
  );
}
