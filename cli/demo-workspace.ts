import { generatePassword, hashPassword } from '../api/auth/password';
import { newTotpSecret } from '../api/auth/totp';
import { DEMO_INTAKE } from '../demo/demo-intake';
import type { Role } from '../store/advisers-repo';
import { createAdviser, endAllSessions, findAdviserByEmail, setPasswordHash } from '../store/advisers-repo';
import type { Sealer } from '../store/intake-repo';
import { openRequests, submitIntake } from '../store/intake-repo';
import type { Store } from '../store/open-store';
import { acceptTotpStep, replaceRecoveryCodes, setPendingTotp } from '../store/second-factor-repo';

export const DEMO_ADMIN = 'demo-admin@offramp.example';
export const DEMO_ADVISER = 'demo-adviser@offramp.example';

export interface DemoCredentials {
  admin: { email: string; password: string; totpKey: string; recoveryCodes: string[] };
  adviser: { email: string; password: string };
  requestsAdded: number;
}

/** Creates the account, or gives it a fresh password and ends its sessions if it exists. */
async function demoAccount(db: Store, email: string, role: Role, password: string): Promise<string> {
  const hash = await hashPassword(password);
  const existing = findAdviserByEmail(db, email);
  if (!existing) return createAdviser(db, email, hash, role).id;
  setPasswordHash(db, existing.id, hash);
  endAllSessions(db, existing.id);
  return existing.id;
}

/**
 * The demo's workspace: an admin (with an authenticator key, as admins need one), an adviser, and
 * a few requests in the queue. Passwords are new on every demo run and printed once; nothing about
 * them is stored except their hashes.
 */
export async function seedDemoWorkspace(db: Store, sealer: Sealer): Promise<DemoCredentials> {
  const adminPassword = generatePassword();
  const adviserPassword = generatePassword();
  const adminId = await demoAccount(db, DEMO_ADMIN, 'admin', adminPassword);
  await demoAccount(db, DEMO_ADVISER, 'adviser', adviserPassword);

  const totpKey = newTotpSecret();
  setPendingTotp(db, sealer, adminId, totpKey);
  // Confirming a first code is what turns the factor on, exactly as the account page does.
  acceptTotpStep(db, adminId, Math.floor(Date.now() / 30_000) - 2, true);
  const recoveryCodes = replaceRecoveryCodes(db, adminId);

  let requestsAdded = 0;
  if (openRequests(db, sealer).length === 0) {
    for (const intake of DEMO_INTAKE) {
      submitIntake(db, sealer, intake);
      requestsAdded++;
    }
  }
  return {
    admin: { email: DEMO_ADMIN, password: adminPassword, totpKey, recoveryCodes },
    adviser: { email: DEMO_ADVISER, password: adviserPassword },
    requestsAdded,
  };
}

/** What the demo prints, once: enough to sign in as either account and try the whole workspace. */
export function describeDemoWorkspace(demo: DemoCredentials): string[] {
  return [
    '',
    'Demo workspace accounts (new passwords on every demo run; shown only now):',
    `  Adviser  ${demo.adviser.email}  password ${demo.adviser.password}`,
    `  Admin    ${demo.admin.email}  password ${demo.admin.password}`,
    `           authenticator key ${demo.admin.totpKey.match(/.{1,4}/g)?.join(' ')} (add it to any TOTP app)`,
    '           or sign in with one of these one-time recovery codes:',
    `           ${demo.admin.recoveryCodes.slice(0, 5).join('  ')}`,
    `           ${demo.admin.recoveryCodes.slice(5).join('  ')}`,
    demo.requestsAdded > 0
      ? `  ${demo.requestsAdded} sample requests are waiting in the queue at /workspace.`
      : '  The queue already holds requests from an earlier demo run.',
    '',
  ];
}
