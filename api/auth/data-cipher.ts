import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * AES-256-GCM for personal data at rest (intake requests, client notes). Each value gets a fresh
 * 96-bit nonce (NIST SP 800-38D); the stored form is "v1.nonce.tag.ciphertext" in base64url, and
 * the record's id is bound in as associated data so a ciphertext cannot be moved to another record.
 */
export class DataCipher {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('DATA_KEY must be 32 bytes');
  }

  encrypt(plaintext: string, recordId: string): string {
    const nonce = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, nonce);
    cipher.setAAD(Buffer.from(recordId));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [
      'v1',
      nonce.toString('base64url'),
      cipher.getAuthTag().toString('base64url'),
      body.toString('base64url'),
    ].join('.');
  }

  decrypt(stored: string, recordId: string): string {
    const [version, nonce, tag, body] = stored.split('.');
    if (version !== 'v1' || !nonce || !tag || body === undefined)
      throw new Error('not an Offramp ciphertext');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(nonce, 'base64url'));
    decipher.setAAD(Buffer.from(recordId));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  }
}
