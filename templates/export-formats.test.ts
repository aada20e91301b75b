import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Resume } from '../core/resume/resume-schema';
import { EXPORT_FORMATS, exportEndingsText, exportFormatForFile, exportFormatIds } from './export-formats';

const resume: Resume = {
  basics: { name: 'Alex Rivera', label: 'Investigations manager', email: 'alex@example.org' },
  work: [
    {
      name: 'Federal agency',
      position: 'Senior investigator',
      startDate: '2016-05',
      highlights: ['Led a team of 6 investigators.'],
    },
  ],
};

const asText = (body: Uint8Array | string) =>
  typeof body === 'string' ? body : new TextDecoder().decode(body);

describe('the export-format registry', () => {
  it('lists the formats in the order download buttons show them', () => {
    expect(exportFormatIds).toEqual(['docx', 'pdf', 'json', 'md', 'txt']);
    expect(exportFormatIds.map((id) => EXPORT_FORMATS[id].label)).toEqual([
      'DOCX',
      'PDF',
      'JSON Resume',
      'Markdown',
      'Plain text',
    ]);
    expect(exportEndingsText()).toBe('.docx, .pdf, .json, .md or .txt');
  });

  it('picks a format by the file ending, in any case, and refuses others', () => {
    expect(exportFormatForFile('out/Resume.DOCX')).toBe('docx');
    expect(exportFormatForFile('resume.txt')).toBe('txt');
    expect(exportFormatForFile('resume.odt')).toBeNull();
    expect(exportFormatForFile('resume')).toBeNull();
  });

  it('renders every format to a file that opens as that format', async () => {
    const request = { resume, template: 'ats-classic' as const, paper: 'letter' as const };
    const docx = await EXPORT_FORMATS.docx.render(request);
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')?.async('string');
    expect(xml).toContain('Senior investigator');

    const pdf = await EXPORT_FORMATS.pdf.render(request);
    expect(asText(pdf).slice(0, 5)).toBe('%PDF-');

    const json = JSON.parse(asText(await EXPORT_FORMATS.json.render(request)));
    expect(json.basics.name).toBe('Alex Rivera');
    expect(json.work[0].position).toBe('Senior investigator');

    expect(asText(await EXPORT_FORMATS.md.render(request))).toMatch(/^# Alex Rivera$/m);
    expect(asText(await EXPORT_FORMATS.txt.render(request))).toMatch(/^ALEX RIVERA$|^Alex Rivera$/m);
  });
});
