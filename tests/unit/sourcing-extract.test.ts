// Text extraction for a source's stored text: every accepted file type, including a
// PDF generated here with pdf-lib, and the refusals (wrong type, not a PDF, empty, too long).
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { decodeBytes, detectFormat, extractText, htmlToText, markdownToText, MAX_HTML_DEPTH, MAX_MARKDOWN_DEPTH, normalizeSourceText, TextExtractionError } from '@/lib/server/sourcing/extract';
import { SOURCE_TEXT_LIMITS } from '@/lib/sourcing/limits';

const utf8 = (s: string) => new TextEncoder().encode(s);

async function refusal(p: Promise<unknown>): Promise<TextExtractionError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(TextExtractionError);
  return e as TextExtractionError;
}

/** A two-page PDF: two paragraphs (the first over two lines) on page 1, one on page 2. */
async function samplePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const one = doc.addPage([595, 842]);
  one.drawText('Het armoedecijfer zou met 1,6 procentpunt', { x: 56, y: 780, size: 12, font });
  one.drawText('gezakt zijn zonder migratie.', { x: 56, y: 764, size: 12, font });
  one.drawText('Steden voeren hun eigen beleid.', { x: 56, y: 720, size: 12, font });
  const two = doc.addPage([595, 842]);
  two.drawText('Caf\u00e9 en \u201cdraagvlak\u201d op pagina twee.', { x: 56, y: 780, size: 12, font });
  return doc.save();
}

describe('normalizeSourceText', () => {
  it('makes line ends \\n, drops control characters and trailing spaces, and keeps one blank line between paragraphs', () => {
    expect(normalizeSourceText('\ufeff  Eerste regel  \r\ntweede\u0007 regel\r\n\r\n\r\n\r\nDerde\talinea \n\n')).toBe('Eerste regel\ntweede regel\n\nDerde\talinea');
  });

  it('composes characters (NFC), so that offsets count what a reader sees', () => {
    const decomposed = 'Cafe\u0301';
    expect(normalizeSourceText(decomposed)).toBe('Café');
    expect(normalizeSourceText(decomposed)).toHaveLength(4);
  });
});

describe('detectFormat', () => {
  it('goes by the extension first, then the media type', () => {
    expect(detectFormat('Debruyne.PDF', 'application/octet-stream')).toBe('pdf');
    expect(detectFormat('notities.md', 'text/plain')).toBe('md');
    expect(detectFormat('pagina.htm', undefined)).toBe('html');
    expect(detectFormat('tekst.txt', undefined)).toBe('txt');
    expect(detectFormat(undefined, 'text/html; charset=utf-8')).toBe('html');
    expect(detectFormat('', 'text/markdown')).toBe('md');
  });

  it('refuses other file types with 415', () => {
    for (const [name, type] of [['verslag.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'], ['foto.png', 'image/png'], [undefined, 'application/zip'], [undefined, undefined]] as const) {
      let error: unknown = null;
      try {
        detectFormat(name, type);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(TextExtractionError);
      expect((error as TextExtractionError).status).toBe(415);
    }
  });
});

describe('plain text', () => {
  it('reads UTF-8 with and without a byte order mark', async () => {
    expect(await extractText(utf8('Welvaartschauvinisme is géén nieuw fenomeen.'), 'txt')).toBe('Welvaartschauvinisme is géén nieuw fenomeen.');
    expect(await extractText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Met BOM.')]), 'txt')).toBe('Met BOM.');
  });

  it('reads UTF-16 with a byte order mark, and falls back to Windows-1252 for other bytes', async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from('Zó', (c) => [c.charCodeAt(0), 0]).flat()]);
    expect(decodeBytes(utf16)).toBe('Zó');
    // "één – “x”" in Windows-1252: é = E9, en dash = 96, curly quotes = 93/94
    expect(await extractText(new Uint8Array([0xe9, 0xe9, 0x6e, 0x20, 0x96, 0x20, 0x93, 0x78, 0x94]), 'txt')).toBe('één – “x”');
  });

  it('keeps a UTF-8 file with one stray byte UTF-8 (the bad byte becomes U+FFFD)', async () => {
    const bytes = new Uint8Array([...utf8('Één café, één déjà vu'), 0xe9, ...utf8(' en meer: “citaat”.')]);
    expect(await extractText(bytes, 'txt')).toBe('Één café, één déjà vu\ufffd en meer: “citaat”.');
  });

  it('refuses binary data named .txt, and an empty text', async () => {
    expect((await refusal(extractText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]), 'txt'))).status).toBe(422);
    expect((await refusal(extractText(utf8(' \n\r\n  '), 'txt'))).status).toBe(422);
  });

  it('refuses a text over the character limit (422) and a file over the byte limit (413)', async () => {
    const long = 'a'.repeat(SOURCE_TEXT_LIMITS.textChars + 1);
    expect((await refusal(extractText(utf8(long), 'txt'))).status).toBe(422);
    expect((await refusal(extractText(new Uint8Array(SOURCE_TEXT_LIMITS.uploadBytes + 1), 'txt'))).status).toBe(413);
  });
});

