//! The ingest pipeline: discover files -> read -> extract (in parallel) -> map -> store,
//! in batches so memory stays bounded and each batch lands atomically.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

use crate::article::{self, Article, Input};
use crate::extract::{self, Extraction};
use crate::graph;
use crate::lexicon::Lexicon;
use crate::store::{ArticleWrite, GraphStore, StoreError};

/// How to run an ingest.
#[derive(Debug, Clone)]
pub struct IngestOptions {
    /// Input files read and extracted together, then handed to the store together.
    pub batch_inputs: usize,
    /// Quads (about 45 an article) after which new articles are committed; an interrupted
    /// ingest loses at most this much work, and each commit costs the store later merging.
    pub commit_quads: usize,
    /// Show a progress bar (on a terminal, for large batches).
    pub progress: bool,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions { batch_inputs: 512, commit_quads: DEFAULT_COMMIT_QUADS, progress: false }
    }
}

/// Quads per commit unless asked otherwise: about 45,000 articles.
pub const DEFAULT_COMMIT_QUADS: usize = 2_000_000;

/// What an ingest did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IngestSummary {
    /// Articles new to the store.
    pub added: usize,
    /// Articles whose source was in the store with other content, now replaced.
    pub replaced: usize,
    /// Articles already in the store unchanged (not extracted again).
    pub unchanged: usize,
    /// Inputs or articles that could not be read or extracted.
    pub failed: usize,
    /// Quads written (article graphs only).
    pub triples: usize,
    /// One line per failure: the file (and line) and the cause.
    pub failures: Vec<String>,
}

enum Outcome {
    Unchanged,
    Write(Box<ArticleWrite>),
    Failed(String),
}

/// Extraction that survives a bug: a panic in the extractor fails one article, not the batch.
fn extract_guarded(article: &Article, lex: &Lexicon) -> Result<Extraction, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| extract::extract(&article.text, lex)))
        .map_err(|_| format!("{}: internal error in the extractor (please report this article)", article.source))
}

fn prepare<'l>(article: Article, known: &HashMap<String, String>, lexicon: &impl Fn() -> Result<&'l Lexicon, String>) -> Outcome {
    let graph = graph::article_iri(&article);
    let hash = article.content_hash();
    let previous = known.get(graph.as_str());
    if previous == Some(&hash) {
        return Outcome::Unchanged;
    }
    let lex = match lexicon() {
        Ok(lex) => lex,
        Err(e) => return Outcome::Failed(format!("{}: {e}", article.source)),
    };
    match extract_guarded(&article, lex) {
        Ok(ex) => {
            let rdf = graph::map_article(&article, &ex, lex);
            Outcome::Write(Box::new(ArticleWrite { replaces: previous.is_some(), quads: rdf.article, shared: rdf.shared, graph }))
        }
        Err(e) => Outcome::Failed(e),
    }
}

/// Ingests every article under `paths` into `store`. Unreadable inputs are reported and
/// skipped; a store error stops the ingest (articles already committed stay written). The
/// lexicon is asked for only when an article needs extracting, so re-ingesting an unchanged
/// corpus never builds it.
pub fn ingest<'l>(
    store: &GraphStore,
    paths: &[PathBuf],
    lexicon: impl Fn() -> Result<&'l Lexicon, String> + Sync,
    options: &IngestOptions,
) -> Result<IngestSummary, StoreError> {
    let mut summary = IngestSummary::default();
    let (inputs, errors) = article::discover(paths);
    for e in errors {
        summary.failed += 1;
        summary.failures.push(e.to_string());
    }
    let bar = if options.progress && inputs.len() > 50 {
        let bar = ProgressBar::new(inputs.len() as u64);
        if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} files  {per_sec}  eta {eta}") {
            bar.set_style(style);
        }
        bar
    } else {
        ProgressBar::hidden()
    };
    // Stdin cannot be read from several threads; it is read first, alone.
    let (stdin, files): (Vec<Input>, Vec<Input>) = inputs.into_iter().partition(|i| *i == Input::Stdin);
    let mut batches: Vec<Vec<Input>> = stdin.into_iter().map(|i| vec![i]).collect();
    batches.extend(files.chunks(options.batch_inputs.max(1)).map(<[Input]>::to_vec));
    let known = store.article_hashes()?;
    // Extraction of the next batch (all cores) overlaps with writing this one; the channel
    // holds one batch, so memory stays bounded whatever the corpus size.
    let (sender, receiver) = std::sync::mpsc::sync_channel::<(usize, Vec<Outcome>)>(1);
    std::thread::scope(|scope| {
        let known = &known;
        let lexicon = &lexicon;
        scope.spawn(move || {
            for batch in batches {
                let outcomes: Vec<Outcome> = batch
                    .par_iter()
                    .flat_map_iter(|input| {
                        article::read_input(input).into_iter().map(|r| match r {
                            Ok(a) => prepare(a, known, &lexicon),
                            Err(e) => Outcome::Failed(e.to_string()),
                        })
                    })
                    .collect();
                if sender.send((batch.len(), outcomes)).is_err() {
                    return; // the writer stopped on a store error
                }
            }
        });
        let mut writer = store.batch_writer(options.commit_quads);
        let mut written: HashSet<String> = HashSet::new();
        for (inputs_done, outcomes) in receiver {
            let mut writes: Vec<ArticleWrite> = Vec::new();
            for o in outcomes {
                match o {
                    Outcome::Unchanged => summary.unchanged += 1,
                    Outcome::Failed(msg) => {
                        summary.failed += 1;
                        summary.failures.push(msg);
                    }
                    Outcome::Write(mut w) => {
                        // The same source twice in one run: the later one replaces the earlier.
                        writes.retain(|x| x.graph != w.graph);
                        if written.contains(w.graph.as_str()) {
                            w.replaces = true;
                        }
                        writes.push(*w);
                    }
                }
            }
            writer.write(&writes)?;
            for w in &writes {
                if written.insert(w.graph.as_str().to_owned()) {
                    if known.contains_key(w.graph.as_str()) {
                        summary.replaced += 1;
                    } else {
                        summary.added += 1;
                    }
                }
                summary.triples += w.quads.len();
            }
            bar.inc(inputs_done as u64);
        }
        if summary.added + summary.replaced > 0 {
            writer.finish()?;
        }
        Ok::<(), StoreError>(())
    })?;
    bar.finish_and_clear();
    Ok(summary)
}
