//! Reading articles: plain text, HTML and JSON Lines files, folders of them, and stdin;
//! decoding (UTF-8, UTF-16 with BOM, legacy single-byte encodings) and content hashing.

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};
use scraper::{ElementRef, Html, Selector};
use serde::Deserialize;

/// Largest article file read whole (plain text or HTML); larger ones are refused.
pub const MAX_ARTICLE_BYTES: u64 = 32 * 1024 * 1024;

/// An article ready for extraction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// Where it came from: a file path, `path#line` in a JSON Lines file, a URL, or `stdin`.
    /// Re-ingesting the same source replaces the article.
    pub source: String,
    /// Headline, when known.
    pub title: Option<String>,
    /// The text extraction runs on; offsets in facts are byte offsets into it.
    pub text: String,
    /// Original URL, when known.
    pub url: Option<String>,
    /// Publication date as given, when known.
    pub published: Option<String>,
    /// Publisher or outlet name, when known.
    pub publisher: Option<String>,
}

impl Article {
    /// Stable key of the article's source, used in its IRI and graph name.
    pub fn key(&self) -> String {
        blake3::hash(self.source.as_bytes()).to_hex()[..16].to_owned()
    }

    /// Hash of everything read from the source; unchanged when the article is unchanged.
    pub fn content_hash(&self) -> String {
        let mut h = blake3::Hasher::new();
        for part in [self.title.as_deref(), Some(self.text.as_str()), self.url.as_deref(), self.published.as_deref(), self.publisher.as_deref()] {
            let part = part.unwrap_or("");
            h.update(&(part.len() as u64).to_le_bytes());
            h.update(part.as_bytes());
        }
        h.finalize().to_hex().to_string()
    }
}

/// Why an input could not be read as articles.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The file or folder could not be opened or read.
    #[error("{path}: {source}")]
    Io { path: String, source: std::io::Error },
    /// The folder walk failed (a symlink loop, an unreadable folder).
    #[error("{path}: {message}")]
    Walk { path: String, message: String },
    /// The file holds no text.
    #[error("{path}: empty (no text to extract)")]
    Empty { path: String },
    /// The file is not text (NUL bytes, or an image/executable signature).
    #[error("{path}: binary file, not text ({kind})")]
    Binary { path: String, kind: &'static str },
    /// The file is larger than [`MAX_ARTICLE_BYTES`].
    #[error("{path}: too large ({size} bytes; the limit for one article is {limit} bytes)")]
    TooLarge { path: String, size: u64, limit: u64 },
    /// A line of a JSON Lines file is not a valid article object.
    #[error("{path}:{line}: invalid JSON article: {message}")]
    Json { path: String, line: usize, message: String },
    /// The file's extension is not one newsgraph reads.
    #[error("{path}: unsupported file type (expected .txt, .html, .htm or .jsonl)")]
    Unsupported { path: String },
}

impl ReadError {
    /// The path (or `path:line`) the error is about.
    pub fn path(&self) -> String {
        match self {
            ReadError::Json { path, line, .. } => format!("{path}:{line}"),
            ReadError::Io { path, .. }
            | ReadError::Walk { path, .. }
            | ReadError::Empty { path }
            | ReadError::Binary { path, .. }
            | ReadError::TooLarge { path, .. }
            | ReadError::Unsupported { path } => path.clone(),
        }
    }
}

/// One thing to read: a file or standard input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A file on disk.
    File(PathBuf),
    /// Standard input (plain text, or JSON Lines when it starts with `{`).
    Stdin,
}

/// The kinds of file newsgraph reads, by extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FileKind {
    Text,
    Html,
    JsonLines,
}

fn kind_of(path: &Path) -> Option<FileKind> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "txt" | "text" => Some(FileKind::Text),
        "html" | "htm" | "xhtml" => Some(FileKind::Html),
        "jsonl" | "ndjson" => Some(FileKind::JsonLines),
        _ => None,
    }
}