describe('HTML', () => {
  const page = `<!DOCTYPE html>
<html lang="nl"><head><title>Titel van de pagina</title>
<style>p { color: red } .x::before { content: "<p>geen tekst</p>" }</style>
<script>var s = "<p>ook geen tekst</p>"; if (a < b) {}</script></head>
<body>
  <nav><a href="/">Home</a></nav>
  <h1>Menu voor een   andere
     migratiepolitiek</h1>
  <p>Het is <em>welvaarts&shy;chauvinisme</em>: &ldquo;eigen volk eerst&rdquo; &amp; niet &lt;meer&gt;.<br>Tweede regel&nbsp;hier.</p>
  <!-- <p>een commentaar</p> -->
  <ul><li>Eén</li><li>Twee &#8211; &#x2014; &#150;</li></ul>
  <noscript><p>Zet JavaScript aan</p></noscript>
  <table><tr><td>Jaar</td><td>2024</td></tr></table>
  <pre>  ingesprongen
    code</pre>
  <p><img src="grafiek.png" alt="Grafiek van de instroom"> onder de grafiek</p>
  <script type="module">document.write("<p>nee</p>")</script>
</body></html>`;

  it('strips tags, drops scripts, styles, the head and comments, decodes entities, and keeps blocks as paragraphs', () => {
    const text = htmlToText(page);
    expect(text.split('\n\n')).toEqual([
      'Home',
      'Menu voor een andere migratiepolitiek',
      'Het is welvaarts\u00adchauvinisme: “eigen volk eerst” & niet <meer>.\nTweede regel hier.',
      'Eén',
      'Twee – — –',
      'Jaar 2024',
      '  ingesprongen\n    code',
      'Grafiek van de instroom onder de grafiek',
    ]);
    for (const hidden of ['geen tekst', 'ook geen tekst', 'commentaar', 'JavaScript', 'nee', 'Titel van de pagina', 'color']) {
      expect(text).not.toContain(hidden);
    }
  });

  it('goes through extractText as a file', async () => {
    expect(await extractText(utf8('<p>Een&nbsp;&euro; &eacute;&eacute;n</p><p>twee</p>'), 'html')).toBe('Een € één\n\ntwee');
  });

  it('decodes named, decimal and hexadecimal references and leaves unknown ones alone', () => {
    expect(htmlToText('<p>&amp;&lt;&gt;&quot;&apos; &eacute;&ccedil; &hellip; &#233;&#xE9; &#0; &nosuchthing; AT&T &amp</p>')).toBe('&<>"\' éç … éé \ufffd &nosuchthing; AT&T &');
  });
});

