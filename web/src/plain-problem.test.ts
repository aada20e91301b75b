import { describe, expect, it } from 'vitest';
import { plainProblem } from './plain-problem';

describe('errors a person reads', () => {
  it('turns a field-named message into a sentence with the form’s words', () => {
    expect(plainProblem('token: must be an invite token')).toBe(
      'Check the link: it must be an invite token.',
    );
    expect(plainProblem('contact: give a way to reach you, such as a Signal number or an email alias')).toBe(
      'How an adviser can reach you: give a way to reach you, such as a Signal number or an email alias.',
    );
    expect(plainProblem('rules.3.match: is not a valid pattern')).toBe(
      'Check the match: it is not a valid pattern.',
    );
  });

  it('replaces zod’s generic wording and leaves a sentence as it was', () => {
    expect(plainProblem('email: Invalid input: expected string, received undefined')).toBe(
      'Check the email address: it is missing or not in the form expected.',
    );
    expect(plainProblem('That request is no longer open.')).toBe('That request is no longer open.');
    expect(plainProblem('the session ended')).toBe('The session ended.');
  });
});