/// Expands command-line paths into inputs: files as given, folders walked recursively for
/// readable article files (sorted, symlinks followed, loops reported), `-` for stdin.
pub fn discover(paths: &[PathBuf]) -> (Vec<Input>, Vec<ReadError>) {
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            inputs.push(Input::Stdin);
            continue;
        }
        let shown = path.display().to_string();
        match std::fs::metadata(path) {
            Err(source) => errors.push(ReadError::Io { path: shown, source }),
            Ok(m) if m.is_dir() => {
                let walker = walkdir::WalkDir::new(path).follow_links(true).sort_by_file_name();
                for entry in walker {
                    match entry {
                        Ok(e) if e.file_type().is_file() && kind_of(e.path()).is_some() => {
                            inputs.push(Input::File(e.into_path()));
                        }
                        Ok(_) => {}
                        Err(err) => errors.push(ReadError::Walk {
                            path: err.path().map_or_else(|| shown.clone(), |p| p.display().to_string()),
                            message: if err.loop_ancestor().is_some() {
                                "symbolic link loop, skipped".to_owned()
                            } else {
                                err.io_error().map_or_else(|| err.to_string(), ToString::to_string)
                            },
                        }),
                    }
                }
            }
            Ok(_) if kind_of(path).is_none() => errors.push(ReadError::Unsupported { path: shown }),
            Ok(_) => inputs.push(Input::File(path.clone())),
        }
    }
    (inputs, errors)
}

/// Reads one input into articles (one per file; one per line of a JSON Lines file).
/// Errors for single lines come back in place, so the rest of the file is still read.
pub fn read_input(input: &Input) -> Vec<Result<Article, ReadError>> {
    match input {
        Input::Stdin => {
            let mut bytes = Vec::new();
            let stdin = std::io::stdin();
            if let Err(source) = stdin.lock().take(MAX_ARTICLE_BYTES + 1).read_to_end(&mut bytes) {
                return vec![Err(ReadError::Io { path: "stdin".into(), source })];
            }
            if bytes.len() as u64 > MAX_ARTICLE_BYTES {
                return vec![Err(ReadError::TooLarge { path: "stdin".into(), size: bytes.len() as u64, limit: MAX_ARTICLE_BYTES })];
            }
            let text = match decode("stdin", &bytes) {
                Ok(t) => t,
                Err(e) => return vec![Err(e)],
            };
            if text.trim_start().starts_with('{') {
                return text
                    .lines()
                    .enumerate()
                    .filter(|(_, l)| !l.trim().is_empty())
                    .map(|(i, l)| json_article("stdin", i + 1, l))
                    .collect();
            }
            let hash = blake3::hash(text.as_bytes()).to_hex();
            vec![text_article(format!("stdin:{}", &hash[..16]), "stdin", text)]
        }
        Input::File(path) => read_file(path),
    }
}

fn read_file(path: &Path) -> Vec<Result<Article, ReadError>> {
    let shown = path.display().to_string();
    let io = |source| ReadError::Io { path: shown.clone(), source };
    let Some(kind) = kind_of(path) else { return vec![Err(ReadError::Unsupported { path: shown })] };
    let file = match File::open(path) {
        Ok(f) => f,
        Err(e) => return vec![Err(io(e))],
    };
    if kind == FileKind::JsonLines {
        return read_json_lines(&shown, file);
    }
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    if size > MAX_ARTICLE_BYTES {
        return vec![Err(ReadError::TooLarge { path: shown, size, limit: MAX_ARTICLE_BYTES })];
    }
    let mut bytes = Vec::with_capacity(size as usize);
    if let Err(e) = file.take(MAX_ARTICLE_BYTES + 1).read_to_end(&mut bytes) {
        return vec![Err(io(e))];
    }
    let text = match decode(&shown, &bytes) {
        Ok(t) => t,
        Err(e) => return vec![Err(e)],
    };
    match kind {
        FileKind::Html => vec![html_article(&shown, &text)],
        _ => vec![text_article(shown.clone(), &shown, text)],
    }
}

fn read_json_lines(shown: &str, file: File) -> Vec<Result<Article, ReadError>> {
    let mut out = Vec::new();
    let mut reader = BufReader::new(file);
    let mut buf = Vec::new();
    let mut line_no = 0;
    loop {
        buf.clear();
        line_no += 1;
        // Bounded read: a line longer than one article may be is an error, not a memory blow-up.
        let mut limited = (&mut reader).take(MAX_ARTICLE_BYTES + 1);
        match limited.read_until(b'\n', &mut buf) {
            Ok(0) => break,
            Ok(_) if buf.len() as u64 > MAX_ARTICLE_BYTES && !buf.ends_with(b"\n") => {
                out.push(Err(ReadError::TooLarge { path: format!("{shown}:{line_no}"), size: buf.len() as u64, limit: MAX_ARTICLE_BYTES }));
                // Skip the rest of the over-long line.
                let mut sink = Vec::new();
                if reader.read_until(b'\n', &mut sink).is_err() {
                    break;
                }
            }
            Ok(_) => {
                let line = String::from_utf8_lossy(&buf);
                if !line.trim().is_empty() {
                    out.push(json_article(shown, line_no, line.trim()));
                }
            }
            Err(source) => {
                out.push(Err(ReadError::Io { path: shown.to_owned(), source }));
                break;
            }
        }
    }
    if out.is_empty() {
        out.push(Err(ReadError::Empty { path: shown.to_owned() }));
    }
    out
}