describe('HTML and Markdown built to be slow or to overflow', () => {
  it('refuses HTML nested deeper than MAX_HTML_DEPTH (100,000 unclosed <div>s) with a 422', () => {
    expect(() => htmlToText('<div>'.repeat(100_000))).toThrow(TextExtractionError);
    expect(() => htmlToText('<span>'.repeat(MAX_HTML_DEPTH + 1))).toThrow(/nests elements more than/);
    // as deep as allowed, and many closed elements in a row, are read
    expect(htmlToText(`${'<span>'.repeat(MAX_HTML_DEPTH - 10)}diep`)).toBe('diep');
    expect(htmlToText('<p><b>x</b></p>'.repeat(5000))).toHaveLength(5000 * 3 - 2);
  });

  it('refuses Markdown that nests too deeply for marked (">" × 100,000) with a 422, not a crash', { timeout: 30_000 }, () => {
    let error: unknown;
    try {
      markdownToText('>'.repeat(100_000));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TextExtractionError);
    expect((error as TextExtractionError).status).toBe(422);
    // quotes and lists nested as deep as allowed are read; a horizontal rule of dashes is no nesting
    expect(markdownToText(`${'> '.repeat(MAX_MARKDOWN_DEPTH - 1)}- diep`)).toBe('diep');
    expect(() => markdownToText(`${'> '.repeat(MAX_MARKDOWN_DEPTH)}- te diep`)).toThrow(/nests quotes or lists/);
    expect(markdownToText(`boven\n\n${'-'.repeat(5000)}\n\nonder`)).toBe('boven\n\nonder');
  });
});

describe('Markdown', () => {
  it('keeps what a reader sees: no heading, emphasis, list, quote, link or code markers', () => {
    const md = [
      '# Integratiepact',
      'Het pact is **te vrijblijvend** en _niet_ afdwingbaar.',
      '',
      '> Grondrechten zijn geen gunst.',
      '',
      '- Praktijktesten, zie [Sociaal.Net](https://sociaal.net/x "titel")',
      '1. Veerkracht als `frame`',
      '',
      '![Een grafiek](grafiek.png)',
      '',
      '```',
      '**blijft** staan',
      '```',
      '',
      'Ondertitel',
      '----------',
      'Een *schuin* woord en snake_case_naam, \\*geen nadruk\\*.',
      '',
      '[ref]: https://example.org',
    ].join('\n');
    expect(markdownToText(md)).toBe(
      [
        'Integratiepact',
        '',
        'Het pact is te vrijblijvend en niet afdwingbaar.',
        '',
        'Grondrechten zijn geen gunst.',
        '',
        // a different list marker starts a new list (CommonMark), rendered as its own block
        'Praktijktesten, zie Sociaal.Net',
        '',
        'Veerkracht als frame',
        '',
        'Een grafiek',
        '',
        '**blijft** staan',
        '',
        'Ondertitel',
        '',
        'Een schuin woord en snake_case_naam, *geen nadruk*.',
      ].join('\n'),
    );
  });

  it('goes through extractText as a file, with paragraphs separated by one blank line', async () => {
    expect(await extractText(utf8('## Kop\n\n\n\nTekst met **nadruk**.\r\n'), 'md')).toBe('Kop\n\nTekst met nadruk.');
  });
});

// each PDF is read by a child process (tsx starts it): seconds on a loaded machine
const CHILD = { timeout: 60_000 };

describe('PDF', () => {
  it('reads the text of every page, with lines joined and paragraphs separated by a blank line', CHILD, async () => {
    const text = await extractText(await samplePdf(), 'pdf');
    expect(text.split('\n\n')).toEqual([
      'Het armoedecijfer zou met 1,6 procentpunt gezakt zijn zonder migratie.',
      'Steden voeren hun eigen beleid.',
      'Café en “draagvlak” op pagina twee.',
    ]);
  });

  it('refuses a file that is no PDF, a broken PDF, and a PDF without text', CHILD, async () => {
    expect((await refusal(extractText(utf8('Dit is gewoon tekst.'), 'pdf'))).status).toBe(422);
    const broken = (await samplePdf()).slice(0, 400);
    expect((await refusal(extractText(broken, 'pdf'))).status).toBe(422);
    const blank = await PDFDocument.create();
    blank.addPage([200, 200]);
    const e = await refusal(extractText(await blank.save(), 'pdf'));
    expect(e.status).toBe(422);
    expect(e.message).toMatch(/scan/);
  });
});
