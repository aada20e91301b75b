import { PDFDocument, PDFHexString, PDFName, StandardFonts } from 'pdf-lib';

/**
 * A PDF that asks for a password: a standard security handler (PDF 1.7, §7.6.3) whose user-password
 * check fails for the empty password, as a PDF saved with "require a password to open" does.
 */
export async function encryptedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([612, 792]);
  page.drawText('Secret resume text', {
    x: 50,
    y: 700,
    size: 12,
    font: await doc.embedFont(StandardFonts.Helvetica),
  });
  const encrypt = doc.context.obj({
    Filter: 'Standard',
    V: 1,
    R: 2,
    Length: 40,
    P: -44,
    O: PDFHexString.of('A1'.repeat(32)),
    U: PDFHexString.of('B2'.repeat(32)),
  });
  doc.context.trailerInfo.Encrypt = doc.context.register(encrypt);
  doc.context.trailerInfo.ID = doc.context.obj([
    PDFHexString.of('00'.repeat(16)),
    PDFHexString.of('00'.repeat(16)),
  ]);
  return doc.save({ useObjectStreams: false });
}

/** A one-pixel grey PNG, the whole page of a "scan". */
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

/** A PDF whose page is only a picture, as a scanner makes. */
export async function scannedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([612, 792]);
  const image = await doc.embedPng(PNG);
  page.drawImage(image, { x: 0, y: 0, width: 612, height: 792 });
  page.node.set(PDFName.of('Rotate'), doc.context.obj(0));
  return doc.save();
}

/** A PDF cut off half way, as an interrupted download leaves it. */
export async function truncatedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([612, 792]).drawText('Resume', { x: 50, y: 700 });
  const bytes = await doc.save();
  return bytes.slice(0, Math.floor(bytes.length / 3));
}