#[derive(Deserialize)]
struct JsonArticle {
    title: Option<String>,
    text: Option<String>,
    url: Option<String>,
    published: Option<String>,
    source: Option<String>,
}

/// Reads one JSON Lines article (`line` is 1-based, for errors and the default source).
pub fn json_article(shown: &str, line: usize, json: &str) -> Result<Article, ReadError> {
    let err = |message: String| ReadError::Json { path: shown.to_owned(), line, message };
    let a: JsonArticle = serde_json::from_str(json).map_err(|e| err(e.to_string()))?;
    let body = a.text.unwrap_or_default();
    if body.trim().is_empty() {
        return Err(err("no \"text\"".to_owned()));
    }
    let title = a.title.map(|t| t.trim().to_owned()).filter(|t| !t.is_empty());
    let text = match &title {
        Some(t) => format!("{t}\n\n{body}"),
        None => body,
    };
    Ok(Article {
        source: a.url.clone().unwrap_or_else(|| format!("{shown}#{line}")),
        title,
        text,
        url: a.url,
        published: a.published,
        publisher: a.source,
    })
}

/// A plain-text article: the first line is the headline when a blank line follows it.
pub fn text_article(source: String, shown: &str, text: String) -> Result<Article, ReadError> {
    if text.trim().is_empty() {
        return Err(ReadError::Empty { path: shown.to_owned() });
    }
    let title = crate::text::headline(&text).map(|(_, first)| text[first].to_owned());
    Ok(Article { source, title, text, url: None, published: None, publisher: None })
}

/// An HTML article: the headline, then the paragraphs of the main content, without menus,
/// scripts and other page furniture.
pub fn html_article(shown: &str, html: &str) -> Result<Article, ReadError> {
    let doc = Html::parse_document(html);
    let sel = |s: &str| Selector::parse(s).map_err(|e| ReadError::Walk { path: shown.to_owned(), message: e.to_string() });
    let text_of = |e: ElementRef| e.text().collect::<String>().split_whitespace().collect::<Vec<_>>().join(" ");
    let title = [sel("meta[property='og:title']")?, sel("h1")?, sel("title")?].iter().find_map(|s| {
        doc.select(s).find_map(|e| {
            let t = e.value().attr("content").map(str::to_owned).unwrap_or_else(|| text_of(e));
            (!t.trim().is_empty()).then(|| t.trim().to_owned())
        })
    });
    let furniture = ["nav", "header", "footer", "aside", "script", "style", "noscript", "form", "figure", "button"];
    let in_furniture = |e: &ElementRef| {
        e.ancestors().any(|a| a.value().as_element().is_some_and(|el| furniture.contains(&el.name())))
    };
    let paragraph_sel = sel("p, h2, h3, li, blockquote")?;
    let article_sel = sel("article, main, [role=main]")?;
    let scope: Vec<ElementRef> = doc.select(&article_sel).collect();
    let candidates: Vec<ElementRef> = if scope.is_empty() {
        doc.select(&paragraph_sel).collect()
    } else {
        scope.iter().flat_map(|s| s.select(&paragraph_sel)).collect()
    };
    let mut paragraphs: Vec<String> = Vec::new();
    for p in candidates {
        if in_furniture(&p) {
            continue;
        }
        // List items only count as text when they read like sentences, not menus.
        let is_li = p.value().name() == "li";
        let t = text_of(p);
        if t.is_empty() || (is_li && t.split_whitespace().count() < 8) || paragraphs.last() == Some(&t) {
            continue;
        }
        paragraphs.push(t);
    }
    if paragraphs.is_empty() {
        return Err(ReadError::Empty { path: shown.to_owned() });
    }
    let body = paragraphs.join("\n\n");
    let text = match &title {
        Some(t) => format!("{t}\n\n{body}"),
        None => body,
    };
    let canonical = sel("link[rel=canonical]")?;
    let url = doc.select(&canonical).find_map(|e| e.value().attr("href").map(str::to_owned));
    let published = sel("meta[property='article:published_time'], time[datetime]")?;
    let published = doc
        .select(&published)
        .find_map(|e| e.value().attr("content").or_else(|| e.value().attr("datetime")).map(str::to_owned));
    Ok(Article { source: shown.to_owned(), title, text, url, published, publisher: None })
}

