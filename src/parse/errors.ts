// Why a file could not be read. `unsupported`: sniffing recognised no format we read (415, nothing stored).
// `unreadable`: it is a format we read, but this file cannot be read (corrupt, encrypted, no text layer,
// too large when inflated): the original is kept and the document marked failed (422).
// `needs_ocr`: a scan (or scanned pages) and no OCR here (Tesseract missing, or on Workers): the original is
// kept and the document stored as needs_ocr; reprocessing on a machine with Tesseract reads it.
export class ParseError extends Error {
  constructor(
    readonly reason: 'unsupported' | 'unreadable' | 'needs_ocr',
    message: string,
  ) {
    super(message);
    this.name = 'ParseError';
  }
}
