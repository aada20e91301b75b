import { currentTotp } from '../../api/auth/totp';
import { DEFAULT_EXCLUSION_RULES } from '../../core/fit/exclusions';
import { loadCatalogue } from '../../crawler/load-catalogue';
import { TEST_PASSWORD } from './adviser-session';
import type { fuzzWorld } from './fuzz-world';

type World = Awaited<ReturnType<typeof fuzzWorld>>;
type Seeded = ReturnType<World['seed']>;
export type Who = 'no' | 'adviser' | 'admin';
export interface Example {
  who: Who;
  body?: unknown;
  query?: Record<string, string>;
}

const resume = {
  basics: { name: 'Sam Rivera', label: 'Deportation Officer' },
  work: [
    {
      name: 'U.S. Immigration and Customs Enforcement',
      position: 'Deportation Officer, GS-1801-12',
      highlights: ['Conducted 40 case reviews a month with AUSA and CBP partners'],
    },
  ],
};

let joined = 0;

/**
 * Requests known to succeed, beside the generated ones: a random body seldom has the right
 * password, receipt or one-time code, and the fuzz must reach every operation's success answer.
 */
export async function examplesFor(key: string, world: World, seeded: Seeded): Promise<Example[]> {
  const post = async (who: 'adviser' | 'admin', path: string, body?: unknown) => {
    const { token, csrfToken } = world.session(who);
    const res = await world.app.request(path, {
      method: 'POST',
      headers: {
        cookie: `offramp_session=${token}`,
        'x-csrf-token': csrfToken,
        'content-type': 'application/json',
      },
      body: JSON.stringify(body ?? {}),
    });
    return (await res.json()) as Record<string, string>;
  };
  switch (key) {
    case 'POST /api/csp-report':
      return [
        {
          who: 'no',
          body: { 'csp-report': { 'effective-directive': 'img-src', 'blocked-uri': 'https://x.example/a' } },
        },
      ];
    case 'POST /api/resume/translate':
      return [{ who: 'no', body: { resume, jobDescription: 'Fraud investigator: case reviews, reports.' } }];
    case 'POST /api/drafts':
      return [{ who: 'no', body: { resume } }];
    case 'POST /api/resume/render':
      return ['json', 'md', 'txt', 'docx'].map((format) => ({
        who: 'no',
        query: { format },
        body: { resume },
      }));
    case 'POST /api/auth/login':
      return [
        { who: 'no', body: { email: 'alice@example.org', password: TEST_PASSWORD } },
        { who: 'no', body: { email: 'root@example.org', password: TEST_PASSWORD } },
      ];
    case 'POST /api/auth/login/second-factor': {
      const res = await world.app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.9' },
        body: JSON.stringify({ email: 'root@example.org', password: TEST_PASSWORD }),
      });
      const { challenge } = (await res.json()) as { challenge: string };
      return [{ who: 'no', body: { challenge, recoveryCode: world.recoveryCodes.pop() } }];
    }
    case 'POST /api/auth/password':
      return [{ who: 'adviser', body: { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD } }];
    case 'POST /api/auth/second-factor/enable': {
      const { secret } = await post('adviser', '/api/auth/second-factor/setup');
      return [{ who: 'adviser', body: { code: currentTotp(secret ?? '') } }];
    }
    case 'POST /api/auth/second-factor/recovery-codes':
      // The enrolment spent the current time step; the next one is still accepted (RFC 6238 5.2).
      return [{ who: 'admin', body: { code: currentTotp(world.secret, Date.now() + 30_000) } }];
    case 'POST /api/auth/second-factor/disable':
      return [{ who: 'adviser', body: { password: TEST_PASSWORD } }];
    case 'POST /api/intake':
      return [
        {
          who: 'no',
          body: {
            background: 'customs-border-inspection',
            goals: 'Fraud work',
            timing: 'now',
            contact: 'signal: x',
          },
        },
      ];
    case 'POST /api/intake/status':
    case 'POST /api/intake/withdraw':
      return [{ who: 'no', body: { receipt: seeded.receipt } }];
    case 'POST /api/invites/{token}/accept':
      return [{ who: 'no', body: { email: `joiner-${++joined}@example.org`, password: TEST_PASSWORD } }];
    case 'POST /api/advisers/clients/{id}/bookmarks':
      return [
        {
          who: 'adviser',
          body: { leadId: world.leadIds[1], note: 'Worth a look', followUpOn: '2026-12-20' },
        },
      ];
    case 'PATCH /api/advisers/clients/{id}/bookmarks/{bookmarkId}':
      return [{ who: 'adviser', body: { stage: 'closed', closedReason: 'position-filled' } }];
    case 'POST /api/advisers/clients/{id}/timeline':
      return [{ who: 'adviser', body: { text: 'Called about the posting' } }];
    case 'GET /api/advisers/due':
      return [{ who: 'adviser', query: { within: '90' } }];
    case 'POST /api/admin/queue/{id}/assign':
      return [{ who: 'admin', body: { adviserId: world.adviserIds[0] } }];
    case 'PATCH /api/admin/advisers/{id}':
      return [{ who: 'admin', body: { disabled: false } }];
    case 'POST /api/admin/sources':
      return [{ who: 'admin', body: { type: 'lever', site: 'fuzz', id: `fuzz-${++joined}` } }];
    case 'PUT /api/admin/sources/{id}':
      return [{ who: 'admin', body: { type: 'greenhouse', board: 'fuzz', id: 'fuzz-board' } }];
    case 'POST /api/admin/catalogue':
      return [{ who: 'admin', body: { ids: [loadCatalogue()[0]?.id ?? ''] } }];
    case 'PUT /api/admin/exclusions':
      return [{ who: 'admin', body: { rules: DEFAULT_EXCLUSION_RULES } }];
    case 'POST /api/admin/exclusions/test':
      return [
        {
          who: 'admin',
          body: {
            rule: { kind: 'employer', match: 'GEO Group', reason: 'Runs detention centres' },
            company: 'GEO Group',
          },
        },
      ];
    case 'PATCH /api/admin/leads/{id}/curation':
      return [{ who: 'admin', body: { pinned: true, note: 'Hiring former officers' } }];
    case 'PUT /api/admin/leads/{id}/fit':
      return [{ who: 'admin', body: { occupations: null, tracks: ['investigations'] } }];
    case 'GET /api/admin/occupations':
      return [{ who: 'admin', query: { q: 'investigator' } }];
    default:
      // Signed in as whom the route is for; the body is generated from its schema.
      return [
        {
          who: key.includes('/api/admin/')
            ? 'admin'
            : /\/api\/(advisers|auth)\//.test(key)
              ? 'adviser'
              : 'no',
        },
      ];
  }
}