/// Decodes bytes to text: UTF-8 (BOM stripped), UTF-16 by BOM, otherwise the most likely
/// legacy encoding (Windows-1252 for Western text, where `£` is 0xA3). Binary files are refused.
pub fn decode(shown: &str, bytes: &[u8]) -> Result<String, ReadError> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        return Ok(text.into_owned());
    }
    let head = &bytes[..bytes.len().min(8192)];
    let signatures: [(&[u8], &'static str); 6] = [
        (b"\x89PNG", "PNG image"),
        (b"\x7fELF", "ELF executable"),
        (b"%PDF", "PDF document"),
        (b"GIF8", "GIF image"),
        (b"\xff\xd8\xff", "JPEG image"),
        (b"PK\x03\x04", "ZIP archive"),
    ];
    if let Some((_, kind)) = signatures.iter().find(|(sig, _)| head.starts_with(sig)) {
        return Err(ReadError::Binary { path: shown.to_owned(), kind });
    }
    if head.contains(&0) {
        // UTF-16 without BOM shows as every other byte NUL in mostly-ASCII text.
        let even_nuls = head.iter().step_by(2).filter(|&&b| b == 0).count();
        let odd_nuls = head.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
        let half = head.len() / 2;
        let utf16 = if odd_nuls * 10 > half * 9 { Some(UTF_16LE) } else if even_nuls * 10 > half * 9 { Some(UTF_16BE) } else { None };
        return match utf16 {
            Some(enc) => Ok(enc.decode_without_bom_handling(bytes).0.into_owned()),
            None => Err(ReadError::Binary { path: shown.to_owned(), kind: "contains NUL bytes" }),
        };
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(text.to_owned());
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    let guess = detector.guess(None, true);
    // On mostly-ASCII text (English news with a stray "£" or "é") the detector has too little
    // to go on; Windows-1252, the superset of Latin-1, is then by far the likeliest.
    let ascii = bytes.iter().filter(|b| b.is_ascii()).count();
    let encoding = if guess == UTF_8 || ascii * 100 >= bytes.len() * 80 { encoding_rs::WINDOWS_1252 } else { guess };
    Ok(encoding.decode_without_bom_handling(bytes).0.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_latin1_pound_and_utf16() {
        assert_eq!(decode("x", b"costs \xa3480m").unwrap(), "costs £480m");
        let utf16: Vec<u8> = [0xFF, 0xFE].into_iter().chain("£5".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        assert_eq!(decode("x", &utf16).unwrap(), "£5");
        assert!(matches!(decode("x", b"\x89PNG\r\n\x1a\n\0\0"), Err(ReadError::Binary { .. })));
    }

    #[test]
    fn plain_text_headline() {
        let a = text_article("s".into(), "s", "Head line\n\nBody text.".into()).unwrap();
        assert_eq!(a.title.as_deref(), Some("Head line"));
        let b = text_article("s".into(), "s", "One paragraph\nwith two lines.".into()).unwrap();
        let c = text_article("s".into(), "s", "Head line\nSub head\n\nBody text.".into()).unwrap();
        assert_eq!(c.title.as_deref(), Some("Head line"));
        assert_eq!(b.title, None);
    }

    #[test]
    fn html_keeps_paragraphs_not_furniture() {
        let html = "<html><head><title>T</title><script>var x=1;</script></head><body><nav><p>Home News Sport</p></nav>\
                    <article><h1>Big news</h1><p>France refused the demand.</p><p>Britain paid.</p></article>\
                    <footer><p>Copyright</p></footer></body></html>";
        let a = html_article("a.html", html).unwrap();
        assert_eq!(a.title.as_deref(), Some("Big news"));
        assert_eq!(a.text, "Big news\n\nFrance refused the demand.\n\nBritain paid.");
    }
}
